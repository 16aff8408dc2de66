"""The labels of the plan's closed lists (domain/vocab.py), of the printed documents
and the participants' column headers (domain/participants.py HEADERS), in the
window's language.

The domain keeps each list's codes and English labels; the window shows them through
this table, one literal each, so that lupdate finds them. A test checks that every
label of domain/vocab.py is here.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication

from consult_desktop.domain import vocab


def label(choices: vocab.Choices, code: str) -> str:
    """The label of a stored code, translated; the code itself when not in the list."""
    return text(vocab.label(choices, code))


def choices(choices: vocab.Choices) -> list[tuple[str, str]]:
    """(code, translated label) for each entry of a list, in order."""
    return [(code, text(english)) for code, english in choices]


def text(english: str) -> str:
    """A list's label or a document's title, translated (unknown text as it is)."""
    return _table(QCoreApplication.translate("vocab", "Other")).get(english, english)


def language_name(code: str) -> str:
    """A language's name standing alone (a column, a list): "English", "Français" ..."""
    return {"en": QCoreApplication.translate("vocab", "English"),
            "fr": QCoreApplication.translate("vocab", "French"),
            "ru": QCoreApplication.translate("vocab", "Russian")}.get(code, code)


@functools.lru_cache(maxsize=4)
def _table(_language: str) -> dict[str, str]:
    """Built once a language (its word for "Other" tells the languages apart)."""
    return known()


def known() -> dict[str, str]:
    return {
        "Agenda item": QCoreApplication.translate("vocab", "Agenda item"),
        "Break": QCoreApplication.translate("vocab", "Break"),
        "Lunch": QCoreApplication.translate("vocab", "Lunch"),
        "Side event": QCoreApplication.translate("vocab", "Side event"),
        "Temporary staff / GTA": QCoreApplication.translate("vocab", "Temporary staff / GTA"),
        "Consultants": QCoreApplication.translate("vocab", "Consultants"),
        "Participants' travel": QCoreApplication.translate("vocab", "Participants' travel"),
        "Staff travel": QCoreApplication.translate("vocab", "Staff travel"),
        "Conference servicing: interpretation":
            QCoreApplication.translate("vocab", "Conference servicing: interpretation"),
        "Conference servicing: translation and documents":
            QCoreApplication.translate("vocab", "Conference servicing: translation and documents"),
        "Conference servicing: rooms and equipment":
            QCoreApplication.translate("vocab", "Conference servicing: rooms and equipment"),
        "Hospitality": QCoreApplication.translate("vocab", "Hospitality"),
        "Other": QCoreApplication.translate("vocab", "Other"),
        "work-month": QCoreApplication.translate("vocab", "work-month"),
        "day": QCoreApplication.translate("vocab", "day"),
        "trip": QCoreApplication.translate("vocab", "trip"),
        "person": QCoreApplication.translate("vocab", "person"),
        "page": QCoreApplication.translate("vocab", "page"),
        "lump sum": QCoreApplication.translate("vocab", "lump sum"),
        "General": QCoreApplication.translate("vocab", "General"),
        "Limited": QCoreApplication.translate("vocab", "Limited"),
        "Restricted": QCoreApplication.translate("vocab", "Restricted"),
        "Informal document": QCoreApplication.translate("vocab", "Informal document"),
        "Provisional annotated agenda":
            QCoreApplication.translate("vocab", "Provisional annotated agenda"),
        "List of participants": QCoreApplication.translate("vocab", "List of participants"),
        "Budget": QCoreApplication.translate("vocab", "Budget"),
        "Options note": QCoreApplication.translate("vocab", "Options note"),
        "Summary of discussions": QCoreApplication.translate("vocab", "Summary of discussions"),
        "Meeting pack": QCoreApplication.translate("vocab", "Meeting pack"),
        "Extrabudgetary": QCoreApplication.translate("vocab", "Extrabudgetary"),
        "Regular budget": QCoreApplication.translate("vocab", "Regular budget"),
        "Existing resources": QCoreApplication.translate("vocab", "Existing resources"),
        "Mandate deadline": QCoreApplication.translate("vocab", "Mandate deadline"),
        "Related meeting": QCoreApplication.translate("vocab", "Related meeting"),
        "Document deadline": QCoreApplication.translate("vocab", "Document deadline"),
        "Decision": QCoreApplication.translate("vocab", "Decision"),
        "The meeting": QCoreApplication.translate("vocab", "The meeting"),
        "Outcome due": QCoreApplication.translate("vocab", "Outcome due"),
        "Self-standing multi-stakeholder meeting":
            QCoreApplication.translate("vocab", "Self-standing multi-stakeholder meeting"),
        "Extended session of the governing body":
            QCoreApplication.translate("vocab", "Extended session of the governing body"),
        "Virtual or hybrid meeting":
            QCoreApplication.translate("vocab", "Virtual or hybrid meeting"),
        "Proposed": QCoreApplication.translate("vocab", "Proposed"),
        "Recommended": QCoreApplication.translate("vocab", "Recommended"),
        "Chosen": QCoreApplication.translate("vocab", "Chosen"),
        "Rejected": QCoreApplication.translate("vocab", "Rejected"),
        "Member State of the body": QCoreApplication.translate("vocab", "Member State of the body"),
        "Other State": QCoreApplication.translate("vocab", "Other State"),
        "United Nations Secretariat":
            QCoreApplication.translate("vocab", "United Nations Secretariat"),
        "United Nations body or regional commission":
            QCoreApplication.translate("vocab", "United Nations body or regional commission"),
        "Specialized agency": QCoreApplication.translate("vocab", "Specialized agency"),
        "Intergovernmental organization":
            QCoreApplication.translate("vocab", "Intergovernmental organization"),
        "Non-governmental organization or other stakeholder":
            QCoreApplication.translate(
                "vocab", "Non-governmental organization or other stakeholder"),
        "Expert": QCoreApplication.translate("vocab", "Expert"),
        "Secretariat staff": QCoreApplication.translate("vocab", "Secretariat staff"),
        "Invited": QCoreApplication.translate("vocab", "Invited"),
        "Nominated": QCoreApplication.translate("vocab", "Nominated"),
        "Registered": QCoreApplication.translate("vocab", "Registered"),
        "Confirmed": QCoreApplication.translate("vocab", "Confirmed"),
        "Declined": QCoreApplication.translate("vocab", "Declined"),
        "Attended": QCoreApplication.translate("vocab", "Attended"),
        "Discussion of an agenda item":
            QCoreApplication.translate("vocab", "Discussion of an agenda item"),
        "Key messages": QCoreApplication.translate("vocab", "Key messages"),
        "Recommendations": QCoreApplication.translate("vocab", "Recommendations"),
        "Fixed figure": QCoreApplication.translate("vocab", "Fixed figure"),
        "Funded participants x average cost per trip":
            QCoreApplication.translate("vocab", "Funded participants x average cost per trip"),
        "Sum of approved travel amounts":
            QCoreApplication.translate("vocab", "Sum of approved travel amounts"),
        "Name tents": QCoreApplication.translate("vocab", "Name tents"),
        "List of documents": QCoreApplication.translate("vocab", "List of documents"),
        "Drafting": QCoreApplication.translate("vocab", "Drafting"),
        "Submitted": QCoreApplication.translate("vocab", "Submitted"),
        "Edited": QCoreApplication.translate("vocab", "Edited"),
        "Translated": QCoreApplication.translate("vocab", "Translated"),
        "Issued": QCoreApplication.translate("vocab", "Issued"),
        "Official document": QCoreApplication.translate("vocab", "Official document"),
        "Conference room paper": QCoreApplication.translate("vocab", "Conference room paper"),
        "Badges": QCoreApplication.translate("vocab", "Badges"),
        # The participants' columns (domain/participants.py HEADERS): the table's
        # headers, and an import's problem naming a field the file lacks.
        "Honorific": QCoreApplication.translate("ParticipantsModel", "Honorific"),
        "Family name": QCoreApplication.translate("ParticipantsModel", "Family name"),
        "Given name": QCoreApplication.translate("ParticipantsModel", "Given name"),
        "Function": QCoreApplication.translate("ParticipantsModel", "Function"),
        "Organisation": QCoreApplication.translate("ParticipantsModel", "Organisation"),
        "Country": QCoreApplication.translate("ParticipantsModel", "Country"),
        "Category": QCoreApplication.translate("ParticipantsModel", "Category"),
        "Status": QCoreApplication.translate("ParticipantsModel", "Status"),
        "Email": QCoreApplication.translate("ParticipantsModel", "Email"),
        "Phone": QCoreApplication.translate("ParticipantsModel", "Phone"),
        "Travel requested": QCoreApplication.translate("ParticipantsModel", "Travel requested"),
        "Travel approved": QCoreApplication.translate("ParticipantsModel", "Travel approved"),
        "Travel amount": QCoreApplication.translate("ParticipantsModel", "Travel amount"),
        "Notes": QCoreApplication.translate("ParticipantsModel", "Notes"),
        "Head of delegation":
            QCoreApplication.translate("ParticipantsModel", "Head of delegation"),
        "Rank": QCoreApplication.translate("ParticipantsModel", "Rank"),
        "Family name (Latin)":
            QCoreApplication.translate("ParticipantsModel", "Family name (Latin)"),
        "Given name (Latin)":
            QCoreApplication.translate("ParticipantsModel", "Given name (Latin)"),
    }
