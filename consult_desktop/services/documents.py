"""The identity of each printed document: read with its defaults, and set.

Plain values in and out; each call is one transaction of the plan file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update

from consult_desktop.domain import documents as rules
from consult_desktop.domain.phrases import Phrase, phrase
from consult_desktop.services.edits import Change, Topic, Work
from consult_desktop.store.document_store import ORDER, read_identities
from consult_desktop.store.models import Document

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from consult_desktop.store.plan_file import PlanFile

__all__ = ["ORDER", "EditDocuments", "identities", "identity", "read_identities",
           "set_identity", "stored"]
LANGUAGE_LENGTH = 40  # the stored column's length
SYMBOL_LENGTH = 100
ITEM_LENGTH = 20
MEETING_LENGTH = 300
# What the undo menu says for an edit of one printed document's identity, by its kind.
IDENTITY_EDITS = {
    "agenda": phrase("Edit the identity of the provisional annotated agenda"),
    "participants": phrase("Edit the identity of the list of participants"),
    "budget": phrase("Edit the identity of the budget"),
    "options_note": phrase("Edit the identity of the options note"),
    "summary": phrase("Edit the identity of the summary of discussions"),
    "documents": phrase("Edit the identity of the list of documents"),
    "pack": phrase("Edit the identity of the meeting pack"),
}


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
    values = checked(symbol=symbol, issued=issued, distribution=distribution,
                     original_language=original_language, agenda_item=agenda_item,
                     considered_at=considered_at)
    with plan_file.begin() as session:
        _write(session, plan_file.plan_id, kind, values)
    return identity(plan_file, kind)


def checked(*, symbol: str | None = None, issued: dt.date | None = None,
            distribution: str | None = None, original_language: str | None = None,
            agenda_item: str | None = None,
            considered_at: str | None = None) -> dict[str, Any]:
    """The values given, as stored; ValueError with a message fit to show on a bad one."""
    values: dict[str, Any] = {}
    if symbol is not None:
        if len(symbol.strip()) > SYMBOL_LENGTH:
            raise ValueError(phrase("the symbol is longer than {limit} characters",
                                    limit=SYMBOL_LENGTH))
        values["symbol"] = symbol.strip()
    if issued is not None:
        values["issued"] = issued
    if distribution is not None:
        values["distribution"] = rules.distribution_code(distribution)
    if original_language is not None:
        language = original_language.strip()
        if not language or len(language) > LANGUAGE_LENGTH:
            raise ValueError(phrase("the original language must be 1 to {limit} characters",
                                    limit=LANGUAGE_LENGTH))
        values["original_language"] = language
    if agenda_item is not None:
        if len(agenda_item.strip()) > ITEM_LENGTH:
            raise ValueError(phrase("the agenda item is longer than {limit} characters",
                                    limit=ITEM_LENGTH))
        values["agenda_item"] = agenda_item.strip()
    if considered_at is not None:
        if len(considered_at.strip()) > MEETING_LENGTH:
            raise ValueError(phrase("the meeting is longer than {limit} characters",
                                    limit=MEETING_LENGTH))
        values["considered_at"] = considered_at.strip()
    return values


def stored(found: rules.Identity) -> dict[str, Any]:
    """What the plan holds for a document: a defaulted symbol or date is left empty."""
    return {"symbol": found.symbol if found.symbol_set else "",
            "issued": found.issued if found.issued_set else None,
            "distribution": found.distribution, "original_language": found.original_language,
            "agenda_item": found.agenda_item, "considered_at": found.considered_at}


def _write(session: Session, plan_id: int, kind: str, values: Mapping[str, Any]) -> None:
    exists = session.scalar(select(Document.id).where(
        Document.plan_id == plan_id, Document.kind == kind))
    if exists is None:
        session.add(Document(plan_id=plan_id, kind=kind))
        session.flush()
    if values:
        session.execute(update(Document).where(
            Document.plan_id == plan_id, Document.kind == kind).values(**values))


class EditDocuments:
    """Change the identities of some documents; undo writes the old values back.
    `old` and `new` map a document kind to its stored values (`stored`); only the
    values that differ are written. A date of None, or an empty symbol, is the default."""

    def __init__(self, old: Mapping[str, Mapping[str, Any]],
                 new: Mapping[str, Mapping[str, Any]]) -> None:
        self.new: dict[str, dict[str, Any]] = {}
        self.old: dict[str, dict[str, Any]] = {}
        for kind, values in new.items():
            before = old[kind]
            changed = {key: value for key, value in values.items() if before.get(key) != value}
            if changed:
                self.new[kind] = changed
                self.old[kind] = {key: before.get(key) for key in changed}

    @property
    def text(self) -> Phrase:
        if len(self.new) == 1:
            return IDENTITY_EDITS.get(next(iter(self.new)), phrase("Edit a document's identity"))
        return phrase("Edit the documents' identities")

    def _write(self, work: Work, values: Mapping[str, Mapping[str, Any]]) -> Change:
        for kind, changed in values.items():
            _write(work.session, work.plan_id, kind, changed)
        return Change.everything(Topic.DOCUMENTS)

    def apply(self, work: Work) -> Change:
        return self._write(work, self.new)

    def revert(self, work: Work) -> Change:
        return self._write(work, self.old)
