"""Tables of money in: the DSA and exchange rate tables and budget lines, from a CSV or
XLSX file or from rows pasted from a spreadsheet (tab-separated).

A workbook's sheet is the first whose header row names the required columns. Every
row is checked; the caller writes all the rows or none. A TableError's message is a
phrase (domain/phrases.py, its args[0]): str() gives the command line's English, the
window shows it in its language (ui/phrases.py `of_error`).
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.etree.ElementTree import ParseError

from consult_desktop.domain.budget_input import Column, match_columns, missing_columns
from consult_desktop.domain.phrases import Listed, Text, phrase
from consult_desktop.interchange.participants_csv import MAX_ROWS, TableError, read_csv


@dataclass(frozen=True)
class Table:
    where: Text  # the file (and sheet) or "the pasted rows", for messages
    found: dict[str, int]  # field -> column
    rows: list[tuple[int, list[str]]]  # (row number as the user sees it, cells)


def read_file(path: Path, columns: Sequence[Column]) -> Table:
    """The rows of a .csv or .xlsx file under a header row naming `columns`."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_workbook(path, columns)
    if not suffix:
        raise TableError(phrase("{path}: cannot read a file without a suffix: save it as"
                                " CSV (.csv) or as an Excel workbook (.xlsx)", path=str(path)))
    if suffix not in (".csv", ".tsv", ".txt"):
        raise TableError(phrase("{path}: cannot read a {suffix} file: save it as CSV (.csv)"
                                " or as an Excel workbook (.xlsx)", path=str(path),
                                suffix=suffix))
    sheet = read_csv(path)
    return _table(str(path), sheet.headers, sheet.rows, columns)


def _table(where: Text, headers: Sequence[str], rows: list[tuple[int, list[str]]],
           columns: Sequence[Column]) -> Table:
    found = match_columns(headers, columns)
    missing = missing_columns(found, columns)
    if missing:
        named = ", ".join(h for h in headers if h.strip())
        raise TableError(phrase("{where}: the header row has no column {missing}"
                                " (found: {found})", where=where,
                                missing=Listed(tuple(c.said for c in missing)),
                                found=named or phrase("none")))
    return Table(where, found, rows)


def _read_workbook(path: Path, columns: Sequence[Column]) -> Table:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    from consult_desktop.interchange.participants_xlsx import cell_text

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise TableError(phrase("{path}: not an Excel workbook (.xlsx) ({error})",
                                path=str(path), error=str(error))) from None
    first_error: TableError | None = None
    try:
        for name in book.sheetnames:
            numbered: list[tuple[int, list[str]]] = []
            try:
                for number, values in enumerate(book[name].iter_rows(values_only=True), 1):
                    cells = [cell_text(v) for v in values]
                    if numbered or any(c.strip() for c in cells):
                        numbered.append((number, cells))
                    if len(numbered) > MAX_ROWS:
                        raise TableError(phrase("{path}: more than %Ln rows", n=MAX_ROWS,
                                                one="{path}: more than 1 row",
                                                path=str(path)))
            except (ParseError, zipfile.BadZipFile, ValueError) as error:
                raise TableError(phrase("{path}: the sheet {sheet} cannot be read ({error})",
                                        path=str(path), sheet=repr(name), error=str(error))
                                 ) from None
            if not numbered:
                continue
            (_, headers), *rows = numbered
            try:
                return _table(phrase("{path}, sheet {sheet}", path=str(path),
                                     sheet=repr(name)), headers, rows, columns)
            except TableError as error:
                first_error = first_error or error
    finally:
        book.close()
    raise first_error or TableError(phrase("{path}: the workbook is empty", path=str(path)))


def read_pasted(text: str, columns: Sequence[Column]) -> Table:
    """Rows copied from a spreadsheet: tab-separated lines, with or without the header
    row; without one, the cells are in the order of `columns`."""
    lines = list(csv.reader(io.StringIO(text.replace("\r\n", "\n").rstrip("\n")),
                            delimiter="\t"))
    if not lines:
        raise TableError(phrase("{where}: nothing to paste", where=phrase("the pasted rows")))
    found = match_columns(lines[0], columns)
    if not missing_columns(found, columns):
        return Table(phrase("the pasted rows"), found, [(n, row) for n, row in
                                                        enumerate(lines[1:], start=2)])
    return Table(phrase("the pasted rows"), {c.field: at for at, c in enumerate(columns)},
                 [(n, row) for n, row in enumerate(lines, start=1)])
