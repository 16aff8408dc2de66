"""The participants of the open plan: what the window and the command line read, and
the edits they make (add, edit, delete, set status, import), each reversible.

Rows are plain tuples (id, *Person fields), as the Participants tab keeps them; every
read is scoped by the plan file's plan id. A new participant gets its id when first
added and keeps it on redo, so whatever refers to a participant by id (the agenda)
still finds the same person after undo and redo.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from consult_desktop.domain import vocab
from consult_desktop.domain.names import plain_name
from consult_desktop.domain.participant_import import ImportPlan
from consult_desktop.domain.participants import FIELDS, Person
from consult_desktop.domain.phrases import Label, Text, phrase
from consult_desktop.services.edits import Change, Conflicted, Topic, Work, run
from consult_desktop.store import budget_queries, row_versions
from consult_desktop.store import participants_store as store

if TYPE_CHECKING:
    from consult_desktop.interchange.participants_io import Outcome
    from consult_desktop.store.plan_file import PlanFile

Row = tuple[Any, ...]  # (id, *FIELDS)
ROW_COLUMNS = ("id", *FIELDS)
TOPIC = Topic.PARTICIPANTS


def to_person(row: Sequence[Any]) -> Person:
    return store.to_person(row)


def display_name(person: Person) -> str:
    return plain_name(person.given_name, person.family_name)


# ----- queries ----------------------------------------------------------------------
@dataclass(frozen=True)
class Roster:
    """Everything the Participants tab shows: the rows, the body's member States and the
    plan's currency (for the sum of travel funded)."""

    rows: list[Row]
    members: frozenset[str]
    currency: str


def roster(plan_file: PlanFile, versions: dict[int, int] | None = None) -> Roster:
    """`versions`, when given, receives the version each row was read at: the edits
    of those rows name it, so that nobody's later change is overwritten unseen."""
    plan_id = plan_file.plan_id
    with plan_file.read() as session:
        return Roster(store.load_rows(session, plan_id, versions),
                      frozenset(store.member_states(session, plan_id)),
                      budget_queries.currency(session, plan_id))


def rows(plan_file: PlanFile, ids: Iterable[int],
         versions: dict[int, int] | None = None) -> list[Row]:
    """The current rows of these participants; ids no longer there are left out.
    `versions` as for `roster`."""
    with plan_file.read() as session:
        return store.get_rows(session, plan_file.plan_id, ids, versions)


def people(plan_file: PlanFile) -> list[tuple[int, Person]]:
    with plan_file.read() as session:
        return store.load_people(session, plan_file.plan_id)


def deletion_effects(plan_file: PlanFile, ids: Sequence[int]) -> Text:
    """What else deleting these participants changes, in a sentence ("" for nothing)."""
    with plan_file.read() as session:
        spoken, chaired = store.agenda_links(session, ids)
    speaker = phrase("as speaker of %n agenda items", n=spoken,
                     one="as speaker of 1 agenda item")
    chair = phrase("as chair of %n agenda items", n=chaired, one="as chair of 1 agenda item")
    if not spoken and not chaired:
        return ""
    roles = (phrase("{first} and {second}", first=speaker, second=chair)
             if spoken and chaired else speaker if spoken else chair)
    return (phrase("This also removes them {roles}.", roles=roles) if len(ids) != 1
            else phrase("This also removes this person {roles}.", roles=roles))


# ----- edits ------------------------------------------------------------------------
class AddParticipant:
    def __init__(self, person: Person) -> None:
        self.person = person
        self.text = phrase("Add {name}", name=display_name(person))
        self.ids: list[int] | None = None

    def apply(self, work: Work) -> Change:
        self.ids = store.insert_people(work.session, work.plan_id, [self.person], self.ids)
        return Change.rows(TOPIC, added=self.ids)

    def revert(self, work: Work) -> Change:
        store.remove_added(work.session, self.ids or [])
        return Change.rows(TOPIC, removed=self.ids or [])


class EditParticipant:
    """`seen`: the version of the row the person read (None: not checked). The first
    apply writes only if the row is still at it; undo and redo are checked by the
    window's guard (services/guarded.py)."""

    def __init__(self, ident: int, old: Person, new: Person, text: Text = "",
                 seen: int | None = None) -> None:
        self.ident, self.old, self.new = ident, old, new
        self.text = text or phrase("Edit {name}", name=display_name(new))
        self.seen = seen

    def apply(self, work: Work) -> Change:
        if self.seen is None:
            store.update_people(work.session, [(self.ident, self.new)])
        else:
            row_versions.update_checked(work.session, store.TABLE, self.ident, self.seen,
                                        store._values(self.new))
        return Change.rows(TOPIC, updated=[self.ident])

    def keep_mine(self, conflict: Conflicted) -> bool:
        """Write my values over theirs: the same edit at the version now stored; what
        undo puts back is theirs."""
        stored = conflict.theirs.get(self.ident)
        if stored is None:
            return False
        self.seen = int(stored["version"])
        self.old = Person(*(stored[name] for name in ROW_COLUMNS[1:]))
        return True

    def revert(self, work: Work) -> Change:
        store.update_people(work.session, [(self.ident, self.old)])
        self.seen = None  # undone: a redo is the guard's to check
        return Change.rows(TOPIC, updated=[self.ident])


def _still_there(seen: dict[int, int], ids: list[int], conflict: Conflicted
                 ) -> dict[int, int]:
    """A bulk edit kept over a conflict: the versions as they stand now, and the rows
    deleted meanwhile dropped (from `ids` too)."""
    seen = {**seen, **conflict.versions}
    for gone in conflict.deleted:
        seen.pop(gone, None)
        ids.remove(gone)
    return seen


class DeleteParticipants:
    """Deleting also takes people off the agenda; undo puts them back there too. The
    change names the agenda's topic as well: the people it lists changed. With `seen`
    (each row's version as read), nobody's later change to one of them is deleted
    unseen: the deletion is refused whole."""

    def __init__(self, ids: Sequence[int], seen: dict[int, int] | None = None) -> None:
        self.text = phrase("Delete %Ln participants", n=len(ids), one="Delete a participant")
        self.ids = list(ids)
        self.removed: store.Removed | None = None
        self.seen = _known(seen, self.ids)

    def keep_mine(self, conflict: Conflicted) -> bool:
        """Delete them all the same (those still there)."""
        if self.seen is None:
            return False
        self.seen = _still_there(self.seen, self.ids, conflict)
        return bool(self.ids)

    def apply(self, work: Work) -> Change:
        if self.seen is not None:
            row_versions.check_unchanged(work.session, store.TABLE, self.seen)
        self.removed = store.delete_people(work.session, work.plan_id, self.ids)
        return Change.rows(TOPIC, removed=self.ids)

    def revert(self, work: Work) -> Change:
        if self.removed is not None:
            store.restore_people(work.session, work.plan_id, self.removed)
        self.seen = None  # undone: a redo is the guard's to check
        return Change.rows(TOPIC, added=self.ids)


class SetStatus:
    """A bulk edit: with `seen` (each row's version as read) it is saved only if none of
    the rows changed since, else refused whole (Conflicted)."""

    def __init__(self, ids: Sequence[int], status: str,
                 seen: dict[int, int] | None = None) -> None:
        label = Label(vocab.label(vocab.PARTICIPANT_STATUSES, status))
        self.text = phrase("Set %Ln to {status}", n=len(ids), status=label)
        self.ids, self.status = list(ids), status
        self.old: list[str] | None = None
        self.seen = _known(seen, self.ids)

    def keep_mine(self, conflict: Conflicted) -> bool:
        """Set the status all the same, on the rows still there."""
        if self.seen is None:
            return False
        self.seen = _still_there(self.seen, self.ids, conflict)
        return bool(self.ids)

    def apply(self, work: Work) -> Change:
        if self.seen is not None:  # before reading what undo puts back: theirs, if kept
            row_versions.check_unchanged(work.session, store.TABLE, self.seen,
                                         {"status": self.status})
            self.old = None
        if self.old is None:
            self.old = store.statuses(work.session, self.ids)
        store.set_status(work.session, self.ids, [self.status] * len(self.ids))
        return Change.rows(TOPIC, updated=self.ids)

    def revert(self, work: Work) -> Change:
        store.set_status(work.session, self.ids, self.old or [])
        self.seen = None  # undone: a redo is the guard's to check
        return Change.rows(TOPIC, updated=self.ids)


def _known(seen: dict[int, int] | None, ids: Sequence[int]) -> dict[int, int] | None:
    """The versions read of these rows, or None (not checked) when one is not known."""
    if seen is None or any(ident not in seen for ident in ids):
        return None
    return {ident: seen[ident] for ident in ids}


class ImportParticipants:
    """A whole import is one step: undo removes exactly the rows it added and gives the
    rows it updated their old values."""

    def __init__(self, plan: ImportPlan, source: str) -> None:
        self.plan = plan
        self.text = phrase("Import {source}", source=source)
        self.ids: list[int] | None = None

    def _updated(self) -> list[int]:
        return [ident for _, ident, _, _ in self.plan.updated]

    def apply(self, work: Work) -> Change:
        self.ids = store.apply_import(work.session, work.plan_id, self.plan, self.ids)
        return Change.rows(TOPIC, added=self.ids, updated=self._updated())

    def revert(self, work: Work) -> Change:
        store.revert_import(work.session, self.plan, self.ids or [])
        return Change.rows(TOPIC, removed=self.ids or [], updated=self._updated())


def import_file(plan_file: PlanFile, path: Path, skip_invalid: bool = False,
                sheet: str | None = None, defaults: dict[str, str] | None = None) -> Outcome:
    """Import a file in one transaction (the `import` command); `sheet`: the workbook's
    sheet to read; `defaults`: field -> a value for rows without one. With a problem and
    without `skip_invalid`, nothing is written and the outcome lists the problems
    (added = updated = 0)."""
    from consult_desktop.interchange.participants_io import Outcome, format_problem, preview

    plan = preview(plan_file, path, sheet, defaults)
    problems = [format_problem(path, p) for p in plan.problems]
    notices = tuple(f"{format_problem(path, n)} (notice)" for n in plan.notices)
    if plan.fatal or (plan.problems and not skip_invalid):
        return Outcome(0, 0, 0, len(plan.invalid_rows), problems, written=False,
                       notices=notices)
    run(plan_file, ImportParticipants(plan, Path(path).name))
    return Outcome(len(plan.added), len(plan.updated), len(plan.unchanged),
                   len(plan.invalid_rows), problems, notices=notices)
