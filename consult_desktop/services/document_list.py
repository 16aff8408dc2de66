"""The list of documents of the session (issue 22): read, checked, imported and edited
reversibly. Plain values in and out; rules in domain/document_list.py and
domain/document_import.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, delete, insert, select, update

from consult_desktop.domain import document_import
from consult_desktop.domain import document_list as lists
from consult_desktop.domain.phrases import Phrase, Text, phrase
from consult_desktop.domain.plural import count
from consult_desktop.services.edits import Change, Topic, Work
from consult_desktop.store import agenda_store
from consult_desktop.store.document_store import deadline_weeks, read_list
from consult_desktop.store.ids import reserve_ids
from consult_desktop.store.models import Document

if TYPE_CHECKING:
    from consult_desktop.store.plan_file import PlanFile

__all__ = ["FIELDS", "ChangeDocumentList", "Entry", "ImportOutcome", "entries",
           "import_file", "problems", "values_of"]
Entry = lists.Entry
TABLE: Table = Document.__table__  # type: ignore[assignment]
# What an entry stores, as the edits write it.
FIELDS = ("symbol", "title", "doc_type", "agenda_item", "author", "words", "languages",
          "available", "deadline", "status", "submitted", "edited", "translated", "issued")


def entries(plan_file: PlanFile) -> list[Entry]:
    with plan_file.read() as session:
        return read_list(session, plan_file.plan_id)


def values_of(entry: Entry) -> dict[str, Any]:
    """What the plan stores for an entry: a deadline from the rules is left empty."""
    values = {name: getattr(entry, name) for name in FIELDS}
    if not entry.deadline_set:
        values["deadline"] = None
    return values


def problems(plan_file: PlanFile, today: dt.date) -> list[str]:
    """One line per warning of the list, for `consult-desktop check`."""
    with plan_file.read() as session:
        found = read_list(session, plan_file.plan_id)
        meeting, _zone = agenda_store.load_meeting(session, plan_file.plan_id)
        weeks = deadline_weeks(session, plan_file.plan_id)
    return [f"documents: {line}"
            for line in lists.warnings(found, meeting.first_day, weeks, today)]


def deadline_markers(found: Sequence[Entry]) -> list[lists.Due]:
    """The submission deadlines of the session's documents, one a day, for the timeline."""
    return lists.due_days(found)


@dataclass(frozen=True)
class Target:
    """The row an edit writes: by id, or a printed document's row by its kind (made
    when the plan holds none yet)."""

    id: int | None
    kind: str | None = None


class ChangeDocumentList:
    """Add, update and remove documents of the list in one undoable step. `added`:
    values of new documents written elsewhere (ids fixed at the first apply, so a redo
    gives them back under the same ids); `updated`: (target, old values, new values);
    `removed`: (id, its values)."""

    def __init__(self, text: Text, *, added: Sequence[Mapping[str, Any]] = (),
                 updated: Sequence[tuple[Target, Mapping[str, Any], Mapping[str, Any]]] = (),
                 removed: Sequence[tuple[int, Mapping[str, Any]]] = ()) -> None:
        self.text = text
        self.added = [dict(values) for values in added]
        self.updated = [(target, {k: old.get(k) for k in new if old.get(k) != new[k]},
                         {k: v for k, v in new.items() if old.get(k) != v})
                        for target, old, new in updated]
        self.removed = [(row_id, dict(values)) for row_id, values in removed]
        self.ids: list[int] = []

    def apply(self, work: Work) -> Change:
        if len(self.ids) != len(self.added):
            self.ids = reserve_ids(work.session, TABLE, len(self.added))
        for row_id, values in zip(self.ids, self.added, strict=True):
            _insert(work, row_id, values)
        touched = [_update(work, target, new) for target, _old, new in self.updated if new]
        for row_id, _values in self.removed:
            work.session.execute(delete(TABLE).where(TABLE.c.id == row_id,
                                                     TABLE.c.plan_id == work.plan_id))
        return Change.rows(Topic.DOCUMENTS, added=self.ids, updated=touched,
                           removed=[row_id for row_id, _ in self.removed])

    def revert(self, work: Work) -> Change:
        for row_id, values in self.removed:
            _insert(work, row_id, values)
        touched = [_update(work, target, old) for target, old, _new in self.updated if old]
        work.session.execute(delete(TABLE).where(TABLE.c.id.in_(self.ids),
                                                 TABLE.c.plan_id == work.plan_id))
        return Change.rows(Topic.DOCUMENTS, added=[row_id for row_id, _ in self.removed],
                           updated=touched, removed=self.ids)


def _insert(work: Work, row_id: int, values: Mapping[str, Any]) -> None:
    work.session.execute(insert(TABLE).values(id=row_id, plan_id=work.plan_id, kind=None,
                                              original_language="English", **values))


def _update(work: Work, target: Target, values: Mapping[str, Any]) -> int:
    row_id = target.id
    if row_id is None:
        row_id = work.session.scalar(select(TABLE.c.id).where(
            TABLE.c.plan_id == work.plan_id, TABLE.c.kind == target.kind))
        if row_id is None:
            row_id = reserve_ids(work.session, TABLE, 1)[0]
            work.session.execute(insert(TABLE).values(id=row_id, plan_id=work.plan_id,
                                                      kind=target.kind))
    if values:
        work.session.execute(update(TABLE).where(TABLE.c.id == row_id,
                                                 TABLE.c.plan_id == work.plan_id)
                             .values(dict(values)))
    return int(row_id)


def target_of(entry: Entry) -> Target:
    return Target(entry.id, entry.kind)


@dataclass
class ImportOutcome:
    added: int = 0
    updated: int = 0
    problems: list[Phrase] = field(default_factory=list)  # English as text

    @property
    def written(self) -> bool:
        return not self.problems and bool(self.added or self.updated)

    def summary(self) -> str:
        return (f"documents: {count(self.added, 'document')} added, "
                f"{self.updated} updated")


def read_file(plan_file: PlanFile, path: Path,
              sheet: str | None = None) -> tuple[ChangeDocumentList | None, ImportOutcome]:
    """The edit importing a table of documents would make, and what it would do; no
    edit when a row has a problem (all or nothing)."""
    from consult_desktop.interchange.participants_io import problem_phrase, read_table

    table = read_table(path, sheet)
    reading = document_import.read(table.headers, table.rows)
    outcome = ImportOutcome(problems=[problem_phrase(path, p) for p in reading.problems])
    if outcome.problems:
        return None, outcome
    listed = {e.symbol.casefold(): e for e in entries(plan_file) if e.symbol}
    added, updated = [], []
    for _number, values in reading.rows:
        known = listed.get(values.get("symbol", "").casefold())
        if known is None:
            added.append({"doc_type": "official", **values})
        else:
            old = values_of(known)
            updated.append((target_of(known), old, {**old, **values}))
    outcome.added, outcome.updated = len(added), len(updated)
    name = Path(path).name
    return ChangeDocumentList(phrase("Import documents from {name}", name=name), added=added,
                              updated=updated), outcome


def import_file(plan_file: PlanFile, path: Path, sheet: str | None = None) -> ImportOutcome:
    """Import a table of documents: every row, or none when one has a problem."""
    from consult_desktop.services.edits import run

    edit, outcome = read_file(plan_file, path, sheet)
    if edit is not None and outcome.written:
        run(plan_file, edit)
    return outcome
