"""Files written whole or not at all, and never over a plan.

Every file the program writes (plans, PDFs, exports) is first written to a temporary
file beside its target, flushed to disk, then renamed over the target: a crash or an
error midway leaves the old file as it was, never half a new one. The new file gets
the mode of the file it replaces, or for a new file what the umask allows (never the
temporary file's 0600). Errors name the target, never the temporary file.

`check_output` is what every command that writes a document or an export asks first:
the output is not a plan, not the plan being read, not read-only, in a folder that
exists, and has a suffix that says what is written.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from consult_desktop.domain.phrases import Text, phrase

SQLITE_MAGIC = b"SQLite format 3\x00"

# What the window writes, as `check_output` names it when the suffix is wrong.
A_PDF = phrase("a PDF")
A_WORD_FILE = phrase("a Word file")
A_CALENDAR = phrase("a calendar")


class OutputError(ValueError):
    """An output file refused before anything is written; the message names it."""


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _mode_for(target: Path) -> int:
    """The mode `target` keeps if it exists, else what the umask leaves of 0666."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        return 0o666 & ~_umask()


def _naming(error: OSError, target: Path) -> OSError:
    """The same error, naming the user's file instead of the temporary one."""
    named = type(error)(error.errno, error.strerror or str(error), str(target))
    return named


@contextmanager
def replacing(target: Path, mode: int | None = None) -> Iterator[Path]:
    """A temporary path beside `target`; what is written there replaces `target` when
    the block ends without error, and is removed otherwise. The new file's mode: `mode`
    when given (a private copy), else the replaced file's, else what the umask allows."""
    target = Path(target)
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                        dir=target.parent)
    except OSError as error:
        raise _naming(error, target) from None
    os.close(handle)
    temporary = Path(name)
    try:
        try:
            yield temporary
        except OSError as error:
            if error.filename == str(temporary):
                raise _naming(error, target) from None
            raise
        try:
            with open(temporary, "rb") as written:
                os.fsync(written.fileno())
            os.chmod(temporary, _mode_for(target) if mode is None else mode)
            os.replace(temporary, target)
        except OSError as error:
            raise _naming(error, target) from None
    finally:
        temporary.unlink(missing_ok=True)


@contextmanager
def atomic_write(target: Path, mode: str = "w", **options: Any) -> Iterator[IO[Any]]:
    """Open a stream whose content replaces `target` only once fully written."""
    with replacing(target) as temporary, open(temporary, mode, **options) as stream:
        yield stream


def write_bytes(target: Path, data: bytes) -> None:
    with atomic_write(target, "wb") as stream:
        stream.write(data)


def is_plan_file(path: Path) -> bool:
    """Whether `path` is a plan of ours: an SQLite file with our application id in its
    header, whatever its name."""
    from consult_desktop.store.schema import APPLICATION_ID

    try:
        with open(path, "rb") as stream:
            header = stream.read(72)
    except OSError:
        return False
    return (len(header) == 72 and header.startswith(SQLITE_MAGIC)
            and int.from_bytes(header[68:72], "big") == APPLICATION_ID)


def _same_file(one: Path, other: Path) -> bool:
    try:
        return os.path.samefile(one, other)
    except OSError:
        return False


def check_output(target: Path, suffixes: Iterable[str], reading: Iterable[Path] = (),
                 what: Text = "") -> None:
    """Refuse, before anything is written, an output that would destroy something or
    mislead: a plan (or a file being read), a read-only file, a missing folder, a
    suffix that does not say what is written (`suffixes`: the accepted ones; `what` the
    kind of file, as a phrase with its article: phrase("a calendar")). The refusal is a
    phrase: English through str(), the window's language through ui/phrases.py."""
    target = Path(target)
    accepted = tuple(s.lower() for s in suffixes)
    for source in reading:
        if _same_file(target, source):
            raise OutputError(phrase("{path}: this is the plan being read; choose another"
                                     " file", path=target))
    if target.is_dir():
        raise OutputError(phrase("{path}: is a folder; name a file in it", path=target))
    if is_plan_file(target):
        raise OutputError(phrase("{path}: is a plan file; it is never written over"
                                 " (choose another name)", path=target))
    if accepted and target.suffix.lower() not in accepted:
        use = _either(accepted)
        what = what or phrase("a file")
        if target.suffix:
            raise OutputError(phrase("{path}: {what} cannot be written with {suffix} (use"
                                     " {use})", path=target, what=what,
                                     suffix=repr(target.suffix), use=use))
        raise OutputError(phrase("{path}: {what} cannot be written with no suffix (use"
                                 " {use})", path=target, what=what, use=use))
    folder = target.parent
    if not folder.is_dir():
        raise OutputError(phrase("{path}: no such folder", path=folder))
    if target.exists() and not (target.stat().st_mode & 0o222
                                and os.access(target, os.W_OK)):
        raise OutputError(phrase("{path}: the file is read-only; it is left unchanged",
                                 path=target))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(phrase("{path}: no permission to write in this folder",
                                 path=folder))


def _either(suffixes: tuple[str, ...]) -> Text:
    """".csv or .xlsx": the suffixes a file may take, the last two joined by "or"."""
    if len(suffixes) < 2:
        return "".join(suffixes)
    return phrase("{some} or {last}", some=", ".join(suffixes[:-1]), last=suffixes[-1])
