"""The budget: one option, or all of them side by side. Costs by category, the
programme support costs (PSC) on their own line, the totals and the funding sources,
figures right-aligned; then each option's lines in detail.

The chart after the summary table is the Budget tab's own (printing/chart.py), drawn
from the same totals.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import NamedTuple

from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from consult_desktop.domain import vocab
from consult_desktop.domain.budget import Totals
from consult_desktop.domain.money import ZERO, format_amount
from consult_desktop.domain.printed import Budget, OptionBudget
from consult_desktop.printing.chart import options_chart
from consult_desktop.printing.columns import unbroken_widths
from consult_desktop.printing.page import FRAME_WIDTH, Part, build_pdf, title_block
from consult_desktop.printing.styles import FONT, RULE, SHADE, Styles, stylesheet, text
from consult_desktop.printing.words import N_, ntr, tr

CHUNK = 500
# What the line above a table says the figures are in (UN style, e.g. A/70/557).
CURRENCY_NAMES = {"USD": N_("United States dollars"), "EUR": N_("euros"),
                  "CHF": N_("Swiss francs"), "GBP": N_("pounds sterling"),
                  "RUB": N_("Russian roubles"), "JPY": N_("yen")}
# A unit's singular and plural, the catalogs' plural forms deciding (Russian has three).
UNIT_FORMS = {"work_month": ("work-month", "work-months"), "day": ("day", "days"),
              "trip": ("trip", "trips"), "person": ("person", "persons"),
              "page": ("page", "pages"), "lump_sum": ("lump sum", "lump sums")}
NIL = "\u2013"  # en dash: nothing, as UN tables print it


def figure(value: Decimal, lang: str = "en") -> str:
    """A table's amount in whole units, grouped ("157,974", "157 974"); nil is a dash."""
    if value == 0:
        return NIL
    return format_amount(value, "", lang, style="figure")


def unit_cost(value: Decimal, lang: str = "en") -> str:
    """A unit cost in whole units, or with its cents when it has some."""
    if value != value.to_integral_value():
        return format_amount(value.quantize(Decimal("0.01"), ROUND_HALF_UP), "", lang,
                             style="number")
    return figure(value, lang)


def currency_line(currency: str, lang: str = "en") -> str:
    name = CURRENCY_NAMES.get(currency)
    return f"({tr(lang, name) if name else currency})"


def psc_rate(totals: Totals) -> Decimal | None:
    """The programme support cost rate, when every funding source that pays some
    pays the same; None otherwise."""
    rates = set()
    for source, psc in totals.psc_by_source.items():
        base = totals.by_source.get(source, ZERO) - psc
        if psc and base:
            rates.add((psc / base * 100).quantize(Decimal(1), ROUND_HALF_UP))
    return rates.pop() if len(rates) == 1 else None


def psc_label(options: list[OptionBudget], lang: str = "en") -> str:
    rates = {psc_rate(option.totals) for option in options if option.totals.psc}
    if len(rates) == 1 and None not in rates:
        return tr(lang, "Programme support costs ({rate} per cent)", rate=rates.pop())
    return tr(lang, "Programme support costs")


def unit_phrase(quantity: Decimal, unit: str, lang: str = "en") -> str:
    """"3 work-months", "1 trip", "2.5 days": the unit agrees with its number."""
    if unit not in UNIT_FORMS:
        return vocab.label(vocab.BUDGET_UNITS, unit)
    singular, plural = UNIT_FORMS[unit]
    whole = quantity == quantity.to_integral_value()
    # A fraction takes the plural in English and French, the genitive singular
    # (Russian's "few" form) in Russian: ntr with 2 gives it.
    count = int(quantity) if whole else 2
    return ntr(lang, singular, plural, count)


def option_name(option: OptionBudget, lang: str = "en") -> str:
    return tr(lang, "Option {label}", label=option_letter(option.label, lang))


def option_letter(label: str, lang: str = "en") -> str:
    """"(a)" in English, "a)" in French and Russian."""
    return f"({label})" if lang == "en" else f"{label})"


def grid(rows: list[list[Flowable]], widths: list[float], *, totals: tuple[int, ...] = (),
         header: bool = True) -> Table:
    """A figures table: headings shaded, rules above the total rows."""
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),  # an empty cell's font, else Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
    ]
    if header:
        commands += [("BACKGROUND", (0, 0), (-1, 0), SHADE),
                     ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE)]
    commands += [("LINEABOVE", (0, row), (-1, row), 0.6, RULE) for row in totals]
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    table.setStyle(TableStyle(commands))
    return table


class SummaryRows(NamedTuple):
    """The summary table's cells as text, the heading row first, and which rows are
    totals (in bold, a rule above) and which is the funding sources' caption."""

    rows: list[list[str]]
    subtotal: int
    total: int
    funding: int


def summary_rows(data: Budget) -> SummaryRows:
    """The summary by category, by the PDF's and the Word file's one rule: the used
    categories in vocabulary order, the subtotal, the programme support costs, the
    total, then the funding sources (including PSC)."""
    options = data.options
    lang = data.document.lang
    used = {code for o in options for code in o.totals.by_category}
    categories = [code for code in vocab.codes(vocab.BUDGET_CATEGORIES) if code in used]
    categories += sorted(used - set(categories))
    rows = [[tr(lang, "Category"), *(option_name(o, lang) for o in options)]]
    rows += [[tr(lang, vocab.label(vocab.BUDGET_CATEGORIES, code)),
              *(figure(o.totals.by_category.get(code, ZERO), lang) for o in options)]
             for code in categories]
    subtotal = len(rows)
    rows.append([tr(lang, "Subtotal"), *(figure(o.totals.subtotal, lang) for o in options)])
    rows.append([psc_label(options, lang), *(figure(o.totals.psc, lang) for o in options)])
    total = len(rows)
    rows.append([tr(lang, "Total"), *(figure(o.totals.total, lang) for o in options)])
    sources = sorted({s for o in options for s in o.totals.by_source},
                     key=lambda s: (s == "", s.casefold()))
    funding = len(rows)
    rows.append([tr(lang, "Funding sources (including PSC)"), *("" for _ in options)])
    rows += [[source or tr(lang, "No funding source"),
              *(figure(o.totals.by_source.get(source, ZERO), lang) for o in options)]
             for source in sources]
    return SummaryRows(rows, subtotal, total, funding)


def summary_table(data: Budget, styles: Styles) -> Table:
    cells = summary_rows(data)
    bold = {0, cells.subtotal, cells.total}
    rows: list[list[Flowable]] = []
    for number, row in enumerate(cells.rows):
        label = f"<i>{text(row[0])}</i>" if number == cells.funding else text(row[0])
        rows.append([
            Paragraph(label, styles.cell_bold if number in bold else styles.cell),
            *(Paragraph(text(value), styles.cell_right_bold if number in bold
                        else styles.cell_right) for value in row[1:]),
        ])
    options = data.options
    first = max(FRAME_WIDTH * 0.34, FRAME_WIDTH - 3.6 * 72 / 2.54 * len(options))
    rest = (FRAME_WIDTH - first) / max(len(options), 1)
    return grid(rows, [first, *([rest] * len(options))],
                totals=(cells.subtotal, cells.total, cells.funding))


def amount_text(value: Decimal, lang: str = "en") -> str:
    plain = f"{value.normalize():f}"
    return plain if lang == "en" else plain.replace(".", ",")


DETAIL_HEADINGS = ("Description", "Category", "Quantity", "Unit cost", "Amount",
                   "Funding source")
DETAIL_FIGURES = (2, 3, 4)  # the right-aligned columns


def detail_rows(option: OptionBudget, lang: str = "en") -> list[list[str]]:
    """An option's budget lines as text, one row each under DETAIL_HEADINGS."""
    rows = []
    for row in option.rows:
        quantity = amount_text(row.quantity, lang)
        if row.multiplier != 1:
            quantity += f" \u00d7 {amount_text(row.multiplier, lang)}"
        unit = unit_phrase(row.quantity * row.multiplier, row.unit, lang)
        rows.append([row.description,
                     tr(lang, vocab.label(vocab.BUDGET_CATEGORIES, row.category)),
                     f"{quantity}\u00a0{unit}",
                     # a line paid in another currency: its code, where a narrow cell
                     # may break the line
                     (f"{row.currency} " if row.currency else "")
                     + unit_cost(row.unit_cost, lang),
                     # kept on one line: the column is sized for it
                     tr(lang, NO_RATE).replace(" ", "\u00a0") if row.unconverted
                     else figure(row.amount, lang),
                     row.source])
    return rows


NO_RATE = "no rate"
NO_RATE_NOTE = ("A line marked “no rate” has no rate of exchange for its currency in its"
                " month: it is not counted in the totals.")


def no_rate_note(option: OptionBudget, lang: str = "en") -> str:
    """What a reader is told under an option's lines when one could not be converted
    ("" when every line was)."""
    return tr(lang, NO_RATE_NOTE) if any(row.unconverted for row in option.rows) else ""


def detail_tables(option: OptionBudget, styles: Styles, lang: str = "en") -> list[Flowable]:
    header = [Paragraph(tr(lang, h),
                        styles.cell_right_bold if n in DETAIL_FIGURES else styles.cell_bold)
              for n, h in enumerate(DETAIL_HEADINGS)]
    rows: list[list[Flowable]] = [
        [Paragraph(text(value), styles.cell_right if n in DETAIL_FIGURES else styles.cell)
         for n, value in enumerate(row)]
        for row in detail_rows(option, lang)]
    if not rows:
        return [Paragraph(tr(lang, "No budget lines."), styles.body)]
    texts = [[(tr(lang, h), styles.cell_bold.fontName) for h in DETAIL_HEADINGS]] + [
        [(value, styles.cell.fontName) for value in row] for row in detail_rows(option, lang)]
    widths = unbroken_widths(list(zip(*texts, strict=True)),
                             (0.25, 0.17, 0.16, 0.11, 0.13, 0.18), FRAME_WIDTH,
                             styles.cell.fontSize, padding=6)
    return [grid([header, *rows[i:i + CHUNK]], widths) for i in range(0, len(rows), CHUNK)]


def chart_input(data: Budget, lang: str = "en") -> list[tuple[str, dict[str, Decimal]]]:
    """What the chart of the costs by category is drawn from: (option, {category code:
    amount, "psc": programme support costs}) for each option, in order, as in the window."""
    return [(option_letter(option.label, lang),
             {**option.totals.by_category, "psc": option.totals.psc})
            for option in data.options]


def subtitle(data: Budget) -> str:
    lang = data.document.lang
    if len(data.options) == 1:
        return f"{option_name(data.options[0], lang)}: {data.options[0].title}"
    return tr(lang, "The options side by side")


def story(data: Budget, styles: Styles | None = None) -> list[Flowable]:
    styles = styles or stylesheet()
    lang = data.document.lang
    currency = data.meeting.currency
    flow = title_block(data.meeting, tr(lang, data.document.title), subtitle(data))
    if not data.options:
        return [*flow, Paragraph(tr(lang, "The plan has no options yet."), styles.body)]
    if len(data.options) > 1:
        flow += [Paragraph(f"<b>{text(option_name(o, lang))}</b>: {text(o.title)}",
                           styles.body)
                 for o in data.options]
    flow += [Paragraph(tr(lang, "Summary by category"), styles.heading),
             Paragraph(text(currency_line(currency, lang)), styles.body),
             summary_table(data, styles)]
    if any(option.totals.total for option in data.options):
        flow += [Spacer(1, 12), options_chart(chart_input(data, lang), width=FRAME_WIDTH,
                                              currency=currency, lang=lang)]
    for option in data.options:
        flow.append(Paragraph(f"{text(option_name(option, lang))}: {text(option.title)}",
                              styles.heading))
        flow.append(Paragraph(text(currency_line(currency, lang)), styles.body))
        flow += detail_tables(option, styles, lang)
        if note := no_rate_note(option, lang):
            flow.append(Paragraph(text(note), styles.small))
    return flow


def part(data: Budget) -> Part:
    return Part(data.document, story(data))


def build(data: Budget) -> bytes:
    return build_pdf(data.meeting, [part(data)], lang=data.document.lang)
