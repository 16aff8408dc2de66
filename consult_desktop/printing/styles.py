"""Fonts and paragraph styles shared by every document.

DejaVu Sans is embedded so that French, Russian and Turkish names print as written;
ReportLab's built-in Helvetica draws Cyrillic as black boxes, silently.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import as_file, files
from importlib.resources.abc import Traversable
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"
FONT_FILES = {FONT: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf",
              ITALIC: "DejaVuSans-Oblique.ttf", BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf"}
GREY = colors.Color(0.35, 0.35, 0.35)
RULE = colors.Color(0.6, 0.6, 0.6)
SHADE = colors.Color(0.92, 0.92, 0.92)


def font_file(file_name: str) -> Traversable:
    """A font shipped inside the package (consult_desktop/fonts), found the same way
    whatever the install: source tree, wheel, `pip install --user`, bundle."""
    found = files("consult_desktop") / "fonts" / file_name
    if not found.is_file():
        raise FileNotFoundError(f"the font {file_name} is missing from the program's files"
                                f" ({found}); reinstalling consult-desktop puts it back")
    return found


@cache
def register_fonts() -> None:
    """Register DejaVu Sans and its family once a process, so <b> and <i> work."""
    for name, file_name in FONT_FILES.items():
        with as_file(font_file(file_name)) as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=ITALIC,
                                  boldItalic=BOLD_ITALIC)


def text(value: object) -> str:
    """User text made safe for Paragraph markup: `x<y`, `<b>unclosed` and `AT&T`
    print as typed; line breaks are kept."""
    return escape(str(value)).replace("\n", "<br/>")


def paragraphs(value: str) -> list[str]:
    """A long text cut at its blank lines, each part escaped: separate Paragraphs
    split across pages more naturally than one."""
    parts = [part.strip() for part in value.replace("\r\n", "\n").split("\n\n")]
    return [text(part) for part in parts if part]


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    small_cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    cell_right_bold: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    group_heading: ParagraphStyle
    subheading: ParagraphStyle
    numbered: ParagraphStyle
    bulleted: ParagraphStyle
    item: ParagraphStyle
    subitem: ParagraphStyle
    note: ParagraphStyle
    note_body: ParagraphStyle
    cover_title: ParagraphStyle
    cover_line: ParagraphStyle
    toc: ParagraphStyle


@cache
def stylesheet() -> Styles:
    """The paragraph styles, in DejaVu Sans (fonts registered on first call)."""
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13.5, spaceAfter=6)
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0)
    heading = ParagraphStyle("heading", parent=body, fontName=BOLD, fontSize=12, leading=15,
                             spaceBefore=10, spaceAfter=6, keepWithNext=True)
    return Styles(
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=GREY),
        cell=cell,
        small_cell=ParagraphStyle("small_cell", parent=cell, fontSize=7.5, leading=10.5),
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=BOLD),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_right_bold=ParagraphStyle("cell_right_bold", parent=cell, fontName=BOLD,
                                       alignment=TA_RIGHT),
        title=ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=15, leading=19,
                             spaceBefore=6, spaceAfter=4),
        subtitle=ParagraphStyle("subtitle", parent=body, fontName=ITALIC, fontSize=10.5,
                                spaceAfter=12),
        heading=heading,
        group_heading=ParagraphStyle("group_heading", parent=heading, keepWithNext=False),
        subheading=ParagraphStyle("subheading", parent=heading, fontSize=10.5, leading=13,
                                  spaceBefore=8, spaceAfter=4),
        numbered=ParagraphStyle("numbered", parent=body, leftIndent=28, bulletIndent=0,
                                bulletFontName=FONT, bulletFontSize=10),
        bulleted=ParagraphStyle("bulleted", parent=body, leftIndent=42, bulletIndent=28,
                                bulletFontName=FONT, bulletFontSize=10, spaceAfter=3),
        item=ParagraphStyle("item", parent=body, leftIndent=24, firstLineIndent=-24,
                            spaceAfter=4),
        subitem=ParagraphStyle("subitem", parent=body, leftIndent=56, firstLineIndent=-32,
                               spaceAfter=3),
        note=ParagraphStyle("note", parent=body, leftIndent=24, fontSize=9, leading=12,
                            textColor=GREY),
        note_body=ParagraphStyle("note_body", parent=body, leftIndent=28),
        cover_title=ParagraphStyle("cover_title", parent=body, fontName=BOLD, fontSize=20,
                                   leading=25, alignment=TA_CENTER, spaceAfter=14),
        cover_line=ParagraphStyle("cover_line", parent=body, fontSize=12, leading=16,
                                  alignment=TA_CENTER, spaceAfter=6),
        toc=ParagraphStyle("toc", parent=body, fontSize=11, leading=15),
    )
