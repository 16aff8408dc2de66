"""A number of things, the noun agreeing with it: "1 day", "2 days", "1,200 participants".

The one owner of plurals in what the program shows and prints: nowhere "1 days".
"""

from __future__ import annotations


def noun(number: int, singular: str, plural: str = "") -> str:
    """The noun that agrees with `number`: `plural` (else the singular and "s") unless
    the number is one."""
    return singular if number == 1 else plural or f"{singular}s"


def count(number: int, singular: str, plural: str = "") -> str:
    """The number in figures (thousands grouped) and its noun: "1 day", "12 days"."""
    return f"{number:,} {noun(number, singular, plural)}"
