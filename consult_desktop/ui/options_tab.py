"""Options tab: the ways to hold the meeting (read-only until its editor lands)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from consult_desktop.domain import vocab
from consult_desktop.domain.money import format_amount
from consult_desktop.store.models import Plan
from consult_desktop.store.queries import option_totals
from consult_desktop.ui.readonly_tab import ReadOnlyTab


class OptionsTab(ReadOnlyTab):
    title = "&Options"
    topics = frozenset({"plan", "options", "budget"})
    headers = ("Option", "Title", "Status", "Total")

    def rows(self, session: Session) -> Sequence[Sequence[Any]]:
        currency = session.get_one(Plan, self.context.plan_id).currency
        return [
            (f"({o.label})", o.title, vocab.label(vocab.OPTION_STATUSES, o.status),
             format_amount(o.total, currency))
            for o in option_totals(session)
        ]
