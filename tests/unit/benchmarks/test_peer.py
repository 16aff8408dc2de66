"""The benchmark against LibreOffice, in a tiny quick mode: our whole printing process
runs and its rows are printed; without LibreOffice the rows stay and say so. Never a
timing assertion, and never LibreOffice itself (it is for the benchmark only)."""

from __future__ import annotations

import sys

from benchmarks import peer
from benchmarks.common import table


def test_without_libreoffice_our_rows_stay_and_say_it_is_not_installed(tmp_path) -> None:
    rows = peer.run(1, (30,), tmp_path, soffice="no-such-soffice-here")
    assert [row.what for row in rows] == [
        "print the list of 30 participants, whole process: wall time",
        "  the same: peak memory"]
    assert all(row.note == "LibreOffice not installed" and row.met is None for row in rows)
    assert all(row.ours > 0 for row in rows)  # our process ran and printed a PDF
    printed = table(rows)
    assert printed.count("LibreOffice not installed") == 2


def test_the_launcher_reports_a_command_that_fails() -> None:
    try:
        peer.launch(["false"])
    except RuntimeError as error:
        assert "exited with 1" in str(error)
    else:
        raise AssertionError("a failing command gave figures")


def test_peak_memory_counts_what_the_command_waited_for_not_the_launcher() -> None:
    # As LibreOffice's soffice.bin runs under its oosplash: the grandchild holds 80 MB.
    grandchild = "data = b'x' * (80 * 2**20)"
    wall, peak = peer.launch([sys.executable, "-c", "import subprocess, sys;"
                              f" subprocess.run([sys.executable, '-c', {grandchild!r}],"
                              " check=True)"])
    assert 80 <= peak < 160
    assert wall > 0
