"""Numbers as officers type them, in English and in French."""

from __future__ import annotations

from decimal import Decimal

import pytest

from consult_desktop.domain.money import format_amount, parse_decimal

TYPED = [
    ("158000", "158000"),
    ("158'000", "158000"),
    ("158 000", "158000"),
    ("158,000", "158000"),
    ("158,000.50", "158000.50"),
    ("1,234,567.5", "1234567.5"),
    ("1 234,50", "1234.50"),       # French: a decimal comma
    ("1\u202f234,5", "1234.5"),    # French with a narrow no-break space
    ("158.000,50", "158000.50"),   # a point for thousands, a comma for decimals
    ("1.234.567", "1234567"),
    ("0,13", "0.13"),
    ("0,006", "0.006"),            # no thousands start with a zero
    ("1 234,567", "1234.567"),     # nor with four digits
    ("12.5", "12.5"),
    ("-3", "-3"),
]


@pytest.mark.parametrize(("typed", "meant"), TYPED)
def test_typed_numbers_mean_what_the_person_meant(typed, meant):
    assert parse_decimal(typed) == Decimal(meant)


@pytest.mark.parametrize("typed", ["", "  ", "abc", "1,2,3.4.5", "NaN", "Infinity"])
def test_what_is_not_a_number_is_refused_with_a_message(typed):
    with pytest.raises(ValueError, match="number"):
        parse_decimal(typed)


@pytest.mark.parametrize(("value", "currency", "locale", "style", "written"), [
    ("157974.00", "USD", "en", "symbol", "$157,974"),
    ("18173.50", "USD", "en", "symbol", "$18,174"),      # halves up, as the budget table
    ("2001.49", "USD", "en", "number", "2,001"),
    ("-1234.50", "EUR", "en", "symbol", "-€1,235"),
    ("23425", "CHF", "en", "code", "23,425 CHF"),
    ("157974.00", "EUR", "fr", "symbol", "157\u202f974\u00a0€"),
    ("157974.00", "RUB", "ru", "symbol", "157\u00a0974\u00a0₽"),
])
def test_whole_amounts_as_un_documents_write_them(value, currency, locale, style, written):
    assert format_amount(Decimal(value), currency, locale, style, whole=True) == written


def test_a_sum_in_french_or_russian_text_has_no_break_spaces_and_the_currency_named():
    from decimal import Decimal

    from consult_desktop.domain.money import format_amount

    assert format_amount(Decimal("158000"), "USD", "fr", "words") == "158\u00a0000\u00a0dollars"
    assert format_amount(Decimal("158000"), "USD", "ru", "words") == \
        "158\u00a0000\u00a0долл.\u00a0США"
    assert format_amount(Decimal("158000"), "USD", "en", "words") == "$158,000"
    assert format_amount(Decimal("157974.50"), "USD", "fr", "figure") == "157\u00a0975"
    assert format_amount(Decimal("1234.5"), "EUR", "fr", "words") == "1\u00a0234,50\u00a0euros"
