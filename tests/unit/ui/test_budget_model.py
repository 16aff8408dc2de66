"""The Budget tab's item models, checked by qtmodeltester and by what they refuse."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal as D

from PySide6.QtCore import Qt

from consult_desktop.store import budget_queries as bq
from consult_desktop.ui.budget_model import (
    ACTUAL,
    AMOUNT,
    QUANTITY,
    RULE,
    SOURCE,
    UNIT_COST,
    BudgetLinesModel,
    TotalsModel,
)


def _model(demo_plan, label="a"):
    with demo_plan.read() as session:
        (option,) = [o for o in bq.options(session, demo_plan.plan_id) if o.label == label]
        lines = bq.line_rows(session, demo_plan.plan_id, option.id)
        sources = bq.funding_sources(session, demo_plan.plan_id)
    model = BudgetLinesModel()
    model.set_rows(lines, sources, "USD")
    return model


def test_the_lines_model_passes_the_model_tester(qtmodeltester, demo_plan):
    model = _model(demo_plan)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 6
    amount = model.index(2, AMOUNT)
    assert amount.data() == "$42,000.00"
    assert model.index(2, UNIT_COST).data(Qt.ItemDataRole.EditRole) == "2100"
    assert not model.flags(amount) & Qt.ItemFlag.ItemIsEditable


def test_the_totals_model_passes_the_model_tester(qtmodeltester):
    model = TotalsModel()
    model.set_rows([("Consultants", "$1.00", "", "", False), ("Total", "$1.00", "", "", True)])
    qtmodeltester.check(model, force_py=True)


def test_bad_figures_are_refused_with_the_reason_and_never_committed(demo_plan, qtbot):
    model = _model(demo_plan)
    committed = []
    model.edited.connect(lambda line_id, values, read: committed.append(values))
    cases = [(QUANTITY, "three", "Line 1: Quantity: 'three' is not a number. Not saved."),
             (QUANTITY, "-2", "Line 1: Quantity cannot be negative. Not saved."),
             (QUANTITY, "1000001", "Line 1: Quantity cannot be more than 1,000,000. Not saved."),
             (UNIT_COST, "1000000001", "Line 1: Unit cost cannot be more than "
                                       "1,000,000,000. Not saved."),
             (ACTUAL, "-1", "Line 1: Actual cannot be negative. Not saved.")]
    for column, text, reason in cases:
        with qtbot.waitSignal(model.refused) as refused:
            assert not model.setData(model.index(0, column), text)
        assert refused.args == [reason]
    assert committed == []
    assert model.setData(model.index(0, UNIT_COST), "15,000.50")
    assert model.setData(model.index(0, ACTUAL), "")
    assert committed == [{"unit_cost": D("15000.50")}, {"actual": None}]


def test_a_following_travel_line_cannot_be_typed_over(demo_plan):
    with demo_plan.read() as session:
        option = bq.options(session, demo_plan.plan_id)[0]
        lines = bq.line_rows(session, demo_plan.plan_id, option.id)
    travel = lines[2]
    following = [replace(travel, travel_rule="per_trip",
                         counted=(D(2), travel.unit_cost, D(1)))]
    model = BudgetLinesModel()
    model.set_rows(following, [], "USD")
    assert model.index(0, QUANTITY).data() == "2"
    assert not model.flags(model.index(0, QUANTITY)) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(0, UNIT_COST)) & Qt.ItemFlag.ItemIsEditable
    assert "approved for funded travel" in model.index(0, QUANTITY).data(
        Qt.ItemDataRole.ToolTipRole)
    assert not model.setData(model.index(0, QUANTITY), "5")
    # Only a participants' travel line has a rule to choose.
    assert model.flags(model.index(0, RULE)) & Qt.ItemFlag.ItemIsEditable


def test_choices_offer_the_plans_funding_sources(demo_plan):
    model = _model(demo_plan)
    codes = [code for code, _ in model.choices(SOURCE)]
    assert codes[0] is None and len(codes) == 3
    assert model.choices(QUANTITY) is None
