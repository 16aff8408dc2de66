"""Participants to and from Excel workbooks (openpyxl, imported when first used).

Reading takes the first sheet's values (never formulas); numbers become plain text
("41227001234", "1850.5"). Writing puts every cell as text, formula-looking ones quoted.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from consult_desktop.files import atomic_write
from consult_desktop.interchange.participants_csv import Sheet, TableError, neutralise

NON_XML = dict.fromkeys((0xFFFE, 0xFFFF))


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


def read_xlsx(path: Path) -> Sheet:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise TableError(f"{path}: not an Excel workbook (.xlsx) ({error})") from None
    try:
        sheet = book.worksheets[0]
        numbered = [(number, [cell_text(v) for v in values])
                    for number, values in enumerate(sheet.iter_rows(values_only=True), start=1)]
    except (ParseError, zipfile.BadZipFile, ValueError) as error:  # a damaged sheet
        raise TableError(f"{path}: the first sheet cannot be read ({error})") from None
    finally:
        book.close()
    while numbered and not any(c.strip() for c in numbered[0][1]):
        numbered.pop(0)
    if not numbered:
        raise TableError(f"{path}: the first sheet is empty (no header row)")
    (_, headers), *rows = numbered
    return Sheet([h.strip() for h in headers], rows)


def write_xlsx(path: Path, headers: Sequence[str], rows: Sequence[Sequence[str]],
               title: str = "Participants") -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    # The temporary file first: a write-only sheet never saved (the folder refused it)
    # complains from the garbage collector with a traceback.
    with atomic_write(path, "wb") as stream:
        book = Workbook(write_only=True)
        sheet = book.create_sheet(title[:31])
        sheet.freeze_panes = "A2"
        bold = Font(bold=True)
        header_cells = []
        for header in headers:
            cell = _text_cell(sheet, neutralise(header))
            cell.font = bold
            header_cells.append(cell)
        sheet.append(header_cells)
        for row in rows:
            sheet.append([_text_cell(sheet, neutralise(str(value))) for value in row])
        book.save(stream)


def _text_cell(sheet: Any, text: str) -> Any:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    # XML holds neither C0 controls (but tab and line ends) nor U+FFFE and U+FFFF.
    cell = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("", text).translate(NON_XML))
    cell.data_type = "s"  # text, even when it starts with "=": never a formula
    return cell
