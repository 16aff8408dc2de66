"""Checking what a person types into a budget cell, with messages that say why.

Each parser takes the typed text and returns a Decimal, or raises ValueError with a
phrase (domain/phrases.py) fit to show beside the cell: the window writes it in its
language, the command line in English (str()). The readers of tables of rows say
each bad row's problem the same way. Nothing is rounded silently: a figure with more
places than the plan keeps is refused, not changed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from consult_desktop.domain import vocab
from consult_desktop.domain.dates import read_month
from consult_desktop.domain.folding import fold_words
from consult_desktop.domain.money import parse_decimal
from consult_desktop.domain.phrases import Label, Listed, Phrase, Text, phrase

MAX_QUANTITY = Decimal(1_000_000)
MAX_UNIT_COST = Decimal(1_000_000_000)
MAX_MULTIPLIER = Decimal(10_000)
MAX_RATE_PERCENT = Decimal(100)


def _check(text: str, what: Phrase, limit: Decimal, places: int) -> Decimal:
    """The figure typed, or ValueError with a phrase (the window's language) that names
    the field (`what`) and says why."""
    try:
        value = parse_decimal(text)
    except ValueError as error:
        raise ValueError(phrase("{what}: {error}", what=what, error=error.args[0])) from None
    if value < 0:
        raise ValueError(phrase("{what} cannot be negative", what=what))
    if value > limit:
        raise ValueError(phrase("{what} cannot be more than {limit}", what=what,
                                limit=f"{limit:,}"))
    if value != value.quantize(Decimal(1).scaleb(-places)):
        raise ValueError(phrase("{what} can have at most %n decimal places", n=places,
                                one="{what} can have at most 1 decimal place", what=what))
    return value


def parse_quantity(text: str) -> Decimal:
    return _check(text, phrase("Quantity"), MAX_QUANTITY, 3)


def parse_unit_cost(text: str) -> Decimal:
    return _check(text, phrase("Unit cost"), MAX_UNIT_COST, 2)


def parse_multiplier(text: str) -> Decimal:
    return _check(text, phrase("Days or multiplier"), MAX_MULTIPLIER, 3)


def parse_actual(text: str) -> Decimal | None:
    """Actual spending: an empty cell means none recorded yet."""
    if not text.strip():
        return None
    return _check(text, phrase("Actual"), MAX_UNIT_COST, 2)


def parse_rate_percent(text: str) -> Decimal:
    """A PSC rate typed in percent ("13", "7.5") as a fraction (0.13, 0.075)."""
    return _check(text, phrase("PSC rate"), MAX_RATE_PERCENT, 2) / 100


def parse_currency(text: str) -> str:
    """A currency as its ISO 4217 code ("chf" -> "CHF")."""
    code = text.strip().upper()
    if len(code) != 3 or not code.isascii() or not code.isalpha():
        raise ValueError(phrase("Currency: {text} is not a three-letter code (CHF, EUR)",
                                text=repr(text.strip())))
    return code


def parse_units_per_usd(text: str) -> Decimal:
    value = _check(text, phrase("Units per USD"), MAX_UNIT_COST, 6)
    if not value:
        raise ValueError(phrase("Units per USD cannot be zero"))
    return value


def parse_dsa(text: str) -> Decimal:
    value = _check(text, phrase("DSA rate"), MAX_UNIT_COST, 2)
    if not value:
        raise ValueError(phrase("DSA rate cannot be zero"))
    return value


def parse_nights(text: str) -> int | None:
    """Nights typed by a person: empty means "from the meeting's days"."""
    if not text.strip():
        return None
    value = _check(text, phrase("Nights"), Decimal(366), 0)
    return int(value)


# ----- tables of rows: rates and budget lines from a file or the clipboard ----------


@dataclass(frozen=True)
class Column:
    """A column of a table read: its field, the header a file names it by (English, and
    other spellings), and its name in a message (the window's language)."""

    field: str
    header: str
    said: Phrase
    aliases: tuple[str, ...] = ()
    required: bool = True


RowProblem = Phrase  # "row 4, column Unit cost: Unit cost cannot be negative"
Numbered = Sequence[tuple[int, Sequence[str]]]  # (row number, cells)


def match_columns(headers: Sequence[str], columns: Sequence[Column]) -> dict[str, int]:
    """Which cell holds which field, by the header row's words (case, accents and
    punctuation aside)."""
    names = {fold_words(c.header): c.field for c in columns}
    for column in columns:
        names.update((fold_words(alias), column.field) for alias in column.aliases)
    found: dict[str, int] = {}
    for at, header in enumerate(headers):
        name = names.get(fold_words(header))
        if name is not None and name not in found:
            found[name] = at
    return found


def missing_columns(found: dict[str, int], columns: Sequence[Column]) -> list[Column]:
    return [c for c in columns if c.required and c.field not in found]


def _cells(cells: Sequence[str], found: dict[str, int]) -> dict[str, str]:
    return {name: (cells[at] if at < len(cells) else "").strip() for name, at in found.items()}


def at_row(where: Text, problem: Text) -> Phrase:
    """A problem and where it is: "row 4, column Quantity: ...", "rates.csv: ..."."""
    return phrase("{where}: {problem}", where=where, problem=problem)


def _problem(number: int, column: Column, error: Exception) -> RowProblem:
    said: Text = error.args[0] if error.args and isinstance(error.args[0], Phrase) \
        else str(error)
    return at_row(phrase("row {number}, column {column}", number=number, column=column.said),
                  said)


DSA_COLUMNS = (
    Column("country", "Country", phrase("Country"), ("country or area", "pays")),
    Column("location", "Location", phrase("Location"), ("area", "city", "place", "lieu")),
    Column("rate", "Rate (USD)", phrase("Rate (USD)"),
           ("rate", "rate usd", "dsa", "dsa rate", "daily rate", "daily rate usd", "taux")),
    Column("effective", "Effective date", phrase("Effective date"),
           ("effective", "date", "from", "valid from", "date d effet")),
)


def read_dsa_rows(rows: Numbered, found: dict[str, int]
                  ) -> tuple[list[tuple[str, str, Decimal, dt.date]], list[RowProblem]]:
    """(country, location, USD a night, effective date) of each row, or the problems
    of every bad one."""
    headers = {c.field: c for c in DSA_COLUMNS}
    good: list[tuple[str, str, Decimal, dt.date]] = []
    problems: list[RowProblem] = []
    for number, cells in rows:
        text = _cells(cells, found)
        if not any(text.values()):
            continue
        try:
            if not text["location"]:
                raise ValueError(phrase("a location is required"))
        except ValueError as error:
            problems.append(_problem(number, headers["location"], error))
            continue
        try:
            rate = parse_dsa(text["rate"])
        except ValueError as error:
            problems.append(_problem(number, headers["rate"], error))
            continue
        try:
            effective = _read_date(text["effective"])
        except ValueError as error:
            problems.append(_problem(number, headers["effective"], error))
            continue
        good.append((text["country"], text["location"], rate, effective))
    return good, problems


EXCHANGE_COLUMNS = (
    Column("currency", "Currency", phrase("Currency"),
           ("code", "currency code", "devise", "monnaie")),
    Column("month", "Month", phrase("Month"), ("period", "date", "effective date", "mois")),
    Column("units", "Units per USD", phrase("Units per USD"),
           ("rate", "units per us dollar", "rate per usd", "operational rate",
            "un operational rate", "units per 1 usd", "taux")),
)


def read_exchange_rows(rows: Numbered, found: dict[str, int]
                       ) -> tuple[list[tuple[str, dt.date, Decimal]], list[RowProblem]]:
    """(currency, month's first day, units per USD) of each row, or the problems."""
    headers = {c.field: c for c in EXCHANGE_COLUMNS}
    good: list[tuple[str, dt.date, Decimal]] = []
    problems: list[RowProblem] = []
    for number, cells in rows:
        text = _cells(cells, found)
        if not any(text.values()):
            continue
        parsed: dict[str, object] = {}
        for name, parse in (("currency", parse_currency), ("month", read_month),
                            ("units", parse_units_per_usd)):
            try:
                parsed[name] = parse(text[name])
            except ValueError as error:
                problems.append(_problem(number, headers[name], error))
                break
        else:
            good.append((str(parsed["currency"]), parsed["month"],  # type: ignore[arg-type]
                         parsed["units"]))
    return good, problems


def _read_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip()[:10])
    except ValueError:
        raise ValueError(phrase("{text} is not a date (YYYY-MM-DD)",
                                text=repr(text.strip()))) from None


LINE_COLUMNS = (
    Column("category", "Category", phrase("Category")),
    Column("description", "Description", phrase("Description"), required=False),
    Column("quantity", "Quantity", phrase("Quantity"), ("qty",)),
    Column("unit", "Unit", phrase("Unit"), required=False),
    Column("unit_cost", "Unit cost", phrase("Unit cost"), ("unit price", "cost", "rate")),
    Column("currency", "Currency", phrase("Currency"), required=False),
    Column("multiplier", "Days", phrase("Days"),
           ("days multiplier", "multiplier", "days or multiplier"), required=False),
    Column("source", "Funding source", phrase("Funding source"), ("source", "funding"),
           required=False),
)


@dataclass(frozen=True)
class LineInput:
    """A budget line read from a row: the codes and figures to store."""

    category: str
    description: str
    quantity: Decimal
    unit: str
    unit_cost: Decimal
    currency: str | None  # None: the plan's
    multiplier: Decimal
    source: str  # a funding source's name as the plan spells it; "": none


def _code(text: str, choices: vocab.Choices) -> str | None:
    """The code a cell names, by its code or label or a part of it; None: none."""
    wanted = fold_words(text)
    for code, name in choices:  # "Rooms and equipment" for "Conference servicing: rooms..."
        if wanted in (fold_words(code), fold_words(name), fold_words(name.split(":")[-1]),
                      fold_words(name.split("/")[0])):
            return code
    return None


def _labels(choices: vocab.Choices) -> Listed:
    return Listed(tuple(Label(name) for _, name in choices))


def _category(text: str) -> str:
    code = _code(text, vocab.BUDGET_CATEGORIES)
    if code is None:
        raise ValueError(phrase("{text} is not a budget category ({known})", text=repr(text),
                                known=_labels(vocab.BUDGET_CATEGORIES)))
    return code


def _unit(text: str) -> str:
    code = _code(text, vocab.BUDGET_UNITS)
    if code is None:
        raise ValueError(phrase("{text} is not a unit ({known})", text=repr(text),
                                known=_labels(vocab.BUDGET_UNITS)))
    return code


def read_line_rows(rows: Numbered, found: dict[str, int], plan_currency: str,
                   sources: Sequence[str]) -> tuple[list[LineInput], list[RowProblem]]:
    """The budget lines of the rows (blank rows skipped), or the problems of every bad
    row: all or nothing is the caller's rule."""
    headers = {c.field: c for c in LINE_COLUMNS}
    by_name = {fold_words(name): name for name in sources}
    good: list[LineInput] = []
    problems: list[RowProblem] = []
    for number, cells in rows:
        text = _cells(cells, found)
        if not any(text.values()):
            continue
        values: dict[str, object] = {}
        readers = {
            "category": _category,
            "quantity": parse_quantity,
            "unit": lambda t: _unit(t) if t else "lump_sum",
            "unit_cost": parse_unit_cost,
            "currency": lambda t: None if not t or parse_currency(t) == plan_currency
            else parse_currency(t),
            "multiplier": lambda t: parse_multiplier(t) if t else Decimal(1),
            "source": lambda t: "" if not t else _source(t, by_name),
        }
        bad = False
        for name, read in readers.items():
            try:
                values[name] = read(text.get(name, ""))
            except ValueError as error:
                problems.append(_problem(number, headers[name], error))
                bad = True
        if not bad:
            good.append(LineInput(description=text.get("description", ""),
                                  **values))  # type: ignore[arg-type]
    return good, problems


def _source(text: str, by_name: dict[str, str]) -> str:
    """The plan's funding source a cell names; else ValueError saying what vocab.no_such
    says (the nearest name, the plan's sources), as a phrase."""
    found = by_name.get(fold_words(text))
    if found is not None:
        return found
    names = list(by_name.values())
    known: Text = ", ".join(names) if names else phrase("none")
    nearest = vocab.nearest_name(text, names)
    if nearest is None:
        raise ValueError(phrase("no funding source {text} (funding sources: {known})",
                                text=repr(text), known=known))
    raise ValueError(phrase("no funding source {text}; did you mean {near}?"
                            " (funding sources: {known})", text=repr(text),
                            near=repr(nearest), known=known))
