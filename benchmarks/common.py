"""Measuring helpers shared by the benchmarks.

These machines are shared and noisy: each figure is the median of several runs, with
its spread (lowest and highest), and is compared with a baseline measured in the same
run, interleaved with it so that a slow moment hits both.
"""

from __future__ import annotations

import json
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
        return f"{min(self.values):.0f}-{max(self.values):.0f}"


@dataclass
class Result:
    what: str
    ours: float  # median, in `unit`
    baseline: float | None
    unit: str
    goal: str
    met: bool
    spread: str = ""
    baseline_name: str = ""

    @property
    def ratio(self) -> float | None:
        return self.ours / self.baseline if self.baseline else None


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


def machine() -> str:
    return (f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores,"
            f" Python {platform.python_version()}")


def table(results: list[Result]) -> str:
    head = ("what", "ours", "baseline", "ratio", "goal", "met")
    rows = [head]
    for r in results:
        ours = f"{r.ours:.1f} {r.unit}" + (f" ({r.spread})" if r.spread else "")
        base = f"{r.baseline:.1f} {r.unit}" if r.baseline is not None else "-"
        ratio = f"{r.ratio:.2f}x" if r.ratio is not None else "-"
        rows.append((r.what, ours, base, ratio, r.goal, "yes" if r.met else "NO"))
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |"
             for row in rows]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def write_json(path: Path, results: list[Result]) -> None:
    data = {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "machine": machine(),
        "results": [{**asdict(r), "ratio": r.ratio} for r in results],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
