"""Amounts through the plan file: any Decimal is stored and read back exactly, or
refused with an error an edit reports (never a crash that escapes the edit)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy.exc import SQLAlchemyError

from consult_desktop.store.models import BudgetLine, Option
from consult_desktop.store.plan_file import create_plan
from tests.property.limits import examples

ANY_DECIMAL = st.decimals(allow_nan=False, allow_infinity=False, min_value=-(10**30),
                          max_value=10**30, places=None) | st.decimals(places=4)


@pytest.fixture(scope="module")
def option(tmp_path_factory):
    plan_file = create_plan(tmp_path_factory.mktemp("amounts") / "plan.consult", "Amounts")
    with plan_file.begin() as session:
        added = Option(plan_id=plan_file.plan_id, label="a", title="Option")
        session.add(added)
        session.flush()
        option_id = added.id
    yield plan_file, option_id
    plan_file.close()


@examples(300)
@given(unit_cost=ANY_DECIMAL, quantity=ANY_DECIMAL)
def test_an_amount_is_kept_exactly_or_refused(option, unit_cost, quantity):
    plan_file, option_id = option
    try:
        with plan_file.begin() as session:
            line = BudgetLine(option_id=option_id, category="other", unit_cost=unit_cost,
                              quantity=quantity)
            session.add(line)
            session.flush()
            line_id = line.id
    except (SQLAlchemyError, ValueError):
        return  # what an undoable edit reports as "not saved (...)"
    with plan_file.read() as session:
        stored = session.get_one(BudgetLine, line_id)
        assert (stored.unit_cost, stored.quantity) == (unit_cost, quantity)
    with plan_file.begin() as session:
        session.delete(session.get_one(BudgetLine, line_id))
