"""The plan's own details (title, organiser, dates, currency...): read, and edited
reversibly."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, select, update

from consult_desktop.domain.phrases import phrase
from consult_desktop.services.edits import Change, Topic, Work
from consult_desktop.store.models import Plan

if TYPE_CHECKING:
    from consult_desktop.store.plan_file import PlanFile

FIELDS = (
    "title", "organiser", "governing_body", "mandate", "venue", "timezone", "currency",
    "default_psc_rate", "symbol_prefix", "start_date", "end_date",
    # What the documents' masthead and the list of participants print (issue 15).
    "principal_organ", "commission", "session", "members_heading", "non_members_heading",
    # The DSA table's location the travellers get (issue 23; "": the venue's).
    "dsa_location",
)
TABLE: Table = Plan.__table__  # type: ignore[assignment]


def details(plan_file: PlanFile) -> dict[str, Any]:
    """The plan's details by field name, read with Core on its table's columns: the
    window title needs them at every open, and an ORM read would configure every mapper
    first."""
    with plan_file.read() as session:
        row = session.execute(select(*(TABLE.c[name] for name in FIELDS))
                              .where(TABLE.c.id == plan_file.plan_id)).one()
    return dict(zip(FIELDS, row, strict=True))


class EditPlanDetails:
    """Change the details that differ between `old` and `new`; undo writes the old ones."""

    text = phrase("Edit plan details")

    def __init__(self, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        self.old = {k: old[k] for k in new if old.get(k) != new[k]}
        self.new = {k: new[k] for k in self.old}

    def _write(self, work: Work, values: Mapping[str, Any]) -> Change:
        if values:
            work.session.execute(update(TABLE).where(TABLE.c.id == work.plan_id)
                                 .values(**values))
        return Change.everything(Topic.PLAN)

    def apply(self, work: Work) -> Change:
        return self._write(work, self.new)

    def revert(self, work: Work) -> Change:
        return self._write(work, self.old)
