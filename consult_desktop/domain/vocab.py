"""The closed lists the plan uses: each is (stored code, label), in display order.

The order of PARTICIPANT_CATEGORIES is the order of a UN list of participants.
"""

from __future__ import annotations

from collections.abc import Sequence

Choices = tuple[tuple[str, str], ...]

OPTION_FORMATS: Choices = (
    ("self_standing", "Self-standing multi-stakeholder meeting"),
    ("extended_session", "Extended session of the governing body"),
    ("virtual", "Virtual or hybrid meeting"),
    ("other", "Other"),
)

OPTION_STATUSES: Choices = (
    ("proposed", "Proposed"),
    ("recommended", "Recommended"),
    ("chosen", "Chosen"),
    ("rejected", "Rejected"),
)

BUDGET_CATEGORIES: Choices = (
    ("temporary_staff", "Temporary staff / GTA"),
    ("consultants", "Consultants"),
    ("participant_travel", "Participants' travel"),
    ("staff_travel", "Staff travel"),
    ("interpretation", "Conference servicing: interpretation"),
    ("documents", "Conference servicing: translation and documents"),
    ("rooms", "Conference servicing: rooms and equipment"),
    ("hospitality", "Hospitality"),
    ("other", "Other"),
)

BUDGET_UNITS: Choices = (
    ("work_month", "work-month"),
    ("day", "day"),
    ("trip", "trip"),
    ("person", "person"),
    ("page", "page"),
    ("lump_sum", "lump sum"),
)

# How a participants' travel line gets its quantity and cost.
TRAVEL_RULES: Choices = (
    ("fixed", "Fixed figure"),
    ("per_trip", "Funded participants x average cost per trip"),
    ("approved_sum", "Sum of approved travel amounts"),
)

FUNDING_KINDS: Choices = (
    ("extrabudgetary", "Extrabudgetary"),
    ("regular_budget", "Regular budget"),
    ("existing_resources", "Existing resources"),
    ("other", "Other"),
)

PARTICIPANT_CATEGORIES: Choices = (
    ("member_state", "Member State of the body"),
    ("other_state", "Other State"),
    ("un_secretariat", "United Nations Secretariat"),
    ("un_body", "United Nations body or regional commission"),
    ("specialized_agency", "Specialized agency"),
    ("igo", "Intergovernmental organization"),
    ("ngo", "Non-governmental organization or other stakeholder"),
    ("expert", "Expert"),
    ("secretariat", "Secretariat staff"),
)

PARTICIPANT_STATUSES: Choices = (
    ("invited", "Invited"),
    ("nominated", "Nominated"),
    ("registered", "Registered"),
    ("confirmed", "Confirmed"),
    ("declined", "Declined"),
    ("attended", "Attended"),
)

AGENDA_KINDS: Choices = (
    ("item", "Agenda item"),
    ("break", "Break"),
    ("lunch", "Lunch"),
    ("side_event", "Side event"),
)

MILESTONE_KINDS: Choices = (
    ("mandate", "Mandate deadline"),
    ("related_meeting", "Related meeting"),
    ("document", "Document deadline"),
    ("decision", "Decision"),
    ("meeting", "The meeting"),
    ("outcome_due", "Outcome due"),
    ("other", "Other"),
)

SUMMARY_KINDS: Choices = (
    ("item", "Discussion of an agenda item"),
    ("key_messages", "Key messages"),
    ("recommendations", "Recommendations"),
    ("general", "General"),
)

DOCUMENT_KINDS: Choices = (
    ("agenda", "Provisional annotated agenda"),
    ("participants", "List of participants"),
    ("budget", "Budget"),
    ("options_note", "Options note"),
    ("summary", "Summary of discussions"),
    ("documents", "List of documents"),
    ("pack", "Meeting pack"),
)

# The list of documents of the session (issue 22): what kind of document each is, and
# how far it has gone, in order.
DOCUMENT_TYPES: Choices = (
    ("official", "Official document"),
    ("informal", "Informal document"),
    ("crp", "Conference room paper"),
)
DOCUMENT_STATUSES: Choices = (
    ("drafting", "Drafting"),
    ("submitted", "Submitted"),
    ("edited", "Edited"),
    ("translated", "Translated"),
    ("issued", "Issued"),
)

# How widely a document is distributed (the masthead's "Distr.:" line).
DISTRIBUTIONS: Choices = (
    ("general", "General"),
    ("limited", "Limited"),
    ("restricted", "Restricted"),
    ("informal", "Informal document"),
)


def codes(choices: Choices) -> tuple[str, ...]:
    """The stored codes of a list, in order."""
    return tuple(code for code, _ in choices)


def label(choices: Choices, code: str) -> str:
    """The label of a stored code; the code itself when it is not in the list."""
    return dict(choices).get(code, code)


def nearest_name(given: str, known: Sequence[str]) -> str | None:
    """The valid name nearest to a mistyped one, if one is near enough."""
    from difflib import get_close_matches

    nearest = get_close_matches(given, list(known), n=1, cutoff=0.6)
    return nearest[0] if nearest else None


def no_such(what: str, given: str, known: Sequence[str]) -> str:
    """The one message for a name that is not one of `known` (an option's label, a
    command, a document): names the mistake, the nearest valid name, and the list.
    `no_such("option", "z", ["a", "b"])` -> "no option 'z' (options: a, b)"."""
    nearest = nearest_name(given, known)
    hint = f"; did you mean {nearest!r}?" if nearest is not None else ""
    listed = ", ".join(known) or "none"
    return f"no {what} {given!r}{hint} ({what}s: {listed})"
