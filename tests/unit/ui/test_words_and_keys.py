"""The window's words and keys: no "1 days"; benefits beside risks; Ctrl+Y redoes."""

from __future__ import annotations

from PySide6.QtCore import Qt

from consult_desktop.domain.plural import count, noun
from consult_desktop.ui.count_box import CountBox
from consult_desktop.ui.options_models import ComparisonModel


def test_the_noun_agrees_with_its_number():
    assert [count(n, "day") for n in (0, 1, 2)] == ["0 days", "1 day", "2 days"]
    assert count(1200, "participant") == "1,200 participants"
    assert noun(1, "person", "people") == "person" and noun(3, "person", "people") == "people"


def test_a_count_box_says_1_day_and_2_days(qtbot):
    box = CountBox(365, CountBox.DAYS, unset="not set")
    qtbot.addWidget(box)
    shown = []
    for value in (1, 2, 1, 0):
        box.setValue(value)
        shown.append(box.text())
    assert shown == ["1 day", "2 days", "1 day", "not set"]


def test_the_option_editor_says_1_day_and_1_participant(window, qtbot):
    window.tab_widget.setCurrentIndex(0)
    editor = window.tabs[0].editor
    editor.days.setValue(1)
    editor.expected_participants.setValue(1)
    assert (editor.days.text(), editor.expected_participants.text()) == (
        "1 day", "1 participant")


def test_the_comparison_shows_benefits_beside_risks(window):
    window.tab_widget.setCurrentIndex(0)
    tab = window.tabs[0]
    model: ComparisonModel = tab.comparison
    aspects = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
    assert aspects.index("Main benefits") + 1 == aspects.index("Main risks")
    row = aspects.index("Main benefits")
    shown = [model.data(model.index(row, c)) for c in range(model.columnCount())]
    assert shown == [o.option.benefits for o in tab.compared] and any(shown)


def test_redo_takes_ctrl_y_where_the_platform_offers_only_ctrl_shift_z():
    from PySide6.QtGui import QKeySequence

    from consult_desktop.ui.main_window import redo_keys

    linux = [QKeySequence("Ctrl+Shift+Z")]  # X11 and Wayland: no Ctrl+Y of their own
    assert [k.toString() for k in redo_keys(linux)] == ["Ctrl+Shift+Z", "Ctrl+Y"]
    windows = [QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")]
    assert redo_keys(windows) == windows  # not twice


def test_ctrl_y_redoes_as_well_as_ctrl_shift_z(window, qtbot):
    from consult_desktop.services.plan import EditPlanDetails, details

    old = details(window.context.plan_file)
    window.context.run(EditPlanDetails(old, {**old, "venue": "Room XVII"}))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for key in ("Ctrl+Shift+Z", "Ctrl+Y"):
        window.undo()
        assert details(window.context.plan_file)["venue"] == old["venue"]
        modifiers = Qt.KeyboardModifier.ControlModifier
        if "Shift" in key:
            modifiers |= Qt.KeyboardModifier.ShiftModifier
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Z if "Z" in key
                       else Qt.Key.Key_Y, modifiers)
        assert details(window.context.plan_file)["venue"] == "Room XVII", key


def test_the_comparisons_rows_fit_their_text_once_shown(window, qtbot):
    """Rows sized while the table was hidden (narrow) were five lines tall for one."""
    from PySide6.QtWidgets import QTabWidget

    window.tab_widget.setCurrentIndex(0)
    tab = window.tabs[0]
    tab.findChild(QTabWidget).setCurrentIndex(1)  # Side by side
    view = tab.comparison_view
    qtbot.waitExposed(view)

    least = view.verticalHeader().minimumSectionSize()

    def fitted() -> bool:
        return all(view.rowHeight(r) == max(least, view.sizeHintForRow(r))
                   for r in range(tab.comparison.rowCount()))

    qtbot.waitUntil(fitted, timeout=2000)
    title_row = 0
    assert view.rowHeight(title_row) < 3 * view.fontMetrics().lineSpacing()
