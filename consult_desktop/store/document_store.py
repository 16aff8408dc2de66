"""Each printed document's identity as it prints: what the plan stores, with the
defaults of domain/documents.py for what it leaves empty. One reader for the window,
the command line and every printed document."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from consult_desktop.domain import document_list as lists
from consult_desktop.domain import documents as rules
from consult_desktop.domain import vocab
from consult_desktop.store import agenda_store
from consult_desktop.store.models import DeadlineRule, Document, Plan

ORDER = vocab.codes(vocab.DOCUMENT_KINDS)
INFORMAL_KINDS = ("participants", "budget", "documents", "pack")  # information documents


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
        row = rows.get(kind)  # None: not stored yet (a plan older than its kind)
        found.append(rules.resolve(
            kind, symbol=row.symbol if row else "", issued=row.issued if row else None,
            distribution=row.distribution if row else "general",
            original_language=row.original_language if row else "English",
            agenda_item=row.agenda_item if row else "",
            considered_at=row.considered_at if row else "", prefix=prefix,
            first_day=meeting.first_day, weeks_before=weeks))
    return found


LISTED_KINDS = tuple(kind for kind in ORDER if kind != "pack")  # the pack is no document


def deadline_weeks(session: Session, plan_id: int) -> list[int]:
    return list(session.scalars(select(DeadlineRule.weeks_before)
                                .where(DeadlineRule.plan_id == plan_id)))


def read_list(session: Session, plan_id: int) -> list[lists.Entry]:
    """Every document of the session (issue 22): the printed ones in the order of their
    kinds, with their identity as it prints, then those written elsewhere by symbol."""
    meeting, _zone = agenda_store.load_meeting(session, plan_id)
    weeks = deadline_weeks(session, plan_id)
    title = session.execute(select(Plan.title).where(Plan.id == plan_id)).scalar_one()
    identities = {found.kind: found for found in read_identities(session, plan_id)}
    rows = session.execute(select(Document).where(Document.plan_id == plan_id)
                           .order_by(Document.symbol, Document.id)).scalars().all()
    by_kind = {row.kind: row for row in rows if row.kind is not None}
    found = []
    for kind in LISTED_KINDS:
        identity = identities[kind]
        row = by_kind.get(kind)
        found.append(_entry(row, kind=kind, symbol=identity.symbol,
                            title=(row.title if row is not None and row.title.strip()
                                   else rules.printed_title(kind, title)),
                            first_day=meeting.first_day, weeks=weeks,
                            agenda_item=identity.agenda_item,
                            considered_at=identity.considered_at))
    for row in rows:
        if row.kind is None:
            found.append(_entry(row, kind=None, symbol=row.symbol,
                                title=row.title, first_day=meeting.first_day, weeks=weeks,
                                agenda_item=row.agenda_item,
                                considered_at=row.considered_at))
    return found


def _entry(row: Document | None, *, kind: str | None, symbol: str, title: str,
           first_day: dt.date | None, weeks: list[int], agenda_item: str,
           considered_at: str) -> lists.Entry:
    doc_type = row.doc_type if row is not None else (
        "informal" if kind in INFORMAL_KINDS else "official")
    own = row.deadline if row is not None else None
    deadline = own or lists.default_deadline(doc_type, first_day, weeks)
    if row is None:
        return lists.Entry(None, kind, symbol, title, doc_type, agenda_item,
                           deadline=deadline, considered_at=considered_at)
    return lists.Entry(
        row.id, kind, symbol, title, doc_type, agenda_item, row.author, row.words,
        row.languages, row.available, deadline, own is not None, row.status, row.submitted,
        row.edited, row.translated, row.issued, considered_at)
