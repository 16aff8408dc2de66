"""Money as Decimal, end to end: never float."""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any, Literal

from consult_desktop.domain.phrases import phrase

CENT = Decimal("0.01")
UNIT = Decimal(1)
ZERO = Decimal("0.00")
# No amount, quantity or rate of a meeting comes near this; larger input is a typo, and
# "1e999" would break the arithmetic (Decimal's 28 digits) and the stored integers.
LIMIT = Decimal(10) ** 12
# What Babel's English currency pattern (¤#,##0.00) writes for the plans' currencies,
# without loading its locale data (~60 ms, at the first amount a tab shows). A test
# checks these against Babel itself; other currencies and locales go to Babel.
EN_SYMBOLS = {"USD": "$", "EUR": "€", "CHF": "CHF", "GBP": "£", "RUB": "RUB"}


def cents(value: Decimal) -> Decimal:
    """Round to the cent, halves away from zero, as a ledger does."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def parse_decimal(text: str) -> Decimal:
    """Read a number typed by a person, in English or French habits: spaces and
    apostrophes group thousands ("158'000", "158 000"); of a comma and a point, the last
    one marks the decimals ("158,000.50", "158.000,50"); a lone comma marks decimals
    unless three digits follow it after a group of thousands ("1 234,50", "0,006",
    "1 234,567" but "158,000"). Raises ValueError with a
    message fit to show."""
    cleaned = text.strip().replace("\u00a0", "").replace("\u202f", "")
    for sep in (" ", "'", "\u2019"):
        cleaned = cleaned.replace(sep, "")
    cleaned = _one_decimal_point(cleaned)
    if not cleaned:
        raise ValueError(phrase("a number is required"))
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(phrase("{text} is not a number", text=repr(text.strip()))) from None
    if not value.is_finite():
        raise ValueError(phrase("{text} is not a number", text=repr(text.strip())))
    if abs(value) >= LIMIT:
        raise ValueError(phrase("{text} is too large (the limit is {limit})",
                                text=repr(text.strip()), limit=f"{LIMIT:,.0f}"))
    return value


def _one_decimal_point(text: str) -> str:
    """Thousands separators out, the decimal mark as a point."""
    commas, points = text.count(","), text.count(".")
    if commas and points:
        decimal = "," if text.rfind(",") > text.rfind(".") else "."
        grouping = "." if decimal == "," else ","
        return text.replace(grouping, "").replace(decimal, ".")
    if commas == 1 and (len(text) - text.rfind(",") - 1 != 3
                        or not re.fullmatch(r"[-+]?[1-9]\d{0,2}", text[:text.rfind(",")])):
        return text.replace(",", ".")  # "0,006" and "1234,567" are no thousands
    if points > 1:
        return text.replace(".", "")
    return text.replace(",", "")


AmountStyle = Literal["symbol", "code", "number", "figure", "words"]
# The currency named after an amount in French and Russian running text, UN style:
# "158 000 dollars", "158 000 долл. США".
CURRENCY_WORDS: dict[str, dict[str, str]] = {
    "fr": {"USD": "dollars", "EUR": "euros", "CHF": "francs suisses",
           "GBP": "livres sterling", "RUB": "roubles"},
    "ru": {"USD": "долл.\u00a0США", "EUR": "евро", "CHF": "швейц.\u00a0франков",
           "GBP": "фунтов стерлингов", "RUB": "руб."},
}
NBSP = "\u00a0"


def format_amount(value: Decimal, currency: str, locale: str = "en",
                  style: AmountStyle = "symbol", whole: bool = False) -> str:
    """The one writer of amounts. `symbol`: "$3,250.00" (the locale's currency pattern);
    `code`: "3,250.00 USD" (a sum in running text, beside counts); `number`: "3,250.00"
    (a column whose heading names the currency); `figure`: "157,974" in whole units
    (a printed table; "157 974" in French and Russian, a no-break space between the
    groups); `words`: a sum in a document's running text, "$158,000",
    "158 000 dollars", "158 000 долл. США" (cents only when there are some).
    Cents rounded half to even, as Babel.
    `whole`: in whole units, as UN documents give amounts ("$157,974", "157,974"),
    halves rounded up as a budget table rounds its cells, so a sum in the text reads as
    in the table."""
    if whole:
        value = value.quantize(UNIT, ROUND_HALF_UP)
        value = value if value else abs(value)  # -0.01 is "$0", not "-$0"
    if style == "figure":
        return _grouped(value.quantize(Decimal(1), ROUND_HALF_UP), locale)
    if style == "words":
        shown = value.quantize(Decimal(1)) if value == value.to_integral_value() \
            else value.quantize(CENT, ROUND_HALF_EVEN)
        if locale == "en" or currency not in CURRENCY_WORDS.get(locale, {}):
            symbol = EN_SYMBOLS.get(currency)
            number = _grouped(abs(shown), locale)
            sign = "-" if value.is_signed() else ""
            if locale == "en" and symbol:
                return f"{sign}{symbol}{number}"
            return f"{sign}{number}{NBSP}{currency}"
        return f"{_grouped(shown, locale)}{NBSP}{CURRENCY_WORDS[locale][currency]}"
    if style == "symbol":
        return _formatted(value, value.is_signed(), currency, locale, whole)
    number = _number(value, value.is_signed(), locale, whole)
    return number if style == "number" else f"{number} {currency}"


def _grouped(value: Decimal, locale: str) -> str:
    """The digits as they stand: "157,974.50" in English; "157 974,50" in French and
    Russian (a no-break space between groups, a comma before the decimals)."""
    text = f"{value:,f}"
    if locale == "en":
        return text
    return text.replace(",", NBSP).replace(".", ",")


@functools.lru_cache(maxsize=8192)
def _number(value: Decimal, signed: bool, locale: str, whole: bool = False) -> str:
    if locale == "en":
        digits = UNIT if whole else CENT
        return f"{'-' if signed else ''}{abs(value).quantize(digits, ROUND_HALF_EVEN):,}"
    from babel.numbers import format_decimal

    return str(format_decimal(value, format="#,##0" if whole else "#,##0.00", locale=locale))


@functools.lru_cache(maxsize=8192)
def _formatted(value: Decimal, signed: bool, currency: str, locale: str,
               whole: bool = False) -> str:
    # Equal amounts of one sign print alike (rounded to the currency's digits; -0 keeps
    # its sign), so a cache keyed on them is safe; tables ask for the same cells many
    # times (~0.15 ms a call).
    symbol = EN_SYMBOLS.get(currency) if locale == "en" else None
    if symbol is not None:  # as Babel: the sign first, cents rounded half to even
        return f"{'-' if signed else ''}{symbol}{_number(abs(value), False, locale, whole)}"
    if whole:
        return _whole_pattern(locale).apply(value, _locale(locale), currency=currency,
                                            currency_digits=False)
    return _pattern(locale).apply(value, _locale(locale), currency=currency)


@functools.cache
def _locale(name: str) -> Any:
    from babel.core import Locale

    return Locale.parse(name)


@functools.cache
def _pattern(name: str) -> Any:
    return _locale(name).currency_formats["standard"]


@functools.cache
def _whole_pattern(name: str) -> Any:
    """The locale's currency pattern without its decimals ("¤#,##0")."""
    from babel.numbers import parse_pattern

    return parse_pattern(re.sub(r"\.[0#]+", "", _pattern(name).pattern))


def month_of(day: dt.date) -> dt.date:
    """The month an operational rate of exchange holds for, as its first day."""
    return day.replace(day=1)


def convert(amount: Decimal, from_per_usd: Decimal, to_per_usd: Decimal) -> Decimal:
    """An amount in one currency in another, to the cent, through the dollar as the UN
    operational rates of exchange are quoted (units of each currency per USD):
    amount x to / from. The spreadsheet export writes the same formula in this order."""
    if from_per_usd == to_per_usd:
        return cents(amount)
    return cents(amount * to_per_usd / from_per_usd)


@dataclass(frozen=True)
class Amount:
    """An amount inside a phrase, written in the reader's language (`format_amount`:
    "$157,974.00", "157 974,00 $US")."""

    value: Decimal
    currency: str

    def write(self, lang: str = "en") -> str:
        return format_amount(self.value, self.currency, lang)

    def __str__(self) -> str:
        return self.write()
