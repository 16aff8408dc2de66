"""Which schema revisions this version of the program knows.

Kept by hand beside the Alembic scripts so that opening a plan that is already
current never has to import Alembic; a test checks it against the scripts.
"""

from __future__ import annotations

# Oldest first. Every revision ever released stays in this list.
REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006", "0007")
HEAD = REVISIONS[-1]

# Written into the SQLite header (PRAGMA application_id): "Cnsl".
APPLICATION_ID = 0x436E736C
