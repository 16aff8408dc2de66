"""Column types that keep Decimal exact in SQLite, which has no decimal type.

A value is stored as an integer count of its smallest unit (cents for money,
thousandths for quantities, hundredths of a percent for rates, millionths for
exchange rates), so CHECK
constraints and sorting work on numbers and nothing passes through a float.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, Integer
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator, TypeEngine

SQLITE_MAX_INTEGER = 2**63 - 1  # and PostgreSQL's BIGINT


class ScaledDecimal(TypeDecorator[Decimal]):
    """A Decimal with a fixed number of places, stored as a scaled integer."""

    impl = Integer
    cache_ok = True

    def __init__(self, places: int) -> None:
        super().__init__()
        self.places = places
        self._scale = Decimal(10) ** places
        self._quantum = Decimal(1).scaleb(-places)

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        # PostgreSQL's INTEGER is 32-bit ($21 million in cents): BIGINT there (0003).
        if dialect.name == "postgresql":
            return dialect.type_descriptor(BigInteger())
        return dialect.type_descriptor(Integer())

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if not isinstance(value, Decimal | int):
            raise TypeError(f"expected Decimal, got {type(value).__name__}")
        scaled = Decimal(value) * self._scale
        if scaled != scaled.to_integral_value():
            raise ValueError(f"{value} has more than {self.places} decimal places")
        if abs(scaled) > SQLITE_MAX_INTEGER:  # sqlite3 would raise OverflowError
            raise ValueError(f"{value} is too large to store")
        return int(scaled)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return (Decimal(int(value)) / self._scale).quantize(self._quantum)


def Money() -> ScaledDecimal:
    return ScaledDecimal(2)


def Quantity() -> ScaledDecimal:
    return ScaledDecimal(3)


def Rate() -> ScaledDecimal:
    return ScaledDecimal(4)


def UnitsPerDollar() -> ScaledDecimal:
    """Units of a currency per United States dollar, to the millionth (0006): the UN
    operational rates give up to six significant digits ("0.968", "66.325")."""
    return ScaledDecimal(6)
