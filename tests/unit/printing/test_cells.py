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


def drawn_text(table_class: type[Table]) -> list[tuple[str, float, float, str]]:
    """Each piece of text a one-table PDF draws: (text, x, y, font)."""
    import io

    from pypdf import PdfReader
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    register_fonts()
    buffer = io.BytesIO()
    rows = ROWS * 40  # runs over a page: the split parts are drawn too
    SimpleDocTemplate(buffer, pagesize=A4).build([
        table_class(rows, colWidths=[100] * 4, style=TableStyle(STYLE), repeatRows=1,
                    rowHeights=row_heights(rows, 10.5))])
    pieces: list[tuple[str, float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: dict | None, *_: object):
        if text.strip():
            name = str((font or {}).get("/BaseFont", ""))
            pieces.append((text.strip(), round(tm[4] + cm[4], 1), round(tm[5] + cm[5], 1),
                           name.split("+")[-1]))

    for page in PdfReader(io.BytesIO(buffer.getvalue())).pages:
        page.extract_text(visitor_text=visit)
    return pieces


def test_the_one_text_object_draws_what_reportlab_draws_cell_by_cell():
    ours, theirs = drawn_text(PlainTable), drawn_text(Table)
    assert sorted(ours) == sorted(theirs)
    assert {"Воронцов", "Côte d'Ivoire"} <= {text for text, *_ in ours}
    assert {font for *_, font in ours} == {"DejaVuSans", "DejaVuSans-Bold"}
