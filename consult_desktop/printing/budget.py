"""The budget: one option, or all of them side by side. Costs by category, the
programme support costs (PSC) on their own line, the totals and the funding sources,
figures right-aligned; then each option's lines in detail.

The chart after the summary table is the Budget tab's own (printing/chart.py), drawn
from the same totals.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from consult_desktop.domain import vocab
from consult_desktop.domain.budget import Totals
from consult_desktop.domain.money import ZERO, format_amount
from consult_desktop.domain.printed import Budget, OptionBudget
from consult_desktop.printing.chart import options_chart
from consult_desktop.printing.page import FRAME_WIDTH, Part, build_pdf, title_block
from consult_desktop.printing.styles import FONT, RULE, SHADE, Styles, stylesheet, text

CHUNK = 500
# What the line above a table says the figures are in (UN style, e.g. A/70/557).
CURRENCY_NAMES = {"USD": "United States dollars", "EUR": "euros", "CHF": "Swiss francs",
                  "GBP": "pounds sterling", "RUB": "Russian roubles", "JPY": "yen"}
NIL = "\u2013"  # en dash: nothing, as UN tables print it


def figure(value: Decimal) -> str:
    """A table's amount in whole units, grouped ("157,974"); nil is a dash."""
    if value == 0:
        return NIL
    return format_amount(value, "", style="number", whole=True)


def unit_cost(value: Decimal) -> str:
    """A unit cost in whole units, or with its cents when it has some."""
    if value != value.to_integral_value():
        return f"{value.quantize(Decimal('0.01'), ROUND_HALF_UP):,}"
    return figure(value)


def currency_line(currency: str) -> str:
    return f"({CURRENCY_NAMES.get(currency, currency)})"


def psc_rate(totals: Totals) -> Decimal | None:
    """The programme support cost rate, when every funding source that pays some
    pays the same; None otherwise."""
    rates = set()
    for source, psc in totals.psc_by_source.items():
        base = totals.by_source.get(source, ZERO) - psc
        if psc and base:
            rates.add((psc / base * 100).quantize(Decimal(1), ROUND_HALF_UP))
    return rates.pop() if len(rates) == 1 else None


def psc_label(options: list[OptionBudget]) -> str:
    rates = {psc_rate(option.totals) for option in options if option.totals.psc}
    if len(rates) == 1 and None not in rates:
        return f"Programme support costs ({rates.pop()} per cent)"
    return "Programme support costs"


def unit_phrase(quantity: Decimal, unit: str) -> str:
    """"3 work-months", "1 trip", "2.5 days": the unit agrees with its number."""
    label = vocab.label(vocab.BUDGET_UNITS, unit)
    if quantity != 1 and unit in vocab.codes(vocab.BUDGET_UNITS):
        label += "s"
    return label


def option_name(option: OptionBudget) -> str:
    return f"Option ({option.label})"


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


def summary_table(data: Budget, styles: Styles) -> Table:
    options = data.options
    used = {code for o in options for code in o.totals.by_category}
    categories = [code for code in vocab.codes(vocab.BUDGET_CATEGORIES) if code in used]
    categories += sorted(used - set(categories))

    def money(value: Decimal, bold: bool = False) -> Paragraph:
        return Paragraph(figure(value), styles.cell_right_bold if bold else styles.cell_right)

    rows: list[list[Flowable]] = [[
        Paragraph("Category", styles.cell_bold),
        *(Paragraph(text(option_name(o)), styles.cell_right_bold) for o in options),
    ]]
    for code in categories:
        rows.append([Paragraph(text(vocab.label(vocab.BUDGET_CATEGORIES, code)), styles.cell),
                     *(money(o.totals.by_category.get(code, ZERO)) for o in options)])
    subtotal_row = len(rows)
    rows.append([Paragraph("Subtotal", styles.cell_bold),
                 *(money(o.totals.subtotal, True) for o in options)])
    rows.append([Paragraph(psc_label(options), styles.cell),
                 *(money(o.totals.psc) for o in options)])
    total_row = len(rows)
    rows.append([Paragraph("Total", styles.cell_bold),
                 *(money(o.totals.total, True) for o in options)])
    sources = sorted({s for o in options for s in o.totals.by_source},
                     key=lambda s: (s == "", s.casefold()))
    funding_row = len(rows)
    rows.append([Paragraph("<i>Funding sources (including PSC)</i>", styles.cell),
                 *(Paragraph("", styles.cell) for _ in options)])
    for source in sources:
        rows.append([Paragraph(text(source or "No funding source"), styles.cell),
                     *(money(o.totals.by_source.get(source, ZERO)) for o in options)])
    first = max(FRAME_WIDTH * 0.34, FRAME_WIDTH - 3.6 * 72 / 2.54 * len(options))
    rest = (FRAME_WIDTH - first) / max(len(options), 1)
    return grid(rows, [first, *([rest] * len(options))],
                totals=(subtotal_row, total_row, funding_row))


def amount_text(value: Decimal) -> str:
    return f"{value.normalize():f}"


def detail_tables(option: OptionBudget, styles: Styles) -> list[Flowable]:
    header = [Paragraph(h, styles.cell_bold) for h in ("Description", "Category")] + [
        Paragraph(h, styles.cell_right_bold) for h in ("Quantity", "Unit cost", "Amount")
    ] + [Paragraph("Funding source", styles.cell_bold)]
    rows: list[list[Flowable]] = []
    for row in option.rows:
        quantity = amount_text(row.quantity)
        if row.multiplier != 1:
            quantity += f" \u00d7 {amount_text(row.multiplier)}"
        unit = unit_phrase(row.quantity * row.multiplier, row.unit)
        rows.append([
            Paragraph(text(row.description), styles.cell),
            Paragraph(text(vocab.label(vocab.BUDGET_CATEGORIES, row.category)), styles.cell),
            Paragraph(text(f"{quantity}\u00a0{unit}"), styles.cell_right),
            Paragraph(unit_cost(row.unit_cost), styles.cell_right),
            Paragraph(figure(row.amount), styles.cell_right),
            Paragraph(text(row.source), styles.cell),
        ])
    if not rows:
        return [Paragraph("No budget lines.", styles.body)]
    widths = [FRAME_WIDTH * w for w in (0.25, 0.17, 0.16, 0.11, 0.13, 0.18)]
    return [grid([header, *rows[i:i + CHUNK]], widths) for i in range(0, len(rows), CHUNK)]


def chart_input(data: Budget) -> list[tuple[str, dict[str, Decimal]]]:
    """What the chart of the costs by category is drawn from: (option, {category code:
    amount, "psc": programme support costs}) for each option, in order, as in the window."""
    return [(f"({option.label})", {**option.totals.by_category, "psc": option.totals.psc})
            for option in data.options]


def story(data: Budget, styles: Styles | None = None) -> list[Flowable]:
    styles = styles or stylesheet()
    currency = data.meeting.currency
    if len(data.options) == 1:
        only = data.options[0]
        subtitle = f"{option_name(only)}: {only.title}"
    else:
        subtitle = "The options side by side"
    flow = title_block(data.meeting, data.document.title, subtitle)
    if not data.options:
        return [*flow, Paragraph("The plan has no options yet.", styles.body)]
    if len(data.options) > 1:
        flow += [Paragraph(f"<b>{text(option_name(o))}</b>: {text(o.title)}", styles.body)
                 for o in data.options]
    flow += [Paragraph("Summary by category", styles.heading),
             Paragraph(text(currency_line(currency)), styles.body),
             summary_table(data, styles)]
    if any(option.totals.total for option in data.options):
        flow += [Spacer(1, 12), options_chart(chart_input(data), width=FRAME_WIDTH,
                                              currency=currency)]
    for option in data.options:
        flow.append(Paragraph(f"{text(option_name(option))}: {text(option.title)}",
                              styles.heading))
        flow.append(Paragraph(text(currency_line(currency)), styles.body))
        flow += detail_tables(option, styles)
    return flow


def part(data: Budget) -> Part:
    return Part(data.document, story(data))


def build(data: Budget) -> bytes:
    return build_pdf(data.meeting, [part(data)])
