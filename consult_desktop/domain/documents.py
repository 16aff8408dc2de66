"""A printed document's identity: symbol, date of issue, distribution, original
language, and the meeting and agenda item that consider it (issue 15).

What the plan stores may be left empty; what prints is then the default: the symbol
from the plan's symbol prefix, and the date of issue from the plan's deadline rules
(the latest of them, the distribution of documents by default).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from consult_desktop.domain import vocab

# The number after the prefix that each document takes when none is set: the
# meeting's numbered documents first, then its information documents (INF.).
DEFAULT_NUMBERS = {
    "agenda": "1",
    "options_note": "2",
    "summary": "3",
    "participants": "INF.1",
    "budget": "INF.2",
    "pack": "INF.3",
}
DISTRIBUTION_CODES = vocab.codes(vocab.DISTRIBUTIONS)


@dataclass(frozen=True)
class Identity:
    """A document's identity as it prints; `*_set` say whether the plan holds the
    value or it is the default."""

    kind: str
    title: str
    symbol: str = ""
    issued: dt.date | None = None
    distribution: str = "general"
    original_language: str = "English"
    agenda_item: str = ""
    considered_at: str = ""  # the meeting that considers it; empty: the plan's own
    symbol_set: bool = False
    issued_set: bool = False


def printed_title(kind: str, meeting_title: str) -> str:
    """The title a document prints under its masthead: the options note is titled after
    the meeting ("Regional consultation ...: options"), the others by their kind."""
    if kind == "options_note":
        return f"{meeting_title}: options"
    return vocab.label(vocab.DOCUMENT_KINDS, kind)


def default_symbol(prefix: str, kind: str) -> str:
    """`ECE/EX/2017/` and the agenda give `ECE/EX/2017/1`; no prefix, no symbol."""
    prefix = prefix.strip()
    if not prefix:
        return ""
    if not prefix.endswith("/"):
        prefix += "/"
    return prefix + DEFAULT_NUMBERS.get(kind, "")


def default_issue_date(first_day: dt.date | None,
                       weeks_before: Sequence[int]) -> dt.date | None:
    """The latest deadline of the plan's rules, counted back from the first day."""
    if first_day is None or not weeks_before:
        return None
    return first_day - dt.timedelta(weeks=min(weeks_before))


def resolve(kind: str, *, symbol: str, issued: dt.date | None, distribution: str,
            original_language: str, agenda_item: str, considered_at: str = "", prefix: str,
            first_day: dt.date | None, weeks_before: Sequence[int]) -> Identity:
    """The identity that prints, from what the plan stores and its defaults."""
    return Identity(
        kind=kind, title=vocab.label(vocab.DOCUMENT_KINDS, kind),
        symbol=symbol.strip() or default_symbol(prefix, kind),
        issued=issued or default_issue_date(first_day, weeks_before),
        distribution=distribution or "general",
        original_language=original_language.strip() or "English",
        agenda_item=agenda_item.strip(), considered_at=considered_at.strip(),
        symbol_set=bool(symbol.strip()), issued_set=issued is not None,
    )


def document_kind(text: str) -> str:
    """A document named as on the command line (`options-note`) or as stored
    (`options_note`); ValueError naming the documents otherwise."""
    kind = text.strip().lower().replace("-", "_")
    if kind not in vocab.codes(vocab.DOCUMENT_KINDS):
        raise ValueError(unknown_document(text))
    return kind


def unknown_document(text: str) -> str:
    """The one message for a name that is no document, listing the documents."""
    names = [code.replace("_", "-") for code in vocab.codes(vocab.DOCUMENT_KINDS)]
    return vocab.no_such("document", text, names)


def distribution_code(text: str) -> str:
    """`general`, `Limited`, `informal document`... as stored; ValueError otherwise."""
    wanted = text.strip().casefold()
    for code, label in vocab.DISTRIBUTIONS:
        if wanted in (code, label.casefold()):
            return code
    raise ValueError(f"no distribution {text!r} (choose {', '.join(DISTRIBUTION_CODES)})")
