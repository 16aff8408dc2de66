"""Budget arithmetic on any lines: totals add up, to the cent, in any order."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from consult_desktop.domain import vocab
from consult_desktop.domain.budget import Line, totals
from tests.property.limits import examples
from tests.property.strategies import amounts

SOURCES = ("Extrabudgetary", "Regular budget", "Donor", "")

lines = st.builds(
    Line,
    category=st.sampled_from(vocab.codes(vocab.BUDGET_CATEGORIES)),
    quantity=amounts(places=3, maximum=10**6),
    unit_cost=amounts(places=2, maximum=10**7),
    multiplier=amounts(places=3, maximum=1000),
    psc_rate=amounts(places=4, maximum=1),
    psc_applies=st.booleans(),
    source=st.sampled_from(SOURCES),
    actual=st.none() | amounts(),
)


def _is_cents(value: Decimal) -> bool:
    return value == value.quantize(Decimal("0.01"))


@examples(600)
@given(st.lists(lines, max_size=30))
def test_the_totals_add_up_to_the_cent(budget):
    result = totals(budget)
    assert result.subtotal == sum((line.amount for line in budget), Decimal(0))
    assert result.subtotal == sum(result.by_category.values(), Decimal(0))
    assert result.psc == sum(result.psc_by_source.values(), Decimal(0))
    assert result.total == result.subtotal + result.psc
    assert sum(result.by_source.values(), Decimal(0)) == result.total
    assert result.variance == result.total - sum(
        (line.actual for line in budget if line.actual is not None), Decimal(0))
    for value in (result.subtotal, result.psc, *result.by_category.values(),
                  *result.psc_by_source.values()):
        assert _is_cents(value) and value >= 0


@examples(400)
@given(st.lists(lines, max_size=30), st.randoms(use_true_random=False))
def test_the_order_of_the_lines_does_not_matter(budget, random):
    shuffled = list(budget)
    random.shuffle(shuffled)
    assert totals(shuffled) == totals(budget)


@examples(400)
@given(st.lists(lines, max_size=30))
def test_psc_is_the_rate_of_each_source_on_its_lines_rounded_once(budget):
    result = totals(budget)
    for source in SOURCES:
        bases: dict[Decimal, Decimal] = {}
        for line in budget:
            if line.source == source and line.psc_applies:
                bases[line.psc_rate] = bases.get(line.psc_rate, Decimal(0)) + line.amount
        exact = sum((base * rate for rate, base in bases.items()), Decimal(0))
        # Each rate's share is rounded once, so the error is half a cent per rate at most.
        error = abs(result.psc_by_source.get(source, Decimal(0)) - exact)
        assert error <= Decimal("0.005") * len(bases)


@examples(300)
@given(st.lists(lines, max_size=30))
def test_lines_without_psc_carry_none(budget):
    free = [Line(line.category, line.quantity, line.unit_cost, line.multiplier,
                 line.psc_rate, False, line.source) for line in budget]
    assert totals(free).psc == 0
    assert totals(free).subtotal == totals(budget).subtotal
