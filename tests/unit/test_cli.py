"""The command line: outputs and exit codes, refusals included."""

from __future__ import annotations

import subprocess
import sys

import pytest

from consult_desktop.cli import main
from consult_desktop.store import schema


def test_demo_writes_a_plan_and_info_describes_it(tmp_path, capsys):
    plan = tmp_path / "demo.consult"
    assert main(["demo", str(plan)]) == 0
    assert main(["info", str(plan)]) == 0
    out = capsys.readouterr().out
    assert "Title: Regional consultation on the global compact for migration" in out
    assert "(a) Full-fledged" in out and "$157,974.00" in out
    assert "(b) Extended session" in out
    assert "Participants: 13" in out and "Agenda items: 10" in out
    assert f"Schema version: {schema.HEAD}" in out


def test_demo_refuses_to_overwrite_without_force(tmp_path, capsys):
    plan = tmp_path / "demo.consult"
    plan.write_text("mine")
    assert main(["demo", str(plan)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "already exists" in err
    assert plan.read_text() == "mine"
    assert main(["demo", str(plan), "--force"]) == 0


def test_new_creates_an_empty_plan(tmp_path, capsys):
    plan = tmp_path / "new.consult"
    assert main(["new", str(plan), "--title", "Expert group meeting"]) == 0
    assert main(["info", str(plan)]) == 0
    out = capsys.readouterr().out
    assert "Title: Expert group meeting" in out and "Options: 0" in out
    assert main(["new", str(plan), "--title", "Again"]) == 1


@pytest.mark.parametrize("content", [b"", b"hello", b"SQLite format 3\x00" + b"\x00" * 50])
def test_info_refuses_what_is_not_a_plan_in_one_line(tmp_path, capsys, content):
    plan = tmp_path / "x.consult"
    plan.write_bytes(content)
    assert main(["info", str(plan)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("consult-desktop: ") and err.count("\n") == 1
    assert "Traceback" not in err
    assert plan.read_bytes() == content


def test_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["info"])
    assert stop.value.code == 2
    with pytest.raises(SystemExit) as stop:
        main(["new", "x.consult"])  # --title is required
    assert stop.value.code == 2


def test_the_console_entry_point_runs_without_a_window(tmp_path):
    plan = tmp_path / "demo.consult"
    run = subprocess.run([sys.executable, "-m", "consult_desktop", "demo", str(plan)],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    missing = subprocess.run([sys.executable, "-m", "consult_desktop", "info",
                              str(tmp_path / "none.consult")],
                             capture_output=True, text=True, timeout=60)
    assert missing.returncode == 1 and "no such file" in missing.stderr
    assert "Traceback" not in missing.stderr


def test_check_on_the_demo_finds_nothing(demo_path, capsys):
    assert main(["check", str(demo_path)]) == 0
    assert "no problems found" in capsys.readouterr().out


def test_export_to_an_unknown_format_is_refused(demo_path, tmp_path, capsys):
    out = tmp_path / "plan.docx"
    assert main(["export", str(demo_path), str(out)]) == 1
    assert "cannot export to .docx" in capsys.readouterr().err
    assert not out.exists()


def test_check_flags_an_option_ending_after_the_mexico_meeting(demo_path, capsys):
    import sqlite3

    with sqlite3.connect(demo_path) as db:
        db.execute("UPDATE option SET proposed_start='2017-11-29', proposed_end='2017-11-30'"
                   " WHERE label='a'")
    assert main(["check", str(demo_path)]) == 1
    lines = capsys.readouterr().out.splitlines()
    # The agenda's check also sees the demo's items now fall outside option (a)'s days.
    assert [line for line in lines if line.startswith("timeline:")] == [
        "timeline: Option (a) ends on 30 November 2017, after its outcome is due on "
        "27 November 2017 (Preparatory meeting, Mexico: outcome of the regional "
        "consultation due)"
    ]
