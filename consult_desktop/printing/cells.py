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
    """A Table of plain strings drawn in one text object.

    ReportLab draws each cell with canvas.drawString: a text object begun and ended
    for every line of every cell, even an empty one; drawing a long list is mostly
    that. Here the text of the whole table (left-aligned, top-aligned cells, as ours
    are) goes into one text object, with the same positions and fonts; any other cell
    is drawn by ReportLab as before."""

    _text: Any = None
    _text_style: tuple[Any, ...] = ()

    def draw(self) -> None:
        self._text, self._text_style = self.canv.beginText(), ()
        self.canv.saveState()  # a colour set inside the text object ends with it
        try:
            super().draw()
            self.canv.drawText(self._text)
        finally:
            self.canv.restoreState()
            self._text = None

    def _drawCell(self, value: Any, style: Any, position: Any, size: Any) -> None:
        simple = (isinstance(value, str) and style.alignment == "LEFT"
                  and style.valign == "TOP" and not style.href and not style.destination
                  and not style.direction and not style.shaping)
        if not simple or self._text is None:
            super()._drawCell(value, style, position, size)
            return
        if value == "":
            return
        text = self._text
        wanted = (style.fontname, style.fontsize, style.leading, style.color)
        if wanted != self._text_style:
            text.setFont(style.fontname, style.fontsize, style.leading)
            text.setFillColor(style.color)
            self._text_style = wanted
        (x, y), (_width, height) = position, size
        text.setTextOrigin(x + style.leftPadding,
                           y + height - style.topPadding - style.fontsize)
        for line in value.split("\n"):
            text.textLine(line)


def forget_measures() -> None:
    """Forget the lines and widths measured (benchmarks measure them in each run)."""
    wrapped.cache_clear()
    word_width.cache_clear()
