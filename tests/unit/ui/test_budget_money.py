"""Issue 23 in the Budget tab: a line in another currency shows both amounts, a line
without its rate is flagged and not counted, rows pasted from a spreadsheet come in
all or none as one undo step, the travel line's link to the travellers is in sight,
the workbook is exported, and the travellers' table costs each trip."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt

from consult_desktop.services import budget as service
from consult_desktop.ui import budget_tab
from consult_desktop.ui.budget_model import AMOUNT, CURRENCY, RATE_MONTH, RULE, UNIT_COST
from consult_desktop.ui.budget_tab import BudgetTab
from consult_desktop.ui.travel_dialog import TravelDialog, TripDialog

ROWS = ("Category\tDescription\tQuantity\tUnit\tUnit cost\tCurrency\tDays\tFunding source\n"
        "Rooms\tCatering (CHF)\t2\tday\t968.00\tCHF\t1\tExtrabudgetary\n"
        "Other\tVisas\t4\tperson\t80\tGBP\t1\tExtrabudgetary\n")


@pytest.fixture
def tab(open_tab):
    return open_tab(BudgetTab)


def _total(tab) -> str:
    return {row[0]: row for row in tab.totals.rows}["Total"][1]


def _cell(tab, line, column, role=Qt.ItemDataRole.DisplayRole):
    return tab.model.index(tab.model.row_of(line.id), column).data(role)


def test_pasted_rows_come_in_as_one_step_with_both_amounts_and_a_missing_rate(tab, context):
    before = _total(tab)
    count = len(tab.shown().lines)
    assert tab.paste_lines(ROWS)
    chf, gbp = tab.shown().lines[count:]
    # The demo's illustrative rate: 0.968 CHF to the dollar in November 2017.
    assert _cell(tab, chf, UNIT_COST) == "968.00 CHF"
    assert _cell(tab, chf, CURRENCY) == "CHF"
    assert _cell(tab, chf, RATE_MONTH) == "November 2017"
    assert _cell(tab, chf, AMOUNT) == "1,936.00 CHF = $2,000.00"
    assert "0.968 CHF to the dollar (November 2017" in _cell(tab, chf, AMOUNT,
                                                             Qt.ItemDataRole.ToolTipRole)
    # No rate for pounds: flagged in red, not counted, never 1:1.
    assert _cell(tab, gbp, AMOUNT) == "no rate"
    assert _cell(tab, gbp, AMOUNT, Qt.ItemDataRole.ForegroundRole).color().name() == "#b00020"
    assert "no rate of exchange for GBP in November 2017" in tab.message.text()
    assert _total(tab) == "$160,234.00"  # 157,974 + 2,000 + 13% PSC
    context.undo_stack.undo()  # one step takes both lines out
    assert len(tab.shown().lines) == count
    assert _total(tab) == before


def test_bad_pasted_rows_are_named_and_nothing_is_added(tab):
    count = len(tab.shown().lines)
    assert not tab.paste_lines("Rooms\tCatering\t-2\tday\t100\n"
                               "Lunches\tx\t1\tday\t100\n")
    text = tab.message.text()
    assert text.startswith("Nothing pasted: the pasted rows: row 1, column Quantity")
    assert "row 2, column Category: 'Lunches' is not a budget category" in text
    assert len(tab.shown().lines) == count


def test_a_line_typed_in_another_currency_and_month_converts(tab, context):
    line = tab.shown().lines[-1]  # rooms, $4,700
    row = tab.model.row_of(line.id)
    assert tab.model.setData(tab.model.index(row, CURRENCY), "eur")
    assert tab.model.setData(tab.model.index(row, RATE_MONTH), "2017-11")
    line = tab.shown().lines[-1]
    assert (line.currency, line.rate_month, line.amount) == (
        "EUR", dt.date(2017, 11, 1), D("5522.91"))  # 4,700 / 0.851
    assert not tab.model.setData(tab.model.index(row, RATE_MONTH), "November")
    assert "is not a month (YYYY-MM)" in tab.message.text()


def test_the_travel_line_says_what_it_follows(tab, context):
    (line,) = [x for x in tab.shown().lines if x.category == "participant_travel"]
    tip = _cell(tab, line, RULE, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Fixed figure: the quantity and cost typed.")
    assert "follow the 2 approved travellers ($3,250.00)" in tip
    row = tab.model.row_of(line.id)
    assert tab.model.setData(tab.model.index(row, RULE), "approved_sum")
    (line,) = [x for x in tab.shown().lines if x.category == "participant_travel"]
    assert _cell(tab, line, RULE) == "Approved sums (2)"
    assert line.amount == D("3250.00")
    assert "sum of the travel support of the 2 approved travellers, $3,250.00" in _cell(
        tab, line, RULE, Qt.ItemDataRole.ToolTipRole)


@pytest.mark.parametrize(("lang", "titled"), [
    ("fr", ["Mme Zeynep Ayd\u0131n", "Mme Ana Petrović", "Mme Aigerim Seitkali"]),
    ("ru", ["г\u2011жа Zeynep Ayd\u0131n", "г\u2011жа Ana Petrović",  # a hyphen never cut
            "г\u2011жа Aigerim Seitkali"]),
])
def test_the_travellers_are_titled_in_the_windows_language(lang, titled, speak, context,
                                                           qtbot):
    speak(lang)
    dialog = TravelDialog(context, None)
    qtbot.addWidget(dialog)
    assert [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())] == titled


def test_the_travellers_table_costs_a_trip_and_the_travel_line_follows(tab, context, qtbot,
                                                                       monkeypatch):
    (line,) = [x for x in tab.shown().lines if x.category == "participant_travel"]
    tab.model.setData(tab.model.index(tab.model.row_of(line.id), RULE), "approved_sum")
    dialog = TravelDialog(context, tab)
    qtbot.addWidget(dialog)
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert "2 nights (arrival 1 November 2017, the day before); DSA of Geneva: 400.00 USD" \
        in dialog.setting.text()
    row = names.index("Ms. Ana Petrović")
    dialog.table.selectRow(row)
    monkeypatch.setattr(TripDialog, "ask", classmethod(
        lambda _cls, parent, person, setting: (D("700"), D("38"), None, None)))
    dialog.edit_trip()
    # 700 + 2 nights x 400 + 38 = 1,538; with Ms. Seitkali's 1,850: 3,388.
    assert dialog.table.item(row, 7).text() == "$1,538.00"
    assert dialog.total.text() == "Approved travellers: 2, travel support $3,388.00"
    (line,) = [x for x in tab.shown().lines if x.category == "participant_travel"]
    assert line.amount == D("3388.00")
    context.undo_stack.undo()
    (line,) = [x for x in tab.shown().lines if x.category == "participant_travel"]
    assert line.amount == D("3250.00")


def test_the_trip_form_shows_the_sum_and_refuses_a_bad_figure(qtbot, context):
    travel = service.travel(context.plan_file)
    (person,) = [t for t in travel.travellers if t.titled() == "Ms. Aigerim Seitkali"]
    form = TripDialog(person, travel.setting)
    qtbot.addWidget(form)
    assert form.sum.text() == "$1,850.00 = $1,000.00 + 2 \u00d7 $400.00 + $50.00"
    form.nights.setText("3")
    assert form.sum.text().startswith("$2,250.00")
    form.terminal.setText("-5")
    form.accept()
    assert form.values is None and "cannot be negative" in form.problems.text()


def test_export_writes_the_workbook_where_asked(tab, tmp_path, monkeypatch):
    from openpyxl import load_workbook

    target = tmp_path / "budget.xlsx"
    monkeypatch.setattr(budget_tab, "ask_save_path", lambda *args: str(target))
    tab.export()
    assert load_workbook(target).sheetnames == ["Options side by side", "Option a",
                                                "Option b"]
    assert tab.message.text() == f"wrote the budget of 2 options to {target}"


def test_the_participants_form_shows_how_a_travellers_support_adds_up(open_tab, qtbot,
                                                                      monkeypatch):
    from consult_desktop.ui.participant_form import ParticipantDialog
    from consult_desktop.ui.participants_tab import ParticipantsTab

    people = open_tab(ParticipantsTab)
    seen = {}

    def ask(_cls, parent, person, members, vet=None, **kwargs):
        seen[person.family_name] = kwargs.get("trip_note", "")
        form = ParticipantDialog(person, members, parent, vet, **kwargs)
        qtbot.addWidget(form)
        seen["read only"] = form.travel_amount.isReadOnly()
        seen["amount"] = form.travel_amount.text()
        return None

    monkeypatch.setattr(ParticipantDialog, "ask", classmethod(ask))
    for family in ("Seitkali", "Petrović"):
        (ident,) = [row[0] for row in people.model.rows if row[1] == family]
        people.select_ids([ident])
        people.edit_selected()
        if family == "Seitkali":
            assert seen["read only"] and seen["amount"] == "1850.00"
    assert seen["Seitkali"] == ("Ticket $1,000.00 + 2 \u00d7 DSA $400.00 + terminal $50.00"
                                " = $1,850.00")
    assert seen["Petrović"] == ""  # her amount is typed
    assert not seen["read only"]


def test_a_rate_typed_or_imported_in_the_window_converts_the_line_that_lacked_it(
        tab, context, qtbot, tmp_path):
    from consult_desktop.ui.travel_dialog import RatesDialog

    tab.paste_lines(ROWS)
    rates = RatesDialog(context, tab)
    qtbot.addWidget(rates)
    assert rates.exchange.rowCount() == 2  # the demo's CHF and EUR
    rates.currency.setText("gbp")
    rates.month.setText("2017-11")
    rates.units.setText("0")
    assert not rates.add_rate()
    assert rates.message.text() == "Units per USD cannot be zero"
    rates.units.setText("0.8")
    assert rates.add_rate()
    assert rates.exchange.item(2, 0).text() == "GBP"  # by currency: CHF, EUR, GBP
    gbp = tab.shown().lines[-1]
    assert gbp.amount == D("400.00") and not tab.message.text()  # 320 GBP at 0.8
    bad = tmp_path / "dsa.csv"
    bad.write_text("Country,Location,Rate (USD),Effective date\nSwitzerland,Geneva,-1,"
                   "2017-11-01\n", encoding="utf-8")
    assert not rates.import_file("dsa", str(bad))
    assert "row 2, column Rate (USD): DSA rate cannot be negative" in rates.message.text()
    assert rates.dsa.rowCount() == 1
    context.undo_stack.undo()
    assert tab.shown().lines[-1].rate_problem


def test_a_currency_typed_on_a_line_in_the_plans_currency_is_no_conflict(tab, context):
    """The line shows the plan's currency and the meeting's month, as in force, while it
    stores none: the edit checks the stored values, so nobody else's change is seen."""
    asked = []
    context.ask_conflict = lambda conflict: asked.append(conflict) or None
    line = tab.shown().lines[-1]
    row = tab.model.row_of(line.id)
    assert (line.currency, line.stored_currency) == ("USD", None)
    tab.view.setCurrentIndex(tab.model.index(row, CURRENCY))
    tab.model.note_read(tab.model.index(row, CURRENCY))  # the person opens the cell
    assert tab.model.setData(tab.model.index(row, CURRENCY), "CHF")
    assert tab.model.setData(tab.model.index(row, RATE_MONTH), "2017-11")
    assert asked == [] and tab.shown().lines[-1].currency == "CHF"


def test_a_plan_that_may_only_be_read_shows_travel_and_rates_with_no_way_to_change(
        qtbot, demo_path, monkeypatch):
    from PySide6.QtWidgets import QPushButton

    from consult_desktop.store import plan_lock
    from consult_desktop.store.plan_file import open_plan
    from consult_desktop.ui.context import PlanContext
    from consult_desktop.ui.travel_dialog import RatesDialog

    def refuse(path, flags, *mode):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(plan_lock.os, "open", refuse)
    plan = open_plan(demo_path)
    monkeypatch.undo()
    assert plan.read_only
    context = PlanContext(plan)
    try:
        travel = TravelDialog(context)
        qtbot.addWidget(travel)
        travel.show()
        assert travel.table.rowCount() >= 2  # the travellers are there to read
        shown = [b.text() for b in travel.findChildren(QPushButton) if b.isVisible()]
        assert "&Travel costs…" not in shown
        asked = []
        monkeypatch.setattr(TripDialog, "ask", classmethod(
            lambda _cls, *args: asked.append(args)))
        travel.table.doubleClicked.emit(travel.table.model().index(0, 0))
        assert not asked
        rates = RatesDialog(context)
        qtbot.addWidget(rates)
        rates.show()
        assert rates.exchange.rowCount() == 2  # the demo's CHF and EUR, to read
        shown = [b.text() for b in rates.findChildren(QPushButton) if b.isVisible()]
        assert not {"Import &DSA table…", "Import rates of &exchange…", "&Add rate"} & set(shown)
        assert not rates.units.isVisible()
    finally:
        context.undo_stack.clear()
        plan.close()


def test_a_cell_left_with_escape_is_no_conflict_once_someone_elses_value_is_shown(
        tab, context, qtbot):
    """The person opens a description, leaves it with Escape; someone else then renames
    the line and the tab shows their name; the person's next change of it (a paste into
    the cell) is checked against that, not against the name the closed editor held."""
    from PySide6.QtWidgets import QLineEdit

    from consult_desktop.services.edits import run
    from consult_desktop.ui.budget_model import DESCRIPTION

    asked = []
    context.ask_conflict = lambda conflict: asked.append(conflict) or None
    tab.show()
    line = tab.shown().lines[0]
    index = tab.model.index(tab.model.row_of(line.id), DESCRIPTION)
    tab.view.setCurrentIndex(index)
    tab.view.edit(index)
    (editor,) = [e for e in tab.view.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert editor.text() == line.description
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    theirs = service.edit_line(context.plan_file, line.id, {"description": "Theirs"})
    run(context.plan_file, theirs)  # another desk's save, then the tab is told
    tab.reload()
    assert tab.model.index(index.row(), DESCRIPTION).data() == "Theirs"
    assert tab.model.setData(tab.model.index(index.row(), DESCRIPTION), "Mine")
    assert asked == [] and tab.shown().lines[0].description == "Mine"
