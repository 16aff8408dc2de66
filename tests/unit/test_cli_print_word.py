"""`consult-desktop print` to Word by the output's suffix, and the name tents and
badges by `print` too."""

from __future__ import annotations

import io

import pytest
from docx import Document
from docx.oxml.ns import qn

from consult_desktop.cli import main


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
    assert main(["print", str(demo_path), card, "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF-")
    assert str(out) in capsys.readouterr().out
    # No Word file of them: refused before anything is written.
    word = tmp_path / f"{card}.docx"
    assert main(["print", str(demo_path), card, "-o", str(word)]) == 1
    assert "cannot be written as docx" in capsys.readouterr().err
    assert not word.exists()


def test_the_word_pack_reads_back_with_words_own_structure(demo_path, tmp_path):
    """What a word processor lays out from, read back without one: a section per
    document with that document's symbol in its header, page numbers as fields, every
    table's heading row repeated on each page, one font for every script."""
    out = tmp_path / "pack.docx"
    assert main(["print", str(demo_path), "pack", "-o", str(out)]) == 0
    word = Document(str(out))
    titles = [p.text for p in word.paragraphs if p.style.name == "Heading 1"]
    assert titles[:3] == ["Provisional annotated agenda", "List of participants", "Budget"]
    assert len(word.sections) == len(titles) + 1  # the cover, then one per document
    symbols = [section.header.paragraphs[0].text for section in word.sections]
    assert all(symbols) and symbols[1].startswith("ECE/EX/2017/")
    for section in word.sections:
        for footer in (section.footer, section.first_page_footer):
            fields = [f.get(qn("w:instr")) for f in footer._element.iter(qn("w:fldSimple"))]
            assert fields == ["PAGE", "NUMPAGES"]
    assert len(word.tables) >= 4
    for table in word.tables:
        repeated = [row._tr.trPr is not None and row._tr.trPr.find(qn("w:tblHeader"))
                    is not None for row in table.rows]
        assert repeated[0] and not any(repeated[1:])
    fonts = word.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert {fonts.get(qn(f"w:{slot}")) for slot in ("ascii", "hAnsi", "cs", "eastAsia")} \
        == {"Times New Roman"}
    cells = {cell.text for table in word.tables for row in table.rows for cell in row.cells}
    # The English pack names him in Latin letters, as the plan spells them.
    assert any("Alexey Vorontsov" in text for text in cells)
