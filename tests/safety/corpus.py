"""A corpus of damaged and foreign files, generated fresh by the tests.

Each case is a file a person might hand the program by mistake or after an
accident; `reason` is a fragment of the one-line message that must explain it.
"""

from __future__ import annotations

import contextlib
import os
import random
import sqlite3
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from consult_desktop.store.plan_file import journal_path


@dataclass(frozen=True)
class Case:
    name: str
    make: Callable[[Path, Path], Path]  # (folder, a good plan) -> the file to open
    reason: str
    read_only: bool = False  # opens, read-only, rather than being refused


def _copy(folder: Path, plan: Path, name: str) -> Path:
    path = folder / name
    path.write_bytes(plan.read_bytes())
    return path


def _truncated(fraction: float | None = None, size: int | None = None) -> Callable:
    def make(folder: Path, plan: Path) -> Path:
        data = plan.read_bytes()
        cut = size if size is not None else int(len(data) * (fraction or 0))
        path = folder / "cut.consult"
        path.write_bytes(data[:cut])
        return path
    return make


def _random_bytes(folder: Path, plan: Path) -> Path:
    path = folder / "noise.consult"
    path.write_bytes(random.Random(8).randbytes(20_000))
    return path


def _sqlite_magic_then_noise(folder: Path, plan: Path) -> Path:
    path = folder / "header.consult"
    path.write_bytes(b"SQLite format 3\x00" + random.Random(9).randbytes(8_000))
    return path


def _scrambled_pages(folder: Path, plan: Path) -> Path:
    """A whole plan whose pages after the first are overwritten with noise."""
    data = bytearray(plan.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    noise = random.Random(10).randbytes(len(data) - page)
    data[page:] = noise
    path = folder / "scrambled.consult"
    path.write_bytes(bytes(data))
    return path


def _empty(folder: Path, plan: Path) -> Path:
    path = folder / "empty.consult"
    path.write_bytes(b"")
    return path


def _text(folder: Path, plan: Path) -> Path:
    path = folder / "participants.consult"
    path.write_text("Family name;Given name;E-mail\nDupont;Marie;m@example.org\n", "utf-8")
    return path


def _execute(path: Path, *statements: str) -> Path:
    """Run SQL statements on the database at `path` (made if missing), committed."""
    with contextlib.closing(sqlite3.connect(path)) as db, db:
        for statement in statements:
            db.execute(statement)
    return path


def _foreign(folder: Path, plan: Path) -> Path:
    return _execute(folder / "contacts.sqlite", "CREATE TABLE contacts (name TEXT, email TEXT)",
                    "INSERT INTO contacts VALUES ('Someone', 'someone@example.org')")


def _newer(folder: Path, plan: Path) -> Path:
    return _execute(_copy(folder, plan, "future.consult"),
                    "UPDATE alembic_version SET version_num = '9999'")


def _tables_dropped(folder: Path, plan: Path) -> Path:
    """Our application id and schema version, but the plan's tables gone."""
    path = _copy(folder, plan, "hollow.consult")
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA foreign_keys = OFF")
        for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'"
                                   " AND name <> 'alembic_version'").fetchall():
            db.execute(f'DROP TABLE "{table}"')
    db.close()
    return path


def _no_plan(folder: Path, plan: Path) -> Path:
    return _execute(_copy(folder, plan, "no plan.consult"), "PRAGMA foreign_keys = ON",
                    "DELETE FROM plan")


def _read_only(folder: Path, plan: Path) -> Path:
    path = _copy(folder, plan, "locked.consult")
    path.chmod(stat.S_IRUSR | stat.S_IRGRP)
    return path


def _interrupted_read_only(folder: Path, plan: Path) -> Path:
    """A read-only plan left with a (fake but plausible) hot journal beside it."""
    path = _copy(folder, plan, "stuck.consult")
    journal_path(path).write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + bytes(504))
    path.chmod(stat.S_IRUSR)
    return path


def _folder(folder: Path, plan: Path) -> Path:
    path = folder / "a folder.consult"
    path.mkdir()
    return path


def _fifo(folder: Path, plan: Path) -> Path:
    path = folder / "pipe.consult"
    os.mkfifo(path)
    return path


def _missing(folder: Path, plan: Path) -> Path:
    return folder / "gone.consult"


CASES = [
    Case("truncated to 50 bytes", _truncated(size=50), "not an SQLite database"),
    Case("truncated to the header", _truncated(size=100), "damaged"),
    Case("truncated to one page", _truncated(size=4096), "damaged"),
    Case("truncated to half", _truncated(fraction=0.5), "damaged"),
    Case("truncated by one byte", _truncated(fraction=0.99999), "damaged"),
    Case("random bytes", _random_bytes, "not an SQLite database"),
    Case("SQLite header then noise", _sqlite_magic_then_noise, "damaged"),
    Case("pages overwritten", _scrambled_pages, "damaged"),
    Case("empty file", _empty, "empty"),
    Case("a text file", _text, "not an SQLite database"),
    Case("another program's database", _foreign, "another program"),
    Case("a plan from a newer schema", _newer, "newer version"),
    Case("a plan's tables dropped", _tables_dropped, "damaged (no such table: plan)"),
    Case("a plan file holding no plan", _no_plan, "holds no plan"),
    Case("an interrupted read-only plan", _interrupted_read_only, "interrupted"),
    Case("a folder", _folder, "folder"),
    Case("a named pipe", _fifo, "not a regular file"),
    Case("a missing file", _missing, "no such file"),
    Case("a read-only file", _read_only, "the file is read-only", read_only=True),
]


def snapshot(folder: Path) -> dict[str, tuple[bytes | None, int]]:
    """Every entry of the folder with its bytes and mode, to prove nothing changed."""
    result: dict[str, tuple[bytes | None, int]] = {}
    for entry in sorted(folder.iterdir()):
        status = entry.lstat()
        data = entry.read_bytes() if stat.S_ISREG(status.st_mode) else None
        result[entry.name] = (data, status.st_mode)
    return result
