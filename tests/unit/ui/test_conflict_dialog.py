"""The dialog two people see when they changed the same row: both values, three ways
out. Driven through qtbot; the conflicts are the store's own (a plan file's rows
changed behind the edit's back)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from consult_desktop.services.edits import Conflicted, Topic
from consult_desktop.ui.conflict_dialog import KEEP_MINE, TAKE_THEIRS, ConflictDialog, differences


def _conflict(**theirs_changes) -> Conflicted:
    theirs = {"id": 4, "version": 3, "given_name": "Ivana", "family_name": "Kovač",
              "function": "Counsellor", "status": "confirmed", "travel_amount": Decimal("1200"),
              "travel_approved": True, **theirs_changes}
    mine = {"given_name": "Ivana", "family_name": "Kovač", "function": "Minister",
            "status": "confirmed", "travel_amount": Decimal("1200"), "travel_approved": True}
    return Conflicted("changed by someone else", Topic.PARTICIPANTS, "participant", mine,
                      {4: theirs})


def _cells(dialog: ConflictDialog) -> list[list[str]]:
    table = dialog.table
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def test_the_dialog_shows_each_field_that_differs_with_both_values(qtbot):
    dialog = ConflictDialog(_conflict(status="declined"))
    qtbot.addWidget(dialog)
    # Their status and my function differ; the fields both agree on are not listed.
    assert _cells(dialog) == [["Ivana Kovač", "Function", "Minister", "Counsellor"],
                              ["Ivana Kovač", "Status", "Confirmed", "Declined"]]
    assert dialog.mine_button.isEnabled() and not dialog.same.isVisibleTo(dialog)


def test_keep_mine_take_theirs_and_cancel_each_say_what_was_chosen(qtbot):
    for button, expected in (("mine_button", KEEP_MINE), ("theirs_button", TAKE_THEIRS),
                             ("cancel_button", None)):
        dialog = ConflictDialog(_conflict())
        qtbot.addWidget(dialog)
        dialog.show()
        getattr(dialog, button).click()
        assert dialog.choice == expected and not dialog.isVisible()


def test_ask_opens_a_modal_dialog_and_returns_the_choice(qtbot):
    clicked = []

    def click_theirs():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ConflictDialog)
        clicked.append(_cells(dialog))
        dialog.theirs_button.click()

    QTimer.singleShot(0, click_theirs)
    assert ConflictDialog.ask(None, _conflict()) == TAKE_THEIRS
    assert clicked == [[["Ivana Kovač", "Function", "Minister", "Counsellor"]]]


def test_a_row_deleted_by_the_other_cannot_be_kept_mine(qtbot):
    conflict = Conflicted("deleted", Topic.PARTICIPANTS, "participant",
                          {"function": "Minister"}, {4: None})
    dialog = ConflictDialog(conflict)
    qtbot.addWidget(dialog)
    assert _cells(dialog) == [["No. 4", "", "your change", "deleted by someone else"]]
    assert not dialog.mine_button.isEnabled() and dialog.theirs_button.isEnabled()


def test_a_deletion_of_a_row_someone_changed_names_the_row(qtbot):
    conflict = Conflicted("changed", Topic.PARTICIPANTS, "participant", {},
                          {4: {"id": 4, "version": 2, "given_name": "Ivana",
                               "family_name": "Kovač"}})
    assert differences(conflict) == [("Ivana Kovač", "", "deleted",
                                      "changed by someone else")]
