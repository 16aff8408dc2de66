"""Agenda tab: the meeting's items by day and time (read-only until its editor lands)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from consult_desktop.store.models import AgendaItem
from consult_desktop.ui.readonly_tab import ReadOnlyTab


class AgendaTab(ReadOnlyTab):
    title = "&Agenda"
    topics = frozenset({"agenda", "participants"})
    headers = ("Day", "Start", "End", "Item", "Title", "Room")

    def rows(self, session: Session) -> Sequence[Sequence[Any]]:
        a = AgendaItem
        query = select(a.day, a.start_time, a.end_time, a.number, a.title, a.room).order_by(
            a.position
        )
        return [
            (r[0], r[1] and r[1].strftime("%H:%M"), r[2] and r[2].strftime("%H:%M"), *r[3:])
            for r in session.execute(query)
        ]
