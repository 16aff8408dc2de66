"""`consult-desktop print`: each document to a PDF file, refusals that change nothing."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from consult_desktop.cli import main
from tests.unit.small_plan import OPTION_A, OPTION_B, SYMBOLS, TITLE, build_small_plan

# What each document must say about the small plan (tests/unit/small_plan.py): its
# title as a reader sees it, and the plan's content it is made of.
EXPECTED = {
    "agenda": ("Provisional annotated agenda", [
        "1. Opening of the meeting", "3. Measuring migration", "(a) Census data",
        "Experts will compare census methods.", "Monday, 5 March 2018"]),
    "participants": ("List of participants", [
        "3 participants", "Sweden", "Ms. Anna Berg", "Director of statistics", "Ghana",
        "Mr. Kofi Mensah", "International Organization for Migration", "Ms. Maria Silva"]),
    "budget": ("Budget", [
        OPTION_A, OPTION_B, "Meeting assistant (GTA)", "Interpreters", "Travel of experts",
        "Subtotal 27,900 3,000", "Programme support costs 2,002 390",
        "Total 29,902 3,390"]),
    "options-note": ("Options note", [
        f"{TITLE}: options", f"(a) {OPTION_A}", f"(b) {OPTION_B}",
        "Cost: $29,902, including programme support costs of $2,002.",
        "10 April 2018: Preparatory meeting in Mexico"]),
    "summary": ("Summary of discussions", [
        "I. Measuring migration (agenda item 3)", "1. Experts compared census methods."]),
    "pack": ("Meeting pack", [
        "Contents", "Provisional annotated agenda", "List of participants", "Budget",
        "Options note", "Summary of discussions", "(a) Census data", "Ms. Anna Berg",
        "Total 29,902 3,390", "1. Experts compared census methods."]),
}
KINDS = {"options-note": "options_note"}


def pdf_pages(path) -> list[str]:
    """Each page's text, every run of white space one space."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


@pytest.fixture(scope="module")
def small_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("small") / "small.consult"
    build_small_plan(path).close()
    return path


@pytest.mark.parametrize("document", list(EXPECTED))
def test_each_document_prints_its_title_and_the_plan_s_content(small_path, tmp_path, capsys,
                                                                document):
    out = tmp_path / f"{document}.pdf"
    assert main(["print", str(small_path), document, "-o", str(out)]) == 0
    assert capsys.readouterr().out.startswith(f"wrote the {document} to {out} (")
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no temporary left
    title, content = EXPECTED[document]
    symbol = SYMBOLS[KINDS.get(document, document)]
    assert PdfReader(out).metadata.title == f"{symbol} - {title}"
    pages = pdf_pages(out)
    text = " ".join(pages)
    if document != "options-note":  # the note is titled after the meeting
        assert title in text
    for expected in content:
        assert expected in text, expected
    assert "Original: English" in pages[0]  # the masthead; later pages carry the symbol
    if document != "pack":  # a pack's pages carry the symbol of the part they belong to
        assert all(symbol in page for page in pages)
    # Who declined is left out, and contact details stay out unless asked for.
    assert "Wei" not in text and "a.berg@example.se" not in text


def test_the_pack_holds_each_document_once_in_order(small_path, tmp_path):
    out = tmp_path / "pack.pdf"
    assert main(["print", str(small_path), "pack", "-o", str(out)]) == 0
    pages = pdf_pages(out)
    assert "Meeting pack" in pages[0] and TITLE in pages[0]
    starts = [next(n for n, page in enumerate(pages) if SYMBOLS[kind] in page)
              for kind in ("agenda", "participants", "budget", "options_note", "summary")]
    assert starts == sorted(starts) and starts[0] == 2  # after the cover and contents
    assert sum("Experts compared census methods." in page for page in pages) == 1


def test_an_unknown_option_is_refused_and_the_old_file_kept(demo_path, tmp_path, capsys):
    out = tmp_path / "budget.pdf"
    out.write_bytes(b"old")
    assert main(["print", str(demo_path), "budget", "--option", "z", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no option 'z'" in err
    assert out.read_bytes() == b"old"


def test_contacts_only_when_asked(demo_path, tmp_path):
    plain, full = tmp_path / "plain.pdf", tmp_path / "full.pdf"
    assert main(["print", str(demo_path), "participants", "-o", str(plain)]) == 0
    assert main(["print", str(demo_path), "participants", "--contacts", "-o", str(full)]) == 0

    def text(path):
        return "".join(page.extract_text() for page in PdfReader(path).pages)

    assert "g.okafor@example.org" not in text(plain)
    assert "g.okafor@example.org" in text(full)


def test_chair_and_speakers_only_when_asked(small_path, tmp_path):
    """A UN annotated agenda names no chair or speakers: they print on request only, in
    the agenda alone and in the pack's agenda."""
    people = ["Chair: Ms. Anna Berg", "Speakers: Mr. Kofi Mensah, Ms. Maria Silva"]
    for document in ("agenda", "pack"):
        plain, full = tmp_path / f"{document}.pdf", tmp_path / f"{document}-people.pdf"
        assert main(["print", str(small_path), document, "-o", str(plain)]) == 0
        assert main(["print", str(small_path), document, "--people", "-o", str(full)]) == 0
        plain_text, full_text = " ".join(pdf_pages(plain)), " ".join(pdf_pages(full))
        assert "Chair:" not in plain_text and "Speakers:" not in plain_text
        assert "Experts will compare census methods." in plain_text
        for line in people:
            assert line in full_text, (document, line)


def test_a_missing_folder_or_document_is_refused(demo_path, tmp_path, capsys):
    assert main(["print", str(demo_path), "pack", "-o", str(tmp_path / "no" / "x.pdf")]) == 1
    assert "no such folder" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        main(["print", str(demo_path), "minutes", "-o", str(tmp_path / "x.pdf")])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "no document 'minutes' (documents: agenda, participants, budget, options-note," \
        " summary, documents, pack, nameplates, badges)" in err
    assert list(tmp_path.glob("*.pdf")) == []


def test_a_document_may_be_named_as_stored(demo_path, tmp_path):
    out = tmp_path / "note.pdf"
    assert main(["print", str(demo_path), "Options_Note", "-o", str(out)]) == 0
    assert PdfReader(out).metadata.title.endswith(" - Options note")


def test_a_new_empty_plan_prints_every_document(tmp_path):
    plan = tmp_path / "empty.consult"
    assert main(["new", str(plan), "--title", "Empty <plan> & co"]) == 0
    for document in ("agenda", "participants", "budget", "options-note", "summary"):
        assert main(["print", str(plan), document, "-o", str(tmp_path / "x.pdf")]) == 0
    assert main(["print", str(plan), "pack", "-o", str(tmp_path / "pack.pdf")]) == 0
    pages = [page.extract_text() for page in PdfReader(tmp_path / "pack.pdf").pages]
    assert "Empty <plan> & co" in pages[0] and "Contents" in pages[1]
    assert "No participants yet." in "".join(pages)
