"""Shared strategies for the property tests: hostile text, money, dates.

Every importer, cell and printed document should meet the text of `unicode_text`:
any Unicode character but lone surrogates (which no file or widget can hold),
including control characters, right-to-left scripts and their bidi controls,
combining marks, emoji, and strings that look like markup, SQL, CSV formulas or
format strings, alone or mixed together.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import strategies as st

# Strings that have broken programs like this one.
HOSTILE = (
    "", " ", "\t", "\n", "\r\n", "\x00", "\x07", "\x1b[31m", "\x7f", "\u0085", "\u2028",
    "x<y", "<b>unclosed", "AT&T <R&D>", "</para>", "<para>", "<br/>", "&amp;", "&#0;", "&x;",
    "<![CDATA[", "]]>", "<script>alert(1)</script>", "{0}", "%s%d%n", "{{title}}", "\\",
    "=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1:A9)", "'; DROP TABLE plan; --", '"',
    "\u202eevil\u202c", "\u200f\u200e", "\u061c", "مرحبا بالعالم", "שלום עולם", "ادارة ١٢٣",
    "Здравствуйте", "Ελληνικά", "中文字符", "日本語テキスト", "한국어", "हिन्दी", "ไทย",
    "👩🏽‍⚕️", "🇺🇳", "e\u0301\u0301\u0301", "\u200b", "\ufeff", "\ufffd", "\uffff",
    "\U0010ffff", "İı", "ß", "ǅ", "ﬃ", "NaN", "Infinity", "-0", "1e999", "null", "None",
    "CON", "../../etc/passwd", "a" * 600,
)

CHARACTERS = st.characters(exclude_categories=("Cs",))


def unicode_text(min_size: int = 0, max_size: int = 80) -> st.SearchStrategy[str]:
    """Arbitrary text: hostile samples, random characters, and mixtures of both."""
    random_text = st.text(CHARACTERS, min_size=min_size, max_size=max_size)
    mixed = st.lists(st.one_of(st.sampled_from(HOSTILE), random_text), min_size=1,
                     max_size=4).map("".join)
    hostile = st.sampled_from([h for h in HOSTILE if len(h) >= min_size])
    return st.one_of(hostile, random_text, mixed)


def names() -> st.SearchStrategy[str]:
    """Text a person's or a meeting's name could hold: not blank."""
    return unicode_text(min_size=1).filter(lambda text: text.strip() != "")


def amounts(places: int = 2, maximum: int = 10**9) -> st.SearchStrategy[Decimal]:
    """Non-negative amounts with at most `places` decimal places."""
    return st.decimals(min_value=0, max_value=maximum, places=places,
                       allow_nan=False, allow_infinity=False)


def dates() -> st.SearchStrategy[dt.date]:
    return st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31))
