"""The chart of the options' totals by budget category, drawn once with
reportlab.graphics for both the printed budget and the window (as SVG).

Plain data in, a Drawing out:

    drawing = options_chart([("(a)", {"consultants": Decimal("22000.00"), ...}),
                             ("(b)", {...})], currency="USD")
    svg = to_svg(drawing)  # bytes, for QSvgRenderer / QSvgWidget
    story.append(drawing)  # a Drawing is a platypus Flowable

Each option is one stacked bar, one colour a category (in the order of
`vocab.BUDGET_CATEGORIES`, then any other code such as "psc" for programme support
costs, so that a bar's height is the option's total), with a legend of the
categories present beneath.
Bars are drawn from whole currency units: a chart needs no cents.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from decimal import ROUND_HALF_UP, Decimal

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from consult_desktop.domain import vocab
from consult_desktop.printing.styles import FONT, register_fonts

OptionAmounts = tuple[str, Mapping[str, Decimal]]

# One colour per category, distinguishable in print and for most colour-blind readers.
PALETTE = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
    "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
)
LEGEND_ROW = 12
LEGEND_SIZE = 8
LEGEND_SWATCH = 12  # the coloured square and the space before its label
# Codes that are not budget categories but may be charted beside them.
EXTRA_LABELS = {"psc": "Programme support costs"}


def _whole(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _compact(value: float, lang: str = "en") -> str:
    """An axis label: 250, 1.5K, 2M (150 k, 150 тыс. in French and Russian). Below a
    thousand Babel writes the float as it is ("0.6000000000000001"), so the value is
    rounded first."""
    from babel.numbers import format_compact_decimal, format_decimal

    if abs(value) < 1000:
        return str(format_decimal(round(value, 1), locale=lang))
    return str(format_compact_decimal(value, locale=lang, fraction_digits=1))


def options_chart(options: Sequence[OptionAmounts], *, width: float = 460,
                  height: float = 260, currency: str = "", lang: str = "en") -> Drawing:
    """A stacked bar a option: `options` is a list of (label, {category code: amount}).

    Drawn in DejaVu Sans, like the documents: a PDF embeds it, and a Cyrillic option
    label prints as written (Helvetica is neither embedded nor able to draw it)."""
    register_fonts()
    codes = [code for code in vocab.codes(vocab.BUDGET_CATEGORIES)
             if any(amounts.get(code) for _, amounts in options)]
    codes += sorted({code for _, amounts in options for code in amounts
                     if amounts.get(code) and code not in codes})
    drawing = Drawing(width, height)
    drawing.initialFontName = FONT  # the renderer's starting font, else Helvetica
    labels = [category_label(code, lang) for code in codes]
    # Two columns of legend when every label fits half the width (swatch and gap
    # included); one when a long (French, Russian) label would run off the drawing.
    widest = max((stringWidth(label, FONT, LEGEND_SIZE) for label in labels), default=0)
    columns = 2 if widest + 2 * LEGEND_SWATCH <= (width - 16) / 2 else 1
    rows = max(1, -(-len(codes) // columns))
    legend_height = rows * LEGEND_ROW + 6
    top = 18 if currency else 6
    chart = VerticalBarChart()
    chart.x, chart.y = 52, legend_height + 22
    chart.width = width - chart.x - 12
    chart.height = max(40, height - chart.y - top)
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.categoryNames = [label for label, _ in options] or [""]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 9
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.labelTextFormat = lambda value: _compact(value, lang)
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    chart.barWidth = 18
    chart.groupSpacing = 24
    data = [[_whole(amounts.get(code, Decimal(0))) for _, amounts in options]
            for code in codes]
    peak = max((sum(column) for column in zip(*data, strict=True)), default=0)
    if peak > 0:
        chart.data = data
        if peak < 5:  # a few units: whole steps, not 0.2, 0.4...
            chart.valueAxis.valueMax, chart.valueAxis.valueStep = 5, 1
    else:
        chart.data = [[0 for _ in options] or [0]]
        chart.valueAxis.valueMax = 1
        chart.valueAxis.visibleLabels = False  # an axis of nothing: no 0.2, 0.4...
    for n in range(len(chart.data)):
        chart.bars[n].fillColor = colors.HexColor(PALETTE[n % len(PALETTE)])
        chart.bars[n].strokeColor = colors.white
        chart.bars[n].strokeWidth = 0.5
    drawing.add(chart)
    if currency:
        drawing.add(String(4, height - 12, currency, fontName=FONT, fontSize=8))
    if codes:
        legend = Legend()
        legend.x, legend.y = 8, legend_height - 4
        legend.deltay = LEGEND_ROW
        legend.alignment = "right"
        legend.columnMaximum = rows
        legend.deltax = (width - 16) / 2
        legend.dx = legend.dy = 7
        legend.fontName = FONT
        legend.fontSize = LEGEND_SIZE
        legend.colorNamePairs = [
            (colors.HexColor(PALETTE[n % len(PALETTE)]), label)
            for n, label in enumerate(labels)
        ]
        drawing.add(legend)
    return drawing


def category_label(code: str, lang: str = "en") -> str:
    """A category's name in the legend, in `lang` (printing/words.py)."""
    from consult_desktop.printing.words import tr

    return tr(lang, EXTRA_LABELS.get(code) or vocab.label(vocab.BUDGET_CATEGORIES, code))


def to_svg(drawing: Drawing) -> bytes:
    """The drawing as an SVG document (UTF-8)."""
    from reportlab.graphics import renderSVG

    text = renderSVG.drawToString(drawing)
    text = text if isinstance(text, str) else bytes(text).decode("utf-8")
    # ReportLab clips the whole drawing to its own size with a <clipPath>; Qt's SVG
    # renderer (SVG Tiny) draws that path's rectangle as a black box over everything.
    # The clip adds nothing (nothing is drawn outside), so leave it out.
    text = re.sub(r"<clipPath\b.*?</clipPath>", "", text, flags=re.DOTALL)
    text = text.replace(' style="clip-path: url(#clip)"', "")
    return text.encode("utf-8")
