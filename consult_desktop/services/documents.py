"""The identity of each printed document: read with its defaults, and set.

Plain values in and out; each call is one transaction of the plan file.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from consult_desktop.domain import documents as rules
from consult_desktop.domain import vocab
from consult_desktop.store import agenda_store
from consult_desktop.store.models import DeadlineRule, Document, Plan

if TYPE_CHECKING:
    from consult_desktop.store.plan_file import PlanFile

ORDER = vocab.codes(vocab.DOCUMENT_KINDS)
LANGUAGE_LENGTH = 40  # the stored column's length
SYMBOL_LENGTH = 100
ITEM_LENGTH = 20
MEETING_LENGTH = 300


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


def identities(plan_file: PlanFile) -> list[rules.Identity]:
    with plan_file.read() as session:
        return read_identities(session, plan_file.plan_id())


def identity(plan_file: PlanFile, kind: str) -> rules.Identity:
    kind = rules.document_kind(kind)
    return next(found for found in identities(plan_file) if found.kind == kind)


def set_identity(plan_file: PlanFile, kind: str, *, symbol: str | None = None,
                 issued: dt.date | None = None, distribution: str | None = None,
                 original_language: str | None = None,
                 agenda_item: str | None = None,
                 considered_at: str | None = None) -> rules.Identity:
    """Set what is given, keep the rest; the identity as it now prints. An empty symbol
    goes back to the default. ValueError, with nothing changed, on a bad value."""
    kind = rules.document_kind(kind)
    values: dict[str, object] = {}
    if symbol is not None:
        if len(symbol.strip()) > SYMBOL_LENGTH:
            raise ValueError(f"the symbol is longer than {SYMBOL_LENGTH} characters")
        values["symbol"] = symbol.strip()
    if issued is not None:
        values["issued"] = issued
    if distribution is not None:
        values["distribution"] = rules.distribution_code(distribution)
    if original_language is not None:
        language = original_language.strip()
        if not language or len(language) > LANGUAGE_LENGTH:
            raise ValueError(f"the original language must be 1 to {LANGUAGE_LENGTH} characters")
        values["original_language"] = language
    if agenda_item is not None:
        if len(agenda_item.strip()) > ITEM_LENGTH:
            raise ValueError(f"the agenda item is longer than {ITEM_LENGTH} characters")
        values["agenda_item"] = agenda_item.strip()
    if considered_at is not None:
        if len(considered_at.strip()) > MEETING_LENGTH:
            raise ValueError(f"the meeting is longer than {MEETING_LENGTH} characters")
        values["considered_at"] = considered_at.strip()
    plan_id = plan_file.plan_id()
    with plan_file.begin() as session:
        exists = session.scalar(select(Document.id).where(
            Document.plan_id == plan_id, Document.kind == kind))
        if exists is None:
            session.add(Document(plan_id=plan_id, kind=kind))
            session.flush()
        if values:
            session.execute(update(Document).where(
                Document.plan_id == plan_id, Document.kind == kind).values(**values))
    return identity(plan_file, kind)
