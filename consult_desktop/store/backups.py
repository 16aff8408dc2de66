"""Automatic backups: the last few versions of each plan, in the user data folder.

A backup is a whole plan file, copied with SQLite's backup API (a consistent
snapshot even while the plan is being edited) into a temporary file that is
renamed into place only once complete. Each plan has a folder of its own under
`user_data_path("consult-desktop") / "backups"`, named after the plan and a hash of
its path, holding `source.json` (where the plan lives) and the copies, named by the
UTC time they were taken. A copy is taken only when the plan changed since the last
one; at most KEEP copies are kept per plan, and all copies together stay under
MAX_BYTES (the newest copy of each plan is always kept).

The copies hold participants' contact details, so the folders and files are
readable by their owner only; they never leave the user's own data folder.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_path
from sqlalchemy.exc import SQLAlchemyError

from consult_desktop import PLAN_SUFFIX
from consult_desktop.domain.phrases import phrase
from consult_desktop.files import replacing
from consult_desktop.store.plan_file import (
    PlanFile,
    PlanFileError,
    copy_database,
    read_revision,
)
from consult_desktop.store.plan_lock import InUse, PlanLock

KEEP = 10
MAX_BYTES = 500 * 1024 * 1024
STAMP = "%Y%m%dT%H%M%S_%fZ"
NAME = re.compile(r"^\d{8}T\d{6}_\d{6}Z" + re.escape(PLAN_SUFFIX) + "$")


class BackupError(PlanFileError):
    """A backup could not be taken or restored; the message says why."""


@dataclass(frozen=True)
class Backup:
    path: Path
    source: Path  # the plan file it is a copy of
    taken: dt.datetime  # UTC
    size: int

    def title(self) -> str:
        """The plan's title inside the copy, or a question mark when unreadable."""
        try:
            uri = f"{self.path.resolve().as_uri()}?mode=ro"
            with contextlib.closing(sqlite3.connect(uri, uri=True)) as connection:
                row = connection.execute("SELECT title FROM plan ORDER BY id LIMIT 1").fetchone()
        except sqlite3.Error:
            return "?"
        return str(row[0]) if row else "?"


def backup_root() -> Path:
    return user_data_path("consult-desktop", appauthor=False) / "backups"


def folder_for(source: Path, root: Path) -> Path:
    resolved = str(Path(source).resolve())
    digest = hashlib.sha256(resolved.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    stem = re.sub(r"[^\w-]+", "_", Path(source).stem)[:40] or "plan"
    return root / f"{stem}-{digest}"


def _fingerprint(path: Path) -> str:
    """Changes with every commit: SQLite's file change counter, and the size."""
    with path.open("rb") as handle:
        header = handle.read(100)
        size = os.fstat(handle.fileno()).st_size
    return f"{int.from_bytes(header[24:28], 'big')}:{size}"


def _private_folder(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    folder.chmod(0o700)


def take(plan_file: PlanFile, root: Path | None = None,
         now: dt.datetime | None = None) -> Backup | None:
    """Copy the plan into its backup folder, unless it has not changed since the last
    copy (then None). Raises BackupError when the copy cannot be made."""
    root = backup_root() if root is None else root
    folder = folder_for(plan_file.path, root)
    state_path = folder / "source.json"
    try:
        fingerprint = _fingerprint(plan_file.path)
        state = json.loads(state_path.read_text("utf-8")) if state_path.exists() else {}
        if state.get("fingerprint") == fingerprint and list_backups(root, plan_file.path):
            return None
        _private_folder(root)
        _private_folder(folder)
        taken = now or dt.datetime.now(dt.UTC)
        target = folder / f"{taken:{STAMP}}{PLAN_SUFFIX}"
        with replacing(target, mode=0o600) as temporary:
            copy_database(plan_file.engine, temporary)
        state = {"source": str(plan_file.path.resolve()), "fingerprint": fingerprint}
        with replacing(state_path) as temporary:
            temporary.write_text(json.dumps(state), "utf-8")
    except (OSError, ValueError, sqlite3.Error, SQLAlchemyError) as error:
        raise BackupError(phrase("{path}: no backup taken ({error})", path=plan_file.path,
                                 error=error)) from None
    prune(root)
    return Backup(target, plan_file.path.resolve(), taken, target.stat().st_size)


def list_backups(root: Path | None = None, source: Path | None = None) -> list[Backup]:
    """Every backup, newest first; only those of `source` when given."""
    root = backup_root() if root is None else root
    if not root.is_dir():
        return []
    found: list[Backup] = []
    for folder in root.iterdir():
        try:
            origin = Path(json.loads((folder / "source.json").read_text("utf-8"))["source"])
        except (OSError, ValueError, KeyError, TypeError):
            continue
        if source is not None and origin != Path(source).resolve():
            continue
        for entry in folder.iterdir():
            if not NAME.match(entry.name):
                continue
            taken = dt.datetime.strptime(entry.name.removesuffix(PLAN_SUFFIX), STAMP)
            found.append(Backup(entry, origin, taken.replace(tzinfo=dt.UTC),
                                entry.stat().st_size))
    return sorted(found, key=lambda backup: backup.taken, reverse=True)


def prune(root: Path, keep: int = KEEP, max_bytes: int = MAX_BYTES) -> list[Path]:
    """Delete the oldest copies beyond `keep` per plan, then the oldest copies until all
    fit in `max_bytes`, never the newest copy of a plan. Returns what was deleted."""
    backups = list_backups(root)
    newest: dict[Path, Backup] = {}
    count: dict[Path, int] = {}
    doomed: list[Backup] = []
    for backup in backups:  # newest first
        newest.setdefault(backup.source, backup)
        count[backup.source] = count.get(backup.source, 0) + 1
        if count[backup.source] > keep:
            doomed.append(backup)
    total = sum(b.size for b in backups if b not in doomed)
    for backup in reversed(backups):  # oldest first
        if total <= max_bytes:
            break
        if backup not in doomed and newest[backup.source] is not backup:
            doomed.append(backup)
            total -= backup.size
    for backup in doomed:
        backup.path.unlink(missing_ok=True)
    _remove_stale_temporaries(root)
    return [backup.path for backup in doomed]


def _remove_stale_temporaries(root: Path) -> None:
    """Temporary files of a copy interrupted by a crash, an hour old or more."""
    for entry in root.glob("*/.*.tmp"):
        with contextlib.suppress(OSError):
            if time.time() - entry.stat().st_mtime > 3600:
                entry.unlink()


def restore(backup: Backup, target: Path) -> None:
    """Write the plan held in `backup` to `target`, whole or not at all. The backup is
    checked first; a target being edited elsewhere is refused."""
    target = Path(target)
    read_revision(backup.path)
    lock = PlanLock(target)
    try:
        lock.acquire()
    except InUse as in_use:
        raise BackupError(phrase("{path}: cannot be replaced, it is {in_use}", path=target,
                                 in_use=in_use.args[0])) from None
    except OSError as error:
        raise BackupError(phrase("{path}: cannot be written ({error})", path=target,
                                 error=error.strerror or error)) from None
    try:
        uri = f"{backup.path.resolve().as_uri()}?mode=ro"
        with replacing(target) as temporary, \
                contextlib.closing(sqlite3.connect(uri, uri=True)) as source, \
                contextlib.closing(sqlite3.connect(temporary)) as destination:
            source.backup(destination)
    except (OSError, sqlite3.Error) as error:
        raise BackupError(phrase("{path}: not restored ({error})", path=target,
                                 error=error)) from None
    finally:
        lock.release()
