"""Date and time boxes stay in the part being typed; calendars open on the plan's month;
Tab moves on from the multi-line boxes of Plan details."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTime

from consult_desktop.services.plan import details
from consult_desktop.ui.date_edits import DateEdit, TimeEdit
from consult_desktop.ui.plan_details import PlanDetailsDialog

Section = DateEdit.Section


def test_typing_5_in_the_day_does_not_jump_to_the_month(qtbot):
    box = DateEdit(QDate(2017, 11, 2))
    qtbot.addWidget(box)
    box.show()
    box.setSelectedSection(Section.DaySection)
    qtbot.keyClicks(box, "5")
    assert box.currentSection() == Section.DaySection  # Qt's own box is in the month now
    qtbot.keyClick(box, Qt.Key.Key_Tab)  # the officer moves on
    assert box.currentSection() == Section.MonthSection
    box.setSelectedSection(Section.DaySection)
    qtbot.keyClicks(box, "15")
    assert box.date() == QDate(2017, 11, 15)


def test_typing_an_hour_stays_in_the_hour_until_the_separator(qtbot):
    box = TimeEdit(QTime(9, 0))
    qtbot.addWidget(box)
    box.show()
    box.setSelectedSection(Section.HourSection)
    qtbot.keyClicks(box, "5")
    assert box.currentSection() == Section.HourSection
    box.setSelectedSection(Section.HourSection)
    qtbot.keyClicks(box, "14:45")
    assert box.time() == QTime(14, 45)


def test_the_dialogs_date_and_time_boxes_stay_in_their_part(window, qtbot):
    from consult_desktop.domain.milestones import Fields
    from consult_desktop.ui.agenda_item_dialog import AgendaItemDialog
    from consult_desktop.ui.milestone_dialog import MilestoneDialog

    window.tab_widget.setCurrentIndex(3)
    tab = window.tabs[3]
    item = AgendaItemDialog(tab._items()[0], tab.data.people, tab._parents(), tab._rooms())
    milestone = MilestoneDialog(Fields("Documents due", dt.date(2017, 10, 1)))
    details_dialog = PlanDetailsDialog(details(window.context.plan_file))
    for box in (item.day, item.start, item.end, milestone.date, details_dialog.start_date.edit):
        assert isinstance(box, DateEdit | TimeEdit)
    for dialog in (item, milestone, details_dialog):
        qtbot.addWidget(dialog)


def test_an_empty_end_date_opens_on_the_meetings_month(window, qtbot):
    values = details(window.context.plan_file)
    values["end_date"] = None
    dialog = PlanDetailsDialog(values)
    qtbot.addWidget(dialog)
    start = values["start_date"]
    calendar = dialog.end_date.edit.calendarWidget()
    assert (calendar.yearShown(), calendar.monthShown()) == (start.year, start.month)
    assert dialog.end_date.value() is None  # shown, not set


def test_an_options_empty_dates_open_on_the_plans_month(window, qtbot):

    window.tab_widget.setCurrentIndex(0)
    tab = window.tabs[0]
    option = tab.current()
    start = details(window.context.plan_file)["start_date"]
    tab.editor.set_option(option.__class__(**{**option.__dict__, "proposed_start": None,
                                               "proposed_end": None, "decision_date": None}))
    for field in (tab.editor.proposed_start, tab.editor.proposed_end, tab.editor.decision_date):
        shown = field.edit.date()
        assert (shown.year(), shown.month()) == (start.year, start.month)
        assert field.value() is None


def test_tab_in_the_mandate_moves_on_and_types_no_tab(window, qtbot):
    dialog = PlanDetailsDialog(details(window.context.plan_file))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.mandate.setFocus()
    before = dialog.mandate.toPlainText()
    qtbot.keyClick(dialog.mandate, Qt.Key.Key_Tab)
    assert dialog.mandate.toPlainText() == before
    assert dialog.focusWidget() is not dialog.mandate
