"""Column widths of a printed table that never cut a word in two.

A table is drawn with preferred shares of the frame's width; a column whose longest word
(or heading word) would not fit its share is widened to hold it, the width taken from
the columns that have room to spare. Russian and French headings and units ("Стоимость
единицы", "человеко-месяца") are longer than English: without this, ReportLab splits
them mid-word ("Стоимост / ь")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportlab.pdfbase.pdfmetrics import stringWidth

BREAKS = re.compile(r"[ \t\n]+")  # where a line may break: not at a no-break space


def longest_word(texts: Sequence[str], font: str, size: float) -> float:
    return max((stringWidth(word, font, size) for t in texts for word in BREAKS.split(t)),
               default=0.0)


def unbroken_widths(columns: Sequence[Sequence[tuple[str, str]]], preferred: Sequence[float],
                    total: float, size: float, padding: float) -> list[float]:
    """Widths for `columns` (each a list of (text, font) cells) summing to `total`: the
    preferred shares, each column widened to its longest word (plus `padding`) at the
    expense of the others' spare room. When the words cannot all fit (a word longer than
    a line), the preferred shares: that word is cut, and no column is starved for it."""
    need = [max((longest_word([t], font, size) for t, font in cells), default=0.0)
            + padding + 0.5 for cells in columns]
    share = sum(preferred)
    widths = [total * p / share for p in preferred]
    if sum(need) > total:
        return widths
    short = sum(max(0.0, n - w) for n, w in zip(need, widths, strict=True))
    spare = [max(0.0, w - n) for n, w in zip(need, widths, strict=True)]
    room = sum(spare)
    return [max(n, w - short * s / room if room else w)
            for n, w, s in zip(need, widths, spare, strict=True)]
