"""The budget: categories, PSC on its own line, totals and funding sources that
agree with the budget arithmetic; one option or all side by side; the chart hook."""

from __future__ import annotations

import re
from decimal import Decimal

from consult_desktop.domain import budget as rules
from consult_desktop.domain.printed import Budget, BudgetRow, OptionBudget
from consult_desktop.printing import budget
from consult_desktop.store import print_data

from .helpers import (
    HOSTILE,
    a_meeting,
    check_every_page,
    flat,
    in_order,
    info,
    pdf_fonts,
    read_pages,
)


def demo_budget(demo_plan, option=None) -> Budget:
    with demo_plan.read() as session:
        return print_data.budget_data(session, demo_plan.plan_id, option)


def test_options_side_by_side_show_categories_psc_totals_and_sources(demo_plan):
    data = demo_budget(demo_plan)
    a, b = data.options
    pages = read_pages(budget.build(data))
    text = flat(pages)
    money = [budget.figure(value) for value in (
        a.totals.subtotal, b.totals.subtotal, a.totals.psc, b.totals.psc,
        a.totals.total, b.totals.total)]
    assert in_order(
        text, "Budget", "The options side by side", "Summary by category",
        "(United States dollars)", "Category Option (a) Option (b)",
        "Temporary staff / GTA 43,500 \u2013",  # nil for option (b): a dash
        f"Subtotal {money[0]} {money[1]}",
        f"Programme support costs (13 per cent) {money[2]} {money[3]}",
        f"Total {money[4]} {money[5]}",
        "Funding sources (including PSC)", "Extrabudgetary", "Regular budget",
        "Option (a): Full-fledged", "(United States dollars)", "GTA (illustrative)",
        "3 work-months", "14,500 43,500", "20 trips", "3 \u00d7 2 days", "60 pages",
        "1 lump sum",
        "Option (b): Extended session", "Travel of the IOM expert",
    )
    assert "157,974" in text  # the figure the seed note rounds to 158,000
    assert "$" not in text and ".00" not in text
    check_every_page(pages, "Executive Committee (EXCOM)", "ECE/EX/2017/INF.5")


def test_one_option_alone(demo_plan):
    text = flat(read_pages(budget.build(demo_budget(demo_plan, "b"))))
    assert "Option (b): Extended session of EXCOM" in text
    assert "Option (a)" not in text and "23,425" in text


def test_hostile_descriptions_print_and_figures_sum():
    lines = [rules.Line("other", Decimal(1), Decimal("0.10"), psc_rate=Decimal("0.13"),
                        source=source) for source in HOSTILE]
    rows = [BudgetRow("other", description, Decimal(1), "lump_sum", Decimal("0.10"),
                      Decimal(1), line.amount, line.source)
            for description, line in zip(HOSTILE, lines, strict=True)]
    option = OptionBudget("a", "<i>Title & co", rows, rules.totals(lines))
    text = flat(read_pages(budget.build(Budget(a_meeting(), info("budget"), [option]))))
    for hostile in HOSTILE:
        assert text.count(hostile) >= 3  # description, source column, funding sources
    assert "Option (a): <i>Title & co" in text
    # 4 x 0.10, and PSC per source: 0.013 rounded to 0.01, four times; in whole dollars.
    assert "Subtotal 0" in text and "Total 0" in text and "0.10" in text


def test_the_printed_chart_is_the_budget_tabs_chart_of_the_same_totals(demo_plan):
    from consult_desktop.store import budget_queries

    data = demo_budget(demo_plan)
    with demo_plan.read() as session:
        window = [(f"({c.option.label})", {**c.totals.by_category, "psc": c.totals.psc})
                  for c in budget_queries.comparison(session, demo_plan.plan_id)]
    given = budget.chart_input(data)
    assert given == window
    assert sum(given[0][1].values()) == data.options[0].totals.total


def test_the_chart_follows_the_summary_table(demo_plan):
    from reportlab.graphics.shapes import Drawing
    from reportlab.platypus import Table

    flow = budget.story(demo_budget(demo_plan))
    drawings = [i for i, f in enumerate(flow) if isinstance(f, Drawing)]
    first_table = next(i for i, f in enumerate(flow) if isinstance(f, Table))
    assert len(drawings) == 1 and drawings[0] > first_table



def test_the_budget_with_its_chart_embeds_every_font(demo_plan):
    fonts = pdf_fonts(budget.build(demo_budget(demo_plan)))
    assert fonts and all(fonts.values()), fonts
    assert not any("Helvetica" in name for name in fonts)


def test_the_rate_of_programme_support_costs_shows_only_when_it_is_one_rate():
    def option(*rates: str) -> OptionBudget:
        lines = [rules.Line("other", Decimal(1), Decimal(1000), psc_rate=Decimal(rate),
                            source=f"Fund {n}") for n, rate in enumerate(rates)]
        return OptionBudget("a", "A", [], rules.totals(lines))

    assert budget.psc_label([option("0.13"), option("0.13", "0")]) == (
        "Programme support costs (13 per cent)")
    assert budget.psc_label([option("0.13", "0.07")]) == "Programme support costs"
    assert budget.figure(Decimal(0)) == "\u2013" and budget.figure(Decimal("1234.5")) == "1,235"


def _with_an_unconverted_line(lang: str) -> Budget:
    import dataclasses

    lines = [rules.Line("other", Decimal(100), Decimal(1))]
    rows = [BudgetRow("other", "Catering", Decimal(1), "lump_sum", Decimal(100), Decimal(1),
                      Decimal(100)),
            BudgetRow("other", "Visas", Decimal(4), "person", Decimal(80), Decimal(1),
                      Decimal(0), currency="GBP", unconverted=True)]
    document = dataclasses.replace(info("budget"), lang=lang)
    return Budget(a_meeting(), document, [OptionBudget("a", "A", rows, rules.totals(lines))])


def test_a_line_without_its_rate_of_exchange_says_so_and_is_not_shown_as_nil():
    text = flat(read_pages(budget.build(_with_an_unconverted_line("en"))))
    assert "Visas Other 4 persons GBP 80 no rate" in text
    assert ("A line marked “no rate” has no rate of exchange for its currency in its month:"
            " it is not counted in the totals.") in text
    french = flat(read_pages(budget.build(_with_an_unconverted_line("fr"))))
    assert "pas de taux" in french and "elle n\u2019est pas comptée dans les totaux" in french
    pages = read_pages(budget.build(_with_an_unconverted_line("ru")))
    assert "не учитывается в итоговых суммах" in flat(pages)
    assert re.search("нет[ \u00a0]курса", " ".join(pages))  # on one line in its cell


def test_a_budget_whose_lines_all_convert_has_no_such_note(demo_plan):
    assert "no rate" not in flat(read_pages(budget.build(demo_budget(demo_plan))))
