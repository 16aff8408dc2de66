"""The options chart: one drawing for the printed budget and the window."""

from __future__ import annotations

from decimal import Decimal as D
from xml.etree import ElementTree

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend

from consult_desktop.printing.chart import options_chart, to_svg

OPTIONS = [
    ("(a)", {"consultants": D("22000.00"), "participant_travel": D("42000.49"),
             "psc": D("8320.06")}),
    ("(b)", {"consultants": D("11000.00"), "interpretation": D("9300.00")}),
]


def _parts(drawing):
    chart = next(c for c in drawing.contents if isinstance(c, VerticalBarChart))
    legend = next((c for c in drawing.contents if isinstance(c, Legend)), None)
    return chart, legend


def test_one_stacked_bar_an_option_in_the_order_of_the_categories():
    chart, legend = _parts(options_chart(OPTIONS, currency="USD"))
    assert chart.categoryAxis.categoryNames == ["(a)", "(b)"]
    # consultants, participants' travel, interpretation (vocabulary order), then PSC
    assert chart.data == [[22000, 11000], [42000, 0], [0, 9300], [8320, 0]]
    assert [name for _, name in legend.colorNamePairs] == [
        "Consultants", "Participants' travel", "Conference servicing: interpretation",
        "Programme support costs"]


def test_the_svg_is_a_document_qt_can_read_with_the_labels_in_it():
    svg = to_svg(options_chart(OPTIONS, currency="USD"))
    root = ElementTree.fromstring(svg)
    assert root.tag.endswith("svg")
    text = svg.decode("utf-8")
    assert "(a)" in text and "Participants' travel" in text.replace("&#39;", "'")


def test_no_options_or_no_lines_still_draws():
    for options in ([], [("(a)", {})]):
        _chart, legend = _parts(options_chart(options))
        assert legend is None
        assert to_svg(options_chart(options)).startswith(b"<?xml")


def _axis_labels(options) -> list[str]:
    import re

    svg = to_svg(options_chart(options, currency="USD")).decode("utf-8")
    return [t for t in re.findall(r">([^<]*)</text>", svg) if t[:1].isdigit()]


def test_axis_labels_are_round_numbers_and_an_empty_chart_has_none():
    assert _axis_labels([("(a)", {})]) == []
    assert _axis_labels([("(a)", {"psc": D("0"), "consultants": D("0.40")})]) == []
    small = _axis_labels([("(a)", {"consultants": D("1")})])
    assert small == ["0", "1", "2", "3", "4", "5"]
    labels = _axis_labels(OPTIONS)
    assert labels and all(len(label) <= 5 for label in labels), labels  # 20K, 40K...


def test_every_label_is_drawn_in_the_embedded_font_so_cyrillic_prints():
    from reportlab.graphics.shapes import String

    from consult_desktop.printing.styles import FONT

    drawing = options_chart([("(а) Консультация", {"consultants": D("1")})], currency="USD")
    chart, legend = _parts(drawing)
    fonts = {chart.categoryAxis.labels.fontName, chart.valueAxis.labels.fontName,
             legend.fontName}
    fonts |= {s.fontName for s in drawing.contents if isinstance(s, String)}
    assert fonts == {FONT}


def test_an_empty_chart_has_no_axis_figures():
    chart, _ = _parts(options_chart([("(a)", {})]))
    assert chart.valueAxis.visibleLabels is False
