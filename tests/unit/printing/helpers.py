"""Helpers for the printing tests: read a PDF's text back, page by page, and make the
plain data of small documents by hand."""

from __future__ import annotations

import datetime as dt
import io
import re

from consult_desktop.domain.printed import DocumentInfo, Meeting

PAGE_NUMBER = re.compile(r"^\s*(\d+) / (\d+)\s*$", re.MULTILINE)


def read_pages(pdf: bytes) -> list[str]:
    from pypdf import PdfReader

    assert pdf.startswith(b"%PDF-")
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def pdf_fonts(pdf: bytes) -> dict[str, bool]:
    """Each font a PDF's pages use, by base name, and whether its file is embedded."""
    from pypdf import PdfReader

    found: dict[str, bool] = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for font in fonts.get_object().values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            embedded = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2",
                                                           "/FontFile3"))
            found[str(font["/BaseFont"])] = embedded
    return found


def flat(pages: list[str]) -> str:
    """All the text on one line, so a phrase wrapped over two lines still matches."""
    return re.sub(r"\s+", " ", " ".join(pages))


def in_order(text: str, *phrases: str) -> bool:
    """Whether each phrase occurs, each after the one before."""
    position = 0
    for phrase in phrases:
        found = text.find(phrase, position)
        if found < 0:
            return False
        position = found + len(phrase)
    return True


def check_every_page(pages: list[str], body: str, symbol: str,
                     distribution: str = "General") -> None:
    """The first page carries the masthead ("United Nations", the symbol whole, the
    body, "Distr.: ...", "Original: English"); every later page the symbol alone as its
    running head, on the first line; every page its "x / y" number."""
    first = pages[0]
    for wanted in ("United Nations", symbol, body, f"Distr.: {distribution}",
                   "Original: English"):
        assert wanted in first, f"page 1: no {wanted!r} in the masthead"
    for number, page in enumerate(pages[1:], start=2):
        assert page.lstrip().startswith(symbol), f"page {number}: no running head"
        assert "Original:" not in page, f"page {number}: a masthead again"
    for number, page in enumerate(pages, start=1):
        numbers = PAGE_NUMBER.findall(page)
        assert (str(number), str(len(pages))) in numbers, f"page {number}: {numbers}"


def a_meeting() -> Meeting:
    return Meeting(title="Expert group meeting on statistics", organiser="ECE",
                   governing_body="Conference of European Statisticians", venue="Geneva",
                   start_date=dt.date(2026, 5, 4), end_date=dt.date(2026, 5, 5),
                   mandate="Decision 2025/3.")


def info(kind: str, symbol: str = "ECE/CES/2026/1") -> DocumentInfo:
    return DocumentInfo(kind=kind, title=kind.replace("_", " ").capitalize(), symbol=symbol,
                        issued=dt.date(2026, 4, 1))


HOSTILE = ("<b>unclosed", "x<y", "AT&T <R&D>", "&amp;")
