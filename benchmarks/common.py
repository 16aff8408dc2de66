"""Measuring helpers shared by the benchmarks.

These machines are shared and noisy: each figure is the median of several runs, with
its spread (lowest and highest), and is compared with a baseline measured in the same
run, interleaved with it so that a slow moment hits both.
"""

from __future__ import annotations

import json
import math
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Sample:
    values: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    def spread(self) -> str:
        """Lowest to highest, with as many decimals as the figures need."""
        low, high = min(self.values), max(self.values)
        places = 0 if high >= 100 else 1 if high >= 10 else 2
        return f"{low:.{places}f}-{high:.{places}f}"


@dataclass
class Result:
    what: str
    ours: float  # median, in `unit`
    baseline: float | None
    unit: str
    goal: str
    met: bool | None  # None: no goal, the row is there for information
    spread: str = ""
    baseline_name: str = ""
    paired_ratio: float | None = None  # median of each run's ratio to its own baseline
    note: str = ""  # why a figure is missing (a peer not installed, a server not started)

    @property
    def ratio(self) -> float | None:
        if self.paired_ratio is not None:
            return self.paired_ratio
        return self.ours / self.baseline if self.baseline else None


def compare(what: str, ours: Sample, baseline: Sample | None, unit: str, *,
            at_most: float | None = None, ratio_at_most: float | None = None,
            baseline_name: str = "", paired: bool = False) -> Result:
    """One row: the medians, and whether they meet the goal (an absolute limit in
    `unit`, a limit on the ratio to the baseline, or both). No limit: no goal.

    paired: the i-th run of ours and of the baseline ran side by side (`interleaved`);
    the ratio is then the median of the runs' own ratios, which a slow moment of the
    machine, hitting both, leaves alone."""
    median = ours.median
    base = baseline.median if baseline is not None else None
    paired_ratio = None
    if paired and baseline is not None:
        assert len(ours.values) == len(baseline.values), "paired samples differ in length"
        paired_ratio = statistics.median(o / b for o, b in
                                          zip(ours.values, baseline.values, strict=True))
    row = Result(what, median, base, unit, "-", None, ours.spread(), baseline_name,
                 paired_ratio)
    goals, met = [], []
    if at_most is not None:
        goals.append(f"<= {at_most:g} {unit}")
        met.append(median <= at_most)
    if ratio_at_most is not None:
        assert row.ratio is not None, "a ratio goal needs a baseline"
        goals.append(f"<= {ratio_at_most:g}x")
        met.append(row.ratio <= ratio_at_most)
    row.goal = ", ".join(goals) or "-"
    row.met = all(met) if met else None
    return row


def interleaved(runs: int, ours: Callable[[], float], baseline: Callable[[], float]
                ) -> tuple[Sample, Sample]:
    """Run ours and the baseline alternately `runs` times each."""
    a, b = Sample(), Sample()
    for _ in range(runs):
        b.values.append(baseline())
        a.values.append(ours())
    return a, b


def timed(function: Callable[[], object]) -> float:
    """Milliseconds taken by one call."""
    start = time.perf_counter()
    function()
    return (time.perf_counter() - start) * 1000


def child(code: str, *args: str, env: dict[str, str] | None = None) -> dict[str, float]:
    """Run `code` in a fresh Python; it prints one JSON object of figures, which is
    returned. START (epoch seconds before the process was started) is in its environment,
    so the child can measure from its own start."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {}),
                   "PYTHONPATH": str(ROOT), "START": repr(time.time())}
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True,
                          text=True, env=environment, timeout=600, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"benchmark child failed:\n{done.stderr[-2000:]}")
    last = [line for line in done.stdout.splitlines() if line.startswith("{")][-1]
    return {k: float(v) for k, v in json.loads(last).items()}


def missing(what: str, unit: str, goal: str, note: str, ours: Sample | None = None
            ) -> Result:
    """A row whose baseline (or whose own figure) could not be measured: it stays in the
    table and says why."""
    return Result(what, ours.median if ours else math.nan, None, unit, goal, None,
                  ours.spread() if ours else "", "", None, note)


def machine() -> str:
    return (f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores,"
            f" Python {platform.python_version()}")


def load_average() -> str:
    """The machine's load average (1, 5, 15 minutes): these machines are shared."""
    try:
        return "{:.2f} {:.2f} {:.2f}".format(*os.getloadavg())
    except OSError:
        return "unknown"


def table(results: list[Result]) -> str:
    head = ("what", "ours", "baseline", "ratio", "goal", "met")
    rows = [head]
    for r in results:
        ours = (f"{r.ours:.1f} {r.unit}" + (f" ({r.spread})" if r.spread else "")
                if math.isfinite(r.ours) else "-")
        base = (f"{r.baseline:.1f} {r.unit}" + (f" ({r.baseline_name})" if r.baseline_name
                                                  else "")) if r.baseline is not None else "-"
        if r.note:
            base = r.note if base == "-" else f"{base}; {r.note}"
        ratio = f"{r.ratio:.2f}x" if r.ratio is not None else "-"
        met = "-" if r.met is None else "yes" if r.met else "NO"
        rows.append((r.what, ours, base, ratio, r.goal, met))
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |"
             for row in rows]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def write_json(path: Path, results: list[Result], load: str = "") -> None:
    data = {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "machine": machine(),
        "load": load or load_average(),
        "results": [{**asdict(r), "ratio": r.ratio} for r in results],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
