"""The plan file: one SQLite database per plan, checked before it is trusted.

Opening never writes to a file that is not a plan of ours: the checks read the
file through a read-only connection, and a refusal leaves every byte as it was.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from consult_desktop.store import schema

SQLITE_MAGIC = b"SQLite format 3\x00"


class PlanFileError(Exception):
    """A plan file cannot be used; the message says why, fit to show a person."""


def _configure(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    # Rollback journal, fully synced: one file a plan, and every commit on disk.
    cursor.execute("PRAGMA journal_mode = DELETE")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA busy_timeout = 5000")
    cursor.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _configure)
    return engine


def read_revision(path: Path) -> str:
    """The schema revision of a plan file, or PlanFileError saying why it is not one."""
    path = Path(path)
    if not path.exists():
        raise PlanFileError(f"{path}: no such file")
    if path.is_dir():
        raise PlanFileError(f"{path}: is a folder, not a plan file")
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as error:
        raise PlanFileError(f"{path}: cannot be read ({error.strerror})") from None
    if size == 0:
        raise PlanFileError(f"{path}: the file is empty, not a plan")
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise PlanFileError(f"{path}: not a plan file (not an SQLite database)")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    if pages and size < pages * page_size:
        raise PlanFileError(
            f"{path}: the file is damaged (truncated: {size} of {pages * page_size} bytes)"
        )
    try:
        uri = f"{path.resolve().as_uri()}?mode=ro"
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as connection:
            return _revision_of(path, connection)
    except sqlite3.DatabaseError as error:
        raise PlanFileError(f"{path}: the file is damaged ({error})") from None


def _revision_of(path: Path, connection: sqlite3.Connection) -> str:
    (check,) = connection.execute("PRAGMA quick_check").fetchone()
    if check != "ok":
        raise PlanFileError(f"{path}: the file is damaged ({check})")
    (app_id,) = connection.execute("PRAGMA application_id").fetchone()
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    if app_id != schema.APPLICATION_ID or "alembic_version" not in tables:
        raise PlanFileError(f"{path}: not a plan file (a database of another program)")
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    if row is None:
        raise PlanFileError(f"{path}: the file is damaged (no schema version)")
    revision = str(row[0])
    if revision not in schema.REVISIONS:
        raise PlanFileError(
            f"{path}: written by a newer version of Consult Desktop (schema {revision});"
            " update the program to open it"
        )
    return revision


class PlanFile:
    """An open plan: its path, engine and session factory.

    Each user action is one short transaction: `with plan.begin() as session:`.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.engine = make_engine(self.path)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextlib.contextmanager
    def begin(self) -> Iterator[Session]:
        """A session in a transaction, committed when the block ends without error."""
        with self.sessions.begin() as session:
            yield session

    def read(self) -> Session:
        """A session for reading: use as a context manager, it commits nothing."""
        return self.sessions()

    def plan_id(self) -> int:
        from consult_desktop.store.models import Plan

        with self.read() as session:
            plan = session.query(Plan.id).order_by(Plan.id).first()
        if plan is None:
            raise PlanFileError(f"{self.path}: the file holds no plan")
        return int(plan[0])

    def save_as(self, target: Path) -> None:
        """Copy the plan to `target` with SQLite's backup API; the new file appears whole."""
        target = Path(target)
        if target.resolve() == self.path.resolve():
            return
        with _atomic_target(target) as temporary:
            raw = self.engine.raw_connection()
            try:
                destination = sqlite3.connect(temporary)
                try:
                    raw.driver_connection.backup(destination)  # type: ignore[union-attr]
                finally:
                    destination.close()
            finally:
                raw.close()

    def close(self) -> None:
        self.engine.dispose()


@contextlib.contextmanager
def _atomic_target(target: Path) -> Iterator[Path]:
    """A temporary path beside `target` that replaces it only once fully written."""
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(handle)
    temporary = Path(name)
    temporary.unlink()
    try:
        yield temporary
        with open(temporary, "rb") as written:
            os.fsync(written.fileno())
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def backup_path(path: Path, revision: str) -> Path:
    """Where the copy of a plan is kept before it is migrated from `revision`."""
    return path.with_name(f"{path.stem}.before-schema-{revision}{path.suffix}")


def open_plan(path: Path) -> PlanFile:
    """Open a plan file, migrating an older one after keeping a copy of it."""
    path = Path(path)
    revision = read_revision(path)
    if revision != schema.HEAD:
        if not os.access(path, os.W_OK):
            raise PlanFileError(f"{path}: is read-only and needs upgrading; copy it first")
        backup = backup_path(path, revision)
        shutil.copy2(path, backup)
        plan = PlanFile(path)
        from consult_desktop.store.migrate import upgrade

        with plan.engine.begin() as connection:
            upgrade(connection)
        return plan
    return PlanFile(path)


def create_plan(path: Path, title: str, *, overwrite: bool = False, **details: Any) -> PlanFile:
    """Make a new plan file holding one plan; the file appears only when complete."""
    from consult_desktop.store.builder import initialise

    path = Path(path)
    if path.is_dir():
        raise PlanFileError(f"{path}: is a folder")
    if path.exists() and not overwrite:
        raise PlanFileError(f"{path}: already exists")
    if not path.parent.is_dir():
        raise PlanFileError(f"{path.parent}: no such folder")
    with _atomic_target(path) as temporary:
        scratch = PlanFile(temporary)
        try:
            initialise(scratch, title, **details)
        finally:
            scratch.close()
    return PlanFile(path)
