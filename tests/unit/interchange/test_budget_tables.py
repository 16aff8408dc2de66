"""Reading tables of money: rows pasted from a spreadsheet, with or without their
header row, and a workbook whose table is on another sheet than the first."""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from consult_desktop.domain.budget_input import DSA_COLUMNS, LINE_COLUMNS
from consult_desktop.interchange.budget_tables import read_file, read_pasted
from consult_desktop.interchange.participants_csv import TableError


def test_pasted_rows_with_their_header_are_read_by_it():
    table = read_pasted("Unit cost\tCategory\tQuantity\r\n100\tRooms\t2\r\n", LINE_COLUMNS)
    assert table.found == {"unit_cost": 0, "category": 1, "quantity": 2}
    assert table.rows == [(2, ["100", "Rooms", "2"])]


def test_pasted_rows_without_a_header_are_in_the_columns_order():
    table = read_pasted("Rooms\tCatering\t2\tday\t968\tCHF\t1\tExtrabudgetary\n",
                        LINE_COLUMNS)
    assert table.found["source"] == 7 and table.rows[0][0] == 1


def test_nothing_pasted_is_said():
    with pytest.raises(TableError, match="nothing to paste"):
        read_pasted("", LINE_COLUMNS)


def test_a_workbooks_table_is_found_on_the_sheet_that_has_its_columns(tmp_path):
    book = Workbook()
    book.active.title = "Notes"
    book.active.append(["Daily subsistence allowance, illustrative"])
    sheet = book.create_sheet("DSA")
    sheet.append([])
    sheet.append(["Country", "Area", "Daily rate USD", "Effective date"])
    sheet.append(["Switzerland", "Geneva", 412, "2017-10-01"])
    path = tmp_path / "dsa.xlsx"
    book.save(path)
    table = read_file(path, DSA_COLUMNS)
    assert str(table.where) == f"{path}, sheet 'DSA'"  # the command line's English
    assert table.rows == [(3, ["Switzerland", "Geneva", "412", "2017-10-01"])]


def test_a_file_of_another_kind_is_refused_by_name(tmp_path):
    path = tmp_path / "rates.ods"
    path.write_bytes(b"")
    with pytest.raises(TableError, match="save it as CSV"):
        read_file(path, DSA_COLUMNS)
