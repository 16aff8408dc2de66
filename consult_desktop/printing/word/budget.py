"""The budget as a Word file: the summary by category with the programme support
costs on their own line and the totals, the funding sources, then each option's
lines; figures right-aligned, as in the PDF (printing/budget.py)."""

from __future__ import annotations

from docx.document import Document

from consult_desktop.domain import vocab
from consult_desktop.domain.money import ZERO
from consult_desktop.domain.printed import Budget, OptionBudget
from consult_desktop.printing.budget import option_name
from consult_desktop.printing.word import presentation
from consult_desktop.printing.word.document import Masthead, opening, table


def summary_rows(data: Budget, lang: str) -> tuple[list[list[str]], list[int]]:
    """The summary table's rows and which of them are totals (bold)."""
    currency = data.meeting.currency
    options = data.options
    used = {code for o in options for code in o.totals.by_category}
    categories = [code for code in vocab.codes(vocab.BUDGET_CATEGORIES) if code in used]
    categories += sorted(used - set(categories))

    def money(value: object) -> str:
        return presentation.amount(value, currency, lang)  # type: ignore[arg-type]

    rows = [[vocab.label(vocab.BUDGET_CATEGORIES, code),
             *(money(o.totals.by_category.get(code, ZERO)) for o in options)]
            for code in categories]
    bold = [len(rows)]
    rows.append(["Subtotal", *(money(o.totals.subtotal) for o in options)])
    rows.append(["Programme support costs", *(money(o.totals.psc) for o in options)])
    bold.append(len(rows))
    rows.append(["Total", *(money(o.totals.total) for o in options)])
    sources = sorted({s for o in options for s in o.totals.by_source},
                     key=lambda s: (s == "", s.casefold()))
    if sources:
        rows.append(["Funding sources (including PSC)", *("" for _ in options)])
        rows += [[source or "No funding source",
                  *(money(o.totals.by_source.get(source, ZERO)) for o in options)]
                 for source in sources]
    return rows, bold


def detail_rows(option: OptionBudget, currency: str, lang: str) -> list[list[str]]:
    rows = []
    for row in option.rows:
        quantity = presentation.quantity(row.quantity)
        if row.multiplier != 1:
            quantity += f" \u00d7 {presentation.quantity(row.multiplier)}"
        rows.append([
            row.description, vocab.label(vocab.BUDGET_CATEGORIES, row.category),
            f"{quantity} {vocab.label(vocab.BUDGET_UNITS, row.unit)}",
            presentation.amount(row.unit_cost, currency, lang),
            presentation.amount(row.amount, currency, lang), row.source,
        ])
    return rows


def write(document: Document, data: Budget, masthead: Masthead, lang: str) -> None:
    currency = data.meeting.currency
    if len(data.options) == 1:
        subtitle = f"{option_name(data.options[0])}: {data.options[0].title}"
    else:
        subtitle = "The options side by side"
    opening(document, data.meeting, masthead, data.document.title, subtitle, lang=lang)
    if not data.options:
        document.add_paragraph("The plan has no options yet.")
        return
    if len(data.options) > 1:
        for option in data.options:
            paragraph = document.add_paragraph()
            paragraph.add_run(option_name(option)).bold = True
            paragraph.add_run(f": {option.title}")
    document.add_heading("Summary by category", level=2)
    rows, bold = summary_rows(data, lang)
    right = range(1, len(data.options) + 1)
    table(document, [f"Category ({currency})", *(option_name(o) for o in data.options)],
          rows, widths=[2.2, *([1.0] * len(data.options))], right=right, bold_rows=bold)
    for option in data.options:
        document.add_heading(f"{option_name(option)}: {option.title}", level=2)
        details = detail_rows(option, currency, lang)
        if not details:
            document.add_paragraph("No budget lines.")
            continue
        table(document, ["Description", "Category", "Quantity", "Unit cost", "Amount",
                         "Funding source"], details, widths=[23, 16, 12, 14, 15, 20],
              right=(2, 3, 4))
