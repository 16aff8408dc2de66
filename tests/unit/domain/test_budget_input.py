"""What may be typed into a budget cell, and what the refusal says."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from consult_desktop.domain.budget_input import (
    parse_actual,
    parse_multiplier,
    parse_quantity,
    parse_rate_percent,
    parse_unit_cost,
)


def test_typed_numbers_with_grouping_are_read_exactly():
    assert parse_unit_cost("14,500") == D("14500")
    assert parse_unit_cost("158'000.50") == D("158000.50")
    assert parse_quantity(" 2.5 ") == D("2.5")
    assert parse_multiplier("2") == D(2)
    assert parse_rate_percent("13") == D("0.13")
    assert parse_rate_percent("7.5") == D("0.075")


def test_the_limits_are_inclusive():
    assert parse_quantity("1000000") == D(1_000_000)
    assert parse_unit_cost("1,000,000,000") == D(1_000_000_000)


@pytest.mark.parametrize(("parse", "text", "reason"), [
    (parse_quantity, "abc", "Quantity: 'abc' is not a number"),
    (parse_quantity, "", "Quantity: a number is required"),
    (parse_quantity, "-1", "Quantity cannot be negative"),
    (parse_quantity, "1000001", "Quantity cannot be more than 1,000,000"),
    (parse_quantity, "1.0005", "Quantity can have at most 3 decimal places"),
    (parse_unit_cost, "1000000000.01", "Unit cost cannot be more than 1,000,000,000"),
    (parse_unit_cost, "-0.01", "Unit cost cannot be negative"),
    (parse_unit_cost, "0.335", "Unit cost can have at most 2 decimal places"),
    (parse_unit_cost, "NaN", "Unit cost: 'NaN' is not a number"),
    (parse_actual, "-5", "Actual cannot be negative"),
    (parse_rate_percent, "101", "PSC rate cannot be more than 100"),
])
def test_bad_input_is_refused_with_the_reason(parse, text, reason):
    with pytest.raises(ValueError) as refused:
        parse(text)
    assert str(refused.value) == reason


def test_an_empty_actual_means_none_recorded():
    assert parse_actual("  ") is None
    assert parse_actual("1,200.50") == D("1200.50")
