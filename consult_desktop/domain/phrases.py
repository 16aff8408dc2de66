"""A text the program says to a person, kept as its English template and its values, so
that each side writes it in its own language: the command line (and every script that
reads it) in English, through `str()`; the window through `ui/phrases.py`, which
translates the template by its literal and then fills in the values.

    phrase("Add option ({label})", label="c")            -> "Add option (c)"
    phrase("Delete %n budget lines", n=3, one="Delete a budget line")

`%n` (or `%Ln`) is the count: the window's translations give each language its plural
forms (Russian three), while English here has two: `one` for a count of one, else the
template. A value is plain text (a name, a title: the person's own data, shown as it
is), a number, another phrase, a `Label` of a closed list (domain/vocab.py), a value
`Written` in the reader's language (a `Day` or `DayRange` of domain/dates.py, an
`Amount` of domain/money.py) or phrases `Listed` on one line. This module imports
nothing of the domain: dates and money use it for their own messages.

The templates are literals at the call (`phrase("...")`): a test walks the sources below
ui/ and fails on a template the window's table does not know.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable


@dataclass(frozen=True)
class Label:
    """A label of one of the plan's closed lists (its English, domain/vocab.py): the
    window shows it through its table of labels (ui/words.py)."""

    english: str

    def __str__(self) -> str:
        return self.english


@runtime_checkable
class Written(Protocol):
    """A value that writes itself in the reader's language: a day or a span of days
    (domain/dates.py `Day`, `DayRange`), an amount (domain/money.py `Amount`)."""

    def write(self, lang: str = "en") -> str: ...


@dataclass(frozen=True)
class Listed:
    """Phrases (or labels, or plain names) listed on one line, separated by commas:
    "3 options, 12 budget lines"."""

    parts: tuple[Phrase | Label | str, ...]

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


@dataclass(frozen=True)
class Hint:
    """What to do about a problem, as each side says it: the command line names its
    command (`command`, English as it is: scripts read it), the window its own button
    or menu (`window`, a phrase it translates)."""

    command: str
    window: Phrase

    def __str__(self) -> str:
        return self.command


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
