"""What others change in a plan on a server, as it happens (LISTEN/NOTIFY).

Revision 0003's triggers announce every committed change on the channel
`consult_changes`: "SCHEMA TABLE i|u|d ID,ID,..." ("*" when too many rows changed
to list, or for a table without ids). A ChangeListener holds its own connection,
listening, and hands out the changes to its plan's schema; a window polls it (or
watches `fileno()`) and reloads only the rows named, keeping the selection and a
half-typed cell. Its own changes come back too (harmless: the rows reload the same).
"""

from __future__ import annotations

from dataclasses import dataclass

import psycopg

from consult_desktop.domain.phrases import phrase
from consult_desktop.store.address import ServerAddress
from consult_desktop.store.server_plan import CHANNEL, ServerUnreachable, connect_args

OPERATIONS = {"i": "insert", "u": "update", "d": "delete"}


@dataclass(frozen=True)
class Change:
    table: str
    operation: str  # insert, update or delete
    ids: tuple[int, ...] | None  # None: reload the whole table


def parse(payload: str, schema: str) -> Change | None:
    """A notification's change, or None when it is another plan's (or not ours)."""
    parts = payload.split(" ")
    if len(parts) != 4 or parts[0] != schema or parts[2] not in OPERATIONS:
        return None
    ids = None if parts[3] == "*" else tuple(int(i) for i in parts[3].split(","))
    return Change(parts[1], OPERATIONS[parts[2]], ids)


class ChangeListener:
    """Listens for the changes to one plan's schema on its own connection."""

    def __init__(self, address: ServerAddress, schema: str) -> None:
        self.address = address
        self.schema = schema
        self._connection: psycopg.Connection | None = None
        self.connect()

    def connect(self) -> None:
        """(Re)connect and listen; after a lost connection the caller reloads everything,
        since what changed meanwhile was not heard."""
        self.close()
        try:
            self._connection = psycopg.connect(autocommit=True, **connect_args(self.address))
            self._connection.execute(f"LISTEN {CHANNEL}")
        except psycopg.Error as error:
            self._connection = None
            raise ServerUnreachable(phrase("{where}: the server cannot be reached ({error})",
                                           where=self.address.url(),
                                           error=str(error).strip().splitlines()[0])) from None

    def fileno(self) -> int:
        """The socket to watch (a QSocketNotifier) for changes arriving."""
        if self._connection is None:
            raise ServerUnreachable(phrase("{where}: not connected", where=self.address.url()))
        return self._connection.fileno()

    def changes(self, timeout: float = 0.0) -> list[Change]:
        """The changes that arrived, waiting up to `timeout` seconds for the first."""
        if self._connection is None:
            self.connect()
        assert self._connection is not None
        found: list[Change] = []
        try:
            # The first within `timeout`, then whatever else has already arrived.
            notices = [*self._connection.notifies(timeout=timeout, stop_after=1)]
            if notices:
                notices += self._connection.notifies(timeout=0.01)
            for notice in notices:
                change = parse(notice.payload, self.schema)
                if change is not None:
                    found.append(change)
        except psycopg.OperationalError as error:
            self.close()
            raise ServerUnreachable(phrase("{where}: the connection was lost ({error})",
                                           where=self.address.url(),
                                           error=str(error).strip().splitlines()[0])) from None
        return found

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
