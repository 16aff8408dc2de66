"""Pages: A4; a part's first page opens with its masthead (printing/masthead.py), the
later pages carry the running head (the symbol alone); "x / y" page numbers in the
footer.

The total page count is known only at the end, so a numbered canvas keeps each page
and writes the footers (and a meeting pack's table of contents) when the document is
saved: one pass of layout, not the two of ReportLab's multiBuild.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
)

from consult_desktop.domain.printed import DocumentInfo, Meeting
from consult_desktop.printing.masthead import (
    date_span,
    draw_running_head,
    long_date,
    masthead,
    meeting_dates,
    weekday_date,
)
from consult_desktop.printing.styles import FONT, GREY, RULE, stylesheet
from consult_desktop.printing.words import tr

__all__ = ["FRAME_WIDTH", "Part", "build_pdf", "date_span", "long_date", "meeting_dates",
           "title_block", "weekday_date"]

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 2 * cm
FIRST_TOP = 1.3 * cm  # a first page: the masthead is the frame's first flowable
TOP = 2.3 * cm  # a later page: room for the running head
RUNNING_HEAD = 1.2 * cm  # from the top of the page
BOTTOM = 1.8 * cm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN


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


def draw_running_head_of(canvas: Canvas, state: PageState) -> None:
    draw_running_head(canvas, state.current, left=MARGIN, width=FRAME_WIDTH,
                      top=PAGE_HEIGHT - RUNNING_HEAD)


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


def pdf_title(document: DocumentInfo, lang: str = "en") -> str:
    """The PDF's Title: "symbol - title", as a reader's window and a search show it."""
    return " - ".join(filter(None, (document.symbol, tr(lang, document.title))))


def build_pdf(meeting: Meeting, parts: list[Part], *, contents: bool = False,
              lang: str = "en") -> bytes:
    """Lay the parts out one after the other, each from a new page; with `contents`,
    a table of contents follows the first part (the cover), each of its lines a link,
    and each part has a bookmark. `lang` is the document's language (the PDF's /Lang,
    which screen readers and hyphenation follow)."""
    state = PageState(meeting=meeting, current=parts[0].document,
                      titles=[tr(lang, part.document.title) for part in parts])
    story: list[Flowable] = []
    for index, part in enumerate(parts):
        if index:
            story += [NextPageTemplate("first"), PageBreak()]
        story.append(Marker(state, index, part.document))
        story += masthead(meeting, part.document)
        story.append(NextPageTemplate("later"))
        story.extend(part.flowables)
        if contents and index == 0:
            from reportlab.platypus import Paragraph

            entries = [(i, tr(lang, p.document.title))
                       for i, p in enumerate(parts) if p.in_contents]
            story += [PageBreak(), Paragraph(tr(lang, "Contents"), stylesheet().title),
                      ContentsTable(state, entries)]
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=TOP,
        bottomMargin=BOTTOM, title=pdf_title(parts[0].document, lang), author=meeting.organiser,
        subject=meeting.title, creator="Consult Desktop", initialFontName=FONT, lang=lang,
    )
    def frame(top: float) -> Frame:
        return Frame(MARGIN, BOTTOM, FRAME_WIDTH, PAGE_HEIGHT - top - BOTTOM, id="body",
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    doc.addPageTemplates([
        PageTemplate(id="first", frames=[frame(FIRST_TOP)]),
        PageTemplate(id="later", frames=[frame(TOP)],
                     onPage=lambda canvas, _doc: draw_running_head_of(canvas, state)),
    ])
    doc.build(story, canvasmaker=canvas_class(state))
    return buffer.getvalue()


def title_block(meeting: Meeting, title: str, subtitle: str = "",
                show_meeting: bool = True) -> list[Flowable]:
    """The title of a document, under its masthead (which names the meeting, where and
    when: `meeting` and `show_meeting` are kept for the documents that still pass them)."""
    from reportlab.platypus import Paragraph

    from consult_desktop.printing.styles import text

    del meeting, show_meeting
    styles = stylesheet()
    block: list[Flowable] = [Paragraph(text(title), styles.title)]
    if subtitle:
        block.append(Paragraph(text(subtitle), styles.subtitle))
    return block
