"""Plain-string table cells: the row heights we give ReportLab are the ones it would
measure, so no row's text runs over the next row or the page's foot."""

from __future__ import annotations

from reportlab.platypus import Table, TableStyle

from consult_desktop.printing.cells import PlainTable, row_heights, wrapped
from consult_desktop.printing.styles import BOLD, FONT, register_fonts

ROWS = [
    ["Austria", "Ms. Ana Albrecht", "Deputy Permanent\nRepresentative", ""],
    ["", "Mr. Алексей\nВоронцов", "Head of\nMigration\nPolicy Division", "Mission"],
    ["Côte d'Ivoire", "", "", ""],
]
STYLE = [("FONT", (0, 0), (-1, -1), FONT, 8.5, 10.5), ("FONT", (0, 0), (0, -1), BOLD, 8.5, 10.5),
         ("VALIGN", (0, 0), (-1, -1), "TOP")]


def test_given_row_heights_equal_what_reportlab_measures():
    register_fonts()
    measured = Table(ROWS, colWidths=[100] * 4, style=TableStyle(STYLE))
    measured.wrap(400, 800)
    given = PlainTable(ROWS, colWidths=[100] * 4, style=TableStyle(STYLE),
                       rowHeights=row_heights(ROWS, 10.5))
    given.wrap(400, 800)
    assert given._rowHeights == measured._rowHeights
    # The tallest cells have 2, 3 and 1 lines; ReportLab pads 3 points above and below.
    assert given._rowHeights == [2 * 10.5 + 6, 3 * 10.5 + 6, 1 * 10.5 + 6]


def test_a_word_too_long_for_its_column_is_cut_over_lines_that_fit():
    from reportlab.pdfbase.pdfmetrics import stringWidth

    register_fonts()
    lines = wrapped("Internationalorganizationformigration" * 2, FONT, 8.5, 60).split("\n")
    assert len(lines) > 2
    assert all(stringWidth(line, FONT, 8.5) <= 60 for line in lines)
    assert "".join(lines) == "Internationalorganizationformigration" * 2
