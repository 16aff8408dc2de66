"""How the Timeline tab scales: reload and paint of a plan with 1,005 milestones, as a
ratio of the same on the demo plan (5 milestones), measured in the same run."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from benchmarks.common import Result, Sample, compare, timed

EXTRA = 1000


def plan_with(folder: Path, extra: int) -> Path:
    from sqlalchemy import insert

    from consult_desktop.store.demo import write_demo
    from consult_desktop.store.models import Milestone
    from consult_desktop.store.plan_file import open_plan

    path = folder / f"timeline-{extra}.consult"
    write_demo(path, overwrite=True).close()
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


def measure(path: Path, runs: int) -> Sample:
    from PySide6.QtWidgets import QApplication

    from consult_desktop.store.plan_file import open_plan
    from consult_desktop.ui.context import PlanContext
    from consult_desktop.ui.timeline_tab import TimelineTab

    QApplication.instance() or QApplication([])
    context = PlanContext(open_plan(path))
    tab = TimelineTab(context, today=lambda: dt.date(2017, 9, 1))
    tab.resize(1200, 760)
    tab.show()

    def reload_and_paint() -> None:
        tab.reload()
        tab.view.grab()

    result = Sample([timed(reload_and_paint) for _ in range(runs)])
    tab.close()
    context.close()
    return result


def run(runs: int, folder: Path) -> list[Result]:
    base = measure(plan_with(folder, 0), runs)
    many = measure(plan_with(folder, EXTRA), runs)
    return [compare(f"Timeline reload + paint, {EXTRA + 5:,} milestones", many, base, "ms",
                    ratio_at_most=(EXTRA + 5) / 5, baseline_name="demo, 5 milestones")]
