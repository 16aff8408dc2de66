"""Pages: A4 with a header on every page (issuing body, document symbol, date,
"Original: ...") and "x / y" page numbers in the footer.

The total page count is known only at the end, so a numbered canvas keeps each page
and writes the footers (and a meeting pack's table of contents) when the document is
saved: one pass of layout, not the two of ReportLab's multiBuild.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate

from consult_desktop.domain import dates
from consult_desktop.domain.printed import DocumentInfo, Meeting
from consult_desktop.printing.styles import BOLD, FONT, GREY, RULE, stylesheet

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 2 * cm
TOP = 3.1 * cm  # room for the header
BOTTOM = 1.8 * cm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN


def long_date(day: dt.date | None) -> str:
    """A date as the UN writes it (domain/dates.py), or "" for none."""
    return dates.long_date(day) if day else ""


@dataclass
class Part:
    """One document of a PDF: its identity (for the header) and its flowables."""

    document: DocumentInfo
    flowables: list[Flowable]
    in_contents: bool = True


@dataclass
class PageState:
    """What the page callbacks need to know while the document is laid out."""

    meeting: Meeting
    current: DocumentInfo
    starts: dict[int, int] = field(default_factory=dict)  # part index -> first page
    contents_page: int | None = None
    contents_top: float = 0.0
    contents_parts: list[tuple[int, str]] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)  # each part's, for the bookmarks


class Marker(Flowable):
    """Invisible: notes that a part begins on this page, for the header and contents."""

    def __init__(self, state: PageState, index: int, document: DocumentInfo) -> None:
        super().__init__()
        self.state, self.index, self.document = state, index, document
        self.width = self.height = 0

    def wrap(self, *_: Any) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.state.current = self.document
        self.state.starts[self.index] = self.canv.getPageNumber()


class ContentsTable(Flowable):
    """Reserves room for the table of contents; the numbered canvas writes it once
    every part's first page is known."""

    LINE = 20

    def __init__(self, state: PageState, entries: list[tuple[int, str]]) -> None:
        super().__init__()
        self.state = state
        state.contents_parts = entries
        self.height = self.LINE * len(entries)

    def wrap(self, available_width: float, _height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.height

    def draw(self) -> None:
        self.state.contents_page = self.canv.getPageNumber()
        self.state.contents_top = self.canv.absolutePosition(0, self.height)[1]


@lru_cache(maxsize=64)
def fit_lines(text: str, font: str, size: float, width: float, lines: int) -> tuple[str, ...]:
    """The text wrapped to `width`, at most `lines` lines, the last one ellipsized
    (kept: every page's header asks again)."""
    wrapped = simpleSplit(text, font, size, width) or [""]
    fitted = []
    for number, line in enumerate(wrapped[:lines]):
        last = number == lines - 1 and len(wrapped) > lines
        if not last and stringWidth(line, font, size) <= width:
            fitted.append(line)
            continue
        # The last line shown of a longer text, or a word too long for the line.
        while line and stringWidth(line + "…", font, size) > width:
            line = line[:-1]
        fitted.append(line.rstrip() + "…")
    return tuple(fitted)


def draw_header(canvas: Canvas, state: PageState) -> None:
    document = state.current
    canvas.saveState()
    top = PAGE_HEIGHT - 1.2 * cm
    right = PAGE_WIDTH - MARGIN
    symbol_width = 7.5 * cm
    canvas.setFont(BOLD, 12)
    symbol = fit_lines(document.symbol, BOLD, 12, symbol_width, 1)[0]
    canvas.drawRightString(right, top, symbol)
    body_width = FRAME_WIDTH - canvas.stringWidth(symbol, BOLD, 12) - 0.8 * cm
    canvas.setFont(BOLD, 10)
    for number, line in enumerate(fit_lines(state.meeting.issuing_body, BOLD, 10,
                                            body_width, 2)):
        canvas.drawString(MARGIN, top - 12 * number, line)
    canvas.setFont(FONT, 8.5)
    canvas.setFillColor(GREY)
    details = [long_date(document.issued), f"Original: {document.original_language}"]
    for number, line in enumerate(filter(None, details), start=1):
        canvas.drawRightString(right, top - 4 - 10.5 * number, line)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN, PAGE_HEIGHT - TOP + 0.45 * cm, right, PAGE_HEIGHT - TOP + 0.45 * cm)
    canvas.restoreState()


def canvas_class(state: PageState) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        """Keeps every page until save(), then writes "x / y" on each."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            first_pages = {page: index for index, page in state.starts.items()}
            for number, page in enumerate(self._pages, start=1):
                self.__dict__.update(page)
                if number in first_pages and len(state.titles) > 1:
                    self._bookmark(first_pages[number])
                self.setFont(FONT, 8.5)
                self.setFillColor(GREY)
                self.drawCentredString(PAGE_WIDTH / 2, 1.0 * cm, f"{number} / {total}")
                if number == state.contents_page:
                    self._draw_contents()
                Canvas.showPage(self)
            if len(state.titles) > 1:
                self.showOutline()
            Canvas.save(self)

        def _bookmark(self, index: int) -> None:
            """A part's first page: a bookmark in the outline, and the destination of
            its line in the contents. Pages are laid out before any is written, so
            this is done here, when the page's place in the file is known."""
            key = f"part{index}"
            self.bookmarkPage(key)
            self.addOutlineEntry(state.titles[index], key, level=0)

        def _draw_contents(self) -> None:
            style = stylesheet().toc
            self.setFont(style.fontName, style.fontSize)
            self.setFillColorRGB(0, 0, 0)
            y = state.contents_top - style.fontSize
            right = PAGE_WIDTH - MARGIN
            for index, title in state.contents_parts:
                page = str(state.starts.get(index, ""))
                self.drawString(MARGIN, y, title)
                self.drawRightString(right, y, page)
                self.linkRect("", f"part{index}", (MARGIN, y - 4, right, y + style.fontSize),
                              relative=0, thickness=0)
                start = MARGIN + self.stringWidth(title, style.fontName, style.fontSize) + 6
                end = right - self.stringWidth(page, style.fontName, style.fontSize) - 6
                if end > start:
                    self.setDash(1, 3)
                    self.setStrokeColor(RULE)
                    self.line(start, y + 1, end, y + 1)
                    self.setDash()
                y -= ContentsTable.LINE

    return NumberedCanvas


def pdf_title(document: DocumentInfo) -> str:
    """The PDF's Title: "symbol - title", as a reader's window and a search show it."""
    return " - ".join(filter(None, (document.symbol, document.title)))


def build_pdf(meeting: Meeting, parts: list[Part], *, contents: bool = False,
              lang: str = "en") -> bytes:
    """Lay the parts out one after the other, each from a new page; with `contents`,
    a table of contents follows the first part (the cover), each of its lines a link,
    and each part has a bookmark. `lang` is the document's language (the PDF's /Lang,
    which screen readers and hyphenation follow)."""
    state = PageState(meeting=meeting, current=parts[0].document,
                      titles=[part.document.title for part in parts])
    story: list[Flowable] = []
    for index, part in enumerate(parts):
        if index:
            story.append(PageBreak())
        story.append(Marker(state, index, part.document))
        story.extend(part.flowables)
        if contents and index == 0:
            from reportlab.platypus import Paragraph

            entries = [(i, p.document.title) for i, p in enumerate(parts) if p.in_contents]
            story += [PageBreak(), Paragraph("Contents", stylesheet().title),
                      ContentsTable(state, entries)]
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=TOP,
        bottomMargin=BOTTOM, title=pdf_title(parts[0].document), author=meeting.organiser,
        subject=meeting.title, creator="Consult Desktop", initialFontName=FONT, lang=lang,
    )
    frame = Frame(MARGIN, BOTTOM, FRAME_WIDTH, PAGE_HEIGHT - TOP - BOTTOM, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(
        id="page", frames=[frame], onPageEnd=lambda canvas, _doc: draw_header(canvas, state)
    )])
    doc.build(story, canvasmaker=canvas_class(state))
    return buffer.getvalue()


def meeting_dates(meeting: Meeting) -> str:
    return dates.date_range(meeting.start_date, meeting.end_date)


def title_block(meeting: Meeting, title: str, subtitle: str = "",
                show_meeting: bool = True) -> list[Flowable]:
    """The opening lines of a document: the meeting (unless the title names it),
    where and when, the title."""
    from reportlab.platypus import Paragraph

    from consult_desktop.printing.styles import text

    styles = stylesheet()
    place = ", ".join(filter(None, (meeting.venue, meeting_dates(meeting))))
    block: list[Flowable] = []
    if show_meeting:
        block.append(Paragraph(f"<b>{text(meeting.title)}</b>", styles.body))
    if place:
        block.append(Paragraph(text(place), styles.body))
    block.append(Paragraph(text(title), styles.title))
    if subtitle:
        block.append(Paragraph(text(subtitle), styles.subtitle))
    return block
