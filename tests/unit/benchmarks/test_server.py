"""The PostgreSQL benchmark's rows when no server can start: they stay and say why."""

from __future__ import annotations

from benchmarks import server
from benchmarks.common import table


def test_without_server_binaries_the_row_says_why(tmp_path, monkeypatch) -> None:
    monkeypatch.delenv("CONSULT_PG_BIN", raising=False)
    rows = server.run(1, tmp_path, candidates=(str(tmp_path / "nowhere"),))
    assert [row.what for row in rows] == [server.WHAT, server.SEEN]
    assert all(row.met is None and "binaries not found" in row.note for row in rows)
    assert "no server: PostgreSQL server binaries not found" in table(rows)
