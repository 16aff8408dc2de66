"""Reversible edits of a plan, shared by the window's undo stack and the command line.

An edit is a small object that knows how to apply itself and how to take itself back,
each inside one transaction of the plan file, and says what it changed as a `Change`:
a typed topic and the ids of the rows added, updated or removed (or the whole topic).
The window stacks edits as undo commands and repaints only the rows a change names;
the command line runs the same edits once. Nothing here imports Qt.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, Protocol, runtime_checkable

from sqlalchemy.exc import SQLAlchemyError

from consult_desktop.domain.phrases import Phrase, Text

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from consult_desktop.store.plan_file import PlanFile


class Topic(enum.StrEnum):
    """What part of the plan a change touched; a tab listens to the topics it shows.
    The values are the words the change signal carried before it was typed."""

    PLAN = "plan"  # the plan's own details: title, dates, currency, body
    OPTIONS = "options"
    BUDGET = "budget"
    PARTICIPANTS = "participants"
    AGENDA = "agenda"
    TIMELINE = "milestones"
    SUMMARY = "summary"
    DOCUMENTS = "documents"
    TRANSLATIONS = "translations"  # the versions of the texts in the other languages


@dataclass(frozen=True)
class Change:
    """What one edit (or its undo) changed: a topic and which rows by id. `whole` means
    anything under the topic may have changed: a reader reloads it all."""

    topic: Topic
    added: frozenset[int] = field(default_factory=frozenset)
    updated: frozenset[int] = field(default_factory=frozenset)
    removed: frozenset[int] = field(default_factory=frozenset)
    whole: bool = False

    @classmethod
    def everything(cls, topic: Topic) -> Change:
        return cls(topic, whole=True)

    @classmethod
    def rows(cls, topic: Topic, *, added: Iterable[int] = (), updated: Iterable[int] = (),
             removed: Iterable[int] = ()) -> Change:
        return cls(topic, frozenset(added), frozenset(updated), frozenset(removed))

    def reversed(self) -> Change:
        """The change that undoes this one: what was added is removed, and back."""
        return Change(self.topic, self.removed, self.updated, self.added, self.whole)

    @property
    def ids(self) -> frozenset[int]:
        return self.added | self.updated | self.removed


@dataclass(frozen=True)
class Work:
    """One unit of work on the open plan: the transaction's session and the plan's id,
    so that every read and write an edit makes is scoped to the plan of the file."""

    session: Session
    plan_id: int


class Edit(Protocol):
    """A reversible edit. `apply` and `revert` each run inside one transaction (see
    `run`) and may be called again after each other (redo after undo): an edit keeps
    the ids it created so that a redo gives the rows back under the same ids."""

    @property
    def text(self) -> Text:
        """What the undo menu says: "Edit Ivana Kovač", "Delete 3 participants"; a
        phrase (domain/phrases.py) the window says in its language, its str() English."""
        ...

    def apply(self, work: Work) -> Change: ...

    def revert(self, work: Work) -> Change: ...


class Refused(Exception):
    """The plan refused an edit (a constraint, a value out of range, the file changed
    or is read-only); nothing was changed. The message is short and has no SQL: our own
    a phrase (the window says it in its language), a database's its own text."""

    def __init__(self, message: Text = "") -> None:
        super().__init__(message)

    @property
    def message(self) -> Text:
        return self.args[0] if self.args else ""


class Conflicted(Refused):
    """Someone else changed (or deleted) rows of the edit since they were read: nothing
    was written. Holds both values, as plain data, for the person to choose: `mine`,
    the values the edit would write; `theirs`, each row as stored now (None: deleted)."""

    def __init__(self, message: Text, topic: Topic | None, table: str, mine: dict[str, Any],
                 theirs: dict[int, dict[str, Any] | None],
                 mine_rows: dict[int, dict[str, Any]] | None = None) -> None:
        super().__init__(message)
        self.topic, self.table, self.mine, self.theirs = topic, table, mine, theirs
        # What the edit would write to each row, where the rows differ (else `mine`).
        self.mine_rows = mine_rows or {}

    def mine_of(self, row_id: int) -> dict[str, Any]:
        """What the edit would write to this row ({} for a deletion)."""
        return self.mine_rows.get(row_id) or self.mine

    @property
    def versions(self) -> dict[int, int]:
        """The version of each row still there, as now stored: "keep mine" edits at it."""
        return {row_id: int(row["version"]) for row_id, row in self.theirs.items()
                if row is not None}

    @property
    def deleted(self) -> list[int]:
        return [row_id for row_id, row in self.theirs.items() if row is None]

    def change(self) -> Change | None:
        """What the window shows anew to take theirs: the rows as now stored."""
        if self.topic is None:
            return None
        return Change.rows(self.topic, updated=self.versions, removed=self.deleted)


class Unreachable(Refused):
    """The plan's server could not be reached: nothing was written, and the same edit
    may be run again once it is back."""


@runtime_checkable
class Checked(Protocol):
    """An edit that names the versions of the rows it read: "keep mine" runs it again at
    the versions now stored. Returns False when it cannot (a row it edits is gone)."""

    def keep_mine(self, conflict: Conflicted) -> bool: ...


Step = Literal["apply", "revert"]


def run(plan_file: PlanFile, edit: Edit, step: Step = "apply") -> Change:
    """Apply (or revert) an edit in one transaction of the plan file, committed when it
    returns. Raises Refused, with nothing changed, when the plan refuses it: Conflicted
    when someone else changed its rows since they were read, Unreachable when the
    plan's server cannot be reached."""
    from consult_desktop.store.row_versions import TOPIC_TABLES, Conflict

    try:
        with plan_file.begin() as session:
            work = Work(session, plan_file.plan_id)
            return edit.apply(work) if step == "apply" else edit.revert(work)
    except Conflict as conflict:
        topics = {table: Topic(topic) for topic, table in TOPIC_TABLES.items()}
        raise Conflicted(conflict.message(), topics.get(conflict.table), conflict.table,
                         conflict.mine, conflict.theirs, conflict.mine_rows) from conflict
    except (SQLAlchemyError, ValueError) as error:  # PlanNotWritable is a ValueError
        from consult_desktop.store.server_plan import ServerUnreachable

        if isinstance(error, ServerUnreachable):
            raise Unreachable(describe(error)) from error
        raise Refused(describe(error)) from error


def describe(error: Exception) -> Text:
    """A short reason for a refused edit, without SQL: our own phrase as it is (the
    window says it in its language), else the first line of the error's text."""
    if error.args and isinstance(error.args[0], Phrase):
        return error.args[0]
    original = getattr(error, "orig", None)
    return str(original if original is not None else error).splitlines()[0]
