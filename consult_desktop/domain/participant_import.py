"""What importing a table of participants would do: who is added, who is updated, and
every problem, row by row. Pure Python: the caller reads the file and the plan.

A row is matched to a participant already in the plan by email, else by family name,
given name and organisation; a matched row updates that participant with the cells it
fills, so importing the same file twice adds no one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from consult_desktop.domain.participants import (
    FIELDS,
    HEADERS,
    REQUIRED,
    Person,
    email_key,
    given_fields,
    match_headers,
    merge,
    name_key,
    read_person,
)


@dataclass(frozen=True)
class RowProblem:
    row: int  # as a spreadsheet numbers it: the header is row 1
    column: str  # the header in the file, or the field's English header
    message: str


@dataclass
class ImportPlan:
    headers: list[str]
    mapping: dict[int, str]  # column index -> field
    added: list[tuple[int, Person]] = field(default_factory=list)
    updated: list[tuple[int, int, Person, Person]] = field(default_factory=list)  # row,id,old,new
    unchanged: list[int] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)

    @property
    def invalid_rows(self) -> set[int]:
        return {p.row for p in self.problems if p.row > 1}

    @property
    def fatal(self) -> bool:
        """A problem of the whole file (a missing column): nothing can be imported."""
        return any(p.row <= 1 for p in self.problems)

    def unmapped(self) -> list[str]:
        return [h for i, h in enumerate(self.headers) if i not in self.mapping and h.strip()]


def plan_import(headers: Sequence[str], rows: Sequence[tuple[int, Sequence[str]]],
                existing: Sequence[tuple[int, Person]]) -> ImportPlan:
    """Match and check every row; `rows` are (row number, cells), blank rows allowed."""
    mapping = match_headers(headers)
    plan = ImportPlan(list(headers), mapping)
    mapped = set(mapping.values())
    for name in REQUIRED:
        if name not in mapped:
            plan.problems.append(RowProblem(1, HEADERS[name], "required column missing"))
    if plan.fatal:
        return plan
    column_of = {name: headers[index] for index, name in mapping.items()}
    by_email: dict[str, int] = {}
    by_name: dict[tuple[str, str, str], int] = {}
    bare_by_name: dict[tuple[str, str, str], int] = {}  # those without an email
    people = dict(existing)
    for known_id, known in existing:
        key = email_key(known)
        if key is not None:
            by_email.setdefault(key, known_id)
        else:
            bare_by_name.setdefault(name_key(known), known_id)
        by_name.setdefault(name_key(known), known_id)
    seen_email: dict[str, int] = {}
    seen_name: dict[tuple[str, str, str], int] = {}
    seen_id: dict[int, int] = {}
    for number, cells in rows:
        if not "".join(cells).strip():
            continue  # a blank row
        width = len(cells)
        values = {name: cells[index] if index < width else ""
                  for index, name in mapping.items()}
        person, problems = read_person(values)
        for problem in problems:
            plan.problems.append(RowProblem(number, column_of.get(problem.field, problem.field),
                                            problem.message))
        if person is None:
            continue
        email = email_key(person)
        # Names matter for a row without email, or to find someone already in the plan.
        names = name_key(person) if email is None or by_name else None
        earlier = (seen_email.get(email) if email else None)
        if earlier is not None:
            plan.problems.append(RowProblem(number, column_of["email"],
                                            f"duplicate email: {person.email} is also on row"
                                            f" {earlier}"))
            continue
        if email is None and names in seen_name:
            plan.problems.append(RowProblem(number, column_of["family_name"],
                                            "same names and organisation as row"
                                            f" {seen_name[names]}"))
            continue
        if email:
            seen_email[email] = number
        elif names is not None:
            # Only rows without email are told apart by names: someone with an email
            # and someone of the same names without one are two people, as when the
            # plan was empty and they were first imported.
            seen_name.setdefault(names, number)
        ident: int | None = by_email.get(email) if email else None
        if ident is None and names is not None:
            # A row without email is first the person of those names without one.
            ident = (bare_by_name.get(names) if email is None else None) or by_name.get(names)
            other = people.get(ident) if ident is not None else None
            if other is not None and email and other.email and email_key(other) != email:
                ident = None  # same names, another email: another person
        if ident is None:
            plan.added.append((number, person))
            continue
        if ident in seen_id:
            plan.problems.append(RowProblem(number, column_of["family_name"],
                                            f"the same participant as row {seen_id[ident]}"))
            continue
        seen_id[ident] = number
        old = people[ident]
        new = merge(old, person, given_fields(values) & set(FIELDS))
        if email_key(new) == email_key(old):
            new = new._replace(email=old.email)  # the case of an address is no change
        if new == old:
            plan.unchanged.append(number)
        else:
            plan.updated.append((number, ident, old, new))
    return plan

