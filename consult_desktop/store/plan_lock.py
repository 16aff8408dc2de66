"""Who is editing a plan: an advisory lock on a small file beside it.

The first program to open a plan for editing holds an OS-level lock on
`.NAME.lock` in the plan's folder; a second one (another process, or another
window of the same process) finds the lock taken and opens the plan read-only.
The operating system drops the lock when its holder ends, however it ends, so a
crash never locks the officer out: a stale lock file is simply taken over.

`flock` locks belong to an open file, not to a process, so two windows of one
process exclude each other too, and closing SQLite's own descriptors never
releases ours (unlike `fcntl`/`lockf` record locks).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import socket
import sys
from pathlib import Path

from consult_desktop.domain.dates import Moment
from consult_desktop.domain.phrases import Phrase, phrase


def lock_path(plan: Path) -> Path:
    return plan.with_name(f".{plan.name}.lock")


class InUse(Exception):
    """The plan is being edited elsewhere; the message (a phrase, English as text)
    names who and since when."""


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _open(path: Path) -> tuple[int, bool]:
    """The lock file, readable by all (so others can say who holds it). One left by
    another user of a shared folder is opened for reading only: flock needs no more,
    so a stale lock of a colleague's crashed program never locks anyone out."""
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT, 0o644), True
    except PermissionError:
        if not path.exists():
            raise
        return os.open(path, os.O_RDONLY), False


def _holder_text(path: Path) -> Phrase:
    """Who holds the lock and since when, as the lock file says."""
    try:
        holder = json.loads(path.read_text(encoding="utf-8"))
        since = Moment(dt.datetime.fromisoformat(holder["since"]).astimezone())
        if holder["pid"] == os.getpid() and holder["host"] == socket.gethostname():
            return phrase("in use by another window of this program since {since}",
                          since=since)
        return phrase("in use by {user} on {host} since {since}", user=holder["user"],
                      host=holder["host"], since=since)
    except (OSError, ValueError, KeyError, TypeError):
        return phrase("in use by another program")


class PlanLock:
    """The editing lock of one plan, held until `release()`."""

    def __init__(self, plan: Path) -> None:
        self.path = lock_path(plan)
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock, or raise InUse; OSError when the folder refuses the file."""
        while True:
            fd, writable = _open(self.path)
            if not _try_lock(fd):
                os.close(fd)
                raise InUse(_holder_text(self.path))
            try:
                same = os.fstat(fd).st_ino == os.stat(self.path).st_ino
            except FileNotFoundError:
                same = False
            if same:
                break
            # The holder removed the file between our open and our lock: try again.
            os.close(fd)
        self._fd = fd
        try:
            user = getpass.getuser()
        except (OSError, KeyError):
            user = "someone"
        holder = {
            "user": user,
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "since": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        }
        if writable:
            os.ftruncate(fd, 0)
            os.write(fd, json.dumps(holder).encode("utf-8"))

    def release(self) -> None:
        if self._fd is None:
            return
        # Unlink while still locked, so a newcomer never locks a file we then remove.
        with contextlib.suppress(OSError):  # Windows keeps an open file; the lock goes
            self.path.unlink(missing_ok=True)
        os.close(self._fd)
        self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None
