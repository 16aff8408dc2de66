"""Money typed by a person: any text gives a number or a clear refusal, never a
crash, and every amount the program writes reads back exactly."""

from __future__ import annotations

from babel.numbers import format_decimal
from hypothesis import given
from hypothesis import strategies as st

from consult_desktop.domain.money import EN_SYMBOLS, cents, format_amount, parse_decimal
from tests.property.limits import examples
from tests.property.strategies import unicode_text

MONEY = st.decimals(min_value=-(10**11), max_value=10**11, places=2, allow_nan=False,
                    allow_infinity=False)


@examples(800)
@given(unicode_text())
def test_any_text_is_a_finite_number_or_a_clear_refusal(text):
    try:
        value = parse_decimal(text)
    except ValueError as error:
        message = str(error)
        # The text is quoted with repr, so invisible and control characters show.
        assert message == "a number is required" or repr(text.strip()) in message
    else:
        assert value.is_finite()
        cents(value)  # fit for the budget's arithmetic


@examples(400)
@given(MONEY, st.sampled_from(["en", "en_IN", "de_CH"]))
def test_amounts_written_with_grouping_read_back_exactly(value, locale):
    written = format_decimal(value, format="#,##0.00", locale=locale)
    assert parse_decimal(written) == value
    assert parse_decimal(f"  {value:,}\u00a0") == value


@examples(300)
@given(MONEY, st.sampled_from(["USD", "EUR", "CHF", "RUB", "XOF"]), st.sampled_from(
    ["en", "fr", "ru", "ar"]))
def test_any_amount_formats_with_its_currency(value, currency, locale):
    text = format_amount(value, currency, locale)
    assert text and any(ch.isdigit() for ch in text)


@examples(400)
@given(st.decimals(min_value=-(10**11), max_value=10**11, places=4, allow_nan=False,
                   allow_infinity=False), st.sampled_from(sorted(EN_SYMBOLS)))
def test_english_amounts_are_written_as_babel_writes_them(value, currency):
    """Amounts in English skip Babel's locale data: they must read exactly as Babel's."""
    from babel.core import Locale

    english = Locale.parse("en")
    expected = english.currency_formats["standard"].apply(value, english, currency=currency)
    assert format_amount(value, currency) == expected
