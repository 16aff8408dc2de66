"""Amounts through the plan file: any Decimal is stored and read back exactly, or
refused with an error an edit reports (never a crash that escapes the edit)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy.exc import SQLAlchemyError

from consult_desktop.store.models import BudgetLine, Option
from consult_desktop.store.plan_file import create_plan
from tests.property.limits import examples

ANY_DECIMAL = st.decimals(allow_nan=False, allow_infinity=False, min_value=-(10**30),
                          max_value=10**30, places=None) | st.decimals(places=4)
# Most drawn values above are refused; these are the amounts a budget really holds, so
# that many examples take the path that stores and reads back.
MONEY = st.decimals(min_value=0, max_value=10**12, places=2)
QUANTITY = st.decimals(min_value=0, max_value=10**9, places=3)


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


def storable(value: Decimal, places: int) -> bool:
    """What the plan keeps: not negative (a CHECK), at most `places` decimals, and a
    scaled integer within SQLite's 64 bits."""
    if not value.is_finite():
        return False
    scaled = value.scaleb(places)
    return value >= 0 and scaled == scaled.to_integral_value() and abs(scaled) < 2**63


@examples(300)
@given(unit_cost=ANY_DECIMAL | MONEY, quantity=ANY_DECIMAL | QUANTITY)
def test_an_amount_is_kept_exactly_or_refused(option, unit_cost, quantity):
    """Every storable value is kept to the digit; exactly the others are refused."""
    plan_file, option_id = option
    expected = storable(unit_cost, 2) and storable(quantity, 3)
    try:
        with plan_file.begin() as session:
            line = BudgetLine(option_id=option_id, category="other", unit_cost=unit_cost,
                              quantity=quantity)
            session.add(line)
            session.flush()
            line_id = line.id
    except (SQLAlchemyError, ValueError):
        # What an undoable edit reports as "not saved (...)": only for what cannot be kept.
        assert not expected, (unit_cost, quantity)
        return
    assert expected, (unit_cost, quantity)
    with plan_file.read() as session:
        stored = session.get_one(BudgetLine, line_id)
        assert (stored.unit_cost, stored.quantity) == (unit_cost, quantity)
    with plan_file.begin() as session:
        session.delete(session.get_one(BudgetLine, line_id))


def test_the_boundaries_of_what_is_kept():
    assert storable(Decimal("0.01"), 2) and not storable(Decimal("0.001"), 2)
    assert storable(Decimal("0.001"), 3) and not storable(Decimal("-0.01"), 2)
    assert not storable(Decimal(2**63), 0) and storable(Decimal(2**63 - 1), 0)
    assert not storable(Decimal("NaN"), 2) and not storable(Decimal("Infinity"), 2)
