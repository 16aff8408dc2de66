"""Undoable edits of the timeline: milestones and the plan's deadline rules."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from consult_desktop.store import timeline_store as store
from consult_desktop.ui.context import PlanContext
from consult_desktop.ui.undo import PlanCommand


class AddMilestone(PlanCommand):
    topic = "milestones"

    def __init__(self, context: PlanContext, values: dict[str, Any],
                 text: str = "Add milestone") -> None:
        super().__init__(context, f"{text} “{values['title']}”")
        self.values = values
        self.milestone_id: int | None = None  # kept so a redo brings back the same row

    def apply(self, session: Session) -> None:
        self.milestone_id = store.insert_milestone(session, self.context.plan_id, self.values,
                                                   self.milestone_id)

    def revert(self, session: Session) -> None:
        assert self.milestone_id is not None
        store.delete_milestone(session, self.milestone_id)


class EditMilestone(PlanCommand):
    topic = "milestones"

    def __init__(self, context: PlanContext, milestone_id: int, old: dict[str, Any],
                 new: dict[str, Any], text: str = "Edit milestone") -> None:
        super().__init__(context, f"{text} “{new.get('title', old['title'])}”")
        self.milestone_id = milestone_id
        self.old = {k: old[k] for k in new if old.get(k) != new[k]}
        self.new = {k: new[k] for k in self.old}

    def apply(self, session: Session) -> None:
        store.update_milestone(session, self.milestone_id, self.new)

    def revert(self, session: Session) -> None:
        store.update_milestone(session, self.milestone_id, self.old)


class DeleteMilestone(PlanCommand):
    topic = "milestones"

    def __init__(self, context: PlanContext, milestone_id: int, values: dict[str, Any]) -> None:
        super().__init__(context, f"Delete milestone “{values['title']}”")
        self.milestone_id = milestone_id
        self.values = values

    def apply(self, session: Session) -> None:
        store.delete_milestone(session, self.milestone_id)

    def revert(self, session: Session) -> None:
        store.insert_milestone(session, self.context.plan_id, self.values, self.milestone_id)


class ReplaceRules(PlanCommand):
    topic = "milestones"

    def __init__(self, context: PlanContext, old: list[tuple[str, int]],
                 new: list[tuple[str, int]]) -> None:
        super().__init__(context, "Edit deadline rules")
        self.old, self.new = old, new

    def apply(self, session: Session) -> None:
        store.replace_rules(session, self.context.plan_id, self.new)

    def revert(self, session: Session) -> None:
        store.replace_rules(session, self.context.plan_id, self.old)
