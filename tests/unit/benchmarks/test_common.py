"""The benchmark table and its JSON, on made-up figures: the timing itself is never
tested (no timing assertions), but the report must not rot unseen."""

from __future__ import annotations

import json

from benchmarks.common import Result, Sample, compare, missing, table, write_json


def test_a_row_meets_its_goal_only_when_every_limit_holds() -> None:
    base = Sample([10.0, 12.0, 11.0])
    fast = compare("fast", Sample([20.0, 30.0, 25.0]), base, "ms", at_most=300,
                   ratio_at_most=3)
    slow = compare("slow", Sample([350.0, 340.0, 360.0]), base, "ms", at_most=300,
                   ratio_at_most=100)
    beyond_ratio = compare("ratio", Sample([40.0]), base, "ms", at_most=300, ratio_at_most=3)
    assert (fast.ours, fast.baseline, fast.ratio) == (25.0, 11.0, 25.0 / 11.0)
    assert fast.goal == "<= 300 ms, <= 3x"
    assert fast.met is True
    assert slow.met is False
    assert beyond_ratio.met is False
    assert fast.spread == "20.0-30.0"


def test_a_paired_ratio_is_the_median_of_each_runs_own_ratio() -> None:
    # The machine slowed down in the middle run: both sides were hit, the ratio was not.
    ours, base = Sample([20.0, 200.0, 22.0]), Sample([10.0, 100.0, 10.0])
    paired = compare("paired", ours, base, "ms", ratio_at_most=2.1, paired=True)
    unpaired = compare("unpaired", ours, base, "ms", ratio_at_most=2.1)
    assert paired.ratio == 2.0 and paired.met is True
    assert unpaired.ratio == 2.2 and unpaired.met is False


def test_a_row_without_a_limit_has_no_goal() -> None:
    row = compare("info", Sample([5.0]), None, "MB")
    assert (row.goal, row.met, row.ratio) == ("-", None, None)


def test_the_table_shows_each_row_with_its_ratio_and_verdict() -> None:
    rows = [
        Result("start", 900.0, 300.0, "ms", "<= 700 ms", False, "850-990", "bare window"),
        Result("search", 9.5, 2.0, "ms", "<= 16 ms", True, "8.1-12.0", "scan"),
        Result("memory", 30.0, None, "MB", "-", None),
    ]
    lines = table(rows).splitlines()
    assert lines[0].split("|")[1:-1] == [f" {name.ljust(len(cell) - 2)} " for name, cell in
                                         zip(("what", "ours", "baseline", "ratio", "goal",
                                              "met"), lines[0].split("|")[1:-1],
                                             strict=True)]
    assert set(lines[1]) <= {"|", "-"}
    start, search, memory = ([cell.strip() for cell in line.split("|")[1:-1]]
                             for line in lines[2:])
    assert start == ["start", "900.0 ms (850-990)", "300.0 ms (bare window)", "3.00x",
                     "<= 700 ms", "NO"]
    assert search[3:] == ["4.75x", "<= 16 ms", "yes"]
    assert memory[2:] == ["-", "-", "-", "-"]
    assert len({len(line) for line in lines}) == 1  # columns line up


def test_the_json_holds_every_row_with_date_machine_and_load(tmp_path) -> None:
    rows = [Result("search", 9.5, 2.0, "ms", "<= 16 ms", True, "8-12", "scan")]
    path = tmp_path / "results" / "latest.json"
    write_json(path, rows, load="1.00 1.00 1.00")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["load"] == "1.00 1.00 1.00"
    assert data["machine"] and data["date"].endswith("UTC")
    assert data["results"] == [{"what": "search", "ours": 9.5, "baseline": 2.0, "unit": "ms",
                                "goal": "<= 16 ms", "met": True, "spread": "8-12",
                                "baseline_name": "scan", "paired_ratio": None,
                                "note": "", "ratio": 4.75}]


def test_a_row_that_could_not_be_measured_stays_and_says_why() -> None:
    peerless = missing("print, wall time", "ms", "-", "LibreOffice not installed",
                       Sample([1200.0, 1100.0, 1300.0]))
    serverless = missing("open from PostgreSQL", "ms", "<= 2x", "no server: initdb failed")
    lines = table([peerless, serverless]).splitlines()
    first, second = ([cell.strip() for cell in line.split("|")[1:-1]] for line in lines[2:])
    assert first == ["print, wall time", "1200.0 ms (1100-1300)", "LibreOffice not installed",
                     "-", "-", "-"]
    assert second == ["open from PostgreSQL", "-", "no server: initdb failed", "-", "<= 2x",
                      "-"]
