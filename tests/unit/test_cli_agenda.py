"""`check` lists the agenda's clashes; `export PLAN OUT.ics` writes the calendar."""

from __future__ import annotations

import sqlite3

from consult_desktop.cli import main


def plant_clash(path) -> None:
    """Item 4 starts at 12:30, during 3 (b), in the same room and with the same chair."""
    with sqlite3.connect(path) as db:
        db.execute("UPDATE agenda_item SET start_time = '12:30:00.000000' WHERE number = '4'")


def test_check_exits_1_and_names_a_planted_clash(demo_path, capsys):
    assert main(["check", str(demo_path)]) == 0
    capsys.readouterr()
    plant_clash(demo_path)
    assert main(["check", str(demo_path)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert ("Agenda (room): '3 (b) Statements by delegations and stakeholders' and "
            "'4 Input to the preparatory meeting in Mexico' are both in Room XII on "
            "Fri 03 Nov 2017 from 12:30 to 13:00") in lines
    assert any(line.startswith("Agenda (person): Mr. Marco Bellini is in both") for line in lines)
    assert "no problems found" not in lines


def test_check_names_a_declined_speaker(demo_path, capsys):
    with sqlite3.connect(demo_path) as db:
        db.execute("UPDATE participant SET status = 'declined' WHERE family_name = 'Okafor'")
    assert main(["check", str(demo_path)]) == 1
    out = capsys.readouterr().out
    assert "Ms. Grace Okafor speaks at '3 (a) Outcomes of the 7th Global Meeting" in out
    assert "but has declined" in out


def test_export_ics_writes_the_calendar(demo_path, tmp_path, capsys):
    out = tmp_path / "agenda.ICS"
    assert main(["export", str(demo_path), str(out)]) == 0
    assert "wrote 10 agenda events" in capsys.readouterr().out
    assert out.read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_export_ics_refuses_an_unknown_time_zone_in_one_line(demo_path, tmp_path, capsys):
    with sqlite3.connect(demo_path) as db:
        db.execute("UPDATE plan SET timezone = 'Geneva'")
    out = tmp_path / "agenda.ics"
    assert main(["export", str(demo_path), str(out)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "time zone 'Geneva' is not known" in err
    assert not out.exists()


def test_agenda_prints_the_days_items_and_clashes(demo_path, capsys):
    plant_clash(demo_path)
    assert main(["agenda", str(demo_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Fri 03 Nov 2017"
    assert "  10:00\u201310:15  1 Opening of the meeting  [Room XII]" in lines
    assert "  12:30\u201317:00  4 Input to the preparatory meeting in Mexico  [Room XII]" in lines
    assert lines[-4] == "3 clashes:"
    assert lines[-3].startswith("  '3 (b) Statements by delegations and stakeholders' and '4 ")
