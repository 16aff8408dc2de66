"""Undo and redo that the data no longer allows are refused, reported, and harmless."""

from __future__ import annotations

from sqlalchemy import select

from consult_desktop.services.edits import Change, Topic, Work
from consult_desktop.store.models import Milestone


class RenameMilestone:
    text = "Rename milestone"

    def __init__(self, milestone_id: int, old: str, new: str) -> None:
        self.milestone_id, self.old, self.new = milestone_id, old, new

    def _set(self, work: Work, title: str) -> Change:
        milestone = work.session.get(Milestone, self.milestone_id)
        if milestone is None:
            raise ValueError("the milestone was deleted")
        milestone.title = title
        return Change.rows(Topic.TIMELINE, updated=[self.milestone_id])

    def apply(self, work: Work) -> Change:
        return self._set(work, self.new)

    def revert(self, work: Work) -> Change:
        return self._set(work, self.old)


def test_an_undo_that_can_no_longer_apply_is_reported_and_dropped(context, qtbot):
    with context.plan_file.read() as session:
        milestone = session.scalars(select(Milestone)).first()
        milestone_id, old = milestone.id, milestone.title
    assert context.run(RenameMilestone(milestone_id, old, "Renamed"))
    with context.plan_file.begin() as session:  # someone else deletes it meanwhile
        session.delete(session.get(Milestone, milestone_id))
    messages: list[str] = []
    context.failed.connect(messages.append)
    context.undo_stack.undo()
    assert messages and "Undo Rename milestone: not possible" in messages[0]
    assert context.undo_stack.count() == 0
