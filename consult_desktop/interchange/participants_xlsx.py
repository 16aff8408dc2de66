"""Participants to and from Excel workbooks (openpyxl, imported when first used).

Reading takes the values (never formulas) of the sheet asked for, else of the first sheet
whose header row is recognised; numbers become plain text ("41227001234", "1850.5").
Writing types each cell: amounts as numbers (two decimals), dates as dates, yes/no as
true/false, and everything else as text, formula-looking text quoted; the columns are
as wide as their longest text (within bounds).
"""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from consult_desktop.domain.participants import HEADERS, REQUIRED, match_headers
from consult_desktop.domain.phrases import phrase
from consult_desktop.domain.vocab import no_such
from consult_desktop.files import atomic_write
from consult_desktop.interchange.participants_csv import Sheet, TableError, neutralise

NON_XML = dict.fromkeys((0xFFFE, 0xFFFF))


class SheetChoice(TableError):
    """A workbook of several sheets, none with a recognised header row: one is to be
    chosen among `sheets`."""

    def __init__(self, message: str, sheets: list[str]) -> None:
        super().__init__(message)
        self.sheets = sheets


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return str(Decimal(repr(value)))
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return str(value)


def read_xlsx(path: Path, sheet: str | None = None) -> Sheet:
    """The named sheet, else the first whose header row has the required columns (the
    only sheet when there is one). Several sheets and none recognised: refused with
    the sheets' names, so the user can choose one."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise TableError(phrase("{path}: not an Excel workbook (.xlsx) ({error})",
                                path=str(path), error=error)) from None
    try:
        names = list(book.sheetnames)
        if sheet is not None and sheet not in names:
            raise TableError(f"{path}: {no_such('sheet', sheet, names)}")
        chosen = sheet if sheet is not None else _recognised_sheet(book, path)
        numbered = _rows(book[chosen], path, chosen)
    finally:
        book.close()
    if not numbered:
        raise TableError(phrase("{path}: the sheet {sheet} is empty (no header row)",
                                path=str(path), sheet=repr(chosen)))
    (_, headers), *rows = numbered
    return Sheet([h.strip() for h in headers], rows)


def sheet_names(path: Path) -> list[str]:
    """The workbook's sheets, in order (for a choice in the window)."""
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    try:
        return list(book.sheetnames)
    finally:
        book.close()


def _rows(sheet: Any, path: Path, name: str, limit: int | None = None
          ) -> list[tuple[int, list[str]]]:
    """(row number, cells) from the header row on: blank rows above it dropped."""
    numbered: list[tuple[int, list[str]]] = []
    try:
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = [cell_text(v) for v in values]
            if not numbered and not any(c.strip() for c in cells):
                continue
            numbered.append((number, cells))
            if limit is not None and len(numbered) >= limit:
                break
    except (ParseError, zipfile.BadZipFile, ValueError) as error:  # a damaged sheet
        raise TableError(phrase("{path}: the sheet {sheet} cannot be read ({error})",
                                path=str(path), sheet=repr(name), error=error)) from None
    return numbered


def _recognised_sheet(book: Any, path: Path) -> str:
    names = list(book.sheetnames)
    if len(names) == 1:
        return str(names[0])
    for name in names:
        header = _rows(book[name], path, name, limit=1)
        if header and set(REQUIRED) <= set(match_headers(header[0][1]).values()):
            return str(name)
    required = ", ".join(HEADERS[field] for field in REQUIRED)
    listed = ", ".join(repr(name) for name in names)
    raise SheetChoice(f"{path}: no sheet has a header row with the columns {required}"
                      f" (sheets: {listed}); choose one with --sheet NAME", names)


AMOUNT_FORMAT = "#,##0.00"
DATE_FORMAT = "yyyy-mm-dd"
WIDEST = 50  # characters: a longer text wraps in the cell, not the column


def write_xlsx(path: Path, headers: Sequence[str], rows: Sequence[Sequence[Any]],
               title: str = "Participants") -> None:
    """Rows of values: str, bool, Decimal, int, float, date or None (an empty cell)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    # The temporary file first: a write-only sheet never saved (the folder refused it)
    # complains from the garbage collector with a traceback.
    with atomic_write(path, "wb") as stream:
        book = Workbook(write_only=True)
        sheet = book.create_sheet(title[:31])
        sheet.freeze_panes = "A2"
        widths = [len(header) + 2 for header in headers]
        for row in rows:
            for column, value in enumerate(row[:len(widths)]):
                widths[column] = max(widths[column], _width(value))
        for column, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(column)].width = min(width, WIDEST)
        bold = Font(bold=True)
        header_cells = []
        for header in headers:
            cell = _text_cell(sheet, neutralise(header))
            cell.font = bold
            header_cells.append(cell)
        sheet.append(header_cells)
        for row in rows:
            sheet.append([_cell(sheet, value) for value in row])
        book.save(stream)


def _width(value: Any) -> int:
    if isinstance(value, bool):
        return 6
    if isinstance(value, Decimal | int | float):
        return len(f"{value:,.2f}") + 2
    if isinstance(value, dt.date):
        return 12
    lines = str(value or "").splitlines() or [""]
    return max(len(line) for line in lines) + 2


def _cell(sheet: Any, value: Any) -> Any:
    from openpyxl.cell import WriteOnlyCell

    if value is None or isinstance(value, str):
        return _text_cell(sheet, neutralise(value or ""))
    if isinstance(value, bool):
        return WriteOnlyCell(sheet, value=value)
    if isinstance(value, Decimal | int | float):
        cell = WriteOnlyCell(sheet, value=float(value) if isinstance(value, Decimal) else value)
        cell.number_format = AMOUNT_FORMAT
        return cell
    if isinstance(value, dt.date):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = DATE_FORMAT
        return cell
    return _text_cell(sheet, neutralise(str(value)))
def _text_cell(sheet: Any, text: str) -> Any:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    # XML holds neither C0 controls (but tab and line ends) nor U+FFFE and U+FFFF.
    cell = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("", text).translate(NON_XML))
    cell.data_type = "s"  # text, even when it starts with "=": never a formula
    return cell
