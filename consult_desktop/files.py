"""Files written whole or not at all.

Every file the program writes (plans, PDFs, exports) is first written to a temporary
file beside its target, flushed to disk, then renamed over the target: a crash or an
error midway leaves the old file as it was, never half a new one.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any


@contextmanager
def replacing(target: Path) -> Iterator[Path]:
    """A temporary path beside `target`; what is written there replaces `target` when
    the block ends without error, and is removed otherwise."""
    target = Path(target)
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                    dir=target.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        with open(temporary, "rb") as written:
            os.fsync(written.fileno())
        os.replace(temporary, target)
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
