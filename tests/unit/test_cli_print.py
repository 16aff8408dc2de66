"""`consult-desktop print`: each document to a PDF file, refusals that change nothing."""

from __future__ import annotations

import pytest

from consult_desktop.cli import main


@pytest.mark.parametrize("document", ["agenda", "participants", "budget", "options-note",
                                      "summary", "pack"])
def test_each_document_prints_to_a_pdf(demo_path, tmp_path, capsys, document):
    out = tmp_path / f"{document}.pdf"
    assert main(["print", str(demo_path), document, "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF-") and out.stat().st_size > 1000
    assert str(out) in capsys.readouterr().out
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_an_unknown_option_is_refused_and_the_old_file_kept(demo_path, tmp_path, capsys):
    out = tmp_path / "budget.pdf"
    out.write_bytes(b"old")
    assert main(["print", str(demo_path), "budget", "--option", "z", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no option 'z'" in err
    assert out.read_bytes() == b"old"


def test_contacts_only_when_asked(demo_path, tmp_path):
    from pypdf import PdfReader

    plain, full = tmp_path / "plain.pdf", tmp_path / "full.pdf"
    assert main(["print", str(demo_path), "participants", "-o", str(plain)]) == 0
    assert main(["print", str(demo_path), "participants", "--contacts", "-o", str(full)]) == 0

    def text(path):
        return "".join(page.extract_text() for page in PdfReader(path).pages)

    assert "g.okafor@example.org" not in text(plain)
    assert "g.okafor@example.org" in text(full)


def test_a_missing_folder_or_document_is_refused(demo_path, tmp_path, capsys):
    assert main(["print", str(demo_path), "pack", "-o", str(tmp_path / "no" / "x.pdf")]) == 1
    assert "no such folder" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        main(["print", str(demo_path), "minutes", "-o", str(tmp_path / "x.pdf")])
    assert exit_.value.code == 2


def test_a_new_empty_plan_prints_every_document(tmp_path):
    from pypdf import PdfReader

    plan = tmp_path / "empty.consult"
    assert main(["new", str(plan), "--title", "Empty <plan> & co"]) == 0
    for document in ("agenda", "participants", "budget", "options-note", "summary"):
        assert main(["print", str(plan), document, "-o", str(tmp_path / "x.pdf")]) == 0
    assert main(["print", str(plan), "pack", "-o", str(tmp_path / "pack.pdf")]) == 0
    pages = [page.extract_text() for page in PdfReader(tmp_path / "pack.pdf").pages]
    assert "Empty <plan> & co" in pages[0] and "Contents" in pages[1]
    assert "No participants yet." in "".join(pages)
