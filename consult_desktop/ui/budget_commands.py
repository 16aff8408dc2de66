"""Undoable edits of options, budget lines and funding sources.

Each command is built from rows read before the edit (ids included), so undo puts
back exactly what was there and redo re-creates rows under the same ids, which the
later commands on the stack refer to.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session

from consult_desktop.store import budget_writes as bw
from consult_desktop.ui.context import PlanContext
from consult_desktop.ui.undo import PlanCommand

Rows = list[tuple[Table, list[bw.Row]]]  # parents first


class InsertRows(PlanCommand):
    """Insert rows (an option with its lines, a line); `remove=True` deletes them."""

    def __init__(self, context: PlanContext, text: str, topic: str, rows: Rows,
                 remove: bool = False) -> None:
        super().__init__(context, text)
        self.topic = topic
        self.rows = rows
        self.remove = remove

    def _insert(self, session: Session) -> None:
        for table, rows in self.rows:
            bw.insert_rows(session, table, rows)

    def _delete(self, session: Session) -> None:
        for table, rows in reversed(self.rows):
            bw.delete_ids(session, table, [row["id"] for row in rows])

    def apply(self, session: Session) -> None:
        (self._delete if self.remove else self._insert)(session)

    def revert(self, session: Session) -> None:
        (self._insert if self.remove else self._delete)(session)


Change = tuple[Table, int, Mapping[str, Any], Mapping[str, Any]]  # table, id, old, new


class UpdateRows(PlanCommand):
    """Change some columns of some rows; undo writes the old values back."""

    def __init__(self, context: PlanContext, text: str, topic: str,
                 changes: list[Change]) -> None:
        super().__init__(context, text)
        self.topic = topic
        self.changes = changes

    def apply(self, session: Session) -> None:
        for table, row_id, _old, new in self.changes:
            bw.update_row(session, table, row_id, new)

    def revert(self, session: Session) -> None:
        for table, row_id, old, _new in reversed(self.changes):
            bw.update_row(session, table, row_id, old)


class SetFundingSources(PlanCommand):
    """Replace the plan's funding sources; undo restores them and the lines' links."""

    topic = "budget"

    def __init__(self, context: PlanContext, old: list[bw.Row], new: list[bw.Row],
                 links: dict[int, int | None]) -> None:
        super().__init__(context, "Edit funding sources")
        self.old, self.new, self.links = old, new, links

    def apply(self, session: Session) -> None:
        bw.write_sources(session, self.new, {})

    def revert(self, session: Session) -> None:
        bw.write_sources(session, self.old, self.links)


# ----- building commands from what is on disk --------------------------------------
def edit_option(context: PlanContext, option_id: int, old: Mapping[str, Any],
                new: Mapping[str, Any], today: dt.date | None = None) -> UpdateRows | None:
    """An edit of an option's fields, or None when nothing changed. Choosing an option
    records the date (unless one is given) and un-chooses any other chosen option:
    at most one is chosen."""
    new = {k: v for k, v in new.items() if old.get(k) != v}
    if not new:
        return None
    changes: list[Change] = []
    if new.get("status") == "chosen":
        if not new.get("decision_date") and not old.get("decision_date"):
            new["decision_date"] = today or dt.date.today()
        with context.plan_file.read() as session:
            chosen = bw.statuses(session, "chosen")
        changes += [(bw.OPTIONS, other, {"status": "chosen"}, {"status": "proposed"})
                    for other in chosen if other != option_id]
    changes.append((bw.OPTIONS, option_id, {k: old.get(k) for k in new}, new))
    return UpdateRows(context, f"Edit option ({old.get('label', '')})", "options", changes)


def add_option(context: PlanContext) -> InsertRows:
    with context.plan_file.read() as session:
        label = next_label(bw.option_labels(session))
        row: bw.Row = {
            "id": bw.new_option_id(session), "plan_id": context.plan_id,
            "position": bw.next_position(session), "label": label,
            "title": f"Option ({label})", "format": "other", "description": "",
            "proposed_start": None, "proposed_end": None, "days": None, "venue": "",
            "expected_participants": None, "resources_needed": "", "benefits": "",
            "risks": "", "status": "proposed", "decision": "", "decision_date": None,
        }
    return InsertRows(context, f"Add option ({label})", "options", [(bw.OPTIONS, [row])])


def duplicate_option(context: PlanContext, option_id: int) -> InsertRows:
    with context.plan_file.read() as session:
        label = next_label(bw.option_labels(session))
        option, _ = bw.snapshot_option(session, option_id)
        option, lines = bw.copy_of_option(session, option_id, label,
                                          f"{option['title']} (copy)"[:500])
    return InsertRows(context, f"Duplicate option as ({label})", "options",
                      [(bw.OPTIONS, [option]), (bw.LINES, lines)])


def delete_option(context: PlanContext, option_id: int) -> InsertRows:
    with context.plan_file.read() as session:
        option, lines = bw.snapshot_option(session, option_id)
    return InsertRows(context, f"Delete option ({option['label']})", "options",
                      [(bw.OPTIONS, [option]), (bw.LINES, lines)], remove=True)


def move_option(context: PlanContext, option_ids: list[int], option_id: int,
                step: int) -> UpdateRows | None:
    """Move an option up (-1) or down (+1) in `option_ids` (the order shown)."""
    where = option_ids.index(option_id)
    to = where + step
    if not 0 <= to < len(option_ids):
        return None
    order = list(option_ids)
    order[where], order[to] = order[to], order[where]
    with context.plan_file.read() as session:
        before = bw.positions(session)
    changes: list[Change] = [(bw.OPTIONS, oid, {"position": before[oid]}, {"position": n})
                             for n, oid in enumerate(order) if before[oid] != n]
    return UpdateRows(context, "Move option " + ("up" if step < 0 else "down"), "options",
                      changes)


def add_line(context: PlanContext, option_id: int, category: str,
             source_id: int | None) -> InsertRows:
    with context.plan_file.read() as session:
        row = bw.new_line(session, option_id, category, source_id)
    return InsertRows(context, "Add budget line", "budget", [(bw.LINES, [row])])


def delete_lines(context: PlanContext, line_ids: list[int]) -> InsertRows:
    with context.plan_file.read() as session:
        rows = bw.rows_where(session, bw.LINES, bw.LINES.c.id.in_(line_ids))
    text = "Delete budget line" if len(rows) == 1 else f"Delete {len(rows)} budget lines"
    return InsertRows(context, text, "budget", [(bw.LINES, rows)], remove=True)


def edit_line(context: PlanContext, line_id: int, values: Mapping[str, Any],
              what: str) -> UpdateRows | None:
    with context.plan_file.read() as session:
        old = bw.line_values(session, line_id, values)
    if old == dict(values):
        return None
    return UpdateRows(context, f"Edit {what}", "budget", [(bw.LINES, line_id, old, values)])


def set_funding_sources(context: PlanContext, new: list[dict[str, Any]]) -> SetFundingSources:
    """`new`: rows with name, kind, psc_rate and the id of an existing source (or None)."""
    with context.plan_file.read() as session:
        old = bw.rows_where(session, bw.SOURCES)
        links = bw.source_links(session)
        next_id = bw.new_source_id(session)
    rows = []
    for row in new:
        source_id = row.get("id")
        if source_id is None:
            source_id, next_id = next_id, next_id + 1
        rows.append({"id": source_id, "plan_id": context.plan_id, "name": row["name"],
                     "kind": row["kind"], "psc_rate": row["psc_rate"]})
    return SetFundingSources(context, old, rows, links)


def next_label(labels: list[str]) -> str:
    """The first free option label: a, b, ... z, then aa, ab, ..."""
    taken = set(labels)
    letters = "abcdefghijklmnopqrstuvwxyz"
    candidates = [*letters, *(x + y for x in letters for y in letters)]
    return next(label for label in candidates if label not in taken)
