"""Budget arithmetic, checked by hand."""

from __future__ import annotations

from decimal import Decimal as D

from consult_desktop.domain.budget import Line, totals


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
