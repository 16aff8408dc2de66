"""Budget arithmetic, checked by hand."""

from __future__ import annotations

from decimal import Decimal as D

from hypothesis import given
from hypothesis import strategies as st

from consult_desktop.domain.budget import Line, cost_per_participant, totals, travel_figures


def test_line_amount_rounds_to_the_cent_half_up():
    assert Line("other", D("3"), D("0.335")).amount == D("1.01")  # 1.005 -> 1.01
    assert Line("other", D("2"), D("100"), D("1.5")).amount == D("300.00")


def test_psc_follows_each_lines_funding_source():
    lines = [
        Line("consultants", D(1), D(10000), psc_rate=D("0.13"), source="XB"),
        Line("interpretation", D(3), D(3100), psc_rate=D(0), source="RB"),
        Line("rooms", D(1), D(1000), psc_rate=D("0.13"), psc_applies=False, source="XB"),
    ]
    result = totals(lines)
    assert result.subtotal == D("20300.00")
    assert result.psc == D("1300.00")
    assert result.total == D("21600.00")
    assert result.by_source == {"XB": D("12300.00"), "RB": D("9300.00")}


def test_an_option_with_no_lines_costs_nothing():
    result = totals([])
    assert (result.subtotal, result.psc, result.total) == (D(0), D(0), D(0))


def test_psc_is_rounded_once_per_source_not_per_line():
    # Three lines of 0.05 at 13%: per line 0.0065 -> 0.01 each (0.03); on the sum 0.15
    # -> 0.0195 -> 0.02. The PSC line is the per-source figure.
    lines = [Line("other", D(1), D("0.05"), psc_rate=D("0.13"), source="XB") for _ in range(3)]
    assert totals(lines).psc == D("0.02")


def test_an_option_funded_from_several_sources():
    lines = [
        Line("consultants", D(2), D(11000), psc_rate=D("0.13"), source="XB",
             source_kind="extrabudgetary"),
        Line("staff_travel", D(1), D(2500), psc_rate=D("0.07"), source="Donor",
             source_kind="other"),
        Line("interpretation", D(3), D(3100), psc_rate=D(0), source="RB",
             source_kind="regular_budget"),
        Line("rooms", D(1), D(500)),  # no source yet: no PSC, not funded
    ]
    result = totals(lines)
    assert result.subtotal == D("34300.00")  # 22,000 + 2,500 + 9,300 + 500
    assert result.psc_by_source == {"XB": D("2860.00"), "Donor": D("175.00")}
    assert result.total == D("37335.00")
    assert result.by_source == {"XB": D("24860.00"), "Donor": D("2675.00"),
                                "RB": D("9300.00"), "": D("500.00")}
    # Everything but the regular budget is still to be found: 24,860 + 2,675 + 500.
    assert result.unfunded == D("28035.00")


def test_actual_spending_and_variance():
    lines = [Line("consultants", D(1), D(1000), actual=D("1200.50")),
             Line("rooms", D(1), D(300))]
    result = totals(lines)
    assert result.actual == D("1200.50")
    assert result.variance == D("99.50")


def test_cost_per_participant_rounds_to_the_cent_and_needs_a_count():
    assert cost_per_participant(D("157974.00"), 120) == D("1316.45")
    assert cost_per_participant(D("100.00"), 3) == D("33.33")
    assert cost_per_participant(D("100.00"), None) is None
    assert cost_per_participant(D("100.00"), 0) is None


def test_travel_figures_follow_the_rule():
    stored = (D(20), D(2100), D(1))
    assert travel_figures("fixed", *stored, 2, D("3250")) == stored
    assert travel_figures("per_trip", *stored, 2, D("3250")) == (D(2), D(2100), D(1))
    assert travel_figures("approved_sum", *stored, 2, D("3250")) == (D(1), D("3250"), D(1))
    assert Line("participant_travel", *travel_figures("per_trip", *stored, 0, D(0))).amount == 0


amounts = st.decimals(min_value=0, max_value=1_000_000, places=2, allow_nan=False,
                      allow_infinity=False)
quantities = st.decimals(min_value=0, max_value=1000, places=3, allow_nan=False,
                         allow_infinity=False)
sources = st.sampled_from([("XB", D("0.13"), "extrabudgetary"), ("RB", D(0), "regular_budget"),
                           ("Donor", D("0.07"), "other"), ("", D(0), "")])


@given(st.lists(st.tuples(quantities, amounts, sources, st.booleans()), max_size=30))
def test_the_totals_always_add_up(rows):
    lines = [Line("other", q, cost, psc_rate=rate, psc_applies=applies, source=name,
                  source_kind=kind)
             for q, cost, (name, rate, kind), applies in rows]
    result = totals(lines)
    assert result.subtotal == sum((line.amount for line in lines), D(0))
    assert result.total == result.subtotal + result.psc
    assert sum(result.by_source.values(), D(0)) == result.total
    assert sum(result.psc_by_source.values(), D(0)) == result.psc
    assert 0 <= result.unfunded <= result.total
    for value in (result.subtotal, result.psc, result.total):
        assert value == value.quantize(D("0.01"))


def test_a_new_line_is_funded_by_the_options_main_source_else_the_plans():
    from consult_desktop.domain.budget import main_source, psc_counts

    option = [(1, D("100")), (2, D("900")), (None, D("5000"))]
    plan = [(3, D("50000"))]
    assert main_source(option, plan, [1, 2, 3]) == 2  # the largest amount, not "(none)"
    assert main_source([], plan, [1, 2, 3]) == 3
    assert main_source([(None, D("1"))], [], [4, 5]) == 4
    assert main_source(option, plan, [7]) == 7  # sources since removed are ignored
    assert main_source([], [], []) is None
    assert psc_counts(D("0.13")) and not psc_counts(D("0")) and not psc_counts(None)
