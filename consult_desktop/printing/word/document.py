"""What every Word file shares: A4 pages, Unicode fonts, Word's own heading and list
styles, the masthead in the page header (in full on the first page, the symbol alone
from page 2), "x / y" page numbers, and tables whose heading row repeats on each page.

python-docx starts from its built-in template, which already holds Word's "Heading n"
and "List Number" styles; they are restyled here rather than invented, so Word's
navigation pane, table of contents and numbering work on them as on any document.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from docx import Document as new_document
from docx.document import Document
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Emu, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph

from consult_desktop.domain import vocab
from consult_desktop.domain.printed import DocumentInfo, Meeting
from consult_desktop.printing.word import presentation
from consult_desktop.printing.words import tr

# Times New Roman, as UN documents are set; it carries Latin with accents and Cyrillic,
# and LibreOffice stands in its metric twin (Liberation Serif) where it is missing.
FONT = "Times New Roman"
BODY_SIZE = 10
LANG_TAGS = {"en": "en-GB", "fr": "fr-FR", "ru": "ru-RU"}
WORDS = {
    "en": {"distr": "Distr.: {}", "original": "Original: {}", "item": "Item {} of the "
           "provisional agenda", "un": "United Nations"},
    "fr": {"distr": "Distr. : {}", "original": "Original : {}", "item": "Point {} de l\u2019ordre "
           "du jour provisoire", "un": "Nations Unies"},
    "ru": {"distr": "Distr.: {}", "original": "Original: {}", "item": "Item {} of the "
           "provisional agenda", "un": "United Nations"},
}
DISTRIBUTIONS_FR = {"general": "générale", "limited": "limitée", "restricted": "restreinte",
                    "informal": "document informel"}
ROOM = Cm(21 - 2 - 2)  # the text's width on the page
TABLE_TEXT = "Table Text"  # the cells' paragraph style: 9 points, no space after
TABLE_TEXT_ID = "TableText"
HEADINGS = {1: 14, 2: 12, 3: 11}  # Word style level -> size in points


@dataclass(frozen=True)
class Masthead:
    """What the page header prints: the document's identity and the meeting."""

    symbol: str = ""
    issued: dt.date | None = None
    distribution: str = "general"
    original_language: str = "English"
    agenda_item: str = ""
    considered_at: str = ""

    @classmethod
    def of(cls, document: DocumentInfo, identity: Any = None) -> Masthead:
        """From the printed data's DocumentInfo, completed by the document's identity
        (domain.documents.Identity) when the caller has it."""
        if identity is None:
            return cls(symbol=document.symbol, issued=document.issued,
                       distribution=document.distribution or "general",
                       original_language=document.original_language,
                       agenda_item=document.agenda_item, considered_at=document.considered_at)
        return cls(symbol=identity.symbol or document.symbol,
                   issued=identity.issued or document.issued,
                   distribution=identity.distribution or "general",
                   original_language=identity.original_language or "English",
                   agenda_item=identity.agenda_item, considered_at=identity.considered_at)


# Characters XML 1.0 cannot hold (C0 controls but tab and line breaks, lone surrogates,
# U+FFFE/U+FFFF): a pasted text may carry them, and lxml refuses them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(value: Any) -> Any:
    """The printed data with every string made storable in Word's XML, and one kind
    of line break: dataclasses,
    lists, tuples and dicts are walked, other values kept."""
    if isinstance(value, str):  # a carriage return is a line break, as Word reads it
        return _NOT_XML.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: xml_safe(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return dataclasses.replace(value, **changes)
    if isinstance(value, list | tuple):
        return type(value)(xml_safe(item) for item in value)
    if isinstance(value, dict):
        return {xml_safe(key): xml_safe(item) for key, item in value.items()}
    return value


def set_font(style: Any, size: float | None = None, *, bold: bool | None = None) -> None:
    """The style's font for every script slot (Latin, Cyrillic, complex, East Asian),
    with the template's theme fonts removed: they would win over a named font."""
    style.font.name = FONT
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), FONT)
    if size is not None:
        style.font.size = Pt(size)
    if bold is not None:
        style.font.bold = bold


def set_language(style: Any, lang: str) -> None:
    rpr = style.element.get_or_add_rPr()
    tag = rpr.find(qn("w:lang"))
    if tag is None:
        tag = OxmlElement("w:lang")
        rpr.append(tag)
    tag.set(qn("w:val"), LANG_TAGS.get(lang, "en-GB"))


def prepare(lang: str) -> Document:
    """A new document with the house styles."""
    document = new_document()
    styles = document.styles
    defaults = document.styles.element.find(qn("w:docDefaults"))
    if defaults is not None:  # the template's default run font is a theme font
        for fonts in defaults.iter(qn("w:rFonts")):
            for key in list(fonts.attrib):
                fonts.attrib.pop(key)
            for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
                fonts.set(qn(slot), FONT)
    normal = styles["Normal"]
    set_font(normal, BODY_SIZE)
    set_language(normal, lang)
    normal.paragraph_format.space_after = Pt(6)
    for level, size in HEADINGS.items():
        heading = styles[f"Heading {level}"]
        set_font(heading, size, bold=True)
        heading.font.italic = False
        heading.font.color.rgb = RGBColor(0, 0, 0)
        heading.paragraph_format.space_before = Pt(12 if level < 3 else 8)
        heading.paragraph_format.space_after = Pt(6)
        heading.paragraph_format.keep_with_next = True
    for name in ("List Number", "List Bullet", "Header", "Footer", "Table Grid"):
        set_font(styles[name])
    cells = styles.add_style(TABLE_TEXT, WD_STYLE_TYPE.PARAGRAPH)
    cells.base_style = normal
    cells.paragraph_format.space_after = Pt(0)
    cells.font.size = Pt(9)
    assert cells.style_id == TABLE_TEXT_ID
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2)
    section.top_margin, section.bottom_margin = Cm(3.2), Cm(2)
    section.header_distance, section.footer_distance = Cm(1), Cm(1)
    return document


def field(paragraph: Paragraph, instruction: str, shown: str = "1") -> None:
    """A Word field (PAGE, NUMPAGES...) that Word and LibreOffice update as they lay out."""
    simple = OxmlElement("w:fldSimple")
    simple.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = shown
    run.append(text)
    simple.append(run)
    paragraph._p.append(simple)


def contents(document: Document, entries: Sequence[str]) -> None:
    """A table of contents as Word's TOC field over the Heading 1 titles, with the
    titles as its first result (Word fills in the pages when it updates the field, as
    it offers to on opening; LibreOffice shows it as an index to update)."""
    paragraph = document.add_paragraph()

    def char(kind: str) -> None:
        run = OxmlElement("w:r")
        mark = OxmlElement("w:fldChar")
        mark.set(qn("w:fldCharType"), kind)
        run.append(mark)
        paragraph._p.append(run)

    char("begin")
    instruction = OxmlElement("w:r")
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = ' TOC \\o "1-1" \\h \\z \\u '
    instruction.append(text)
    paragraph._p.append(instruction)
    char("separate")
    for number, entry in enumerate(entries):
        run = paragraph.add_run(entry)
        if number < len(entries) - 1:
            run.add_break()
    char("end")
    settings = document.settings.element
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    settings.append(update)


def masthead_lines(masthead: Masthead, lang: str) -> list[str]:
    words = WORDS.get(lang, WORDS["en"])
    if lang == "fr":
        distribution = DISTRIBUTIONS_FR.get(masthead.distribution, masthead.distribution)
    else:
        distribution = vocab.label(vocab.DISTRIBUTIONS, masthead.distribution)
    lines = [words["distr"].format(distribution), presentation.long_date(masthead.issued, lang),
             words["original"].format(masthead.original_language)]
    if lang == "ru":
        lines.append("Russian")
    return [line for line in lines if line]


def _borderless(table: Table) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    table._tbl.tblPr.append(borders)


def _rule_below(paragraph: Paragraph) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"),
                       ("w:color", "808080")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    ppr.append(borders)


def write_header(document: Document, meeting: Meeting, masthead: Masthead,
                 lang: str) -> None:
    """The masthead in the first page's header, the symbol alone on the others, and
    "x / y" at the foot of every page; in the document's last section (a meeting pack
    gives each of its documents a section, with that document's own symbol)."""
    section = document.sections[-1]
    section.different_first_page_header_footer = True
    for part in (section.header, section.first_page_header, section.footer,
                 section.first_page_footer):
        part.is_linked_to_previous = False
    first = section.first_page_header
    width = ROOM
    table = first.add_table(rows=1, cols=2, width=width)
    _borderless(table)
    left, right = table.rows[0].cells
    left.width, right.width = Emu(int(width * 0.55)), Emu(int(width * 0.45))
    body = left.paragraphs[0]
    body.add_run(meeting.issuing_body or WORDS.get(lang, WORDS["en"])["un"]).bold = True
    symbol = right.paragraphs[0]
    symbol.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = symbol.add_run(masthead.symbol)
    run.bold, run.font.size = True, Pt(12)
    for line in masthead_lines(masthead, lang):
        added = right.add_paragraph(line)
        added.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        added.paragraph_format.space_after = Pt(0)
        added.runs[0].font.size = Pt(8.5)
    first.paragraphs[0].text = ""
    _rule_below(first.paragraphs[-1])
    later = section.header.paragraphs[0]
    later.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    later.add_run(masthead.symbol).bold = True
    _rule_below(later)
    for footer in (section.footer, section.first_page_footer):
        paragraph = footer.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        field(paragraph, "PAGE")
        paragraph.add_run(" / ")
        field(paragraph, "NUMPAGES")


def opening(document: Document, meeting: Meeting, masthead: Masthead, title: str,
            subtitle: str = "", *, lang: str = "en") -> None:
    """The lines the PDF prints under its masthead (printing/masthead.meeting_lines:
    the commission, the body, the meeting that considers the document or the plan's
    meeting with its place and dates), the agenda item in the document's language, then
    the title as Heading 1 so it leads the navigation pane."""
    from consult_desktop.printing.masthead import meeting_lines

    shown = DocumentInfo(kind="", title=title, considered_at=masthead.considered_at)
    for line, bold in meeting_lines(meeting, shown):
        document.add_paragraph().add_run(line).bold = bold
    if masthead.agenda_item:
        words = WORDS.get(lang, WORDS["en"])
        document.add_paragraph(words["item"].format(masthead.agenda_item))
    document.add_heading(tr(lang, title), level=1)  # a printed kind's own title
    if subtitle:
        document.add_paragraph().add_run(subtitle).bold = True


def repeat_header(row: Any) -> None:
    """Mark a table row as the heading row Word repeats atop each page."""
    trpr = row._tr.get_or_add_trPr()
    mark = OxmlElement("w:tblHeader")
    mark.set(qn("w:val"), "true")
    trpr.append(mark)


def keep_row_whole(row: Any) -> None:
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:cantSplit"))


def _cell_xml(tc: Any, text: str, *, bold: bool, right: bool) -> None:
    """Fill a new cell's paragraph: a few elements made directly, since python-docx's
    own calls cost ~0.4 ms a cell (17 s for a list of 10,000 participants)."""
    paragraph = tc.p_lst[0]
    properties = OxmlElement("w:pPr")
    style = OxmlElement("w:pStyle")
    style.set(qn("w:val"), TABLE_TEXT_ID)
    properties.append(style)
    if right:
        justify = OxmlElement("w:jc")
        justify.set(qn("w:val"), "right")
        properties.append(justify)
    paragraph.insert(0, properties)
    if not text:
        return
    run = OxmlElement("w:r")
    if bold:
        run_properties = OxmlElement("w:rPr")
        run_properties.append(OxmlElement("w:b"))
        run.append(run_properties)
    for number, line in enumerate(text.split("\n")):
        if number:
            run.append(OxmlElement("w:br"))
        element = OxmlElement("w:t")
        element.set(qn("xml:space"), "preserve")
        element.text = line
        run.append(element)
    paragraph.append(run)


def table(document: Document, header: Sequence[str], rows: Sequence[Sequence[str]], *,
          widths: Sequence[float] | None = None, right: Sequence[int] = (),
          bold_rows: Sequence[int] = (), bold_first_column: bool = False) -> Table:
    """A Word table: a bold heading row that repeats on each page, figures in the
    `right` columns right-aligned, `bold_rows` (indices into `rows`) in bold."""
    made = document.add_table(rows=1 + len(rows), cols=len(header))
    made.style = document.styles["Table Grid"]
    made.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_widths: list[Emu | None] = [None] * len(header)
    if widths:
        total = sum(widths)
        made.autofit = False
        cell_widths = [Emu(int(ROOM * weight / total)) for weight in widths]
        for column, width in zip(made.columns, cell_widths, strict=True):
            column.width = width  # the grid, which LibreOffice reads
    bold = set(bold_rows)
    right_columns = set(right)
    # One pass over the rows' XML: `made.rows[n]` searches the table each time.
    for number, (row_xml, values) in enumerate(zip(made._tbl.tr_lst, [header, *rows],
                                              strict=True)):
        if number == 0:
            repeat_header(made.rows[0])
        for column, (tc, value) in enumerate(zip(row_xml.tc_lst, values, strict=True)):
            text = str(value)
            _cell_xml(tc, text, right=column in right_columns,
                      bold=(number == 0 or (number - 1) in bold
                            or (bold_first_column and column == 0 and bool(text))))
            if cell_widths[column] is not None:
                tc.width = cell_widths[column]
    return made


def paragraphs(text: str) -> list[str]:
    """A long text cut at its blank lines."""
    parts = [part.strip() for part in text.replace("\r\n", "\n").split("\n\n")]
    return [part for part in parts if part]


def add_text(document: Document, text: str, style: str | None = None) -> Paragraph:
    """A paragraph whose single line breaks stay line breaks."""
    paragraph = document.add_paragraph(style=style)
    lines = text.split("\n")
    run = paragraph.add_run(lines[0])
    for line in lines[1:]:
        run.add_break()
        run.add_text(line)
    return paragraph


def restart_numbering(document: Document, paragraph: Paragraph) -> None:
    """Start the Word numbering of a "List Number" paragraph again from 1, as a new
    document in a meeting pack does."""
    numbering = document.part.numbering_part.numbering_definitions._numbering
    style_num = document.styles["List Number"].element.pPr.numPr.numId.val
    abstract = numbering.num_having_numId(style_num).abstractNumId.val
    num = numbering.add_num(abstract)
    override = num.add_lvlOverride(ilvl=0)
    override.add_startOverride(1)
    ppr = paragraph._p.get_or_add_pPr()
    numpr = ppr.get_or_add_numPr()
    numpr.get_or_add_ilvl().val = 0
    numpr.get_or_add_numId().val = num.numId


def new_part(document: Document) -> None:
    """The next document of a pack starts on a new page."""
    document.add_section(WD_SECTION.NEW_PAGE)


def save(document: Document, title: str, author: str = "", subject: str = "") -> bytes:
    properties = document.core_properties
    properties.title, properties.author, properties.subject = title, author, subject
    properties.comments = "Consult Desktop"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
