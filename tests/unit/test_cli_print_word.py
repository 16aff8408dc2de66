"""`consult-desktop print` to Word by the output's suffix, and the name tents and
badges."""

from __future__ import annotations

import io

import pytest
from docx import Document

from consult_desktop.cli import main
from consult_desktop.printing.word import convert


@pytest.mark.parametrize("document", ["agenda", "participants", "budget", "options-note",
                                      "summary", "pack"])
def test_each_document_prints_to_word(demo_path, tmp_path, capsys, document):
    out = tmp_path / f"{document}.docx"
    assert main(["print", str(demo_path), document, "-o", str(out)]) == 0
    word = Document(io.BytesIO(out.read_bytes()))
    assert any(p.style.name == "Heading 1" for p in word.paragraphs)
    assert str(out) in capsys.readouterr().out


def test_the_word_masthead_takes_the_documents_identity(demo_path, tmp_path):
    assert main(["documents", str(demo_path), "agenda", "--distribution", "limited",
                 "--symbol", "ECE/EX/2017/L.99"]) == 0
    out = tmp_path / "agenda.docx"
    assert main(["print", str(demo_path), "agenda", "-o", str(out)]) == 0
    header = Document(str(out)).sections[0].first_page_header
    text = " ".join(c.text for t in header.tables for r in t.rows for c in r.cells)
    assert "ECE/EX/2017/L.99" in text and "Distr.: Limited" in text


@pytest.mark.parametrize("card", ["nameplates", "badges"])
def test_tents_and_badges_print_as_pdf(demo_path, tmp_path, capsys, card):
    out = tmp_path / f"{card}.pdf"
    assert main(["cards", str(demo_path), card, "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF-")
    assert str(out) in capsys.readouterr().out


@pytest.mark.skipif(convert.office() is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_the_word_pack(demo_path, tmp_path):
    """A second reader: LibreOffice lays the pack out, with its page-number fields."""
    from tests.unit.printing.helpers import flat, read_pages

    out = tmp_path / "pack.docx"
    assert main(["print", str(demo_path), "pack", "-o", str(out)]) == 0
    pdf = convert.to_pdf([out])[0]
    pages = read_pages(pdf.read_bytes())
    assert len(pages) > 4
    text = flat(pages)
    assert "Provisional annotated agenda" in text and "Алексей" in text
    assert f"2 / {len(pages)}" in text
