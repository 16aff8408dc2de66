"""Participants to and from CSV: the encoding and the delimiter are found, not assumed.

Reading: UTF-8 with or without a byte-order mark, else Windows-1252; comma, semicolon or
tab, chosen from the header line. Writing: UTF-8 with a byte-order mark (so Excel reads
the accents), comma-separated, every cell a spreadsheet would take for a formula quoted.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from consult_desktop.domain.phrases import Phrase, phrase
from consult_desktop.files import atomic_write

DELIMITERS = ",;\t"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
SAMPLE = 64 * 1024  # what the delimiter and the kind of file are judged on
CHUNK = 1 << 20
CONTROL = [bytes([c]) for c in (*range(9), 11, *range(14, 32), 127)]
# Far above any meeting's list, far below what would exhaust memory (a 50 MB file).
MAX_ROWS = 50_000


class TableError(Exception):
    """A file that cannot be read as a table; the message names the file. The message
    (args[0]) is plain text or a phrase (domain/phrases.py) the window says in its
    language (ui/phrases.py `of_error`); `str()` gives the English either way."""


@dataclass
class Sheet:
    headers: list[str]
    rows: list[tuple[int, list[str]]]  # (row number, header = 1; cells)
    encoding: str | None = None  # the text encoding read (None for a workbook)


def decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _what_else(start: bytes, path: Path) -> Phrase | None:
    """What a file that is not text is, from its first bytes, or None for text."""
    if start.startswith(b"PK\x03\x04"):
        return phrase("{path}: this is a workbook (XLSX) or another zip file, not a CSV:"
                      " import it as .xlsx", path=str(path))
    if start.startswith(b"\xd0\xcf\x11\xe0"):
        return phrase("{path}: this is an old Excel workbook (.xls), not a CSV: save it as"
                      " .xlsx or .csv", path=str(path))
    if start.startswith(b"%PDF"):
        return phrase("{path}: this is a PDF, not a CSV", path=str(path))
    # Judged on a full sample only: a small file with a stray control character is
    # read, and its cells checked one by one.
    if len(start) == SAMPLE and sum(start.count(c) for c in CONTROL) > SAMPLE // 20:
        return phrase("{path}: this is not a text file (CSV): more than 5% of its first"
                      " bytes are control codes", path=str(path))
    return None


def file_encoding(path: Path) -> str:
    """UTF-8 (with or without a byte-order mark) when every byte of the file says so,
    else Windows-1252; UTF-16 with its byte-order mark (Excel's "Unicode text"). The
    file is read in chunks, never whole: a big file costs no more memory than a chunk.
    A file that is not text is refused here, from its first bytes."""
    with open(path, "rb") as stream:
        start = stream.read(SAMPLE)
        if start.startswith((b"\xff\xfe", b"\xfe\xff")):
            return "utf-16"
        problem = _what_else(start, path)
        if problem:
            raise TableError(problem)
        if start.startswith(b"\xef\xbb\xbf"):
            return "utf-8-sig"
        decoder = codecs.getincrementaldecoder("utf-8")()
        chunk = start
        try:
            while chunk:
                decoder.decode(chunk)
                chunk = stream.read(CHUNK)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "cp1252"
    return "utf-8"


def sniff_delimiter(text: str) -> str:
    """The delimiter the header line uses most, outside quotes (comma when none)."""
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = started = False
    for char in text:
        if char == '"':
            quoted = not quoted
        elif char in "\r\n" and not quoted:
            if started:
                break
        elif char in counts and not quoted:
            counts[char] += 1
        started = started or not char.isspace() or char == "\t"
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def parse(text: str, where: str = "") -> Sheet:
    return _sheet(io.StringIO(text, newline=""), sniff_delimiter(text[:SAMPLE]), where)


def read_csv(path: Path, encoding: str | None = None) -> Sheet:
    """The file read as a stream: rows are kept, the file's text never is whole.
    `encoding`: the one the user chose (default: found by `file_encoding`)."""
    found = file_encoding(path)
    if encoding is None:
        encoding = found
    elif encoding == "utf-8" and found == "utf-8-sig":
        encoding = found  # the mark is not a character of the first header
    try:
        with open(path, encoding=encoding, errors="replace", newline="") as stream:
            delimiter = sniff_delimiter(stream.read(SAMPLE))
            stream.seek(0)
            sheet = _sheet(stream, delimiter, str(path))
    except LookupError:
        raise TableError(phrase("{path}: unknown encoding {encoding}", path=str(path),
                                encoding=repr(encoding))) from None
    sheet.encoding = encoding
    return sheet


def _sheet(stream: TextIO, delimiter: str, where: str) -> Sheet:
    reader = csv.reader(stream, delimiter=delimiter)
    numbered: list[tuple[int, list[str]]] = []
    try:
        for number, cells in enumerate(reader, start=1):
            if not numbered and not any(c.strip() for c in cells):
                continue  # blank lines above the header
            if len(numbered) > MAX_ROWS:
                raise TableError(phrase(
                    "{path}: more than %Ln rows: not a list of participants", n=MAX_ROWS,
                    one="{path}: more than 1 row: not a list of participants", path=where))
            numbered.append((number, cells))
    except csv.Error as error:
        raise TableError(phrase("{path}:{line}: cannot be read as CSV ({error})", path=where,
                                line=reader.line_num, error=error)) from None
    if not numbered:
        raise TableError(phrase("{path}: the file is empty (no header row)", path=where))
    (_, headers), *rows = numbered
    return Sheet([h.strip() for h in headers], rows)


def neutralise(text: str) -> str:
    """A cell a spreadsheet would run as a formula, made plain text by a leading quote;
    quotes already before such a cell get one more, so an import takes off only ours."""
    return f"'{text}" if text.lstrip("'").startswith(FORMULA_START) else text


def write_csv(path: Path, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    with atomic_write(path, "w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow([neutralise(h) for h in headers])
        writer.writerows([neutralise(str(cell)) for cell in row] for row in rows)
