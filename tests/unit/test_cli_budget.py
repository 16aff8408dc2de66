"""`consult-desktop budget`: an option's budget, or the options side by side."""

from __future__ import annotations

import csv
import io
from decimal import Decimal as D

import pytest

from consult_desktop.cli import main
from consult_desktop.store import budget_queries
from consult_desktop.store.plan_file import open_plan


@pytest.fixture
def plan(tmp_path):
    path = tmp_path / "demo.consult"
    assert main(["demo", str(path)]) == 0
    return path


def _figures(path):
    plan_file = open_plan(path)
    try:
        with plan_file.read() as session:
            compared = budget_queries.comparison(session, plan_file.plan_id)
            return {c.option.label: c for c in compared}
    finally:
        plan_file.close()


def test_the_options_side_by_side_as_csv_match_the_budget_query(plan, capsys):
    capsys.readouterr()
    assert main(["budget", str(plan), "--format", "csv"]) == 0
    out = capsys.readouterr().out
    titles, figures = out.split("\n\n")
    assert "(b),Extended session of EXCOM open to other stakeholders" in titles
    rows = {row[0]: row[1:] for row in csv.reader(io.StringIO(figures))}
    expected = _figures(plan)
    assert rows[""] == ["(a)", "(b)"]
    for name, value in (("Total", lambda c: c.totals.total),
                        ("Programme support costs", lambda c: c.totals.psc),
                        ("Not yet funded", lambda c: c.totals.unfunded)):
        assert [D(x) for x in rows[name]] == [value(expected["a"]), value(expected["b"])]
    assert rows["Temporary staff / GTA"] == ["43500.00", ""]  # (b) has no GTA
    assert abs(D(rows["Total"][0]) - 158000) <= 500


def test_one_option_in_text_lists_its_lines_and_totals_in_the_plans_currency(plan, capsys):
    capsys.readouterr()
    assert main(["budget", str(plan), "--option", "(a)"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["Category", "Description", "Quantity"]
    travel = next(line for line in lines if line.startswith("Participants' travel  "))
    assert "Travel support to member States" in travel and travel.endswith("$42,000.00")
    psc = next(line for line in lines if line.startswith("Programme support costs"))
    assert psc.split()[-1] == "$18,174.00"
    assert lines[-1].startswith("Total") and lines[-1].endswith("$157,974.00")
    assert "Actual" not in out.split("\n\n")[1]  # nothing spent yet: no actual column total


def test_an_unknown_option_is_refused_naming_the_known_ones(plan, capsys):
    capsys.readouterr()
    assert main(["budget", str(plan), "--option", "z"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no option 'z'" in err and "(options: a, b)" in err


def test_a_bad_format_is_a_usage_error(plan):
    with pytest.raises(SystemExit) as exit_:
        main(["budget", str(plan), "--format", "xml"])
    assert exit_.value.code == 2
