"""Checking what a person types into a budget cell, with messages that say why.

Each parser takes the typed text and returns a Decimal, or raises ValueError with a
sentence fit to show beside the cell. Nothing is rounded silently: a figure with more
places than the plan keeps is refused, not changed.
"""

from __future__ import annotations

from decimal import Decimal

from consult_desktop.domain.money import parse_decimal

MAX_QUANTITY = Decimal(1_000_000)
MAX_UNIT_COST = Decimal(1_000_000_000)
MAX_MULTIPLIER = Decimal(10_000)
MAX_RATE_PERCENT = Decimal(100)


def _check(text: str, what: str, limit: Decimal, places: int) -> Decimal:
    try:
        value = parse_decimal(text)
    except ValueError as error:
        raise ValueError(f"{what}: {error}") from None
    if value < 0:
        raise ValueError(f"{what} cannot be negative")
    if value > limit:
        raise ValueError(f"{what} cannot be more than {limit:,}")
    if value != value.quantize(Decimal(1).scaleb(-places)):
        raise ValueError(f"{what} can have at most {places} decimal places")
    return value


def parse_quantity(text: str) -> Decimal:
    return _check(text, "Quantity", MAX_QUANTITY, 3)


def parse_unit_cost(text: str) -> Decimal:
    return _check(text, "Unit cost", MAX_UNIT_COST, 2)


def parse_multiplier(text: str) -> Decimal:
    return _check(text, "Days or multiplier", MAX_MULTIPLIER, 3)


def parse_actual(text: str) -> Decimal | None:
    """Actual spending: an empty cell means none recorded yet."""
    if not text.strip():
        return None
    return _check(text, "Actual", MAX_UNIT_COST, 2)


def parse_rate_percent(text: str) -> Decimal:
    """A PSC rate typed in percent ("13", "7.5") as a fraction (0.13, 0.075)."""
    return _check(text, "PSC rate", MAX_RATE_PERCENT, 2) / 100
