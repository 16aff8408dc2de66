"""Text that must fit a box whatever its length: a delegation's name on a tent card,
a person's name on a badge. The largest size at which the text fits on one line, or
else on two lines broken between words; below the smallest comfortable size it keeps
shrinking rather than run off the card. Never wider than the box."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth

LEADING = 1.15  # line height as a multiple of the size


@dataclass(frozen=True)
class Fitted:
    lines: tuple[str, ...]
    size: float

    @property
    def height(self) -> float:
        return self.size * LEADING * len(self.lines)


def _breaks(text: str) -> list[tuple[str, str]]:
    """Every way to cut the text in two lines: at a space, or after a hyphen (a
    double-barrelled name)."""
    cuts = []
    for at, char in enumerate(text):
        if char == " ":
            cuts.append((text[:at], text[at + 1:]))
        elif char == "-" and 0 < at < len(text) - 1 and text[at + 1] != " ":
            cuts.append((text[:at + 1], text[at + 1:]))
    return [(first.strip(), second.strip()) for first, second in cuts
            if first.strip() and second.strip()]


def _two_lines(text: str, font: str, size: float) -> tuple[str, ...]:
    """The cut that makes the wider of the two lines narrowest; the text whole when
    it cannot be cut."""
    best: tuple[float, tuple[str, ...]] = (float("inf"), (text,))
    for lines in _breaks(text):
        widest = max(stringWidth(line, font, size) for line in lines)
        if widest < best[0]:
            best = (widest, lines)
    return best[1]


def fit(text: str, font: str, width: float, height: float, *, largest: float,
        smallest: float, lines: int = 2) -> Fitted:
    """`text` set as large as it fits in width x height (points), on one line or, when
    `lines` allows, two."""
    text = " ".join(text.split())
    size = largest
    while size >= smallest:
        if stringWidth(text, font, size) <= width and size * LEADING <= height:
            return Fitted((text,), size)
        if lines > 1 and 2 * size * LEADING <= height:
            two = _two_lines(text, font, size)
            if len(two) == 2 and all(stringWidth(line, font, size) <= width for line in two):
                return Fitted(two, size)
        size -= 0.5
    # Below the comfortable size: two lines (when it can be cut), shrunk until they fit.
    chosen = _two_lines(text, font, smallest) if lines > 1 else (text,)
    widest = max(stringWidth(line, font, 1) for line in chosen) or 1
    size = min(smallest, width / widest, height / (LEADING * len(chosen)))
    return Fitted(chosen, size)
