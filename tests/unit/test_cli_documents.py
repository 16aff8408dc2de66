"""`consult-desktop documents`: each document's identity listed, and set."""

from __future__ import annotations

import datetime as dt

from consult_desktop.cli import main
from consult_desktop.services import documents


def test_documents_lists_every_document_with_its_defaults(tmp_path, capsys):
    plan = tmp_path / "new.consult"
    assert main(["new", str(plan), "--title", "Expert group"]) == 0
    capsys.readouterr()
    assert main(["documents", str(plan), "--identities"]) == 0
    out = capsys.readouterr().out
    for heading in ("agenda: Provisional annotated agenda", "participants: List of participants",
                    "budget: Budget", "options-note: Options note",
                    "summary: Summary of discussions", "pack: Meeting pack"):
        assert heading in out
    assert "symbol: - (default)" in out and "distribution: General" in out


def test_documents_sets_one_document_and_keeps_the_rest(demo_path, capsys):
    before = {i.kind: i for i in _identities(demo_path)}
    assert main(["documents", str(demo_path), "options-note", "--symbol",
                 "ECE/TRANS/WP.15/AC.1/2017/INF.34", "--date", "2017-10-20",
                 "--distribution", "restricted", "--original", "English only",
                 "--item", "3", "--meeting", "Ninety-first meeting"]) == 0
    out = capsys.readouterr().out
    assert "symbol: ECE/TRANS/WP.15/AC.1/2017/INF.34\n" in out
    after = {i.kind: i for i in _identities(demo_path)}
    note = after.pop("options_note")
    assert (note.symbol, note.issued, note.distribution, note.original_language,
            note.agenda_item, note.considered_at) == (
        "ECE/TRANS/WP.15/AC.1/2017/INF.34", dt.date(2017, 10, 20), "restricted",
        "English only", "3", "Ninety-first meeting")
    before.pop("options_note")
    assert after == before


def test_a_bad_value_is_refused_and_nothing_changes(demo_path, capsys):
    before = _identities(demo_path)
    content = demo_path.read_bytes()
    assert main(["documents", str(demo_path), "agenda", "--distribution", "secret"]) == 1
    assert "no distribution 'secret'" in capsys.readouterr().err
    assert main(["documents", str(demo_path), "minutes", "--symbol", "X"]) == 1
    assert "documents: agenda, participants" in capsys.readouterr().err
    assert main(["documents", str(demo_path), "--symbol", "X"]) == 1
    assert "name the DOCUMENT" in capsys.readouterr().err
    assert _identities(demo_path) == before
    assert demo_path.read_bytes() == content


def _identities(path):
    from consult_desktop.store.plan_file import open_plan

    plan_file = open_plan(path)
    try:
        return documents.identities(plan_file)
    finally:
        plan_file.close()
