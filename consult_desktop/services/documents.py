"""The identity of each printed document: read with its defaults, and set.

Plain values in and out; each call is one transaction of the plan file.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import select, update

from consult_desktop.domain import documents as rules
from consult_desktop.store.document_store import ORDER, read_identities
from consult_desktop.store.models import Document

if TYPE_CHECKING:
    from consult_desktop.store.plan_file import PlanFile

__all__ = ["ORDER", "identities", "identity", "read_identities", "set_identity"]
LANGUAGE_LENGTH = 40  # the stored column's length
SYMBOL_LENGTH = 100
ITEM_LENGTH = 20
MEETING_LENGTH = 300


def identities(plan_file: PlanFile) -> list[rules.Identity]:
    with plan_file.read() as session:
        return read_identities(session, plan_file.plan_id)


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
    plan_id = plan_file.plan_id
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
