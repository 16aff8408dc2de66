"""What each action of a tab does, shown as its tooltip (with its key), in one place.

A tab's actions are made by the tab; a tooltip that only repeats the action's label
("Delete (Del)") is replaced, once the tab is built, by what the action does. A tab
that already says more (the agenda's Ripple) keeps its own words.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton

# (tab class, label without its & and …): what the action does.
TIPS: dict[tuple[str, str], str] = {
    ("OptionsTab", "Add"): "Add an option after the last one, with the plan's dates and venue",
    ("OptionsTab", "Duplicate"): "Copy the selected option, its budget lines included",
    ("OptionsTab", "Delete"): "Delete the selected option and its budget lines (undo "
                              "brings them back)",
    ("OptionsTab", "Move up"): "Move the selected option up: options are lettered in order",
    ("OptionsTab", "Move down"): "Move the selected option down: options are lettered in order",
    ("BudgetTab", "Add line"): "Add a cost line to the option shown",
    ("BudgetTab", "Delete line"): "Delete the selected cost lines",
    ("BudgetTab", "Funding sources"): "Name the funding sources and the programme support "
                                      "cost rate each charges",
    ("ParticipantsTab", "Add"): "Type a new participant's details",
    ("ParticipantsTab", "Edit"): "Change the selected participant's details",
    ("ParticipantsTab", "Delete"): "Remove the selected participants from the list",
    ("ParticipantsTab", "Import"): "Add participants from a CSV or Excel list, checked "
                                   "before anything is added",
    ("ParticipantsTab", "Export"): "Write the participants shown to a CSV or Excel file",
    ("ParticipantsTab", "Find"): "Search the visible columns",
    ("ParticipantsTab", "Set status"): "Change the status of every selected participant",
    ("AgendaTab", "Add item"): "Add an agenda item after the selected one",
    ("AgendaTab", "Add break"): "Add a coffee break after the selected item",
    ("AgendaTab", "Add lunch"): "Add the lunch break after the selected item",
    ("AgendaTab", "Edit"): "Change the selected item: title, time, room, chair, speakers",
    ("AgendaTab", "Delete"): "Delete the selected item",
    ("AgendaTab", "Move up"): "Move the selected item before the one above it",
    ("AgendaTab", "Move down"): "Move the selected item after the one below it",
    ("AgendaTab", "Move to day"): "Move the selected item to another day of the meeting",
    ("TimelineTab", "Add milestone"): "Add a deadline, meeting or other milestone",
    ("TimelineTab", "Edit"): "Change the selected milestone",
    ("TimelineTab", "Delete"): "Delete the selected milestone",
    ("TimelineTab", "Mark done"): "Tick the selected milestone as done, or not done",
    ("TimelineTab", "Deadline rules"): "Set how many weeks before the meeting each usual "
                                       "deadline falls",
    ("TimelineTab", "Accept suggestion"): "Add the selected suggested deadline as a milestone",
    ("TimelineTab", "Accept all suggestions"): "Add every suggested deadline as a milestone",
    ("DocumentsTab", "Add document"): "Add a document written elsewhere: a background "
                                      "paper, an information document, a conference room paper",
    ("DocumentsTab", "Edit"): "Change the selected document: languages, deadline, status",
    ("DocumentsTab", "Delete"): "Remove the selected document written elsewhere (the "
                                "program's own documents stay)",
    ("DocumentsTab", "Import"): "Add or update documents from a CSV or Excel table: every "
                                "row, or none when one has a problem",
    ("SummaryTab", "Next section"): "Go to the next section of the summary",
    ("SummaryTab", "Previous section"): "Go to the previous section of the summary",
    ("SummaryTab", "Switch between the list and the editor"):
        "Move the focus between the list of sections and the text",
}


def plain(text: str) -> str:
    return text.replace("&", "").rstrip("…").strip()


def with_key(tip: str, action: QAction) -> str:
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    return f"{tip} ({keys})" if keys else tip


def describe(tab: Any) -> None:
    """Give the tab's actions (and the buttons showing them) tooltips that say what
    they do, where theirs only repeat the label."""
    name = type(tab).__name__
    buttons = tab.findChildren(QAbstractButton)
    for action in tab.findChildren(QAction):
        tip = TIPS.get((name, plain(action.text())))
        old = action.toolTip()
        if tip is None or not repeats_label(old, action.text()):
            continue
        new = with_key(tip, action)
        action.setToolTip(new)
        for button in buttons:
            if button.toolTip() == old:
                button.setToolTip(new)


def repeats_label(tip: str, label: str) -> bool:
    """Whether a tooltip says no more than the label, give or take a word: "Delete
    option (Del)" for "&Delete" does not say what is deleted, or what else goes."""
    words = plain(tip).split(" (")[0].casefold().split()
    return len(words) <= len(plain(label).split()) + 1
