"""Money as Decimal, end to end: never float."""

from __future__ import annotations

import functools
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

CENT = Decimal("0.01")
ZERO = Decimal("0.00")


def cents(value: Decimal) -> Decimal:
    """Round to the cent, halves away from zero, as a ledger does."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def parse_decimal(text: str) -> Decimal:
    """Read a number typed by a person: spaces, apostrophes and commas as thousands
    separators are allowed ("158'000", "158 000", "158,000.50"). Raises ValueError
    with a message fit to show."""
    cleaned = text.strip().replace("\u00a0", "").replace("\u202f", "")
    for sep in (" ", "'", "\u2019", ","):
        cleaned = cleaned.replace(sep, "")
    if not cleaned:
        raise ValueError("a number is required")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(f"{text.strip()!r} is not a number") from None
    if not value.is_finite():
        raise ValueError(f"{text.strip()!r} is not a number")
    return value


def format_amount(value: Decimal, currency: str, locale: str = "en") -> str:
    """An amount with its currency and the locale's digit grouping."""
    return _formatted(value, value.is_signed(), currency, locale)


@functools.lru_cache(maxsize=8192)
def _formatted(value: Decimal, signed: bool, currency: str, locale: str) -> str:
    # Equal amounts of one sign print alike (rounded to the currency's digits; -0 keeps
    # its sign), so a cache keyed on them is safe; tables ask for the same cells many
    # times (~0.15 ms a call).
    return _pattern(locale).apply(value, _locale(locale), currency=currency)


@functools.cache
def _locale(name: str) -> Any:
    from babel.core import Locale

    return Locale.parse(name)


@functools.cache
def _pattern(name: str) -> Any:
    return _locale(name).currency_formats["standard"]
