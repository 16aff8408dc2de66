"""Undo and redo that never overwrite someone else's later change.

On a plan shared on a server, another officer may change a row after my edit of it.
Undoing my edit then would put back my old value over theirs, unseen. A guarded edit
notes the versions of the rows its change named, just after each step; the next step
(an undo, a redo) first checks they are still those versions, and is refused with a
message when someone changed or removed one since. Rows are named by id only for the
topics whose changes carry ids (participants, agenda items, milestones, summary
sections, options); a change of a whole topic is not checked.
"""

from __future__ import annotations

from consult_desktop.domain.phrases import Text, phrase
from consult_desktop.services.edits import Change, Checked, Conflicted, Edit, Refused, Work
from consult_desktop.store.row_versions import versions_of


class Guarded:
    """An edit whose later steps check that nobody changed its rows meanwhile."""

    def __init__(self, edit: Edit) -> None:
        self.edit = edit
        self._seen: tuple[str, dict[int, int] | None] | None = None

    @property
    def text(self) -> Text:
        """The edit's own, read when asked: an edit may name what it made only once
        applied ("Add option (c)")."""
        return self.edit.text

    def apply(self, work: Work) -> Change:
        self._check(work)
        return self._note(work, self.edit.apply(work))

    def revert(self, work: Work) -> Change:
        self._check(work)
        return self._note(work, self.edit.revert(work))

    def keep_mine(self, conflict: Conflicted) -> bool:
        return isinstance(self.edit, Checked) and self.edit.keep_mine(conflict)

    def absorb(self, later: object) -> bool:
        """Take in a later guarded edit the inner edit can absorb (the typing of one
        visit to a summary section): the versions to check are then the later ones."""
        absorb = getattr(self.edit, "absorb", None)
        if absorb is None or not isinstance(later, Guarded) or not absorb(later.edit):
            return False
        self._seen = later._seen
        return True

    def _note(self, work: Work, change: Change) -> Change:
        self._seen = (change.topic.value, None if change.whole else
                      versions_of(work.session, change.topic.value, change.ids))
        return change

    def _check(self, work: Work) -> None:
        if self._seen is None:
            return
        topic, seen = self._seen
        if seen is None:
            return
        now = versions_of(work.session, topic, seen)
        if now != seen:
            raise Refused(phrase("someone else changed it since; their change is kept"))
