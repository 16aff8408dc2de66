"""The PostgreSQL benchmark's row when no server can start: it stays and says why."""

from __future__ import annotations

from benchmarks import server
from benchmarks.common import table


def test_without_server_binaries_the_row_says_why(tmp_path, monkeypatch) -> None:
    monkeypatch.delenv("CONSULT_PG_BIN", raising=False)
    rows = server.run(1, tmp_path, candidates=(str(tmp_path / "nowhere"),))
    assert len(rows) == 1 and rows[0].what == server.WHAT
    assert rows[0].met is None and "binaries not found" in rows[0].note
    assert "no server: PostgreSQL server binaries not found" in table(rows)
