"""A small evaluator of the formulas the budget workbook writes (ROUND, SUM, SUMIF,
SUMIFS, + - * /, cells, ranges, other sheets' cells), in floating point as a
spreadsheet computes, so a test can check that a workbook recomputes the program's
totals without a spreadsheet program."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from openpyxl.utils.cell import column_index_from_string, get_column_letter

TOKEN = re.compile(r"""
    (?P<sheetref>'(?P<sheet>[^']+)'!\$?(?P<c1>[A-Z]+)\$?(?P<r1>\d+))
  | (?P<range>\$?(?P<c2>[A-Z]+)\$?(?P<r2>\d+):\$?(?P<c3>[A-Z]+)\$?(?P<r3>\d+))
  | (?P<func>[A-Z]+)\(
  | (?P<cell>\$?(?P<c4>[A-Z]+)\$?(?P<r4>\d+))
  | (?P<number>\d+(\.\d+)?)
  | (?P<string>"[^"]*")
  | (?P<op>[-+*/(),])
""", re.VERBOSE)


def excel_round(value: float, places: int) -> float:
    """As a spreadsheet rounds: halves away from zero, on the shortest decimal that
    reads back as the float (the way both correct for binary fractions)."""
    return float(Decimal(repr(value)).quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP))


class Book:
    def __init__(self, workbook: Any) -> None:
        self.book = workbook
        self.cache: dict[tuple[str, str], Any] = {}

    def value(self, sheet: str, ref: str) -> Any:
        key = (sheet, ref)
        if key not in self.cache:
            raw = self.book[sheet][ref].value
            if isinstance(raw, str) and raw.startswith("=") and \
                    self.book[sheet][ref].data_type == "f":
                self.cache[key] = self.evaluate(sheet, raw[1:])
            elif isinstance(raw, Decimal | int):
                self.cache[key] = float(raw)
            else:
                self.cache[key] = raw
        return self.cache[key]

    def cells(self, sheet: str, first: str, last: str) -> list[Any]:
        (c1, r1), (c2, r2) = (_split(first), _split(last))
        return [self.value(sheet, f"{get_column_letter(c)}{r}")
                for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)]

    def evaluate(self, sheet: str, formula: str) -> float:
        python: list[str] = []
        at = 0
        while at < len(formula):
            match = TOKEN.match(formula, at)
            if match is None:
                raise ValueError(f"cannot read {formula!r} at {at}")
            at = match.end()
            kind = match.lastgroup
            if match.group("sheetref"):
                python.append(f"V({match['sheet']!r}, '{match['c1']}{match['r1']}')")
            elif match.group("range"):
                python.append(f"R({sheet!r}, '{match['c2']}{match['r2']}',"
                              f" '{match['c3']}{match['r3']}')")
            elif match.group("func"):
                python.append(f"{match['func']}(")
            elif match.group("cell"):
                python.append(f"V({sheet!r}, '{match['c4']}{match['r4']}')")
            elif kind in ("number", "string", "op") or match.group("number"):
                python.append(match.group(0))
        names = {"V": self.value, "R": self.cells, "ROUND": excel_round, "SUM": _sum,
                 "SUMIF": _sumif, "SUMIFS": _sumifs, "COUNTIF": _countif}
        return float(eval("".join(python), {"__builtins__": {}}, names))


def _split(ref: str) -> tuple[int, int]:
    letters = "".join(c for c in ref if c.isalpha())
    return column_index_from_string(letters), int(ref[len(letters):])


def _number(value: Any) -> float:
    return float(value) if isinstance(value, int | float) else 0.0


def _sum(*ranges: Any) -> float:
    return sum(_number(v) for r in ranges for v in (r if isinstance(r, list) else [r]))


def _sumif(criteria_range: list[Any], criterion: Any, sum_range: list[Any]) -> float:
    return _sumifs(sum_range, criteria_range, criterion)


def _sumifs(sum_range: list[Any], *pairs: Any) -> float:
    total = 0.0
    for at, value in enumerate(sum_range):
        if all(str(pairs[n][at]).casefold() == str(pairs[n + 1]).casefold()
               for n in range(0, len(pairs), 2)):
            total += _number(value)
    return total


def _countif(criteria_range: list[Any], criterion: Any) -> float:
    return float(sum(1 for v in criteria_range
                     if str(v).casefold() == str(criterion).casefold()))
