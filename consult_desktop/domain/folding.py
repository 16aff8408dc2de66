"""Accent folding: the one way the program compares, searches and sorts text without
regard to case or accents ("Élodie" ~ "elodie", "Åland" files under A).

`fold` keeps punctuation (searching "o'brien" finds "O'Brien"); `fold_words` also turns
every run of punctuation and spaces into one space, for matching what people type
against a known name or heading ("Côte d'Ivoire" ~ "cote d ivoire").
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

# Combining marks of the Latin, Greek and Cyrillic scripts (and the general blocks).
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_NON_WORD = re.compile(r"[\W_]+")


def fold(text: str) -> str:
    """Lower case without accents: "Élodie" -> "elodie". Й and Ё lose their marks too
    (Cyrillic sorts and searches as people type it without them)."""
    if text.isascii():
        return text.lower()
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text.casefold()))


def fold_words(text: str) -> str:
    """`fold`, with punctuation (and _) reduced to single spaces, trimmed."""
    return _NON_WORD.sub(" ", fold(text)).strip()


def sort_key(text: str) -> str:
    """The key of alphabetical order: folded, so "Élodie" sorts among the Es."""
    return fold(text)


def order_key(text: str, lang: str = "en") -> tuple[object, ...]:
    """Where `text` stands in an alphabetical list written in `lang`. English keeps the
    folded order; French and Russian follow the Unicode Collation Algorithm (pyuca's
    default table, which orders "Bélarus" before "Belgique" and "États-Unis" among the
    Es, as French dictionaries do; plain code-point order gets both wrong)."""
    if lang == "en":
        return (fold(text),)
    return (_collator().sort_key(text), text)


_COLLATOR: list[object] = []


def _collator() -> Any:
    """pyuca's collator, built on first use (~80 ms to read its table)."""
    if not _COLLATOR:
        import pyuca

        _COLLATOR.append(pyuca.Collator())
    return _COLLATOR[0]
