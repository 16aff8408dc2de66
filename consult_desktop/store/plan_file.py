"""The plan file: one SQLite database per plan, checked before it is trusted.

Opening never writes to a file that is not a plan of ours: the checks read the
file through a read-only connection, and a refusal leaves every byte as it was.
The one exception is SQLite's own recovery: a file left with a hot journal by a
program that stopped mid-change is rolled back to its last commit first.

A plan is edited by one program at a time (see plan_lock); another opener gets it
read-only, with a notice saying why. docs/DESIGN-NOTES.md explains both choices.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from consult_desktop.domain.phrases import Text, phrase
from consult_desktop.files import replacing
from consult_desktop.store import schema
from consult_desktop.store.address import ServerAddress
from consult_desktop.store.plan_lock import InUse, PlanLock

SQLITE_MAGIC = b"SQLite format 3\x00"
LOGGER_NAME = "sqlalchemy.engine.Engine.plan"


class PlanFileError(Exception):
    """A plan file cannot be used; the message says why, fit to show a person: a phrase
    (domain/phrases.py), English through str() for the command line, the window's
    language through ui/phrases.py `of_error`."""


class PlanNotWritable(PlanFileError, ValueError):
    """An edit was refused because the plan cannot be written now (read-only, in use,
    moved or deleted). A ValueError too, so an undoable edit reports it like any
    other refused value."""


def _configure(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    # Rollback journal, fully synced: one file a plan, and every commit on disk.
    cursor.execute("PRAGMA journal_mode = DELETE")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA busy_timeout = 5000")
    cursor.close()


def _query_only(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.execute("PRAGMA query_only = ON")


def make_engine(path: Path, read_only: bool = False) -> Engine:
    """An engine on an existing file: SQLite is never allowed to create a new empty
    file at the path (mode=rw), and parameters (participants' names, addresses) never
    appear in log lines or error messages (hide_parameters), nor result rows.

    A read-only engine refuses every change (query_only) but, unlike a mode=ro
    connection, can still roll back what the plan's editor left half done if it
    crashes while we look at the plan."""
    uri = f"{Path(path).resolve().as_uri()}?mode=rw"

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, check_same_thread=False)

    engine = create_engine("sqlite://", creator=connect, poolclass=QueuePool,
                           hide_parameters=True, logging_name=LOGGER_NAME.rsplit(".")[-1])
    # Result rows are logged at DEBUG: never, whatever logging is set up elsewhere.
    logging.getLogger(LOGGER_NAME).setLevel(logging.INFO)
    event.listen(engine, "connect", _configure)
    if read_only:
        event.listen(engine, "connect", _query_only)
    return engine


def journal_path(path: Path) -> Path:
    return path.with_name(f"{path.name}-journal")


def read_revision(path: Path) -> str:
    """The schema revision of a plan file, or PlanFileError saying why it is not one."""
    path = Path(path)
    try:
        return _read_revision(path)
    except OSError as error:
        raise PlanFileError(phrase("{path}: cannot be read ({error})", path=path,
                                   error=error.strerror or error)) from None
    except ValueError as error:  # a file name with a NUL character, for one
        raise PlanFileError(phrase("{path}: not a usable file name ({error})", path=repr(path),
                                   error=error)) from None


def _header(path: Path) -> tuple[int, bytes]:
    with path.open("rb") as handle:
        return os.fstat(handle.fileno()).st_size, handle.read(100)


def _read_revision(path: Path) -> str:
    if not path.exists():
        raise PlanFileError(phrase("{path}: no such file", path=path))
    if path.is_dir():
        raise PlanFileError(phrase("{path}: is a folder, not a plan file", path=path))
    if not path.is_file():
        raise PlanFileError(phrase("{path}: not a plan file (not a regular file)", path=path))
    size, header = _header(path)
    if size == 0:
        raise PlanFileError(phrase("{path}: the file is empty, not a plan", path=path))
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise PlanFileError(phrase("{path}: not a plan file (not an SQLite database)",
                                   path=path))
    if journal_path(path).exists():
        _recover(path)
        size, header = _header(path)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    if pages and size < pages * page_size:
        raise PlanFileError(phrase(
            "{path}: the file is damaged (truncated: {size} of {expected} bytes)",
            path=path, size=size, expected=pages * page_size))
    try:
        uri = f"{path.resolve().as_uri()}?mode=ro"
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as connection:
            return _revision_of(path, connection)
    except sqlite3.DatabaseError as error:
        raise PlanFileError(phrase("{path}: the file is damaged ({error})", path=path,
                                   error=error)) from None


def _recover(path: Path) -> None:
    """Let SQLite roll back a change interrupted by a crash (a hot journal), which a
    read-only connection cannot do. A journal of a change still in progress in another
    program is not hot: SQLite then just waits for that change to end."""
    if not _writable(path):
        raise PlanFileError(phrase(
            "{path}: a change was interrupted and the file is read-only, so it cannot be"
            " repaired; make it writable and open it again", path=path))
    try:
        uri = f"{path.resolve().as_uri()}?mode=rw"
        with contextlib.closing(sqlite3.connect(uri, uri=True, timeout=5)) as connection:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as error:
        raise PlanFileError(phrase("{path}: the file is damaged ({error})", path=path,
                                   error=error)) from None


def _writable(path: Path) -> bool:
    """Whether the file may be written: its permission bits, even for root, who could
    write anyway. A file marked read-only stays unchanged."""
    return bool(path.stat().st_mode & 0o222) and os.access(path, os.W_OK)


def _revision_of(path: Path, connection: sqlite3.Connection) -> str:
    (check,) = connection.execute("PRAGMA quick_check").fetchone()
    if check != "ok":
        raise PlanFileError(phrase("{path}: the file is damaged ({error})", path=path,
                                   error=check))
    (app_id,) = connection.execute("PRAGMA application_id").fetchone()
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    if app_id != schema.APPLICATION_ID or "alembic_version" not in tables:
        raise PlanFileError(phrase("{path}: not a plan file (a database of another program)",
                                   path=path))
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    if row is None:
        raise PlanFileError(phrase("{path}: the file is damaged (no schema version)", path=path))
    revision = str(row[0])
    if revision not in schema.REVISIONS:
        raise PlanFileError(phrase(
            "{path}: written by a newer version of Consult Desktop (schema {revision});"
            " update the program to open it", path=path, revision=revision))
    return revision


class PlanFile:
    """An open plan: its path, engine and session factory.

    Each user action is one short transaction: `with plan.begin() as session:`.
    `read_only` plans (in use elsewhere, a read-only file or folder) refuse `begin()`
    with `notice`, which says why. `changed_since_opened` turns true at the first
    `begin()`: a plan only looked at needs no new backup.
    """

    # Whether others may edit it at the same time (a plan on a server).
    shared = False

    def __init__(self, path: Path, *, notice: Text = "", lock: PlanLock | None = None) -> None:
        self.path = Path(path)
        self.notice = notice
        self.read_only = bool(notice)
        self._lock = lock
        self._identity = _identity(self.path)
        self.engine = make_engine(self.path, read_only=self.read_only)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.changed_since_opened = False
        self._plan_id: int | None = None

    @contextlib.contextmanager
    def begin(self) -> Iterator[Session]:
        """A session in a transaction, committed when the block ends without error."""
        self.check_writable()
        self.changed_since_opened = True
        with self.sessions.begin() as session:
            yield session

    def check_writable(self) -> None:
        """Raise PlanNotWritable when an edit cannot be saved to this plan now."""
        if self.read_only:
            raise PlanNotWritable(phrase("{plan} is open read-only: {why}",
                                         plan=self.path.name, why=self.notice))
        if _identity(self.path) != self._identity:
            raise PlanNotWritable(phrase(
                "{path}: the file was moved, deleted or replaced since it was opened;"
                " use Save As to keep a copy of what is shown", path=self.path))

    def read(self) -> Session:
        """A session for reading: use as a context manager, it commits nothing."""
        return self.sessions()

    @property
    def plan_id(self) -> int:
        """The id of the plan the file holds: one plan a file, and every read and write
        of the plan is scoped by this id. Read once, through Core, so that opening a plan
        neither imports the mapped classes nor configures their mappers (~50 ms)."""
        if self._plan_id is None:
            self._plan_id = self._read_plan_id()
        return self._plan_id

    def _read_plan_id(self) -> int:
        try:
            with self.engine.connect() as connection:
                plan = connection.execute(text("SELECT id FROM plan ORDER BY id LIMIT 1")
                                          ).first()
        except SQLAlchemyError as error:
            reason = str(getattr(error, "orig", None) or error).splitlines()[0]
            raise PlanFileError(phrase("{path}: the file is damaged ({error})", path=self.path,
                                       error=reason)) from None
        if plan is None:
            raise PlanFileError(phrase("{path}: the file holds no plan", path=self.path))
        return int(plan[0])

    def save_as(self, target: Path) -> None:
        """Copy the plan to `target` with SQLite's backup API; the new file appears whole.
        A target being edited elsewhere is refused."""
        target = Path(target)
        if target.resolve() == self.path.resolve():
            return
        lock = lock_to_replace(target)
        try:
            with replacing(target) as temporary:
                copy_database(self.engine, temporary)
        except (sqlite3.Error, SQLAlchemyError) as error:
            reason = str(getattr(error, "orig", None) or error).splitlines()[0]
            raise PlanFileError(phrase("{path}: could not be copied ({error})", path=self.path,
                                       error=reason)) from None
        except OSError as error:  # its folder refuses the new file, a full disk
            raise PlanFileError(phrase("{path}: cannot be written ({error})", path=target,
                                       error=error.strerror or error)) from None
        finally:
            lock.release()

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_dev, status.st_ino


def copy_database(engine: Engine, target: Path) -> None:
    """Copy an open database into a new file with SQLite's backup API, which takes a
    consistent snapshot even while another connection writes."""
    raw = engine.raw_connection()
    try:
        destination = sqlite3.connect(target)
        try:
            raw.driver_connection.backup(destination)  # type: ignore[union-attr]
        finally:
            destination.close()
    finally:
        raw.close()


def lock_to_replace(path: Path) -> PlanLock:
    """The lock of a file about to be replaced; refused while another program edits it,
    or when its folder refuses the lock file."""
    lock = PlanLock(path)
    try:
        lock.acquire()
    except InUse as in_use:
        raise PlanFileError(phrase("{path}: cannot be replaced, it is {in_use}", path=path,
                                   in_use=in_use.args[0])) from None
    except OSError as error:
        raise PlanFileError(phrase("{path}: cannot be written ({error})", path=path,
                                   error=error.strerror or error)) from None
    return lock


def backup_path(path: Path, revision: str) -> Path:
    """Where the copy of a plan is kept before it is migrated from `revision`."""
    return path.with_name(f"{path.stem}.before-schema-{revision}{path.suffix}")


def _take_lock(path: Path) -> tuple[PlanLock | None, Text]:
    """The editing lock, or None and the reason the plan opens read-only."""
    if not _writable(path):
        return None, phrase("the file is read-only")
    lock = PlanLock(path)
    try:
        lock.acquire()
    except InUse as in_use:
        return None, phrase("{in_use}; close it there to edit it here", in_use=in_use.args[0])
    except OSError as error:
        return None, phrase("its folder cannot be written to ({error})",
                            error=error.strerror or error)
    return lock, ""


def open_plan(path: Path) -> PlanFile:
    """Open a plan file, migrating an older one after keeping a copy of it. A plan
    that is in use elsewhere or read-only opens read-only (see PlanFile.notice).
    (store.opening opens a plan at either kind of address.)"""
    path = Path(path)
    revision = read_revision(path)
    try:
        lock, notice = _take_lock(path)
    except OSError as error:  # it vanished after the checks, for one
        raise PlanFileError(phrase("{path}: cannot be opened ({error})", path=path,
                                   error=error.strerror or error)) from None
    try:
        if revision != schema.HEAD:
            if lock is None:
                raise PlanFileError(phrase("{path}: needs upgrading but {why}", path=path,
                                           why=notice))
            _migrate(path, revision)
        plan_file = PlanFile(path, notice=notice, lock=lock)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    try:
        _ = plan_file.plan_id  # the plan itself is there and readable
    except BaseException:
        plan_file.close()
        raise
    return plan_file


def _migrate(path: Path, revision: str) -> None:
    from consult_desktop.store.migrate import upgrade

    shutil.copy2(path, backup_path(path, revision))
    engine = make_engine(path)
    try:
        with engine.connect() as connection:
            # Batch mode copies a table and drops the old one; with foreign keys on,
            # that DROP deletes what refers to its rows (a participant's agenda
            # speaker and chair). Off while migrating (only outside a transaction),
            # then every reference is checked before the commit.
            connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
            connection.commit()
            with connection.begin():
                upgrade(connection)
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").first()
                if broken is not None:
                    raise PlanFileError(phrase(
                        "{path}: could not be upgraded (a reference in {table} does not hold)",
                        path=path, table=broken[0]))
    finally:
        engine.dispose()


def create_plan(path: Path | ServerAddress, title: str, *, overwrite: bool = False,
                **details: Any) -> PlanFile:
    """Make a new plan file holding one plan; the file appears only when complete."""
    from consult_desktop.store.builder import initialise

    if isinstance(path, ServerAddress):
        raise PlanFileError(phrase("{path}: a new plan is made as a file; upload it then",
                                   path=path.url()))
    path = Path(path)
    if path.is_dir():
        raise PlanFileError(phrase("{path}: is a folder", path=path))
    if path.exists() and not overwrite:
        raise PlanFileError(phrase("{path}: already exists", path=path))
    if not path.parent.is_dir():
        raise PlanFileError(phrase("{path}: no such folder", path=path.parent))
    lock = lock_to_replace(path)
    try:
        with replacing(path) as temporary:
            temporary.touch()
            scratch = PlanFile(temporary)
            try:
                initialise(scratch.engine, title, **details)
            finally:
                scratch.close()
        return PlanFile(path, lock=lock)
    except BaseException:
        lock.release()
        raise
