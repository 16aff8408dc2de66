"""The printable documents: one entry each, the one list that the command line's
`print`, File > Print and the meeting pack read.

An entry has the id of its document kind (domain/documents.py), its title, the data it
loads from a plan, and a builder per output format ("pdf", "docx"). The meeting pack is
an entry too; its parts are the other entries, loaded and built by their own loaders and
builders. The name tents and the badges print from here as well, but are no documents:
they have no identity (no symbol, no masthead) and the pack does not hold them.

Importing this module is cheap: SQLAlchemy, the store and ReportLab load when a document
is first loaded or built, so the window can list the documents at start.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from consult_desktop.domain import vocab

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from consult_desktop.domain import printed
    from consult_desktop.printing.page import Part
    from consult_desktop.store.plan_file import PlanFile


@dataclass(frozen=True)
class Choices:
    """What the person printing may choose: the budget of one option (None: all side by
    side), the contact details in the list of participants (personal data: off), and the
    chair and speakers of each item in the annotated agenda (off: a UN annotated agenda
    names none)."""

    option: str | None = None
    contacts: bool = False
    people: bool = False
    lang: str = "en"  # the language of the version printed: "en", "fr", "ru"

    def __post_init__(self) -> None:
        if self.lang not in LANGUAGES:
            raise ValueError(f"documents are printed in {', '.join(LANGUAGES)},"
                             f" not {self.lang!r}")


LANGUAGES = ("en", "fr", "ru")  # as printing/words.py, without importing the printing


def in_language(data: Any, lang: str) -> Any:
    """A document's data as the version in `lang`: its identity says the language,
    which every builder follows."""
    import dataclasses

    document = getattr(data, "document", None)
    if document is None or document.lang == lang:
        return data
    return dataclasses.replace(data, document=dataclasses.replace(document, lang=lang))


@dataclass(frozen=True)
class Format:
    """A document in one output format: `build` makes the document alone; `part`, for
    documents the pack holds, makes it as a part of the pack in the same format."""

    build: Callable[[Any], bytes]
    part: Callable[[Any], Any] | None = None


Loader = Callable[["Session", int, Choices], Any]


@dataclass(frozen=True)
class Printable:
    """One printable document."""

    id: str  # its document kind, as stored: "options_note"
    title: str
    load: Loader
    formats: Mapping[str, Format]
    # The choices it takes: "option", "contacts" and/or "people" (see Choices).
    choices: frozenset[str] = frozenset()
    # Whether the meeting pack holds it, given its data; None: never.
    in_pack: Callable[[Any], bool] | None = None
    parts: tuple[str, ...] = field(default=())  # the entries a pack is made of
    # Whether it is a document with an identity (domain/documents.py: a symbol, a date
    # of issue, a masthead); the name tents and the badges have none.
    identity: bool = True

    @property
    def name(self) -> str:
        """Its name on the command line: "options-note"."""
        return self.id.replace("_", "-")


# ----- loaders: the store is imported when a document is first printed --------------
def _agenda(session: Session, plan_id: int, choices: Choices) -> printed.Agenda:
    import dataclasses

    from consult_desktop.store import print_data

    agenda = print_data.agenda(session, plan_id, choices.lang)
    if choices.people:
        return agenda
    return dataclasses.replace(agenda, items=[
        dataclasses.replace(entry, chair="", speakers=()) for entry in agenda.items])


def _participants(session: Session, plan_id: int,
                  choices: Choices) -> printed.ParticipantList:
    from consult_desktop.store import print_data

    return print_data.participants(session, plan_id, contacts=choices.contacts,
                                   lang=choices.lang)


def _budget(session: Session, plan_id: int, choices: Choices) -> printed.Budget:
    from consult_desktop.store import print_data

    return print_data.budget_data(session, plan_id, choices.option, choices.lang)


def _options_note(session: Session, plan_id: int, choices: Choices) -> printed.OptionsNote:
    from consult_desktop.store import print_data

    return print_data.options_note(session, plan_id, choices.lang)


def _summary(session: Session, plan_id: int, choices: Choices) -> printed.Summary:
    from consult_desktop.store import print_data

    return print_data.summary(session, plan_id, choices.lang)


def _documents(session: Session, plan_id: int, choices: Choices) -> printed.DocumentList:
    from consult_desktop.store import print_data

    return print_data.document_list(session, plan_id, choices.lang)


def _pack(session: Session, plan_id: int, choices: Choices) -> printed.Pack:
    """The pack's own identity, then each part its entry holds, loaded by that entry.
    The budget in a pack sets the options side by side."""
    from consult_desktop.domain.printed import Pack
    from consult_desktop.store import print_data

    inner = Choices(contacts=choices.contacts, people=choices.people, lang=choices.lang)
    parts = []
    for kind in PACK_PARTS:
        entry = BY_ID[kind]
        data = in_language(entry.load(session, plan_id, inner), choices.lang)
        if entry.in_pack is not None and entry.in_pack(data):
            parts.append((kind, data))
    return in_language(Pack(meeting=print_data.meeting(session, plan_id, choices.lang),
                            document=print_data.document(session, plan_id, "pack",
                                                         choices.lang),
                            parts=tuple(parts)), choices.lang)


def _cards(session: Session, plan_id: int, _choices: Choices) -> printed.ParticipantList:
    """The name tents and badges print from the list of participants, without the
    contact details."""
    from consult_desktop.store import print_data

    return print_data.participants(session, plan_id)


# ----- PDF builders: ReportLab is imported when a document is first built -----------
def _agenda_pdf() -> Format:
    def build(data: printed.Agenda) -> bytes:
        from consult_desktop.printing import agenda

        return agenda.build(data)

    def part(data: printed.Agenda) -> Part:
        from consult_desktop.printing import agenda

        return agenda.part(data)

    return Format(build, part)


def _participants_pdf() -> Format:
    def build(data: printed.ParticipantList) -> bytes:
        from consult_desktop.printing import participants

        return participants.build(data)

    def part(data: printed.ParticipantList) -> Part:
        from consult_desktop.printing import participants

        return participants.part(data)

    return Format(build, part)


def _budget_pdf() -> Format:
    def build(data: printed.Budget) -> bytes:
        from consult_desktop.printing import budget

        return budget.build(data)

    def part(data: printed.Budget) -> Part:
        from consult_desktop.printing import budget

        return budget.part(data)

    return Format(build, part)


def _options_note_pdf() -> Format:
    def build(data: printed.OptionsNote) -> bytes:
        from consult_desktop.printing import options_note

        return options_note.build(data)

    def part(data: printed.OptionsNote) -> Part:
        from consult_desktop.printing import options_note

        return options_note.part(data)

    return Format(build, part)


def _summary_pdf() -> Format:
    def build(data: printed.Summary) -> bytes:
        from consult_desktop.printing import summary

        return summary.build(data)

    def part(data: printed.Summary) -> Part:
        from consult_desktop.printing import summary

        return summary.part(data)

    return Format(build, part)


def _documents_pdf() -> Format:
    def build(data: printed.DocumentList) -> bytes:
        from consult_desktop.printing import documents_list

        return documents_list.build(data)

    def part(data: printed.DocumentList) -> Part:
        from consult_desktop.printing import documents_list

        return documents_list.part(data)

    return Format(build, part)


def _pack_pdf() -> Format:
    def build(data: printed.Pack) -> bytes:
        from consult_desktop.printing import pack

        return pack.build(data, [part_of(kind, part, "pdf") for kind, part in data.parts])

    return Format(build)


def _nameplates_pdf() -> Format:
    def build(data: printed.ParticipantList) -> bytes:
        from consult_desktop.printing import nameplates

        return nameplates.build(data)

    return Format(build)


def _badges_pdf() -> Format:
    def build(data: printed.ParticipantList) -> bytes:
        from consult_desktop.printing import badges

        return badges.build(data)

    return Format(build)


def _docx(kind: str) -> Format:
    """The document as an editable Word file (printing/word/). As a part of a pack it is
    its kind and data, which the Word pack writes into its own file."""
    def build(data: Any) -> bytes:
        from consult_desktop.printing.word import build_docx

        return build_docx(kind, data, lang=data.document.lang)

    def part(data: Any) -> tuple[str, Any]:
        return kind, data

    return Format(build, None if kind == "pack" else part)


def _always(_data: object) -> bool:
    return True


def _once_written(data: printed.Summary) -> bool:
    return bool(data.sections)


def _formats(**builders: Format) -> Mapping[str, Format]:
    return MappingProxyType(builders)


def _title(kind: str) -> str:
    return vocab.label(vocab.DOCUMENT_KINDS, kind)


# In the order of the document kinds (domain/vocab.py), which is also the pack's order.
PRINTABLES: tuple[Printable, ...] = (
    Printable("agenda", _title("agenda"), _agenda,
              _formats(pdf=_agenda_pdf(), docx=_docx("agenda")),
              choices=frozenset({"people"}), in_pack=_always),
    Printable("participants", _title("participants"), _participants,
              _formats(pdf=_participants_pdf(), docx=_docx("participants")),
              choices=frozenset({"contacts"}), in_pack=_always),
    Printable("budget", _title("budget"), _budget,
              _formats(pdf=_budget_pdf(), docx=_docx("budget")),
              choices=frozenset({"option"}), in_pack=_always),
    Printable("options_note", _title("options_note"), _options_note,
              _formats(pdf=_options_note_pdf(), docx=_docx("options_note")),
              in_pack=_always),
    Printable("summary", _title("summary"), _summary,
              _formats(pdf=_summary_pdf(), docx=_docx("summary")), in_pack=_once_written),
    Printable("documents", _title("documents"), _documents,
              _formats(pdf=_documents_pdf(), docx=_docx("documents"))),
    Printable("pack", _title("pack"), _pack, _formats(pdf=_pack_pdf(), docx=_docx("pack")),
              choices=frozenset({"contacts", "people"}),
              parts=("agenda", "participants", "budget", "options_note", "summary")),
    # Not documents: no symbol, no masthead, never in the pack.
    Printable("nameplates", "Name tents", _cards, _formats(pdf=_nameplates_pdf()),
              identity=False),
    Printable("badges", "Badges", _cards, _formats(pdf=_badges_pdf()), identity=False),
)
BY_ID: Mapping[str, Printable] = MappingProxyType({entry.id: entry for entry in PRINTABLES})
PACK_PARTS = BY_ID["pack"].parts


def printable(name: str) -> Printable:
    """The entry of a document named as on the command line (`options-note`) or as
    stored (`options_note`); otherwise ValueError with the one message for a name that
    is none of them (domain/vocab.py `no_such`), listing what prints."""
    found = BY_ID.get(name.strip().lower().replace("-", "_"))
    if found is None:
        raise ValueError(vocab.no_such("document", name, names()))
    return found


def names() -> list[str]:
    """The documents' command-line names, in order."""
    return [entry.name for entry in PRINTABLES]


def part_of(kind: str, data: object, output: str) -> Any:
    """The document `kind` with `data` as a part of a pack in format `output`."""
    builder = BY_ID[kind].formats[output].part
    if builder is None:
        raise ValueError(f"the {BY_ID[kind].title.lower()} is not a part of a pack")
    return builder(data)


def builder(entry: Printable, output: str) -> Callable[[Any], bytes]:
    """The builder of `entry` in format `output`; ValueError naming the formats it has."""
    if output not in entry.formats:
        known = ", ".join(entry.formats)
        raise ValueError(f"the {entry.title.lower()} cannot be written as {output}"
                         f" (formats: {known})")
    return entry.formats[output].build


def load(session: Session, plan_id: int, name: str, choices: Choices = Choices()) -> Any:
    """The data of one document, read with `session` (the caller's transaction)."""
    return in_language(printable(name).load(session, plan_id, choices), choices.lang)


def build(name: str, data: object, output: str = "pdf") -> bytes:
    """The document `name` with `data`, in format `output`."""
    return builder(printable(name), output)(data)


def make(plan_file: PlanFile, name: str, output: str = "pdf",
         choices: Choices = Choices()) -> bytes:
    """One document of the plan in format `output`, read in one short transaction.
    ValueError, before anything is read, for an unknown document or format, and for a
    choice the plan cannot satisfy (an option it does not have)."""
    entry = printable(name)
    make_output = builder(entry, output)
    plan_id = plan_file.plan_id
    with plan_file.read() as session:
        data = in_language(entry.load(session, plan_id, choices), choices.lang)
    return make_output(data)
