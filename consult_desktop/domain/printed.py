"""The plain data of the printed documents: what store/print_data.py loads from a plan
and printing/ turns into PDF. Plain values only (no SQL, no ReportLab), so the
documents can be built and tested from hand-made data.

They live in domain/ rather than printing/ because the store fills them and the
layers point down: the store may not import printing/.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from consult_desktop.domain import names
from consult_desktop.domain.budget import Totals


@dataclass(frozen=True)
class DocumentInfo:
    """A document's identity as its masthead and running head print it."""

    kind: str
    title: str
    symbol: str = ""
    issued: dt.date | None = None
    original_language: str = "English"
    distribution: str = "general"  # a code of vocab.DISTRIBUTIONS
    agenda_item: str = ""  # "3": "Item 3 of the provisional agenda"
    considered_at: str = ""  # the meeting that considers it, when not the plan's own
    lang: str = "en"  # the language this version is printed in: "en", "fr", "ru"


@dataclass(frozen=True)
class Meeting:
    title: str
    organiser: str = ""
    governing_body: str = ""
    venue: str = ""
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    currency: str = "USD"
    mandate: str = ""
    # The masthead's lines (empty: not printed): "Economic and Social Council",
    # "Economic Commission for Europe", "Ninety-first meeting".
    principal_organ: str = ""
    commission: str = ""
    session: str = ""
    members_heading: str = ""  # "States members of the Commission"
    non_members_heading: str = ""

    @property
    def issuing_body(self) -> str:
        """The body that issues the documents, when no principal organ is named."""
        return self.governing_body or self.organiser or "United Nations"

    @property
    def organ(self) -> str:
        """The name printed large at the top left of a document's first page."""
        return self.principal_organ or self.issuing_body


# ----- list of participants ---------------------------------------------------------
@dataclass(frozen=True)
class Person:
    family_name: str
    given_name: str = ""
    honorific: str = ""
    function: str = ""
    organisation: str = ""
    country: str | None = None  # ISO 3166-1 alpha-2
    category: str = "other_state"
    email: str = ""
    phone: str = ""
    head_of_delegation: bool = False
    rank: int | None = None  # the order within the delegation, after its head
    # The names in Latin letters when they are written otherwise ("" : not given).
    family_name_latin: str = ""
    given_name_latin: str = ""

    @property
    def full_name(self) -> str:
        return self.name_in("en")

    def name_in(self, lang: str) -> str:
        """"Mr. John Smith", "M. John Smith", "г-н Иван Петров": the title in `lang`,
        the names in the script that language's documents print (domain/names.py)."""
        return names.plain_name(
            names.for_language(self.given_name, self.given_name_latin, lang),
            names.for_language(self.family_name, self.family_name_latin, lang),
            self.honorific, lang)


# Columns of the list, chosen at print time: (key, heading). Contact details are
# personal data, so they are left out unless asked for.
PARTICIPANT_COLUMNS = (
    ("name", "Name"),
    ("function", "Function"),
    ("organisation", "Organization"),
    ("email", "E-mail"),
    ("phone", "Telephone"),
)
DEFAULT_COLUMNS = ("name", "function", "organisation")
CONTACT_COLUMNS = ("email", "phone")


@dataclass(frozen=True)
class ParticipantList:
    meeting: Meeting
    document: DocumentInfo
    people: list[Person]
    member_states: frozenset[str] = frozenset()
    columns: tuple[str, ...] = DEFAULT_COLUMNS


# ----- agenda -----------------------------------------------------------------------
@dataclass(frozen=True)
class AgendaEntry:
    id: int
    title: str
    number: str = ""
    parent_id: int | None = None
    kind: str = "item"
    annotation: str = ""
    documents: tuple[str, ...] = ()
    day: dt.date | None = None
    start: dt.time | None = None
    end: dt.time | None = None
    room: str = ""
    chair: str = ""
    speakers: tuple[str, ...] = ()


@dataclass(frozen=True)
class Agenda:
    meeting: Meeting
    document: DocumentInfo
    items: list[AgendaEntry]
    # The plan's own documents by symbol: the Documentation of an item gives each
    # symbol its title.
    document_titles: dict[str, str] = field(default_factory=dict)


# ----- budget -----------------------------------------------------------------------
@dataclass(frozen=True)
class BudgetRow:
    category: str
    description: str
    quantity: Decimal
    unit: str
    unit_cost: Decimal
    multiplier: Decimal
    amount: Decimal
    source: str = ""
    currency: str = ""  # of the unit cost, when not the plan's (the amount is converted)
    unconverted: bool = False  # no rate of exchange for its month: not counted


@dataclass(frozen=True)
class OptionBudget:
    label: str
    title: str
    rows: list[BudgetRow]
    totals: Totals


@dataclass(frozen=True)
class Budget:
    meeting: Meeting
    document: DocumentInfo
    options: list[OptionBudget]


# ----- options note -----------------------------------------------------------------
@dataclass(frozen=True)
class OptionNote:
    label: str
    title: str
    format: str = ""
    description: str = ""
    proposed_start: dt.date | None = None
    proposed_end: dt.date | None = None
    days: int | None = None
    venue: str = ""
    expected_participants: int | None = None
    resources_needed: str = ""
    benefits: str = ""
    risks: str = ""
    total: Decimal | None = None
    psc: Decimal | None = None
    status: str = "proposed"  # a code of vocab.OPTION_STATUSES


@dataclass(frozen=True)
class Milestone:
    title: str
    date: dt.date
    end_date: dt.date | None = None


@dataclass(frozen=True)
class OptionsNote:
    meeting: Meeting
    document: DocumentInfo
    options: list[OptionNote]
    milestones: list[Milestone] = field(default_factory=list)


# ----- summary of discussions ---------------------------------------------------------
@dataclass(frozen=True)
class SummaryEntry:
    heading: str
    body: str
    kind: str = "general"
    item_number: str = ""
    item_title: str = ""


@dataclass(frozen=True)
class Summary:
    meeting: Meeting
    document: DocumentInfo
    sections: list[SummaryEntry]


# ----- list of documents ------------------------------------------------------------
@dataclass(frozen=True)
class ListedDocument:
    symbol: str
    title: str
    doc_type: str = "official"  # a code of vocab.DOCUMENT_TYPES
    languages: str = "EFR"  # the languages it is issued in, as letters
    kind: str | None = None  # a printed document's kind: its title is the kind's


@dataclass(frozen=True)
class DocumentGroup:
    """The documents under one agenda item (`number` "" and `title` "": under none)."""

    number: str
    title: str
    documents: tuple[ListedDocument, ...]


@dataclass(frozen=True)
class DocumentList:
    meeting: Meeting
    document: DocumentInfo
    groups: list[DocumentGroup]


# ----- meeting pack -------------------------------------------------------------------
@dataclass(frozen=True)
class Pack:
    """The pack's own identity (for its cover), then its parts in printing order: each
    the kind of a document (services/printables.py) and that document's data."""

    meeting: Meeting
    document: DocumentInfo
    parts: tuple[tuple[str, object], ...] = ()

    def part(self, kind: str) -> object | None:
        """The data of the part of this kind, or None when the pack leaves it out."""
        return next((data for found, data in self.parts if found == kind), None)
