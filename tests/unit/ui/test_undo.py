"""Undo and redo that the data no longer allows are refused, reported, and harmless."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from consult_desktop.store.models import Milestone
from consult_desktop.ui.undo import PlanCommand, execute


class RenameMilestone(PlanCommand):
    topic = "milestones"

    def __init__(self, context, milestone_id: int, old: str, new: str) -> None:
        super().__init__(context, "Rename milestone")
        self.milestone_id, self.old, self.new = milestone_id, old, new

    def _set(self, session: Session, title: str) -> None:
        milestone = session.get(Milestone, self.milestone_id)
        if milestone is None:
            raise ValueError("the milestone was deleted")
        milestone.title = title

    def apply(self, session: Session) -> None:
        self._set(session, self.new)

    def revert(self, session: Session) -> None:
        self._set(session, self.old)


def test_an_undo_that_can_no_longer_apply_is_reported_and_dropped(context, qtbot):
    with context.plan_file.read() as session:
        milestone = session.scalars(select(Milestone)).first()
        milestone_id, old = milestone.id, milestone.title
    assert execute(RenameMilestone(context, milestone_id, old, "Renamed"))
    with context.plan_file.begin() as session:  # someone else deletes it meanwhile
        session.delete(session.get(Milestone, milestone_id))
    messages: list[str] = []
    context.failed.connect(messages.append)
    context.undo_stack.undo()
    assert messages and "Undo Rename milestone: not possible" in messages[0]
    assert context.undo_stack.count() == 0
