"""The undoable agenda edit: a change from some items' states to others.

Every agenda action (add, edit, delete, move, start from the standard items) is one
`ChangeAgenda`: applying writes the new states, reverting the old ones, each in one
transaction that also renumbers the agenda.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy.orm import Session

from consult_desktop.domain.agenda import Item
from consult_desktop.store import agenda_store
from consult_desktop.ui.context import PlanContext
from consult_desktop.ui.undo import PlanCommand


class ChangeAgenda(PlanCommand):
    topic = "agenda"

    def __init__(self, context: PlanContext, text: str, before: Sequence[Item],
                 after: Sequence[Item]) -> None:
        super().__init__(context, text)
        self.before = list(before)
        self.after = list(after)

    def apply(self, session: Session) -> None:
        agenda_store.write(session, self.context.plan_id, self.before, self.after)

    def revert(self, session: Session) -> None:
        agenda_store.write(session, self.context.plan_id, self.after, self.before)


def change(context: PlanContext, text: str, items: Sequence[Item], after: Iterable[Item],
           deleted: Iterable[int] = ()) -> ChangeAgenda:
    """A command taking the `items` named in `after` (and `deleted`) to their new states."""
    by_id = {item.id: item for item in items}
    gone = set(deleted)
    after = [item for item in after if item.id not in gone]
    touched = [item.id for item in after] + sorted(gone)
    before = [by_id[i] for i in dict.fromkeys(touched) if i in by_id]
    return ChangeAgenda(context, text, before, after)


def new_ids(context: PlanContext, count: int) -> list[int]:
    with context.plan_file.read() as session:
        return agenda_store.next_ids(session, count)
