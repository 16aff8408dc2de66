"""Each printed document's identity as it prints: what the plan stores, with the
defaults of domain/documents.py for what it leaves empty. One reader for the window,
the command line and every printed document."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from consult_desktop.domain import documents as rules
from consult_desktop.domain import vocab
from consult_desktop.store import agenda_store
from consult_desktop.store.models import DeadlineRule, Document, Plan

ORDER = vocab.codes(vocab.DOCUMENT_KINDS)


def read_identities(session: Session, plan_id: int) -> list[rules.Identity]:
    """Every document's identity as it prints, in the order of the documents."""
    prefix = session.execute(select(Plan.symbol_prefix).where(Plan.id == plan_id)).scalar_one()
    meeting, _zone = agenda_store.load_meeting(session, plan_id)
    weeks = list(session.scalars(select(DeadlineRule.weeks_before)
                                 .where(DeadlineRule.plan_id == plan_id)))
    rows = {row.kind: row for row in session.execute(
        select(Document.kind, Document.symbol, Document.issued, Document.distribution,
               Document.original_language, Document.agenda_item, Document.considered_at)
        .where(Document.plan_id == plan_id))}
    found = []
    for kind in ORDER:
        row = rows.get(kind)
        found.append(rules.resolve(
            kind, symbol=row.symbol if row else "", issued=row.issued if row else None,
            distribution=row.distribution if row else "general",
            original_language=row.original_language if row else "English",
            agenda_item=row.agenda_item if row else "",
            considered_at=row.considered_at if row else "", prefix=prefix,
            first_day=meeting.first_day, weeks_before=weeks))
    return found
