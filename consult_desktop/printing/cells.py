"""Tables of plain-string cells, the fast way to print many rows with ReportLab.

Cells hold text already broken into lines, not Paragraphs: no markup to parse, so user
text prints as typed, and a list of thousands of rows lays out several times faster.
Row heights are given, not measured: ReportLab would otherwise measure every cell of a
table again each time the table is split at the end of a page.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Table

VERTICAL_PADDING = 3  # ReportLab's default, above and below a cell's text


@lru_cache(maxsize=4096)
def wrapped(value: str, font: str, size: float, width: float) -> str:
    """The text broken into lines that fit `width` (a word too long is cut)."""
    if stringWidth(value, font, size) <= width:
        return value
    lines = []
    for line in simpleSplit(value, font, size, width):
        while stringWidth(line, font, size) > width and len(line) > 1:
            cut = len(line) - 1
            while cut > 1 and stringWidth(line[:cut], font, size) > width:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
        lines.append(line)
    return "\n".join(lines)


@lru_cache(maxsize=65536)
def word_width(word: str, font: str, size: float) -> float:
    return stringWidth(word, font, size)


def longest_word(values: set[str], font: str, size: float) -> float:
    return max((word_width(word, font, size) for value in values for word in value.split()),
               default=0.0)


def row_heights(rows: list[list[str]], leading: float) -> list[float]:
    """Each row's height as ReportLab would measure it: the lines of its tallest cell,
    every cell set with the same leading and ReportLab's vertical padding."""
    return [leading * (1 + max(value.count("\n") for value in row)) + 2 * VERTICAL_PADDING
            for row in rows]


class PlainTable(Table):
    """A Table of plain strings whose empty cells cost nothing to draw (ReportLab
    would begin and end a text object for each, with nothing in it)."""

    def _drawCell(self, value: Any, style: Any, position: Any, size: Any) -> None:
        if value == "" and not style.href and not style.destination:
            return
        super()._drawCell(value, style, position, size)


def forget_measures() -> None:
    """Forget the lines and widths measured (benchmarks measure them in each run)."""
    wrapped.cache_clear()
    word_width.cache_clear()
