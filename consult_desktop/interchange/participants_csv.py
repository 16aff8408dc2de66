"""Participants to and from CSV: the encoding and the delimiter are found, not assumed.

Reading: UTF-8 with or without a byte-order mark, else Windows-1252; comma, semicolon or
tab, chosen from the header line. Writing: UTF-8 with a byte-order mark (so Excel reads
the accents), comma-separated, every cell a spreadsheet would take for a formula quoted.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from consult_desktop.files import atomic_write

DELIMITERS = ",;\t"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class TableError(Exception):
    """A file that cannot be read as a table; the message names the file."""


@dataclass
class Sheet:
    headers: list[str]
    rows: list[tuple[int, list[str]]]  # (row number, header = 1; cells)


def decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


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
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text))
    try:
        records = list(reader)
    except csv.Error as error:
        raise TableError(f"{where}:{reader.line_num}: cannot be read as CSV ({error})") from None
    numbered = [(number, cells) for number, cells in enumerate(records, start=1)]
    while numbered and not any(c.strip() for c in numbered[0][1]):
        numbered.pop(0)  # blank lines above the header
    if not numbered:
        raise TableError(f"{where}: the file is empty (no header row)")
    (_, headers), *rows = numbered
    return Sheet([h.strip() for h in headers], rows)


def read_csv(path: Path) -> Sheet:
    return parse(decode(Path(path).read_bytes()), str(path))


def neutralise(text: str) -> str:
    """A cell a spreadsheet would run as a formula, made plain text by a leading quote;
    quotes already before such a cell get one more, so an import takes off only ours."""
    return f"'{text}" if text.lstrip("'").startswith(FORMULA_START) else text


def write_csv(path: Path, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    with atomic_write(path, "w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow([neutralise(h) for h in headers])
        writer.writerows([neutralise(str(cell)) for cell in row] for row in rows)
