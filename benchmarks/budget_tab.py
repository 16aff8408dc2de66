"""How long the Budget tab takes to follow an edit, against reading the figures alone.

A plan of 8 options x 60 lines; against the comparison query alone (the baseline): a
reload of the tab, drawing the chart, and one cell edit end to end (check, transaction,
reload). No goal of the issue: rows for information.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from benchmarks.common import Result, Sample, compare, timed

OPTIONS, LINES = 8, 60


def build(path: Path):
    from sqlalchemy import select

    from consult_desktop.domain import vocab
    from consult_desktop.store.models import BudgetLine, FundingSource, Option
    from consult_desktop.store.plan_file import create_plan

    path.unlink(missing_ok=True)
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


def run(runs: int, folder: Path) -> list[Result]:
    from PySide6.QtWidgets import QApplication

    from consult_desktop.printing.chart import options_chart, to_svg
    from consult_desktop.store import budget_queries as bq
    from consult_desktop.ui.budget_model import UNIT_COST
    from consult_desktop.ui.budget_tab import BudgetTab
    from consult_desktop.ui.context import PlanContext

    QApplication.instance() or QApplication([])
    plan_file = build(folder / "budget.consult")
    context = PlanContext(plan_file)
    tab = BudgetTab(context)
    context.changed.connect(tab.on_plan_changed)

    def query() -> None:
        with plan_file.read() as session:
            bq.comparison(session, plan_file.plan_id)

    data = [(f"({c.option.label})", {**c.totals.by_category, "psc": c.totals.psc})
            for c in tab.compared]
    costs = iter(range(1000, 2000))

    def sample(action) -> Sample:
        return Sample([timed(action) for _ in range(runs)])

    baseline = sample(query)
    size = f"{OPTIONS} options x {LINES} lines"
    results = [
        compare(f"Budget tab reload, {size}", sample(tab.reload), baseline, "ms",
                baseline_name="comparison query"),
        compare("Budget chart drawn to SVG", sample(lambda: to_svg(options_chart(data))),
                baseline, "ms", baseline_name="comparison query"),
        compare("Budget cell edit end to end", sample(lambda: tab.model.setData(
            tab.model.index(0, UNIT_COST), str(next(costs)))), baseline, "ms",
            baseline_name="comparison query"),
    ]
    tab.close()
    context.close()
    return results
