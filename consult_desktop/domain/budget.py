"""Budget arithmetic on plain values: line amounts, programme support costs, totals.

Each line's amount is rounded to the cent; PSC is computed per funding source on
the sum of that source's lines that carry PSC, then rounded, so the printed PSC
line equals the sum of the per-source figures.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from consult_desktop.domain.money import ZERO, cents


@dataclass(frozen=True)
class Line:
    category: str
    quantity: Decimal
    unit_cost: Decimal
    multiplier: Decimal = Decimal(1)
    psc_rate: Decimal = ZERO  # the rate of the line's funding source
    psc_applies: bool = True
    source: str = ""
    actual: Decimal | None = None

    @property
    def amount(self) -> Decimal:
        return cents(self.quantity * self.unit_cost * self.multiplier)


@dataclass(frozen=True)
class Totals:
    by_category: dict[str, Decimal] = field(default_factory=dict)
    subtotal: Decimal = ZERO
    psc: Decimal = ZERO
    psc_by_source: dict[str, Decimal] = field(default_factory=dict)
    by_source: dict[str, Decimal] = field(default_factory=dict)  # including its PSC
    actual: Decimal = ZERO

    @property
    def total(self) -> Decimal:
        return self.subtotal + self.psc

    @property
    def variance(self) -> Decimal:
        """Planned total less actual spending (positive: under budget)."""
        return self.total - self.actual


def totals(lines: list[Line]) -> Totals:
    by_category: dict[str, Decimal] = defaultdict(lambda: ZERO)
    by_source: dict[str, Decimal] = defaultdict(lambda: ZERO)
    psc_base: dict[tuple[str, Decimal], Decimal] = defaultdict(lambda: ZERO)
    actual = ZERO
    for line in lines:
        by_category[line.category] += line.amount
        by_source[line.source] += line.amount
        if line.psc_applies and line.psc_rate:
            psc_base[(line.source, line.psc_rate)] += line.amount
        if line.actual is not None:
            actual += line.actual
    psc_by_source: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for (source, rate), base in psc_base.items():
        psc_by_source[source] += cents(base * rate)
    for source, psc in psc_by_source.items():
        by_source[source] += psc
    return Totals(
        by_category=dict(by_category),
        subtotal=sum(by_category.values(), ZERO),
        psc=sum(psc_by_source.values(), ZERO),
        psc_by_source=dict(psc_by_source),
        by_source=dict(by_source),
        actual=actual,
    )
