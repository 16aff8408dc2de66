"""How the Timeline tab scales: reload and paint of a plan with many milestones, as a
ratio of the same on the demo plan (5 milestones), measured in the same run.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/timeline_bench.py
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication
from sqlalchemy import insert

from consult_desktop.store.demo import write_demo
from consult_desktop.store.models import Milestone
from consult_desktop.store.plan_file import open_plan
from consult_desktop.ui.context import PlanContext
from consult_desktop.ui.timeline_tab import TimelineTab

RUNS = 5


def median_ms(action) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def plan_with(folder: Path, extra: int) -> Path:
    path = folder / f"plan-{extra}.consult"
    write_demo(path).close()
    plan_file = open_plan(path)
    with plan_file.begin() as session:
        if extra:
            session.execute(insert(Milestone), [
                {"plan_id": 1, "title": f"Deadline number {n}", "kind": "document",
                 "date": dt.date(2017, 1, 1) + dt.timedelta(days=n % 330), "done": n % 2 == 0}
                for n in range(extra)
            ])
    plan_file.close()
    return path


def measure(path: Path) -> float:
    context = PlanContext(open_plan(path))
    tab = TimelineTab(context, today=lambda: dt.date(2017, 9, 1))
    tab.resize(1200, 760)
    tab.show()

    def reload_and_paint() -> None:
        tab.reload()
        tab.view.grab()

    result = median_ms(reload_and_paint)
    tab.close()
    context.close()
    return result


def main() -> int:
    QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        base = measure(plan_with(Path(folder), 0))
        print(f"demo plan (5 milestones): reload + paint {base:.1f} ms (baseline)")
        for extra in (100, 1000):
            ms = measure(plan_with(Path(folder), extra))
            print(f"{extra + 5} milestones: {ms:.1f} ms, {ms / base:.1f}x the baseline")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
