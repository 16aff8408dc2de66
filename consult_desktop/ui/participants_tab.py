"""Participants tab: the list of participants (read-only until its editor lands)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from consult_desktop.domain import vocab
from consult_desktop.store.models import Participant
from consult_desktop.ui.readonly_tab import ReadOnlyTab


class ParticipantsTab(ReadOnlyTab):
    title = "&Participants"
    topics = frozenset({"participants"})
    headers = ("Family name", "Given name", "Organisation", "Country", "Category", "Status")

    def rows(self, session: Session) -> Sequence[Sequence[Any]]:
        p = Participant
        query = select(p.family_name, p.given_name, p.organisation, p.country, p.category,
                       p.status).order_by(p.family_name, p.given_name)
        return [
            (*r[:4], vocab.label(vocab.PARTICIPANT_CATEGORIES, r[4]),
             vocab.label(vocab.PARTICIPANT_STATUSES, r[5]))
            for r in session.execute(query)
        ]
