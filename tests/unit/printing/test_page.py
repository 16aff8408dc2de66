"""Page furniture: headers that fit, dates as the UN writes them, and the escaping
of user text."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.platypus import Paragraph

from consult_desktop.domain.printed import DocumentInfo, Meeting
from consult_desktop.printing.page import Part, build_pdf, fit_lines, long_date, meeting_dates
from consult_desktop.printing.styles import BOLD, paragraphs, stylesheet, text

from .helpers import HOSTILE, check_every_page, flat, read_pages


def test_dates_read_as_in_un_documents():
    assert long_date(dt.date(2017, 11, 3)) == "3 November 2017"
    day = dt.date(2026, 5, 4)
    meeting = Meeting("M", start_date=day, end_date=dt.date(2026, 5, 6))
    assert meeting_dates(meeting) == "4\u20136 May 2026"
    assert meeting_dates(Meeting("M", start_date=day, end_date=dt.date(2026, 6, 2))) == (
        "4 May\u20132 June 2026")


def test_a_long_body_name_is_cut_to_two_lines_with_an_ellipsis():
    stylesheet()  # registers the fonts measured below
    lines = fit_lines("Committee " * 40, BOLD, 10, 200, 2)
    assert len(lines) == 2 and lines[1].endswith("…")
    assert fit_lines("Short", BOLD, 10, 200, 2) == ("Short",)


def test_a_word_too_long_for_the_header_is_cut_not_drawn_over_the_margin():
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines = fit_lines("ECE/EX/2017/L.7" + "/X" * 60, BOLD, 12, 200, 1)
    assert lines[0].startswith("ECE/EX/2017/L.7/X") and lines[0].endswith("…")
    assert stringWidth(lines[0], BOLD, 12) <= 200
    body = fit_lines("Conference " + "a" * 200 + " of", BOLD, 10, 200, 2)
    assert body[0] == "Conference" and body[1].endswith("…")
    assert all(stringWidth(line, BOLD, 10) <= 200 for line in body)


def test_escaped_text_parses_and_keeps_every_character():
    for hostile in HOSTILE:
        Paragraph(text(hostile), stylesheet().body)  # would raise on bad markup
    assert paragraphs("One\n\n\n  \nTwo <b>\nthree") == ["One", "Two &lt;b&gt;<br/>three"]


def test_every_page_of_a_long_document_has_header_and_number():
    meeting = Meeting("M", governing_body="Committee on Trade")
    document = DocumentInfo("summary", "Summary", symbol="ECE/TRADE/2026/2",
                            issued=dt.date(2026, 1, 5))
    flowables = [Paragraph(f"Paragraph {n} " * 30, stylesheet().body) for n in range(80)]
    pages = read_pages(build_pdf(meeting, [Part(document, flowables)]))
    assert len(pages) > 3
    check_every_page(pages, "Committee on Trade", "ECE/TRADE/2026/2")
    assert "5 January 2026" in flat(pages)


@settings(max_examples=25, deadline=None)
@given(st.text(alphabet="abcXYZéÉßıАлексейВоронцов<>&;#/\"'=!", min_size=1, max_size=40))
def test_any_title_comes_back_as_typed(title):
    from consult_desktop.domain.printed import Agenda, AgendaEntry
    from consult_desktop.printing import agenda

    data = Agenda(Meeting("M"), DocumentInfo("agenda", "Agenda"),
                  [AgendaEntry(1, title, number="1")])
    assert f"1. {title}" in flat(read_pages(agenda.build(data)))
