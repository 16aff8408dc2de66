"""The registry of printable documents: the one list the command line, File > Print and
the meeting pack read."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from consult_desktop.domain import vocab
from consult_desktop.services import printables


def test_one_entry_for_each_document_kind_with_its_title_then_tents_and_badges():
    documents_ = [e for e in printables.PRINTABLES if e.identity]
    assert [(e.id, e.title) for e in documents_] == list(vocab.DOCUMENT_KINDS)
    assert printables.names() == ["agenda", "participants", "budget", "options-note",
                                  "summary", "documents", "pack", "nameplates", "badges"]


def test_tents_and_badges_have_no_identity_and_stay_out_of_the_pack(demo_plan):
    for name in ("nameplates", "badges"):
        entry = printables.printable(name)
        assert not entry.identity and entry.id not in printables.PACK_PARTS
        assert entry.id not in vocab.codes(vocab.DOCUMENT_KINDS)
        assert printables.make(demo_plan, name).startswith(b"%PDF-")
    with pytest.raises(ValueError, match=r"cannot be written as docx \(formats: pdf\)"):
        printables.make(demo_plan, "badges", "docx")


def test_every_entry_prints_to_pdf_and_the_pack_can_build_each_of_its_parts():
    pack = printables.printable("pack")
    for entry in printables.PRINTABLES:
        assert "pdf" in entry.formats
    assert set(pack.parts) == {e.id for e in printables.PRINTABLES if e.in_pack}
    for kind in pack.parts:  # every format of the pack must be able to hold each part
        for output in pack.formats:
            assert printables.printable(kind).formats[output].part is not None, (kind, output)


@pytest.mark.parametrize("name", ["options-note", "options_note", " Options-Note "])
def test_a_document_is_found_by_its_command_line_or_stored_name(name):
    assert printables.printable(name).id == "options_note"


def test_an_unknown_name_is_refused_with_the_one_message_listing_the_documents():
    with pytest.raises(ValueError) as refused:
        printables.printable("minutes")
    assert str(refused.value) == (
        "no document 'minutes' (documents: agenda, participants, budget, options-note,"
        " summary, documents, pack, nameplates, badges)")
    with pytest.raises(ValueError, match="did you mean 'badges'"):
        printables.printable("badge")


def test_an_unknown_format_or_option_is_refused_before_anything_is_written(demo_plan):
    with pytest.raises(ValueError, match=r"cannot be written as odt \(formats: pdf, docx\)"):
        printables.make(demo_plan, "agenda", "odt")
    with pytest.raises(ValueError, match=r"no option 'z' \(options: a, b\)"):
        printables.make(demo_plan, "budget", choices=printables.Choices(option="z"))


def text_of(pdf: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_pack_passes_contact_details_to_its_list_and_keeps_every_option(demo_plan):
    plain = printables.make(demo_plan, "pack", choices=printables.Choices(option="b"))
    full = printables.make(demo_plan, "pack", choices=printables.Choices(contacts=True))
    assert "e.marchand@example.fr" not in text_of(plain)
    assert "e.marchand@example.fr" in text_of(full)
    assert "Option (a)" in text_of(plain) and "Option (b)" in text_of(plain)


def test_importing_the_registry_loads_neither_the_store_nor_reportlab(run_python):
    result = run_python(
        "import sys\n"
        "from consult_desktop.services import printables\n"
        "printables.printable('pack')\n"
        "print(sorted(m for m in ('sqlalchemy', 'reportlab', 'consult_desktop.store.models')"
        " if m in sys.modules))\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
