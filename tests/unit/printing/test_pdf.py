"""The PDF itself: every font embedded, the language and title set, and a meeting pack
a reader can navigate (a bookmark a part, contents lines that link to their pages)."""

from __future__ import annotations

import io

from pypdf import PdfReader

from consult_desktop.services import printables

from .helpers import pdf_fonts


def demo_pack_pdf(demo_plan) -> bytes:
    with demo_plan.read() as session:
        return printables.build("pack", printables.load(session, demo_plan.plan_id, "pack"))


def test_every_document_of_the_pack_embeds_every_font_it_uses(demo_plan):
    fonts = pdf_fonts(demo_pack_pdf(demo_plan))
    assert fonts and all(fonts.values()), fonts


def test_the_pdf_states_its_language_and_a_title_with_the_symbol(demo_plan):
    with demo_plan.read() as session:
        data = printables.load(session, demo_plan.plan_id, "pack")
    reader = PdfReader(io.BytesIO(printables.build("pack", data)))
    assert reader.trailer["/Root"]["/Lang"] == "en"
    symbol = data.document.symbol
    expected = f"{symbol} - Meeting pack" if symbol else "Meeting pack"
    assert reader.metadata.title == expected


def bookmarks(reader: PdfReader) -> dict[str, int]:
    """Each bookmark's title and the number (from 1) of the page it opens."""
    return {mark.title: reader.get_destination_page_number(mark) + 1
            for mark in reader.outline}


def test_the_pack_has_a_bookmark_for_each_part_at_the_page_the_contents_give(demo_plan):
    reader = PdfReader(io.BytesIO(demo_pack_pdf(demo_plan)))
    marks = bookmarks(reader)
    assert list(marks)[:5] == ["Meeting pack", "Provisional annotated agenda",
                               "List of participants", "Budget", "Options note"]
    contents = " ".join(reader.pages[1].extract_text().split())
    for title, page in list(marks.items())[1:]:
        assert f"{title} {page}" in contents, (title, page)
    assert list(marks.values()) == sorted(marks.values())


def test_each_line_of_the_contents_links_to_the_page_of_its_part(demo_plan):
    reader = PdfReader(io.BytesIO(demo_pack_pdf(demo_plan)))
    page_numbers = {page.indirect_reference.idnum: number
                    for number, page in enumerate(reader.pages, start=1)}
    targets = []
    for annotation in reader.pages[1].get("/Annots", []):
        link = annotation.get_object()
        destination = link["/Dest"] if "/Dest" in link else link["/A"]["/D"]
        targets.append(page_numbers[destination[0].idnum])
    assert targets == list(bookmarks(reader).values())[1:]
