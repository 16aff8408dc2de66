"""`python -m benchmarks [--quick]`: run every benchmark, print the table, write JSON."""

from __future__ import annotations

import argparse
from pathlib import Path

from benchmarks import startup
from benchmarks.common import ROOT, machine, table, write_json


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer runs, smaller plans")
    parser.add_argument("--json", type=Path, default=ROOT / "benchmarks" / "results" /
                        "latest.json", help="where to write the figures")
    args = parser.parse_args()
    runs = 3 if args.quick else 7
    sizes = (1_000, 10_000) if args.quick else (1_000, 10_000, 100_000)
    results = startup.run(runs, sizes)
    print(f"Machine: {machine()}")
    print(table(results))
    write_json(args.json, results)
    print(f"written to {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
