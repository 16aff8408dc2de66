"""Money typed by a person: any text gives a number or a clear refusal, never a
crash, and every amount the program writes reads back exactly."""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal

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
    """The amount's digits, rounded to the currency's (XOF has none), its sign, and the
    currency's symbol or code: what a reader needs to take the amount right."""
    from babel.numbers import get_currency_precision, get_currency_symbol

    text = format_amount(value, currency, locale)
    places = get_currency_precision(currency)
    rounded = value.quantize(Decimal(1).scaleb(-places), ROUND_HALF_EVEN)
    digits = "".join(ch for ch in text if ch.isdigit())
    assert int(digits) == int(abs(rounded).scaleb(places)), text
    assert any(mark in text for mark in "-\u2212") == (rounded < 0), text
    assert get_currency_symbol(currency, locale) in text or currency in text, text


@examples(300)
@given(MONEY, st.sampled_from(sorted(EN_SYMBOLS)))
def test_the_three_styles_write_the_same_amount(value, currency):
    """"$3,250.00", "3,250.00 USD", "3,250.00": one number, read back to the cent."""
    number = format_amount(value, currency, style="number")
    assert format_amount(value, currency, style="code") == f"{number} {currency}"
    assert format_amount(value, currency).endswith(number.lstrip("-"))
    assert parse_decimal(number) == value.quantize(Decimal("0.01"), ROUND_HALF_EVEN)


@examples(400)
@given(st.decimals(min_value=-(10**11), max_value=10**11, places=4, allow_nan=False,
                   allow_infinity=False), st.sampled_from(sorted(EN_SYMBOLS)))
def test_english_amounts_are_written_as_babel_writes_them(value, currency):
    """Amounts in English skip Babel's locale data: they must read exactly as Babel's."""
    from babel.core import Locale

    english = Locale.parse("en")
    expected = english.currency_formats["standard"].apply(value, english, currency=currency)
    assert format_amount(value, currency) == expected


@examples(300)
@given(MONEY, st.sampled_from(["USD", "EUR", "CHF", "XOF"]), st.sampled_from(["en", "fr", "ru"]))
def test_whole_amounts_are_the_amount_rounded_half_up_in_every_style(value, currency, locale):
    """"$157,974": no cents, the unit the budget table rounds its cells to, its sign."""
    from decimal import ROUND_HALF_UP

    rounded = value.quantize(Decimal(1), ROUND_HALF_UP)
    for style in ("symbol", "code", "number"):
        text = format_amount(value, currency, locale, style, whole=True)
        assert int("".join(ch for ch in text if ch.isdigit())) == abs(rounded), text
        assert any(mark in text for mark in "-\u2212") == (rounded < 0), text
