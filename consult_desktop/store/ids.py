"""Ids for new rows, chosen before they are inserted (so that a redo puts a row back
under the same id).

In a plan file one program writes, and the next id is the largest plus one. On a
server several people insert at once, and the table's own sequence hands out ids:
two imports at the same moment get different ones, and the rows inserted later
through the sequence never collide with ids chosen here.
"""

from __future__ import annotations

from sqlalchemy import Table, func, select, text
from sqlalchemy.orm import Session


def reserve_ids(session: Session, table: Table, count: int) -> list[int]:
    if count <= 0:
        return []
    if session.get_bind().dialect.name == "postgresql":
        return sorted(int(i) for i in session.scalars(
            text("SELECT nextval(pg_get_serial_sequence(:t, 'id'))"
                 " FROM generate_series(1, :n)"), {"t": table.name, "n": count}))
    top = int(session.scalar(select(func.max(table.c.id))) or 0)
    return list(range(top + 1, top + 1 + count))
