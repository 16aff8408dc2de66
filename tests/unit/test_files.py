"""Files are written whole or not at all."""

from __future__ import annotations

import pytest

from consult_desktop.files import atomic_write, write_bytes


def test_a_failure_midway_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "list.csv"
    target.write_text("the old list")
    with pytest.raises(RuntimeError), atomic_write(target, "w", encoding="utf-8") as stream:
        stream.write("half of the new")
        raise RuntimeError("disk full")
    assert target.read_text() == "the old list"
    assert [p.name for p in tmp_path.iterdir()] == ["list.csv"]


def test_a_complete_write_replaces_the_file(tmp_path):
    target = tmp_path / "pack.pdf"
    target.write_bytes(b"old")
    write_bytes(target, b"%PDF new")
    assert target.read_bytes() == b"%PDF new"
    assert [p.name for p in tmp_path.iterdir()] == ["pack.pdf"]
