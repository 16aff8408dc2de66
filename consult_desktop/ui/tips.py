"""What each action of a tab does, shown as its tooltip (with its key), in one place.

A tab's actions are made by the tab; a tooltip that only repeats the action's label
("Delete (Del)") is replaced, once the tab is built, by what the action does. A tab
that already says more (the agenda's Ripple) keeps its own words.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton


def tips() -> dict[tuple[str, str], str]:
    """(tab class, label without its & and …): what the action does. Each label is the
    tab's own message (the same context and text), so it reads as the tab shows it."""
    return {(tab, plain(label)): tip for (tab, label), tip in {
        ("OptionsTab", QCoreApplication.translate("OptionsTab", "&Add")):
            QCoreApplication.translate("tips", "Add an option after the last one, with"
                                       " the plan's dates and venue"),
        ("OptionsTab", QCoreApplication.translate("OptionsTab", "D&uplicate")):
            QCoreApplication.translate("tips", "Copy the selected option, its"
                                       " budget lines included"),
        ("OptionsTab", QCoreApplication.translate("OptionsTab", "&Delete")):
            QCoreApplication.translate("tips", "Delete the selected option and its budget"
                                       " lines (undo brings them back)"),
        ("OptionsTab", QCoreApplication.translate("OptionsTab", "Move u&p")):
            QCoreApplication.translate("tips", "Move the selected option up: options"
                                       " are lettered in order"),
        ("OptionsTab", QCoreApplication.translate("OptionsTab", "Move do&wn")):
            QCoreApplication.translate("tips", "Move the selected option down: options"
                                       " are lettered in order"),
        ("BudgetTab", QCoreApplication.translate("BudgetTab", "&Add line")):
            QCoreApplication.translate("tips", "Add a cost line to the option shown"),
        ("BudgetTab", QCoreApplication.translate("BudgetTab", "&Delete line")):
            QCoreApplication.translate("tips", "Delete the selected cost lines"),
        ("BudgetTab", QCoreApplication.translate("BudgetTab", "&Funding sources…")):
            QCoreApplication.translate("tips", "Name the funding sources and the programme"
                                       " support cost rate each charges"),
        ("ParticipantsTab", QCoreApplication.translate("ParticipantsTab", "&Add…")):
            QCoreApplication.translate("tips", "Type a new participant's details"),
        ("ParticipantsTab", QCoreApplication.translate("ParticipantsTab", "&Edit…")):
            QCoreApplication.translate("tips", "Change the selected participant's details"),
        ("ParticipantsTab", QCoreApplication.translate("ParticipantsTab", "&Delete")):
            QCoreApplication.translate("tips", "Remove the selected participants from the list"),
        ("ParticipantsTab", QCoreApplication.translate("ParticipantsTab", "&Import…")):
            QCoreApplication.translate("tips", "Add participants from a CSV or Excel list,"
                                       " checked before anything is added"),
        ("ParticipantsTab", QCoreApplication.translate("ParticipantsTab", "E&xport…")):
            QCoreApplication.translate("tips", "Write the participants shown to a"
                                       " CSV or Excel file"),
        ("ParticipantsTab", QCoreApplication.translate("ParticipantsTab", "Find")):
            QCoreApplication.translate("tips", "Search the visible columns"),
        ("ParticipantsTab", QCoreApplication.translate("ParticipantsTab", "Set &status")):
            QCoreApplication.translate("tips", "Change the status of every selected participant"),
        ("AgendaTab", QCoreApplication.translate("AgendaTab", "&Add item…")):
            QCoreApplication.translate("tips", "Add an agenda item after the selected one"),
        ("AgendaTab", QCoreApplication.translate("AgendaTab", "Add &break")):
            QCoreApplication.translate("tips", "Add a coffee break after the selected item"),
        ("AgendaTab", QCoreApplication.translate("AgendaTab", "Add &lunch")):
            QCoreApplication.translate("tips", "Add the lunch break after the selected item"),
        ("AgendaTab", QCoreApplication.translate("AgendaTab", "&Edit…")):
            QCoreApplication.translate("tips", "Change the selected item: title, time,"
                                       " room, chair, speakers"),
        ("AgendaTab", QCoreApplication.translate("AgendaTab", "&Delete")):
            QCoreApplication.translate("tips", "Delete the selected item"),
        ("AgendaTab", QCoreApplication.translate("AgendaTab", "Move &up")):
            QCoreApplication.translate("tips", "Move the selected item before the one above it"),
        ("AgendaTab", QCoreApplication.translate("AgendaTab", "Move &down")):
            QCoreApplication.translate("tips", "Move the selected item after the one below it"),
        ("AgendaTab", QCoreApplication.translate("AgendaTab", "Move to &day…")):
            QCoreApplication.translate("tips", "Move the selected item to another"
                                       " day of the meeting"),
        ("TimelineTab", QCoreApplication.translate("TimelineTab", "&Add milestone…")):
            QCoreApplication.translate("tips", "Add a deadline, meeting or other milestone"),
        ("TimelineTab", QCoreApplication.translate("TimelineTab", "&Edit…")):
            QCoreApplication.translate("tips", "Change the selected milestone"),
        ("TimelineTab", QCoreApplication.translate("TimelineTab", "&Delete")):
            QCoreApplication.translate("tips", "Delete the selected milestone"),
        ("TimelineTab", QCoreApplication.translate("TimelineTab", "Mark d&one")):
            QCoreApplication.translate("tips", "Tick the selected milestone as done, or not done"),
        ("TimelineTab", QCoreApplication.translate("TimelineTab", "Deadline &rules…")):
            QCoreApplication.translate("tips", "Set how many weeks before the meeting"
                                       " each usual deadline falls"),
        ("TimelineTab", QCoreApplication.translate("TimelineTab", "A&ccept suggestion")):
            QCoreApplication.translate("tips", "Add the selected suggested"
                                       " deadline as a milestone"),
        ("TimelineTab", QCoreApplication.translate("TimelineTab", "Accept a&ll suggestions")):
            QCoreApplication.translate("tips", "Add every suggested deadline as a milestone"),
        ("DocumentsTab", QCoreApplication.translate("DocumentsTab", "&Add document")):
            QCoreApplication.translate("tips", "Add a document written elsewhere: a"
                                       " background paper, an information document, a"
                                       " conference room paper"),
        ("DocumentsTab", QCoreApplication.translate("DocumentsTab", "&Edit")):
            QCoreApplication.translate("tips", "Change the selected document: languages,"
                                       " deadline, status"),
        ("DocumentsTab", QCoreApplication.translate("DocumentsTab", "&Delete")):
            QCoreApplication.translate("tips", "Remove the selected document written"
                                       " elsewhere (the program's own documents stay)"),
        ("DocumentsTab", QCoreApplication.translate("DocumentsTab", "&Import…")):
            QCoreApplication.translate("tips", "Add or update documents from a CSV or Excel"
                                       " table: every row, or none when one has a problem"),
        ("SummaryTab", QCoreApplication.translate("SummaryTab", "&Next section")):
            QCoreApplication.translate("tips", "Go to the next section of the summary"),
        ("SummaryTab", QCoreApplication.translate("SummaryTab", "&Previous section")):
            QCoreApplication.translate("tips", "Go to the previous section of the summary"),
        ("SummaryTab", QCoreApplication.translate("SummaryTab",
                                                  "Switch between the list and the editor")):
            QCoreApplication.translate("tips", "Move the focus between the list of"
                                       " sections and the text"),
    }.items()}


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
    known = tips()
    for action in tab.findChildren(QAction):
        tip = known.get((name, plain(action.text())))
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
