"""The Options tab's item models, through qtmodeltester."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from consult_desktop.store import budget_queries as bq
from consult_desktop.ui.options_models import ComparisonModel, OptionsListModel, date_range


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
    assert model.index(rows["Dates"], 0).data() == "2\u20133 November 2017"
    assert model.index(rows["Cost per participant"], 0).data() == "$1,316.45"


def test_date_ranges_read_as_in_un_documents():
    d = dt.date
    assert date_range(None, None) == ""
    assert date_range(d(2017, 11, 3), None) == "3 November 2017"
    assert date_range(d(2017, 10, 30), d(2017, 11, 3)) == "30 October \u2013 3 November 2017"
    assert date_range(d(2017, 12, 30), d(2018, 1, 2)) == (
        "30 December 2017 \u2013 2 January 2018")
