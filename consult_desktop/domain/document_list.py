"""The list of documents of the session (issue 22): plain values and their rules.

Every document of the session is one entry: those the program prints (with their
identity, domain/documents.py) and those written elsewhere (background papers,
information documents, conference room papers). An entry's submission deadline is its
own when set, else the deadline rules': an official document goes to processing ten
weeks before the first day (the rule with the most weeks), an informal one by the
distribution of documents (the rule with the fewest), a conference room paper at the
session. The warnings are said while the meeting is ahead; after it they are history.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from consult_desktop.domain import vocab
from consult_desktop.domain.dates import long_date
from consult_desktop.domain.phrases import phrase

LETTERS = "EFR"  # the languages a document is issued in, as UN lists write them
LANGUAGE_NAMES = {"E": "English", "F": "French", "R": "Russian"}
PROCESSING_WEEKS = 10  # when the plan has no deadline rules
DISTRIBUTION_WEEKS = 6
STATUSES = vocab.codes(vocab.DOCUMENT_STATUSES)
TYPES = vocab.codes(vocab.DOCUMENT_TYPES)
DATED = ("submitted", "edited", "translated", "issued")  # the steps with a date


@dataclass(frozen=True)
class Entry:
    """One document of the list as the window, the command line and the print read it.
    `id` is None for a printed document the plan holds no row of yet; `kind` None for
    a document written elsewhere. `deadline` is the one that applies."""

    id: int | None
    kind: str | None
    symbol: str
    title: str
    doc_type: str = "official"
    agenda_item: str = ""
    author: str = ""
    words: int | None = None
    languages: str = LETTERS
    available: str = ""
    deadline: dt.date | None = None
    deadline_set: bool = False
    status: str = "drafting"
    submitted: dt.date | None = None
    edited: dt.date | None = None
    translated: dt.date | None = None
    issued: dt.date | None = None
    considered_at: str = ""  # another meeting's document (an options note): not listed

    @property
    def name(self) -> str:
        """How a warning names it: its symbol and title, or the title alone."""
        return f"{self.symbol} ({self.title})" if self.symbol else self.title

    @property
    def of_this_session(self) -> bool:
        return not self.considered_at.strip()

    @property
    def missing(self) -> str:
        """The required languages not available yet, as letters."""
        return "".join(letter for letter in self.languages if letter not in self.available)

    def status_date(self) -> dt.date | None:
        return getattr(self, self.status) if self.status in DATED else None


def letters(text: str) -> str:
    """`E/F/R`, `E, F`, `EFR`, `English and French`, `en fr` as stored letters in the
    order E F R; ValueError naming what is not a language."""
    found = set()
    for word in re.split(r"[\s,;/+&]+|\band\b", text.strip()):
        if not word:
            continue
        key = word.strip().upper()
        if key.isalpha() and len(key) > 1 and set(key) <= set(LETTERS) and len(key) <= 3:
            found |= set(key)  # "EFR", "EF"
            continue
        named = {"EN": "E", "ENGLISH": "E", "FR": "F", "FRENCH": "F", "RU": "R",
                 "RUSSIAN": "R", "E": "E", "F": "F", "R": "R"}.get(key)
        if named is None:
            raise ValueError(phrase("{word} is not a language (write E, F, R or their names)",
                                    word=repr(word)))
        found.add(named)
    return "".join(letter for letter in LETTERS if letter in found)


def language_list(letters_: str) -> str:
    """`EF` gives "E/F", as the printed list writes it."""
    return "/".join(letters_)


def default_deadline(doc_type: str, first_day: dt.date | None,
                     weeks_before: Sequence[int]) -> dt.date | None:
    if first_day is None:
        return None
    if doc_type == "official":
        weeks = max(weeks_before, default=PROCESSING_WEEKS)
    elif doc_type == "informal":
        weeks = distribution_weeks(weeks_before)
    else:
        weeks = 0
    return first_day - dt.timedelta(weeks=weeks)


def distribution_weeks(weeks_before: Sequence[int]) -> int:
    return min(weeks_before, default=DISTRIBUTION_WEEKS)


def distribution_deadline(first_day: dt.date | None,
                          weeks_before: Sequence[int]) -> dt.date | None:
    """When documents go to the participants: the rule with the fewest weeks."""
    if first_day is None:
        return None
    return first_day - dt.timedelta(weeks=distribution_weeks(weeks_before))


def status_code(text: str) -> str:
    """`Submitted`, `submitted`... as stored; ValueError listing them otherwise."""
    wanted = text.strip().casefold()
    for code, label in vocab.DOCUMENT_STATUSES:
        if wanted in (code, label.casefold()):
            return code
    given, near = repr(text.strip()), vocab.nearest_name(text.strip(), STATUSES)
    known = ", ".join(STATUSES)
    if near is None:
        raise ValueError(phrase("no status {given} (statuses: {known})", given=given,
                                known=known))
    raise ValueError(phrase("no status {given}; did you mean {near}? (statuses: {known})",
                            given=given, near=repr(near), known=known))


def type_code(text: str) -> str:
    """`official`, `Informal document`, `CRP`, `conference room paper` as stored."""
    wanted = text.strip().casefold()
    if wanted in ("", "official"):
        return "official"
    for code, label in vocab.DOCUMENT_TYPES:
        if wanted in (code, label.casefold(), label.split()[0].casefold()):
            return code
    given, near = repr(text.strip()), vocab.nearest_name(text.strip(), TYPES)
    known = ", ".join(TYPES)
    if near is None:
        raise ValueError(phrase("no type {given} (types: {known})", given=given, known=known))
    raise ValueError(phrase("no type {given}; did you mean {near}? (types: {known})",
                            given=given, near=repr(near), known=known))


def warnings(entries: Sequence[Entry], first_day: dt.date | None,
             weeks_before: Sequence[int], today: dt.date) -> list[str]:
    """While the meeting is ahead: each document past its submission deadline and not
    submitted, and each required in French or Russian but not available when the
    documents go to the participants (that day past). A deadline falling today is not
    yet missed."""
    if first_day is None or first_day < today:
        return []
    found = []
    for entry in entries:
        if entry.status == "drafting" and entry.deadline is not None \
                and entry.deadline < today:
            found.append(f"{entry.name}: its submission deadline, "
                         f"{long_date(entry.deadline)}, has passed and it is not submitted")
    distribution = distribution_deadline(first_day, weeks_before)
    if distribution is not None and distribution < today:
        for entry in entries:
            missing = [LANGUAGE_NAMES[x] for x in entry.missing if x != "E"]
            if missing:
                found.append(f"{entry.name}: required in {' and '.join(missing)} but not "
                             f"available at the distribution deadline, "
                             f"{long_date(distribution)}")
    return found


@dataclass(frozen=True)
class Due:
    """The documents due for submission on one day (the timeline draws one marker)."""

    date: dt.date
    symbols: tuple[str, ...]
    waiting: int  # how many of them are still being drafted

    def listed(self, say: Callable[[str], str] = str) -> str:
        """The first three symbols: "ECE/EX/2017/L.7, ECE/EX/2017/L.8, ..."; `say`
        writes each (a printed document without a symbol is named by its title, which
        the window says in its language)."""
        return ", ".join(map(say, self.symbols[:3])) + (", ..." if len(self.symbols) > 3
                                                        else "")


def due_days(entries: Sequence[Entry]) -> list[Due]:
    """Each day on which documents of this session are due, earliest first."""
    days: dict[dt.date, list[Entry]] = {}
    for entry in entries:
        if entry.of_this_session and entry.deadline is not None:
            days.setdefault(entry.deadline, []).append(entry)
    return [Due(day, tuple(e.symbol or e.title for e in sorted(on_day, key=_by_symbol)),
                sum(e.status == "drafting" for e in on_day))
            for day, on_day in sorted(days.items())]


def item_order(numbers: Sequence[str], entries: Sequence[Entry]) -> list[tuple[str, list[Entry]]]:
    """The entries of this session grouped by agenda item, in the agenda's order (the
    item numbers as given), then those under no item of it ("" first in none)."""
    mine = [e for e in entries if e.of_this_session]
    groups: list[tuple[str, list[Entry]]] = []
    for number in numbers:
        under = [e for e in mine if _same_item(e.agenda_item, number)]
        if under:
            groups.append((number, sorted(under, key=_by_symbol)))
    placed = {id(e) for _, under in groups for e in under}
    rest = [e for e in mine if id(e) not in placed]
    if rest:
        groups.append(("", sorted(rest, key=_by_symbol)))
    return groups


def for_item(number: str, entries: Sequence[Entry]) -> list[Entry]:
    """The documents of this session under one agenda item, by symbol."""
    return sorted((e for e in entries if e.of_this_session and number
                   and _same_item(e.agenda_item, number)), key=_by_symbol)


def _same_item(a: str, b: str) -> bool:
    """'3 (a)', '3(a)' and '3 a' name one item."""
    return _item_key(a) == _item_key(b) and bool(_item_key(a))


def _item_key(text: str) -> str:
    return re.sub(r"[\s().]", "", text).casefold()


def _by_symbol(entry: Entry) -> tuple[str, str]:
    parts = re.split(r"(\d+)", entry.symbol)
    key = "".join(p.zfill(6) if p.isdigit() else p for p in parts)
    return key, entry.title
