"""Travel per traveller and conversion at the UN operational rate: the rules on plain
values (domain/budget.py, domain/money.py, domain/budget_input.py)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from consult_desktop.domain import budget
from consult_desktop.domain.budget_input import (
    LINE_COLUMNS,
    match_columns,
    parse_currency,
    read_line_rows,
)
from consult_desktop.domain.money import convert, month_of


def test_a_traveller_arrives_the_day_before_and_stays_each_meeting_night():
    assert budget.arrival(dt.date(2017, 11, 2)) == dt.date(2017, 11, 1)
    assert budget.nights(dt.date(2017, 11, 2), dt.date(2017, 11, 3)) == 2
    assert budget.nights(dt.date(2017, 11, 3), None) == 1  # a one-day meeting
    assert budget.nights(None, None) is None


def test_the_dsa_rate_in_force_on_arrival_is_the_latest_effective_before_it():
    rates = [("Geneva", dt.date(2017, 1, 1), D("400")), ("Genève", dt.date(2017, 11, 2),
                                                         D("420")),
             ("Bern", dt.date(2017, 1, 1), D("300"))]
    assert budget.dsa_rate(rates, "GENEVA", dt.date(2017, 11, 1)) == D("400")
    assert budget.dsa_rate(rates, "Geneve", dt.date(2017, 11, 2)) == D("420")
    assert budget.dsa_rate(rates, "Geneva", dt.date(2016, 12, 31)) is None


def test_the_dsa_location_is_the_one_chosen_else_the_one_the_venue_names():
    assert budget.dsa_location("", "Palais des Nations, Geneva", ["Bern", "Geneva"]) == "Geneva"
    assert budget.dsa_location("Bern", "Palais des Nations, Geneva", ["Geneva"]) == "Bern"
    assert budget.dsa_location("", "Online", ["Geneva"]) == ""


def test_a_trip_is_ticket_plus_nights_times_dsa_plus_terminal_expenses():
    trip = budget.Trip(D("1000.00"), 2, D("400.00"), D("50.00"))
    assert (trip.subsistence, trip.amount) == (D("800.00"), D("1850.00"))
    assert budget.Trip(D("1000.00"), 2, None, D("0")).amount == D("1000.00")


def test_conversion_goes_through_the_dollar_to_the_cent():
    assert convert(D("1900.00"), D("0.95"), D("1")) == D("2000.00")
    assert convert(D("100.00"), D("0.968"), D("1")) == D("103.31")  # 103.305... up
    assert convert(D("100.00"), D("1"), D("0.851")) == D("85.10")  # USD to EUR
    assert month_of(dt.date(2017, 11, 23)) == dt.date(2017, 11, 1)


def test_a_line_without_a_rate_counts_nothing_never_one_to_one():
    line = budget.Line("rooms", D(2), D("950"), per_usd=None)
    assert (line.own_amount, line.amount) == (D("1900.00"), D("0.00"))
    converted = budget.Line("rooms", D(2), D("950"), per_usd=D("0.95"))
    assert budget.totals([line, converted]).subtotal == D("2000.00")


def test_currency_codes_are_three_letters():
    assert parse_currency(" chf ") == "CHF"
    with pytest.raises(ValueError, match="not a three-letter code"):
        parse_currency("Swiss francs")


def test_rows_read_by_header_or_in_the_columns_order():
    headers = ["Funding source", "Unit cost", "Quantity", "Category", "Currency"]
    found = match_columns(headers, LINE_COLUMNS)
    lines, problems = read_line_rows([(2, ["", "100", "2", "rooms and equipment", "usd"])],
                                     found, "USD", [])
    assert problems == []
    (line,) = lines
    assert (line.category, line.quantity, line.unit_cost, line.currency, line.unit,
            line.multiplier) == ("rooms", D(2), D(100), None, "lump_sum", D(1))
