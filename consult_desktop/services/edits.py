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
from typing import TYPE_CHECKING, Literal, Protocol

from sqlalchemy.exc import SQLAlchemyError

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
    def text(self) -> str:
        """What the undo menu says: "Edit Ivana Kovač", "Delete 3 participants"."""
        ...

    def apply(self, work: Work) -> Change: ...

    def revert(self, work: Work) -> Change: ...


class Refused(Exception):
    """The plan refused an edit (a constraint, a value out of range, the file changed
    or is read-only); nothing was changed. The message is short and has no SQL."""


Step = Literal["apply", "revert"]


def run(plan_file: PlanFile, edit: Edit, step: Step = "apply") -> Change:
    """Apply (or revert) an edit in one transaction of the plan file, committed when it
    returns. Raises Refused, with nothing changed, when the plan refuses it."""
    try:
        with plan_file.begin() as session:
            work = Work(session, plan_file.plan_id)
            return edit.apply(work) if step == "apply" else edit.revert(work)
    except (SQLAlchemyError, ValueError) as error:  # PlanNotWritable is a ValueError
        raise Refused(describe(error)) from error


def describe(error: Exception) -> str:
    """A short reason for a refused edit, without SQL."""
    original = getattr(error, "orig", None)
    return str(original if original is not None else error).splitlines()[0]
