"""Budget tab: every option's budget lines (read-only until its editor lands)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from consult_desktop.domain import vocab
from consult_desktop.store.models import BudgetLine, Option
from consult_desktop.ui.readonly_tab import ReadOnlyTab


class BudgetTab(ReadOnlyTab):
    title = "&Budget"
    topics = frozenset({"options", "budget"})
    headers = ("Option", "Category", "Description", "Quantity", "Unit cost", "Multiplier")

    def rows(self, session: Session) -> Sequence[Sequence[Any]]:
        query = (
            select(Option.label, BudgetLine.category, BudgetLine.description,
                   BudgetLine.quantity, BudgetLine.unit_cost, BudgetLine.multiplier)
            .join(Option)
            .order_by(Option.position, BudgetLine.position)
        )
        return [
            (f"({r[0]})", vocab.label(vocab.BUDGET_CATEGORIES, r[1]), *r[2:])
            for r in session.execute(query)
        ]
