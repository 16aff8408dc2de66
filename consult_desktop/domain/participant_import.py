"""What importing a table of participants would do: who is added, who is updated, and
every problem, row by row. Pure Python: the caller reads the file and the plan.

Names decide who is who: a row is the participant already in the plan with its email
and the same names (a given name left out matches any), else the one of the same family
name, given name and organisation; a matched row updates that participant with the cells
it fills, so importing the same file twice adds no one. An email shared by people of
other names (a permanent mission's address) only suggests the same person: the row is
another person, and a notice says so.

The file's columns are read as their headers say unless the caller maps them itself, and
a value for all rows fills a field the file leaves blank or lacks. A name damaged by a
wrong encoding ("Y?lmaz", "YÄ±lmaz") is a problem of its row and column.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from consult_desktop.domain.folding import fold_words
from consult_desktop.domain.names import plain_name
from consult_desktop.domain.participants import (
    FIELDS,
    HEADERS,
    ONE_EMAIL,
    REQUIRED,
    SHARED_EMAILS,
    Person,
    email_key,
    fold_word,
    given_fields,
    match_headers,
    merge,
    name_key,
    read_person,
    to_cells,
)
from consult_desktop.domain.phrases import Label, Phrase, Text, phrase

PREVIEW_ROWS = 10  # the first rows shown as they will be stored
NAMES = ("family_name", "given_name")
TEXTS = ("family_name", "given_name", "honorific", "function", "organisation", "notes")
_QUESTION = re.compile(r"\w\?|\?\w")
# UTF-8 read as Windows-1252: a lead byte's letter (Â to ô) before a continuation
# byte's character (U+0080 to U+00BF, or what Windows-1252 puts at 0x80 to 0x9F).
_SUSPECT = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152-\u02dc\u2013-\u2122]")


Column = str | Label | Phrase  # the file's header as it is, or a field's own header


@dataclass(frozen=True)
class RowProblem:
    row: int  # as a spreadsheet numbers it: the header is row 1
    # The header in the file (as it is), or for a field the file lacks its header, a
    # `Label` of the field's English header (HEADERS) that the window says in its
    # language; "Country (all rows)" for the value given for all rows.
    column: Column
    said: Text  # the window says it in its language (ui/phrases.py)

    @property
    def message(self) -> str:
        """In English, as an import's report and the command line say it."""
        return str(self.said)

    @property
    def heading(self) -> str:
        """The column in English, as the command line names it."""
        return str(self.column)


@dataclass(frozen=True)
class Shown:
    """One of the first rows, as it will be stored (or as read, when it has a problem)."""

    row: int
    cells: dict[str, str]  # field -> text, as an export writes it
    outcome: str  # "add", "update", "unchanged" or "problem"


@dataclass
class ImportPlan:
    headers: list[str]
    mapping: dict[int, str]  # column index -> field
    added: list[tuple[int, Person]] = field(default_factory=list)
    updated: list[tuple[int, int, Person, Person]] = field(default_factory=list)  # row,id,old,new
    unchanged: list[int] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    defaults: dict[str, str] = field(default_factory=dict)  # field -> value for all rows
    notices: list[RowProblem] = field(default_factory=list)  # worth a look, not a problem
    shown: list[Shown] = field(default_factory=list)

    @property
    def invalid_rows(self) -> set[int]:
        return {p.row for p in self.problems if p.row > 1}

    @property
    def fatal(self) -> bool:
        """A problem of the whole file (a missing column): nothing can be imported."""
        return any(p.row <= 1 for p in self.problems)

    def unmapped(self) -> list[str]:
        return [h for i, h in enumerate(self.headers) if i not in self.mapping and h.strip()]

    def fields(self) -> list[str]:
        """The fields the import fills, in the order of an export."""
        given = set(self.mapping.values()) | set(self.defaults)
        return [name for name in HEADERS if name in given]


def damage(name: str, text: str) -> Phrase | None:
    """Why a cell's text looks damaged by a wrong encoding, or None."""
    if "\ufffd" in text:
        return phrase("unreadable characters ({mark}): choose the file's encoding",
                      mark="\ufffd")
    if name in NAMES and "?" in text and _QUESTION.search(text):
        return phrase('{text}: a "?" stands for a letter the file could not hold (it'
                      " was saved in an encoding without it): correct the name",
                      text=repr(text))
    if not text.isascii() and _SUSPECT.search(text):
        try:
            fixed = text.encode("cp1252").decode("utf-8")
        except UnicodeError:
            return None
        if fixed != text:
            return phrase("{text} looks like {fixed} read in the wrong encoding: choose"
                          " the file's encoding (UTF-8)", text=repr(text), fixed=repr(fixed))
    return None


def same_names(one: Person, other: Person) -> bool:
    """The same family name, and the same given name unless either leaves it out."""
    if fold_words(one.family_name) != fold_words(other.family_name):
        return False
    return not one.given_name or not other.given_name or fold_word(
        one.given_name) == fold_word(other.given_name)


def _who(person: Person) -> str:
    return plain_name(person.given_name, person.family_name)


def plan_import(headers: Sequence[str], rows: Sequence[tuple[int, Sequence[str]]],
                existing: Sequence[tuple[int, Person]],
                mapping: Mapping[int, str] | None = None,
                defaults: Mapping[str, str] | None = None) -> ImportPlan:
    """Match and check every row; `rows` are (row number, cells), blank rows allowed.
    `mapping` (column index -> field) replaces the one read from the headers;
    `defaults` (field -> text) fill the cells a row leaves blank."""
    mapping = match_headers(headers) if mapping is None else dict(mapping)
    defaults = {name: text.strip() for name, text in (defaults or {}).items() if text.strip()}
    plan = ImportPlan(list(headers), mapping, defaults=defaults)
    mapped = set(mapping.values())
    for name in REQUIRED:
        if name not in mapped and name not in defaults:
            plan.problems.append(RowProblem(1, Label(HEADERS[name]),
                                            phrase("required column missing")))
    if defaults:
        _, wrong = read_person({"family_name": "-", "category": "expert", **defaults})
        plan.problems += [RowProblem(1, phrase("{column} (all rows)",
                                               column=Label(HEADERS[p.field])), p.said)
                          for p in wrong]
    if plan.fatal:
        return plan
    column_of: dict[str, Column] = {name: Label(HEADERS[name]) for name in defaults}
    column_of.update({name: headers[index] for index, name in mapping.items()})
    by_email: dict[str, list[int]] = {}
    by_name: dict[tuple[str, str, str], int] = {}
    bare_by_name: dict[tuple[str, str, str], int] = {}  # those without an email
    people = dict(existing)
    for known_id, known in existing:
        key = email_key(known)
        if key is not None:
            by_email.setdefault(key, []).append(known_id)
        else:
            bare_by_name.setdefault(name_key(known), known_id)
        by_name.setdefault(name_key(known), known_id)
    seen_email: dict[str, list[tuple[int, Person]]] = {}
    seen_name: dict[tuple[str, str, str], int] = {}
    seen_id: dict[int, int] = {}

    def problem(number: int, name: str, said: Text) -> str:
        plan.problems.append(RowProblem(number, column_of.get(name, name), said))
        return "problem"

    def notice(number: int, name: str, said: Text) -> None:
        plan.notices.append(RowProblem(number, column_of.get(name, name), said))

    def decide(number: int, values: dict[str, str]) -> tuple[str, Person | None]:
        person, problems = read_person(values)
        for found in problems:
            problem(number, found.field, found.said)
        for name in TEXTS:
            why = damage(name, values.get(name, ""))
            if why is not None and not any(p.field == name for p in problems):
                person = None
                problem(number, name, why)
        if person is None:
            return "problem", None
        email = email_key(person)
        sharing = seen_email.get(email, []) if email else []
        twin = next((row for row, other in sharing if same_names(other, person)), None)
        if twin is not None:
            return problem(number, "email", phrase("duplicate: {name}, {email} is also on"
                                                   " row {row}", name=_who(person),
                                                   email=person.email, row=twin)), person
        known = by_email.get(email, []) if email else []
        ident: int | None = next((i for i in known if same_names(people[i], person)), None)
        if ident is None and (sharing or known):
            # An email alone only suggests the same person: other names, another one.
            if sharing:
                whose = phrase("{name} (row {row})", name=_who(sharing[0][1]),
                               row=sharing[0][0])
            else:
                whose = phrase("{name}, already in the plan", name=_who(people[known[0]]))
            notice(number, "email", phrase(
                "{email} is also the email of {whose}: other names, so another person",
                email=person.email, whose=whose) if SHARED_EMAILS else phrase(
                "{email} is also the email of {whose}: other names, so another person;"
                " {kept}", email=person.email, whose=whose, kept=ONE_EMAIL))
            if not SHARED_EMAILS:
                person, email = person._replace(email=None), None
        # Names matter for a row without email, or to find someone already in the plan.
        names = name_key(person) if email is None or by_name else None
        if email is None and names in seen_name:
            return problem(number, "family_name", phrase(
                "same names and organisation as row {row}", row=seen_name[names])), person
        if email:
            seen_email.setdefault(email, []).append((number, person))
        elif names is not None:
            # Only rows without email are told apart by names: someone with an email
            # and someone of the same names without one are two people, as when the
            # plan was empty and they were first imported.
            seen_name.setdefault(names, number)
        if ident is None and names is not None:
            # A row without email is first the person of those names without one.
            ident = (bare_by_name.get(names) if email is None else None) or by_name.get(names)
            other = people.get(ident) if ident is not None else None
            if other is not None and email and other.email and email_key(other) != email:
                ident = None  # same names, another email: another person
        if ident is None:
            plan.added.append((number, person))
            return "add", person
        if ident in seen_id:
            return problem(number, "family_name", phrase(
                "the same participant as row {row}", row=seen_id[ident])), person
        seen_id[ident] = number
        old = people[ident]
        given = given_fields(values) & set(FIELDS)
        if person.email is None:
            given -= {"email"}  # a shared email left out takes no one's away
        new = merge(old, person, given)
        if email_key(new) == email_key(old):
            new = new._replace(email=old.email)  # the case of an address is no change
        if new == old:
            plan.unchanged.append(number)
            return "unchanged", new
        plan.updated.append((number, ident, old, new))
        return "update", new

    for number, cells in rows:
        if not "".join(cells).strip():
            continue  # a blank row
        width = len(cells)
        values = {name: cells[index] if index < width else ""
                  for index, name in mapping.items()}
        for name, text in defaults.items():
            if not values.get(name, "").strip():
                values[name] = text
        outcome, person = decide(number, values)
        if len(plan.shown) < PREVIEW_ROWS:
            shown = to_cells(person) if person is not None and outcome != "problem" else {
                name: text.strip() for name, text in values.items()}
            plan.shown.append(Shown(number, shown, outcome))
    return plan
