"""The Options tab's item models, through qtmodeltester."""

from __future__ import annotations

from PySide6.QtCore import Qt

from consult_desktop.store import budget_queries as bq
from consult_desktop.ui.options_models import ComparisonModel, OptionsListModel


def _compared(demo_plan):
    with demo_plan.read() as session:
        return bq.comparison(session, demo_plan.plan_id)


def test_the_list_model_passes_the_model_tester(qtmodeltester, demo_plan):
    model = OptionsListModel()
    model.set_rows(_compared(demo_plan), "USD")
    qtmodeltester.check(model, force_py=True)
    assert model.index(0).data().startswith("(a) Full-fledged")
    assert "$157,974.00" in model.index(0).data(Qt.ItemDataRole.ToolTipRole)


def test_the_comparison_model_passes_the_model_tester(qtmodeltester, demo_plan):
    model = ComparisonModel()
    model.set_rows(_compared(demo_plan), "USD")
    qtmodeltester.check(model, force_py=True)
    rows = {model.headerData(r, Qt.Orientation.Vertical): r for r in range(model.rowCount())}
    assert model.headerData(1, Qt.Orientation.Horizontal) == "(b)"
    assert model.index(rows["Format"], 1).data() == "Extended session of the governing body"
    assert model.index(rows["Dates"], 0).data() == "2 and 3 November 2017"  # domain/dates.py
    assert model.index(rows["Cost per participant"], 0).data() == "$1,316.45"
