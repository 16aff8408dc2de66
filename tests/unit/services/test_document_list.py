"""The list of documents of the session (issue 22): deadlines from the rules, the
warnings of `check`, the import all or nothing, the edits and their undo."""

from __future__ import annotations

import datetime as dt

import pytest

from consult_desktop.cli import main
from consult_desktop.domain import document_list as lists
from consult_desktop.services import document_list as service
from consult_desktop.services.edits import run

FIRST_DAY = dt.date(2017, 11, 2)  # the demo's first day
TEN_WEEKS = FIRST_DAY - dt.timedelta(weeks=10)  # 24 August 2017
SIX_WEEKS = FIRST_DAY - dt.timedelta(weeks=6)  # 21 September 2017


def _by_symbol(plan_file):
    return {e.symbol: e for e in service.entries(plan_file)}


def test_deadlines_follow_the_rules_unless_set():
    assert lists.default_deadline("official", FIRST_DAY, [10, 8, 6]) == TEN_WEEKS
    assert lists.default_deadline("informal", FIRST_DAY, [10, 8, 6]) == SIX_WEEKS
    assert lists.default_deadline("crp", FIRST_DAY, [10, 8, 6]) == FIRST_DAY
    assert lists.default_deadline("official", FIRST_DAY, []) == TEN_WEEKS
    assert lists.default_deadline("official", None, [10]) is None


def test_the_demo_lists_every_document_of_its_session(demo_plan):
    found = _by_symbol(demo_plan)
    assert found["ECE/EX/2017/L.8"].title == "Provisional annotated agenda"
    assert found["ECE/EX/2017/L.8"].deadline == TEN_WEEKS
    assert found["ECE/EX/2017/INF.3"].agenda_item == "3 (a)"
    assert "ECE/EX/2017/INF.6" not in found  # the meeting pack is no document
    assert service.problems(demo_plan, dt.date(2017, 10, 1)) == []


def _drafting(plan_file, symbol, **values):
    entry = _by_symbol(plan_file)[symbol]
    old = service.values_of(entry)
    run(plan_file, service.ChangeDocumentList(
        "edit", updated=[(service.target_of(entry), old, {**old, **values})]))


def test_overdue_warning_on_either_side_of_the_deadline(demo_plan):
    _drafting(demo_plan, "ECE/EX/2017/INF.2", status="drafting", submitted=None,
              edited=None, translated=None, issued=None)
    assert service.problems(demo_plan, SIX_WEEKS) == []  # due today: not yet missed
    late = service.problems(demo_plan, SIX_WEEKS + dt.timedelta(days=1))
    assert late == ["documents: ECE/EX/2017/INF.2 (Migration in the ECE region: facts and "
                    "figures): its submission deadline, 21 September 2017, has passed and "
                    "it is not submitted"]
    assert service.problems(demo_plan, FIRST_DAY + dt.timedelta(days=1)) == []  # history


def test_an_own_deadline_replaces_the_rule(demo_plan):
    _drafting(demo_plan, "ECE/EX/2017/INF.2", status="drafting",
              deadline=dt.date(2017, 10, 20))
    entry = _by_symbol(demo_plan)["ECE/EX/2017/INF.2"]
    assert entry.deadline == dt.date(2017, 10, 20) and entry.deadline_set
    assert service.problems(demo_plan, dt.date(2017, 10, 20)) == []


def test_french_or_russian_missing_at_the_distribution_deadline(demo_plan):
    _drafting(demo_plan, "ECE/EX/2017/L.9", available="E")
    assert service.problems(demo_plan, SIX_WEEKS) == []
    assert service.problems(demo_plan, SIX_WEEKS + dt.timedelta(days=1)) == [
        "documents: ECE/EX/2017/L.9 (Summary of discussions): required in French and "
        "Russian but not available at the distribution deadline, 21 September 2017"]


def test_the_edit_undoes(demo_plan):
    before = service.entries(demo_plan)
    entry = _by_symbol(demo_plan)["ECE/EX/2017/INF.2"]
    old = service.values_of(entry)
    edit = service.ChangeDocumentList("edit", added=[{"title": "Note by the Chair",
                                                      "doc_type": "crp"}],
                                      updated=[(service.target_of(entry), old,
                                                {**old, "words": 10})],
                                      removed=[])
    run(demo_plan, edit)
    assert _by_symbol(demo_plan)["ECE/EX/2017/INF.2"].words == 10
    assert any(e.title == "Note by the Chair" for e in service.entries(demo_plan))
    run(demo_plan, edit, "revert")
    assert service.entries(demo_plan) == before


CSV = """Symbol,Title,Type,Item,Words,Languages,Status,Date
ECE/EX/2017/INF.8,Background note on remittances,informal,3 (b),"2,400",E/F,submitted,2017-10-02
ECE/EX/2017/INF.2,Migration in the ECE region: facts and figures,informal,3,5300,EFR,issued,
,Statement by the Chair,CRP,4,,E,,
"""


def test_import_adds_and_updates(demo_path, tmp_path, capsys):
    table = tmp_path / "documents.csv"
    table.write_text(CSV, encoding="utf-8")
    assert main(["documents", str(demo_path), "--import", str(table)]) == 0
    assert "2 documents added, 1 updated" in capsys.readouterr().out
    assert main(["documents", str(demo_path)]) == 0
    out = capsys.readouterr().out
    assert "Background note on remittances" in out and "Submitted 02 Oct 2017" in out
    assert "Statement by the Chair" in out and "5,300" in out


def test_import_is_all_or_nothing_with_row_errors(demo_path, tmp_path, capsys):
    table = tmp_path / "documents.csv"
    table.write_text(CSV + "ECE/EX/2017/INF.9,Bad row,memo,3,many,E/X,printed,\n",
                     encoding="utf-8")
    assert main(["documents", str(demo_path)]) == 0
    listed = capsys.readouterr().out
    assert main(["documents", str(demo_path), "--import", str(table)]) == 1
    err = capsys.readouterr().err
    for column in ("Type", "Words", "Languages", "Status"):
        assert f"documents.csv:5: {column}:" in err
    assert "nothing imported (4 problems)" in err
    assert main(["documents", str(demo_path)]) == 0
    assert capsys.readouterr().out == listed


def test_import_needs_a_title_column(demo_path, tmp_path, capsys):
    table = tmp_path / "documents.csv"
    table.write_text("Symbol,Name\nA/1,x\n", encoding="utf-8")
    assert main(["documents", str(demo_path), "--import", str(table)]) == 1
    assert "documents.csv:1: Title: no Title column" in capsys.readouterr().err


@pytest.mark.parametrize(("text", "letters"), [
    ("E/F/R", "EFR"), ("R, E", "ER"), ("EF", "EF"), ("English and French", "EF"),
    ("en ru", "ER"), ("", "")])
def test_languages_as_letters(text, letters):
    assert lists.letters(text) == letters


def test_a_language_that_is_none_is_named():
    with pytest.raises(ValueError, match="'X' is not a language"):
        lists.letters("E/X")
