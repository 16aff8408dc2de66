"""The budget of the open plan: each option's lines with their figures and totals, the
funding sources, and the reversible edits of lines and sources."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from consult_desktop.services.edits import Change, Topic, Work
from consult_desktop.services.rows import UpdateRows
from consult_desktop.store import budget_queries as bq
from consult_desktop.store import budget_writes as bw
from consult_desktop.store.budget_queries import LineRow, OptionBudget, SourceRow

if TYPE_CHECKING:
    from consult_desktop.store.plan_file import PlanFile

__all__ = ["AddLine", "Budget", "DeleteLines", "LineRow", "OptionBudget", "SetFundingSources",
           "SourceRow", "budget", "edit_line", "funding_sources", "line_rows"]
TOPIC = Topic.BUDGET


@dataclass(frozen=True)
class Budget:
    """What the Budget tab shows: every option with its lines and totals, the funding
    sources and the plan's currency."""

    compared: list[OptionBudget]
    sources: list[SourceRow]
    currency: str


def budget(plan_file: PlanFile) -> Budget:
    plan_id = plan_file.plan_id
    with plan_file.read() as session:
        return Budget(bq.comparison(session, plan_id), bq.funding_sources(session, plan_id),
                      bq.currency(session, plan_id))


def funding_sources(plan_file: PlanFile) -> list[SourceRow]:
    with plan_file.read() as session:
        return bq.funding_sources(session, plan_file.plan_id)


def line_rows(plan_file: PlanFile, option_id: int) -> list[LineRow]:
    with plan_file.read() as session:
        return bq.line_rows(session, plan_file.plan_id, option_id)


class AddLine:
    """A new, empty line at the end of an option, near the one the person was on."""

    text = "Add budget line"

    def __init__(self, option_id: int, category: str, source_id: int | None) -> None:
        self.option_id, self.category, self.source_id = option_id, category, source_id
        self.row: bw.Row | None = None

    @property
    def line_id(self) -> int | None:
        return None if self.row is None else int(self.row["id"])

    def apply(self, work: Work) -> Change:
        if self.row is None:
            self.row = bw.new_line(work.session, self.option_id, self.category, self.source_id)
        bw.insert_rows(work.session, bw.LINES, [self.row])
        return Change.rows(TOPIC, added=[self.row["id"]])

    def revert(self, work: Work) -> Change:
        assert self.row is not None
        bw.delete_ids(work.session, bw.LINES, [self.row["id"]])
        return Change.rows(TOPIC, removed=[self.row["id"]])


class DeleteLines:
    def __init__(self, line_ids: list[int]) -> None:
        self.ids = list(line_ids)
        self.text = ("Delete budget line" if len(self.ids) == 1
                     else f"Delete {len(self.ids)} budget lines")
        self.rows: list[bw.Row] | None = None

    def apply(self, work: Work) -> Change:
        if self.rows is None:
            self.rows = bw.rows_where(work.session, bw.LINES, bw.LINES.c.id.in_(self.ids))
        bw.delete_ids(work.session, bw.LINES, self.ids)
        return Change.rows(TOPIC, removed=self.ids)

    def revert(self, work: Work) -> Change:
        bw.insert_rows(work.session, bw.LINES, self.rows or [])
        return Change.rows(TOPIC, added=self.ids)


def edit_line(plan_file: PlanFile, line_id: int, values: Mapping[str, Any],
              what: str) -> UpdateRows | None:
    """An edit of a line's cells (`what` names them for the undo menu), or None when
    they already hold these values."""
    with plan_file.read() as session:
        old = bw.line_values(session, line_id, values)
    if old == dict(values):
        return None
    return UpdateRows(f"Edit {what}", TOPIC, [(bw.LINES, line_id, old, dict(values))])


class SetFundingSources:
    """Make the plan's funding sources these (rows with name, kind, psc_rate and the id
    of an existing source, or None for a new one); undo restores them and the lines'
    links. Every line may show another source or PSC: the change is the whole budget."""

    text = "Edit funding sources"

    def __init__(self, new: list[dict[str, Any]]) -> None:
        self.wanted = new
        self.old: list[bw.Row] | None = None
        self.new: list[bw.Row] = []
        self.links: dict[int, int | None] = {}

    def apply(self, work: Work) -> Change:
        if self.old is None:
            session = work.session
            self.old = bw.rows_where(session, bw.SOURCES, bw.SOURCES.c.plan_id == work.plan_id)
            self.links = bw.source_links(session)
            next_id = bw.new_source_id(session)
            for row in self.wanted:
                source_id = row.get("id")
                if source_id is None:
                    source_id, next_id = next_id, next_id + 1
                self.new.append({"id": source_id, "plan_id": work.plan_id, "name": row["name"],
                                 "kind": row["kind"], "psc_rate": row["psc_rate"]})
        bw.write_sources(work.session, work.plan_id, self.new, {})
        return Change.everything(TOPIC)

    def revert(self, work: Work) -> Change:
        bw.write_sources(work.session, work.plan_id, self.old or [], self.links)
        return Change.everything(TOPIC)
