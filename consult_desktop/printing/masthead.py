"""The masthead of a UN document's first page, and the running head of the others.

First page (as in ECE/TRANS/WP.1/163): "United Nations" at the left and the symbol at
the right, a thin rule; the principal organ large at the left and, at the right,
"Distr.: General", the date of issue and "Original: English"; a thick rule; then the
commission, the body, the session, place and dates, and "Item n of the provisional
agenda" where the document is considered under an item.

Later pages: the symbol alone, at the right of odd pages and the left of even ones.

In each language as the UN prints it: the French version's masthead in French
("Nations Unies", "Distr. générale", "Original : anglais" with a no-break space before
the colon, and a "Français" line in a translated version); the Russian version keeps
the distribution block in English with a "Russian" line ("Distr.: General", the date,
"Original: English"), as the UN's Russian documents do, while "United Nations"
("Организация Объединенных Наций"), the organ and the lines below (body, session,
dates, agenda item) are in Russian.

The symbol is never cut and the organ's name never ends with "...": each shrinks to
fit its room and, only when even the smallest size is too wide, wraps (a symbol
after one of its "/").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer

from consult_desktop.domain import dates
from consult_desktop.domain.printed import DocumentInfo, Meeting
from consult_desktop.printing.styles import BOLD, FONT, stylesheet, text
from consult_desktop.printing.words import LANGUAGE_NAMES, N_, ctr, tr

GAP = 14  # between the left and the right column
SYMBOL_SIZES = (14, 6)  # the largest and the smallest size the symbol shrinks to
ORGAN_SIZES = (17, 9)
ORGAN_LINES = 2  # before the organ's name shrinks below its largest size
RUNNING_SIZES = (10, 6)
DETAIL_SIZE, DETAIL_LEADING = 9.5, 11.5
SMALLEST = 2.0  # below the smallest size, a text still too long wraps: never cut


def long_date(day: dt.date | None, lang: str = "en") -> str:
    """A date as the UN writes it (domain/dates.py), "" for none."""
    return dates.long_date(day, lang) if day else ""


def weekday_date(day: dt.date | None, lang: str = "en") -> str:
    return dates.day_and_date(day, lang) if day else ""


def date_span(start: dt.date | None, end: dt.date | None, lang: str = "en") -> str:
    """From `start` to `end` in one phrase (domain/dates.py); either alone."""
    return dates.date_range(start, end, lang)


def meeting_dates(meeting: Meeting, lang: str = "en") -> str:
    return dates.date_range(meeting.start_date, meeting.end_date, lang) \
        if meeting.start_date else ""


def masthead_language(document: DocumentInfo) -> str:
    """The language of the masthead's distribution block: the Russian version keeps it
    in English, as the UN prints it."""
    return "en" if document.lang == "ru" else document.lang


# ----- fitting ------------------------------------------------------------------------
PIECES = re.compile(r"\s+|[^\s/]*/|[^\s/]+")  # spaces, and words cut after each "/"


def _lines(value: str, font: str, size: float, width: float) -> list[str]:
    """The text broken into lines no wider than `width`: at spaces, after a "/", and
    inside a piece only when the piece alone is too wide. Nothing is dropped but the
    spaces where a line breaks."""
    lines: list[str] = []
    line = ""
    for piece in PIECES.findall(value):
        if stringWidth(line + piece, font, size) <= width:
            line += piece
            continue
        if line.strip():
            lines.append(line.rstrip())
        line = "" if piece.isspace() else piece
        while stringWidth(line, font, size) > width and len(line) > 1:
            cut = len(line) - 1
            while cut > 1 and stringWidth(line[:cut], font, size) > width:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
    if line.strip() or not lines:
        lines.append(line.rstrip())
    return lines


@lru_cache(maxsize=256)
def fit(value: str, font: str, sizes: tuple[float, float], width: float,
        lines: int) -> tuple[float, tuple[str, ...]]:
    """(size, lines): the largest size from sizes[0] down to sizes[1] at which the
    text takes at most `lines` lines, else the smallest size at which it takes one more
    line for each step below sizes[1], down to SMALLEST. Whole text, never cut."""
    largest, smallest = sizes
    size = float(largest)
    while size >= smallest:
        found = _lines(value, font, size, width)
        if len(found) <= lines:
            return size, tuple(found)
        size -= 0.5
    size = float(smallest)
    while size > SMALLEST:
        found = _lines(value, font, size, width)
        if len(found) <= lines + 1:
            return size, tuple(found)
        size -= 0.5
    return SMALLEST, tuple(_lines(value, font, SMALLEST, width))


# ----- the first page ------------------------------------------------------------------
def distribution_line(document: DocumentInfo) -> str:
    lang = masthead_language(document)
    if document.distribution == "informal":
        return tr(lang, "Informal document")
    return tr(lang, DISTRIBUTION_LINES.get(document.distribution, N_("Distr.: General")))


DISTRIBUTION_LINES = {"general": N_("Distr.: General"), "limited": N_("Distr.: Limited"),
                      "restricted": N_("Distr.: Restricted")}


def original_code(document: DocumentInfo) -> str:
    """The code of the document's original language ("English" -> "en"), or ""."""
    typed = document.original_language.strip().casefold()
    return next((code for code, name in LANGUAGE_NAMES.items()
                 if typed in (name.casefold(), code)), "")


def detail_lines(document: DocumentInfo) -> tuple[str, ...]:
    """The right-hand lines of the masthead: distribution, date of issue, the version's
    language when it is a translation, the original language."""
    lang = masthead_language(document)
    original = original_code(document)
    language = LANGUAGE_NAMES.get(original)
    original_name = ctr(lang, "original", language) if language \
        else document.original_language
    version = ""
    if original and original != document.lang:
        version = ctr(lang, "version", LANGUAGE_NAMES[document.lang])
    return (distribution_line(document), long_date(document.issued, lang), version,
            tr(lang, "Original: {language}", language=original_name))


@dataclass(frozen=True)
class Layout:
    """Where the masthead's texts go, measured once."""

    symbol: tuple[float, tuple[str, ...]]
    organ: tuple[float, tuple[str, ...]]
    details: tuple[str, ...]
    top_height: float
    organ_height: float

    @property
    def height(self) -> float:
        return self.top_height + self.organ_height + 10


class Masthead(Flowable):
    """The two bands at the top of a first page, with their rules."""

    def __init__(self, meeting: Meeting, document: DocumentInfo) -> None:
        super().__init__()
        self.meeting, self.document = meeting, document
        self.layout: Layout | None = None
        self.united_nations = tr(document.lang, "United Nations")

    def wrap(self, available_width: float, _height: float) -> tuple[float, float]:
        self.width = available_width
        self.layout = self.measure(available_width)
        return available_width, self.layout.height

    def measure(self, width: float) -> Layout:
        left = stringWidth(self.united_nations, FONT, 10) + GAP
        symbol = fit(self.document.symbol, BOLD, SYMBOL_SIZES, width - left, 1)
        symbol_size, symbol_lines = symbol
        top = max(16.0, symbol_size * 1.2 * len(symbol_lines) + 4)
        details = detail_lines(self.document)
        right = max(stringWidth(d, FONT, DETAIL_SIZE) for d in details)
        organ = fit(self.meeting.organ, BOLD, ORGAN_SIZES, width - right - GAP, ORGAN_LINES)
        organ_height = max(organ[0] * 1.2 * len(organ[1]), DETAIL_LEADING * len(details))
        return Layout(symbol, organ, details, top, organ_height + 8)

    def draw(self) -> None:
        assert self.layout is not None
        canvas: Canvas = self.canv
        layout, width = self.layout, self.width
        y = layout.height
        size, lines = layout.symbol
        canvas.setFont(FONT, 10)
        canvas.drawString(0, y - 12, self.united_nations)
        canvas.setFont(BOLD, size)
        for number, line in enumerate(lines):
            canvas.drawRightString(width, y - size * (1 + 1.2 * number), line)
        y -= layout.top_height
        canvas.setLineWidth(0.5)
        canvas.line(0, y, width, y)
        size, lines = layout.organ
        canvas.setFont(BOLD, size)
        for number, line in enumerate(lines):
            canvas.drawString(0, y - 4 - size * (1 + 1.2 * number), line)
        right = width - max(stringWidth(d, FONT, DETAIL_SIZE) for d in layout.details)
        canvas.setFont(FONT, DETAIL_SIZE)
        for number, line in enumerate(layout.details):
            if line:
                canvas.drawString(right, y - 4 - DETAIL_SIZE - DETAIL_LEADING * number, line)
        y -= layout.organ_height
        canvas.setLineWidth(2)
        canvas.line(0, y, width, y)


def meeting_lines(meeting: Meeting, document: DocumentInfo) -> list[tuple[str, bool]]:
    """(line, bold) under the masthead: the commission (or the organiser), the body,
    the meeting that considers the document (its session, or the plan's meeting),
    place and dates, and the agenda item."""
    lines: list[tuple[str, bool]] = []
    shown = {meeting.organ.strip()}
    for name in (meeting.commission or meeting.organiser, meeting.governing_body):
        if name.strip() and name.strip() not in shown:
            lines.append((name.strip(), True))
            shown.add(name.strip())
    considered = [line.strip() for line in document.considered_at.splitlines() if line.strip()]
    if considered:
        lines += [(line, number == 0) for number, line in enumerate(considered)]
    else:
        lines += [(value.strip(), True) for value in (meeting.session, meeting.title)
                  if value.strip()]
        place = ", ".join(filter(None, (meeting.venue.strip(),
                                        meeting_dates(meeting, document.lang))))
        if place:
            lines.append((place, False))
    if document.agenda_item.strip():
        lines.append((tr(document.lang, "Item {item} of the provisional agenda",
                         item=document.agenda_item.strip()), False))
    return lines


@cache
def line_style() -> ParagraphStyle:
    return ParagraphStyle("masthead_line", parent=stylesheet().body, spaceAfter=0,
                          leading=13)


def masthead(meeting: Meeting, document: DocumentInfo) -> list[Flowable]:
    """The first page's opening: the masthead, then the meeting's lines."""
    flow: list[Flowable] = [Masthead(meeting, document), Spacer(1, 8)]
    for line, bold in meeting_lines(meeting, document):
        markup = f"<b>{text(line)}</b>" if bold else text(line)
        flow.append(Paragraph(markup, line_style()))
    flow.append(Spacer(1, 10))
    return flow


# ----- later pages ---------------------------------------------------------------------
def draw_running_head(canvas: Canvas, document: DocumentInfo, *, left: float, width: float,
                      top: float) -> None:
    """The symbol in bold, at the right of an odd page and the left of an even one."""
    if not document.symbol.strip():
        return
    size, lines = fit(document.symbol, BOLD, RUNNING_SIZES, width, 2)
    canvas.saveState()
    canvas.setFont(BOLD, size)
    odd = canvas.getPageNumber() % 2 == 1
    for number, line in enumerate(lines):
        y = top - size * (1 + 1.2 * number)
        if odd:
            canvas.drawRightString(left + width, y, line)
        else:
            canvas.drawString(left, y, line)
    canvas.restoreState()
