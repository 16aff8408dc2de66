"""The files people really have: workbooks of several sheets, big or garbage files, a
workbook renamed .csv, a .txt. Each refusal names the file and leaves the plan as it was."""

from __future__ import annotations

import os
import subprocess
import sys

import openpyxl
import pytest

from consult_desktop.cli import main
from consult_desktop.interchange.participants_csv import TableError, read_csv
from consult_desktop.interchange.participants_io import read_table
from consult_desktop.interchange.participants_xlsx import SheetChoice


def _workbook(path, sheets):
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


PEOPLE = [["Family name", "Given name", "Category"], ["Okafor", "Grace", "expert"]]
NOTES = [["Read me first"], ["This workbook lists the delegations."]]


def test_the_sheet_with_a_recognised_header_row_is_read_not_the_first(tmp_path):
    path = _workbook(tmp_path / "list.xlsx", {"Notes": NOTES, "People": PEOPLE})
    table = read_table(path)
    assert table.headers == PEOPLE[0] and table.rows == [(2, PEOPLE[1])]


def test_a_sheet_asked_for_by_name_is_read_and_an_unknown_one_suggests_the_nearest(tmp_path):
    path = _workbook(tmp_path / "list.xlsx", {"Notes": NOTES, "People": PEOPLE})
    assert read_table(path, "Notes").headers == ["Read me first"]
    with pytest.raises(TableError, match=r"list\.xlsx: no sheet 'Peple'; did you mean 'People'"):
        read_table(path, "Peple")


def test_no_recognised_sheet_lists_the_sheets(tmp_path):
    path = _workbook(tmp_path / "list.xlsx", {"Notes": NOTES, "Other": NOTES})
    with pytest.raises(SheetChoice, match=r"sheets: 'Notes', 'Other'.*--sheet") as caught:
        read_table(path)
    assert caught.value.sheets == ["Notes", "Other"]


def test_import_sheet_option_on_the_command_line(demo_path, tmp_path, capsys):
    path = _workbook(tmp_path / "list.xlsx", {"Notes": NOTES, "Other": [["Name", "Kind"]]})
    before = demo_path.read_bytes()
    assert main(["import", str(demo_path), str(path)]) == 1
    assert "(sheets: 'Notes', 'Other')" in capsys.readouterr().err
    assert demo_path.read_bytes() == before
    path = _workbook(tmp_path / "two.xlsx", {"Notes": NOTES, "Mine": [
        ["Surname", "Category"], ["Nowak", "expert"]]})
    assert main(["import", str(demo_path), str(path), "--sheet", "Mine"]) == 0
    assert "added 1" in capsys.readouterr().out


def test_a_workbook_renamed_csv_is_called_a_workbook(demo_path, tmp_path, capsys):
    path = _workbook(tmp_path / "list.csv", {"People": PEOPLE})
    before = demo_path.read_bytes()
    assert main(["import", str(demo_path), str(path)]) == 1
    assert "this is a workbook (XLSX)" in capsys.readouterr().err
    assert demo_path.read_bytes() == before


def test_a_txt_file_is_refused_with_what_to_do(demo_path, tmp_path, capsys):
    path = tmp_path / "list.txt"
    path.write_text("Family name,Category\nNowak,expert\n")
    before = demo_path.read_bytes()
    assert main(["import", str(demo_path), str(path)]) == 1
    err = capsys.readouterr().err
    assert "list.txt: cannot import a .txt file" in err and ".csv" in err
    assert demo_path.read_bytes() == before


def test_garbage_is_refused_from_its_first_bytes(tmp_path):
    path = tmp_path / "garbage.csv"
    path.write_bytes(os.urandom(200_000))
    with pytest.raises(TableError, match=r"garbage\.csv: this is not a text file"):
        read_csv(path)


def test_a_small_file_with_a_stray_nul_is_still_read(tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes(b"Family name,Notes\nNowak,a\x00b\n")
    assert read_csv(path).rows == [(2, ["Nowak", "a\x00b"])]


def _peak_of_reading(path) -> int:
    """Peak memory (KB) of a fresh process reading `path`, less that of one that only
    imports the same modules."""
    code = ("import resource, sys\n"
            "from consult_desktop.interchange.participants_csv import TableError, read_csv\n"
            "if sys.argv[1] != '-':\n"
            "    try: read_csv(sys.argv[1])\n"
            "    except TableError as e: print(e)\n"
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n")
    def peak(arg):
        done = subprocess.run([sys.executable, "-c", code, arg], capture_output=True,
                              text=True, check=True, timeout=120)
        return int(done.stdout.split()[-1])
    return peak(str(path)) - peak("-")


def test_a_50_mb_file_is_read_as_a_stream_and_refused_in_bounded_memory(tmp_path):
    line = b"Name,Given,member_state,France,Ministry of Foreign Affairs,Counsellor,x@y.org\n"
    big = tmp_path / "big.csv"
    with open(big, "wb") as stream:
        stream.write(b"Family name,Given name,Category,Country,Organisation,Function,Email\n")
        stream.write(line * (50_000_000 // len(line)))
    grew = _peak_of_reading(big)
    assert grew < 100_000, f"{grew} KB more than the bare imports for a 50 MB file"
    garbage = tmp_path / "garbage.csv"
    garbage.write_bytes(os.urandom(50_000_000))
    assert _peak_of_reading(garbage) < 20_000
