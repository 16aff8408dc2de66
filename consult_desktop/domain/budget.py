"""Budget arithmetic on plain values: line amounts, programme support costs, totals.

Each line's amount is rounded to the cent; PSC is computed per funding source on
the sum of that source's lines that carry PSC, then rounded, so the printed PSC
line equals the sum of the per-source figures.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from consult_desktop.domain.dates import Day
from consult_desktop.domain.folding import fold_words
from consult_desktop.domain.money import ZERO, cents, convert
from consult_desktop.domain.phrases import Hint, Phrase, phrase

# Funding that the organisation already has: lines on other sources (extrabudgetary,
# other) or on none are money still to be found, the "amount not yet funded".
FUNDED_KINDS = frozenset({"regular_budget", "existing_resources"})


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
    source_kind: str = ""  # the funding source's kind; "" when the line has none
    # A line in another currency than the plan's: the units of its currency and of the
    # plan's per USD at the line's month. `per_usd` None: no rate known, the line
    # counts nothing (and says so), never 1:1.
    per_usd: Decimal | None = Decimal(1)
    plan_per_usd: Decimal = Decimal(1)

    @property
    def own_amount(self) -> Decimal:
        """quantity x unit cost x days, in the line's own currency."""
        return cents(self.quantity * self.unit_cost * self.multiplier)

    @property
    def amount(self) -> Decimal:
        """In the plan's currency."""
        if self.per_usd is None:
            return ZERO
        return convert(self.own_amount, self.per_usd, self.plan_per_usd)


@dataclass(frozen=True)
class Totals:
    by_category: dict[str, Decimal] = field(default_factory=dict)
    subtotal: Decimal = ZERO
    psc: Decimal = ZERO
    psc_by_source: dict[str, Decimal] = field(default_factory=dict)
    by_source: dict[str, Decimal] = field(default_factory=dict)  # including its PSC
    actual: Decimal = ZERO
    unfunded: Decimal = ZERO  # including its PSC; see FUNDED_KINDS

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
    kinds: dict[str, str] = {}
    for line in lines:
        by_category[line.category] += line.amount
        by_source[line.source] += line.amount
        kinds[line.source] = line.source_kind
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
        unfunded=sum(
            (amount for source, amount in by_source.items()
             if kinds.get(source, "") not in FUNDED_KINDS),
            ZERO,
        ),
    )


def cost_per_participant(total: Decimal, participants: int | None) -> Decimal | None:
    """The total shared by the expected participants, to the cent; None when unknown."""
    if not participants:
        return None
    return cents(total / participants)


def travel_figures(
    rule: str, quantity: Decimal, unit_cost: Decimal, multiplier: Decimal,
    travellers: int, approved_sum: Decimal,
) -> tuple[Decimal, Decimal, Decimal]:
    """The (quantity, unit cost, multiplier) a participants' travel line counts with.

    "fixed" keeps the line's own figures; "per_trip" counts the participants approved
    for funded travel at the line's average cost per trip; "approved_sum" is the sum
    of their approved amounts, as one lump. The stored figures are kept, so switching
    back to "fixed" restores them.
    """
    if rule == "per_trip":
        return Decimal(travellers), unit_cost, multiplier
    if rule == "approved_sum":
        return Decimal(1), approved_sum, Decimal(1)
    return quantity, unit_cost, multiplier


Funded = Iterable[tuple[int | None, Decimal]]  # (funding source id, amount) of lines


def _largest(funded: Funded) -> int | None:
    amounts: dict[int, Decimal] = {}
    for source, amount in funded:
        if source is not None:
            amounts[source] = amounts.get(source, ZERO) + amount
    return max(amounts, key=lambda source: amounts[source], default=None)


def main_source(option: Funded, plan: Funded, sources: Sequence[int]) -> int | None:
    """The funding source a new line of an option starts with: the one funding most of
    the option's lines, else most of the plan's, else the plan's first source; None
    only when the plan has no source."""
    known = set(sources)
    for funded in (option, plan):
        found = _largest((s, a) for s, a in funded if s in known)
        if found is not None:
            return found
    return sources[0] if sources else None


def psc_counts(rate: Decimal | None) -> bool:
    """Whether a line's PSC box means anything: only a source with a rate charges PSC."""
    return bool(rate)


# ----- travel per traveller -------------------------------------------------------


def arrival(first_day: dt.date) -> dt.date:
    """A traveller arrives the day before the meeting opens."""
    return first_day - dt.timedelta(days=1)


def nights(first_day: dt.date | None, last_day: dt.date | None) -> int | None:
    """The nights a traveller stays: from the day before the first day to the last
    day (a one-day meeting: one night); None without the meeting's days."""
    if first_day is None:
        return None
    return ((last_day or first_day) - arrival(first_day)).days


@dataclass(frozen=True)
class Trip:
    """One traveller's travel support: ticket + nights x DSA + terminal expenses, all
    in the plan's currency; `dsa` None when no rate is known."""

    ticket: Decimal
    nights: int
    dsa: Decimal | None
    terminal: Decimal

    @property
    def subsistence(self) -> Decimal:
        return cents(self.nights * (self.dsa or ZERO))

    @property
    def amount(self) -> Decimal:
        return self.ticket + self.subsistence + self.terminal


def dsa_rate(rates: Iterable[tuple[str, dt.date, Decimal]], location: str,
             on: dt.date) -> Decimal | None:
    """The DSA rate (location, effective date, rate) in force at `location` on a day:
    the latest that took effect on or before it. Locations compare without case,
    accents or punctuation; None when the table has none."""
    wanted = fold_words(location)
    found = [(effective, rate) for place, effective, rate in rates
             if fold_words(place) == wanted and effective <= on]
    return max(found)[1] if found else None


def dsa_location(chosen: str, venue: str, locations: Iterable[str]) -> str:
    """The location whose DSA travellers get: the one chosen, else the table's location
    named in the venue ("Palais des Nations, Geneva": "Geneva"); "" when neither."""
    if chosen.strip():
        return chosen.strip()
    words = f" {fold_words(venue)} "
    named = [place for place in locations if f" {fold_words(place)} " in words]
    return max(named, key=len, default="")


# Where the rates of exchange come from: the command line's command, the window's button.
EXCHANGE_HINT = Hint("rates PLAN --import-exchange",
                     phrase("import it or type it with Rates… on the Budget tab"))
DSA_HINT = Hint("rates PLAN --import-dsa",
                phrase("import it with Rates… on the Budget tab"))


def no_rate(currency: str, plan_currency: str, month: dt.date | None,
            currency_known: bool) -> Phrase:
    """Why a line in `currency` cannot be converted to the plan's currency: no month
    to take the rate at, or no rate of exchange that month for the line's currency
    (`currency_known` False) or else for the plan's."""
    if month is None:
        return phrase("no month chosen for the rate of exchange of {currency}"
                      " (and the meeting has no dates)", currency=currency)
    code = plan_currency if currency_known else currency
    return phrase("no rate of exchange for {code} in {month} ({hint})", code=code,
                  month=Day(month, "month_and_year"), hint=EXCHANGE_HINT)


def trip_problem(nights_known: bool, dsa_known: bool, location: str,
                 arrival: dt.date | None, currency: str) -> Phrase:
    """Why a traveller's trip by ticket cannot be costed: no nights (the meeting has no
    days), no DSA rate (no location, or none for it on the day of arrival), or no rate
    of exchange for the plan's `currency` to convert the DSA (in dollars)."""
    if not nights_known:
        return phrase("no nights: the meeting has no dates")
    if not dsa_known and not location:
        return phrase("no DSA location: name it in Plan details, or import the DSA table"
                      " of the venue's city ({hint})", hint=DSA_HINT)
    if not dsa_known and arrival is None:
        return phrase("no DSA rate for {location} ({hint})", location=location,
                      hint=DSA_HINT)
    if not dsa_known and arrival is not None:
        return phrase("no DSA rate for {location} on {day} ({hint})", location=location,
                      day=Day(arrival, "long_date"), hint=DSA_HINT)
    return phrase("no rate of exchange for {currency} to convert the DSA ({hint})",
                  currency=currency, hint=EXCHANGE_HINT)
