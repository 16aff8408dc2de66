"""The budget as a Word file: the summary by category with the programme support
costs on their own line and the totals, the funding sources, then each option's
lines; the cells' text, the figures in whole units under "(United States dollars)",
are the PDF's own (printing/budget.py)."""

from __future__ import annotations

from docx.document import Document

from consult_desktop.domain.printed import Budget
from consult_desktop.printing.budget import (
    DETAIL_FIGURES,
    DETAIL_HEADINGS,
    currency_line,
    detail_rows,
    no_rate_note,
    option_name,
    subtitle,
    summary_rows,
)
from consult_desktop.printing.word.document import Masthead, opening, table
from consult_desktop.printing.words import tr


def write(document: Document, data: Budget, masthead: Masthead, lang: str) -> None:
    currency = data.meeting.currency
    opening(document, data.meeting, masthead, data.document.title, subtitle(data), lang=lang)
    if not data.options:
        document.add_paragraph(tr(lang, "The plan has no options yet."))
        return
    if len(data.options) > 1:
        for option in data.options:
            paragraph = document.add_paragraph()
            paragraph.add_run(option_name(option, lang)).bold = True
            paragraph.add_run(f": {option.title}")
    document.add_heading(tr(lang, "Summary by category"), level=2)
    document.add_paragraph(currency_line(currency, lang))
    cells = summary_rows(data)
    header, *rows = cells.rows
    table(document, header, rows, widths=[2.2, *([1.0] * len(data.options))],
          right=range(1, len(data.options) + 1),
          bold_rows=[cells.subtotal - 1, cells.total - 1])
    for option in data.options:
        document.add_heading(f"{option_name(option, lang)}: {option.title}", level=2)
        document.add_paragraph(currency_line(currency, lang))
        details = detail_rows(option, lang)
        if not details:
            document.add_paragraph(tr(lang, "No budget lines."))
            continue
        table(document, [tr(lang, h) for h in DETAIL_HEADINGS], details,
              widths=[23, 16, 12, 14, 15, 20], right=DETAIL_FIGURES)
        if note := no_rate_note(option, lang):
            document.add_paragraph(note)
