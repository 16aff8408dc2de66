"""Reading a table of documents written elsewhere (issue 22): each row checked, every
problem named by row and column; the caller writes all the rows or none.

Columns by their headers, in any order and case: Symbol, Title, Type, Item, Words,
Languages (required), Status; and, when given, Author (or Unit), Available, Deadline
and Date (the date of the status). A row whose symbol the plan already lists updates
that document; the others are added. Title is required, and a symbol once a file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from consult_desktop.domain import document_list as lists
from consult_desktop.domain.participant_import import RowProblem
from consult_desktop.domain.phrases import Text, phrase

COLUMNS: dict[str, tuple[str, ...]] = {  # field: the headers that name it
    "symbol": ("symbol",),
    "title": ("title",),
    "doc_type": ("type", "document type"),
    "agenda_item": ("item", "agenda item"),
    "words": ("words", "length", "length in words"),
    "languages": ("languages", "languages required", "required"),
    "status": ("status",),
    "author": ("author", "unit", "author or unit"),
    "available": ("available", "languages available"),
    "deadline": ("deadline", "submission deadline"),
    "status_date": ("date", "status date"),
}
HEADERS = {"symbol": "Symbol", "title": "Title", "doc_type": "Type", "agenda_item": "Item",
           "words": "Words", "languages": "Languages", "status": "Status",
           "author": "Author", "available": "Available", "deadline": "Deadline",
           "status_date": "Date"}
LENGTHS = {"symbol": 100, "title": 500, "agenda_item": 20, "author": 300}


@dataclass
class Reading:
    """What a table of documents would do: the values to write (row, values), and the
    problems; `fatal` when the file itself is wrong (a missing column)."""

    rows: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)

    @property
    def fatal(self) -> bool:
        return any(p.row <= 1 for p in self.problems)


def match(headers: Sequence[str]) -> tuple[dict[int, str], list[RowProblem]]:
    """Column index -> field; a problem for a missing Title column or a column twice."""
    mapping: dict[int, str] = {}
    problems = []
    for index, header in enumerate(headers):
        wanted = " ".join(header.strip().casefold().replace("_", " ").split())
        for name, names in COLUMNS.items():
            if wanted in names:
                if name in mapping.values():
                    problems.append(RowProblem(1, header, phrase("this column is given twice")))
                mapping[index] = name
                break
    if "title" not in mapping.values():
        problems.append(RowProblem(1, "Title", phrase(
            "no Title column: every document needs a title (the columns are Symbol, Title,"
            " Type, Item, Words, Languages, Status)")))
    return mapping, problems


def read(headers: Sequence[str], rows: Sequence[tuple[int, Sequence[str]]]) -> Reading:
    mapping, problems = match(headers)
    found = Reading(problems=problems)
    if found.fatal:
        return found
    header_of = {name: headers[index] for index, name in mapping.items()}
    seen: dict[str, int] = {}
    for number, cells in rows:
        raw = {name: (cells[index].strip() if index < len(cells) else "")
               for index, name in mapping.items()}
        if not any(raw.values()):
            continue
        values, row_problems = _row(number, raw, header_of)
        symbol = values.get("symbol", "")
        if symbol:
            key = symbol.casefold()
            if key in seen:
                row_problems.append(RowProblem(number, header_of["symbol"], phrase(
                    "{symbol} is also on row {row}", symbol=symbol, row=seen[key])))
            seen.setdefault(key, number)
        found.problems += row_problems
        if not row_problems:
            found.rows.append((number, values))
    return found


def _row(number: int, raw: Mapping[str, str],
         header_of: Mapping[str, str]) -> tuple[dict[str, Any], list[RowProblem]]:
    values: dict[str, Any] = {}
    problems = []

    def problem(name: str, said: Text) -> None:
        problems.append(RowProblem(number, header_of.get(name, HEADERS[name]), said))

    for name, text in raw.items():
        try:
            if name in LENGTHS:
                if len(text) > LENGTHS[name]:
                    raise ValueError(phrase("longer than {limit} characters",
                                            limit=LENGTHS[name]))
                values[name] = text
            elif name == "doc_type":
                values[name] = lists.type_code(text)
            elif name == "words":
                values[name] = _words(text)
            elif name in ("languages", "available"):
                values[name] = lists.letters(text) if text or name == "available" else \
                    lists.LETTERS
            elif name == "status":
                values[name] = lists.status_code(text) if text else "drafting"
            elif name in ("deadline", "status_date"):
                values[name] = _date(text)
        except ValueError as error:
            problem(name, error.args[0])
    if not values.get("title", raw.get("title", "")).strip():
        problem("title", phrase("the title is empty"))
    date = values.pop("status_date", None)
    status = values.get("status", "drafting")
    if date is not None:
        if status == "drafting":
            problem("status_date", phrase("a date needs a status after drafting (submitted,"
                                          " edited, translated or issued)"))
        else:
            values[status] = date
    return values, problems


def _words(text: str) -> int | None:
    if not text:
        return None
    cleaned = text.replace(",", "").replace("\u00a0", "").replace(" ", "")
    if not cleaned.isdigit():
        raise ValueError(phrase("{text} is not a whole number of words", text=repr(text)))
    return int(cleaned)


def _date(text: str) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise ValueError(phrase("{text} is not a date (write YYYY-MM-DD)",
                                text=repr(text))) from None
