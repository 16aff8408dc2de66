"""`python -m benchmarks [--quick] [--only NAMES]`: run every benchmark, print the table
(what, ours, baseline, ratio, goal, met) and write the same as JSON.

Each figure is the median of several runs, with its spread (lowest-highest), beside a
baseline measured in the same run: the stack's own floor (a bare window, SQLAlchemy's
import, a raw fetch), or the peer an officer would otherwise use (LibreOffice).
--quick: 3 runs, and neither the 100,000-participant plan nor the 10,000-participant
pack; the full run, 7 runs of everything (LibreOffice and its peers 3), takes longer.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from benchmarks import budget_tab, participants, peer, printing, server, startup, timeline
from benchmarks.common import ROOT, Result, load_average, machine, table, write_json

GROUPS = ("startup", "participants", "printing", "peer", "server", "budget", "timeline")


def run(group: str, runs: int, quick: bool, folder: Path) -> list[Result]:
    if group == "startup":
        sizes = (1_000, 10_000) if quick else (1_000, 10_000, 100_000)
        return startup.run(runs, sizes, folder)
    if group == "participants":
        return participants.run(runs, folder)
    if group == "printing":
        return printing.run(runs, (1_000,) if quick else (1_000, 10_000))
    if group == "peer":  # LibreOffice: slow to start, so fewer runs
        return peer.run(max(3, runs // 2), (10_000, 1_000), folder)
    if group == "server":
        return server.run(runs, folder)
    if group == "budget":
        return budget_tab.run(runs, folder)
    return timeline.run(runs, folder)


def byte_compile() -> None:
    """Our modules byte-compiled before any clock starts, as installing the program
    leaves them (pip compiles a wheel's modules, as it compiled SQLAlchemy's, Qt's and
    ReportLab's, which the baselines import). Where PYTHONDONTWRITEBYTECODE is set, an
    editable install would otherwise compile our modules from source in every fresh
    process: 100-150 ms of each start, which no user pays after the first."""
    import compileall

    compileall.compile_dir(ROOT / "consult_desktop", quiet=1)


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer runs, smaller plans")
    parser.add_argument("--runs", type=int, help="runs of each measure (default 3 quick, 7)")
    parser.add_argument("--only", default=",".join(GROUPS),
                        help=f"comma-separated groups among {', '.join(GROUPS)}")
    parser.add_argument("--json", type=Path, default=ROOT / "benchmarks" / "results" /
                        "latest.json", help="where to write the figures")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    runs = args.runs or (3 if args.quick else 7)
    groups = [g.strip() for g in args.only.split(",") if g.strip()]
    unknown = set(groups) - set(GROUPS)
    if unknown:
        parser.error(f"unknown groups: {', '.join(sorted(unknown))}")
    byte_compile()
    load = load_average()
    results: list[Result] = []
    began = time.perf_counter()
    with tempfile.TemporaryDirectory() as name:
        for group in groups:
            started = time.perf_counter()
            results += run(group, runs, args.quick, Path(name))
            print(f"{group}: {time.perf_counter() - started:.0f} s", flush=True)
    load = f"{load} at the start, {load_average()} at the end"
    print(f"Machine: {machine()}; load average (1, 5, 15 min): {load}")
    print(f"{runs} runs each, {time.perf_counter() - began:.0f} s in all")
    print(table(results))
    write_json(args.json, results, load)
    print(f"written to {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
