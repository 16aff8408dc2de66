"""How long the Budget tab takes to follow an edit, against reading the figures alone.

Builds a plan of 8 options x 60 lines, then prints the median of several runs of:
the comparison query alone (the baseline), a reload of the tab without the chart,
drawing the chart, and one cell edit end to end (check, transaction, reload).
Run: PYTHONPATH=. QT_QPA_PLATFORM=offscreen python benchmarks/budget_tab.py
"""

from __future__ import annotations

import statistics
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from PySide6.QtWidgets import QApplication

OPTIONS, LINES, RUNS = 8, 60, 9


def build(path: Path):
    from sqlalchemy import select

    from consult_desktop.domain import vocab
    from consult_desktop.store.models import BudgetLine, FundingSource, Option
    from consult_desktop.store.plan_file import create_plan

    plan_file = create_plan(path, "Benchmark")
    categories = vocab.codes(vocab.BUDGET_CATEGORIES)
    with plan_file.begin() as session:
        source = session.scalars(select(FundingSource)).first()
        for n in range(OPTIONS):
            option = Option(plan_id=1, label=chr(97 + n), title=f"Option {n}", position=n)
            option.budget_lines = [
                BudgetLine(position=k, category=categories[k % len(categories)],
                           description=f"Line {k}", quantity=Decimal(k + 1),
                           unit_cost=Decimal("1234.56"), funding_source=source)
                for k in range(LINES)]
            session.add(option)
    return plan_file


def median_ms(action, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    app = QApplication.instance() or QApplication([])
    from consult_desktop.printing.chart import options_chart, to_svg
    from consult_desktop.store import budget_queries as bq
    from consult_desktop.ui.budget_model import UNIT_COST
    from consult_desktop.ui.budget_tab import BudgetTab
    from consult_desktop.ui.context import PlanContext

    with tempfile.TemporaryDirectory() as folder:
        plan_file = build(Path(folder) / "bench.consult")
        context = PlanContext(plan_file)
        tab = BudgetTab(context)
        context.changed.connect(tab.on_plan_changed)

        def query() -> None:
            with plan_file.read() as session:
                bq.comparison(session)

        data = [(f"({c.option.label})", {**c.totals.by_category, "psc": c.totals.psc})
                for c in tab.compared]
        costs = iter(range(1000, 2000))
        baseline = median_ms(query)
        results = {
            "comparison query (baseline)": baseline,
            "tab reload, no chart": median_ms(tab.reload),
            "chart drawn to SVG": median_ms(lambda: to_svg(options_chart(data))),
            "cell edit end to end": median_ms(lambda: tab.model.setData(
                tab.model.index(0, UNIT_COST), str(next(costs)))),
        }
        for name, ms in results.items():
            print(f"{name:30} {ms:8.1f} ms  {ms / baseline:5.1f}x baseline")
        context.close()
    app.quit()


if __name__ == "__main__":
    main()
