"""The plan details edit with arbitrary text and dates: saved exactly and undone
exactly, or refused with a message and nothing changed."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consult_desktop.services.plan import EditPlanDetails, details
from consult_desktop.store.plan_file import create_plan
from consult_desktop.ui.context import PlanContext
from consult_desktop.ui.plan_details import PlanDetailsDialog
from tests.property.limits import examples
from tests.property.strategies import amounts, dates, unicode_text

TEXT_FIELDS = ("title", "organiser", "governing_body", "mandate", "venue", "timezone",
               "currency", "symbol_prefix", "principal_organ", "commission", "session",
               "members_heading", "non_members_heading")

changes = st.fixed_dictionaries({}, optional={
    **{name: unicode_text() for name in TEXT_FIELDS},
    "default_psc_rate": amounts(places=4, maximum=2),
    "start_date": st.none() | dates(),
    "end_date": st.none() | dates(),
})


@pytest.fixture(scope="module")
def plan_context(qapp, tmp_path_factory):
    plan_file = create_plan(tmp_path_factory.mktemp("details") / "plan.consult", "Start")
    context = PlanContext(plan_file)
    yield context
    context.close()


@examples(250)
@given(changes)
def test_an_edit_is_saved_and_undone_exactly_or_refused(plan_context, change):
    context = plan_context
    refusals: list[str] = []
    context.failed.connect(refusals.append)
    try:
        old = details(context.plan_file)
        if context.run(EditPlanDetails(old, {**old, **change})):
            assert details(context.plan_file) == {**old, **change}
            context.undo_stack.undo()
        else:
            assert len(refusals) == 1 and refusals[0].startswith("Edit plan details: not saved")
            assert "INSERT" not in refusals[0] and "UPDATE" not in refusals[0]
        assert details(context.plan_file) == old
    finally:
        context.failed.disconnect(refusals.append)
        context.undo_stack.clear()


@examples(150)
@given(st.fixed_dictionaries({name: unicode_text() for name in TEXT_FIELDS if
                              name != "currency"}))
def test_the_dialog_left_alone_gives_back_exactly_what_it_was_given(plan_context, texts):
    """Opening Plan details and pressing OK changes nothing, though Qt normalises some
    text it shows (carriage returns, a leading byte order mark)."""
    values = {**details(plan_context.plan_file), **texts}
    dialog = PlanDetailsDialog(values)
    given_back = dialog.values()
    dialog.deleteLater()
    assert given_back == values
