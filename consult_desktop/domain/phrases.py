"""A text the program says to a person, kept as its English template and its values, so
that each side writes it in its own language: the command line (and every script that
reads it) in English, through `str()`; the window through `ui/phrases.py`, which
translates the template by its literal and then fills in the values.

    phrase("Add option ({label})", label="c")            -> "Add option (c)"
    phrase("Delete %n budget lines", n=3, one="Delete a budget line")

`%n` (or `%Ln`) is the count: the window's translations give each language its plural
forms (Russian three), while English here has two: `one` for a count of one, else the
template. A value is plain text (a name, a title: the person's own data, shown as it
is), a number, another phrase, a `Label` of a closed list (domain/vocab.py), a `Day`,
a `DayRange`, an `Amount` or phrases `Listed` on one line.

The templates are literals at the call (`phrase("...")`): a test walks the sources below
ui/ and fails on a template the window's table does not know.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from consult_desktop.domain import dates


@dataclass(frozen=True)
class Label:
    """A label of one of the plan's closed lists (its English, domain/vocab.py): the
    window shows it through its table of labels (ui/words.py)."""

    english: str

    def __str__(self) -> str:
        return self.english


@dataclass(frozen=True)
class Day:
    """A day inside a phrase, written in the reader's language; `how` names the writer
    of domain/dates.py ("short_day_and_date": "Fri 03 Nov 2017"; "long_date", ...), or
    "short_date_without_year" ("03 Nov")."""

    day: dt.date
    how: str = "short_day_and_date"

    def write(self, lang: str = "en") -> str:
        if self.how == "short_date_without_year":  # "03 Nov", "03 nov."
            return dates.short_date(self.day, lang, year=False)
        return str(getattr(dates, self.how)(self.day, lang))

    def __str__(self) -> str:
        return self.write()


@dataclass(frozen=True)
class DayRange:
    """A span of days inside a phrase, in the reader's language ("2 and 3 November
    2017", domain/dates.py `date_range`); "-" for none."""

    first: dt.date | None
    last: dt.date | None

    def write(self, lang: str = "en") -> str:
        return dates.date_range(self.first, self.last, lang) or "-"

    def __str__(self) -> str:
        return self.write()


@dataclass(frozen=True)
class Amount:
    """An amount inside a phrase, written in the reader's language (domain/money.py
    `format_amount`: "$157,974.00", "157 974,00 $US")."""

    value: Decimal
    currency: str

    def write(self, lang: str = "en") -> str:
        from consult_desktop.domain.money import format_amount

        return format_amount(self.value, self.currency, lang)

    def __str__(self) -> str:
        return self.write()


@dataclass(frozen=True)
class Listed:
    """Phrases listed on one line, separated by commas: "3 options, 12 budget lines"."""

    parts: tuple[Phrase | str, ...]

    def __str__(self) -> str:
        return ", ".join(map(str, self.parts))


@dataclass(frozen=True)
class Phrase:
    """An English template (the key the window translates it by), its count for the
    plural (None: no count), English's form for a count of one, and its named values."""

    template: str
    n: int | None = None
    one: str = ""
    values: tuple[tuple[str, Any], ...] = ()

    def english_template(self) -> str:
        """The template English uses for this count: `one` for 1, else the template."""
        return self.one if self.n == 1 and self.one else self.template

    def __str__(self) -> str:
        return fill(self.english_template(), self.n, {name: str(value)
                                                      for name, value in self.values})


def phrase(template: str, /, n: int | None = None, one: str = "", **values: Any) -> Phrase:
    """A phrase: `template` a literal (the window's key), `n` its count, `one` English's
    text for a count of one, the values by the names the template gives them."""
    return Phrase(template, n, one, tuple(values.items()))


def fill(template: str, n: int | None, values: dict[str, str]) -> str:
    """A template with its count (thousands grouped) and its values put in."""
    return counted(template, n).format(**values)


def counted(template: str, n: int | None) -> str:
    """A template with its count put in (English's: thousands grouped)."""
    if n is None:
        return template
    return template.replace("%Ln", f"{n:,}").replace("%n", str(n))


Text = str | Phrase  # what a message may be: plain text (a database's) or a phrase
Line = str | Phrase | Listed  # a line of a list the window shows (the New-from preview)
