"""Page furniture: the masthead and the running head, whole at any length; dates as
the UN writes them; the escaping of user text."""

from __future__ import annotations

import datetime as dt
import io
import re

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.platypus import Paragraph

from consult_desktop.domain.printed import DocumentInfo, Meeting
from consult_desktop.printing.masthead import fit
from consult_desktop.printing.page import Part, build_pdf, long_date, meeting_dates
from consult_desktop.printing.styles import BOLD, paragraphs, stylesheet, text

from .helpers import HOSTILE, check_every_page, flat, in_order, read_pages


def test_dates_read_as_in_un_documents():
    assert long_date(dt.date(2017, 11, 3)) == "3 November 2017"
    day = dt.date(2026, 5, 4)
    meeting = Meeting("M", start_date=day, end_date=dt.date(2026, 5, 6))
    assert meeting_dates(meeting) == "4\u20136 May 2026"
    assert meeting_dates(Meeting("M", start_date=day, end_date=dt.date(2026, 6, 2))) == (
        "4 May\u20132 June 2026")
    two_days = Meeting("M", start_date=dt.date(2017, 11, 2), end_date=dt.date(2017, 11, 3))
    assert meeting_dates(two_days) == "2 and 3 November 2017"
    assert meeting_dates(Meeting("M", start_date=dt.date(2017, 12, 30),
                                 end_date=dt.date(2018, 1, 2))) == (
        "30 December 2017\u20132 January 2018")


def test_every_month_is_named_in_english():
    names = [long_date(dt.date(2017, month, 1)).split()[1] for month in range(1, 13)]
    assert names == ["January", "February", "March", "April", "May", "June", "July",
                     "August", "September", "October", "November", "December"]


def test_a_long_organ_name_shrinks_then_wraps_never_cut():
    from reportlab.pdfbase.pdfmetrics import stringWidth

    stylesheet()  # registers the fonts measured below
    size, lines = fit("Economic and Social Council", BOLD, (17, 9), 300, 2)
    assert size == 17 and lines == ("Economic and Social Council",)
    name = "Committee on " + "Inland Transport and Trade " * 8
    size, lines = fit(name, BOLD, (17, 9), 300, 2)
    assert size < 17 and "".join(lines).replace(" ", "") == name.replace(" ", "")
    assert all(stringWidth(line, BOLD, size) <= 300 for line in lines)


def test_a_long_symbol_shrinks_and_wraps_after_a_slash_never_cut():
    from reportlab.pdfbase.pdfmetrics import stringWidth

    stylesheet()
    symbol = "ECE/TRANS/WP.15/AC.1/2017/INF.34"
    size, lines = fit(symbol, BOLD, (14, 6), 200, 1)
    assert lines == (symbol,) and 6 <= size < 14
    assert stringWidth(symbol, BOLD, size) <= 200
    longer = "/".join(["ECE/TRANS/WP.15/AC.1/2017/INF.34"] * 3)
    size, lines = fit(longer, BOLD, (14, 6), 200, 1)
    assert "".join(lines) == longer and len(lines) > 1
    assert all(line.endswith("/") for line in lines[:-1])  # cut after a "/"
    assert all(stringWidth(line, BOLD, size) <= 200 for line in lines)


def test_the_masthead_reads_as_a_un_document_and_later_pages_carry_the_symbol():
    meeting = Meeting("Regional consultation", organiser="ECE",
                      governing_body="Executive Committee", venue="Geneva",
                      start_date=dt.date(2017, 11, 2), end_date=dt.date(2017, 11, 3),
                      principal_organ="Economic and Social Council",
                      commission="Economic Commission for Europe", session="Extended session")
    document = DocumentInfo("options_note", "Options", symbol="ECE/EX/2017/L.7",
                            issued=dt.date(2017, 3, 20), distribution="limited",
                            agenda_item="3")
    flowables = [Paragraph(f"Paragraph {n} " * 30, stylesheet().body) for n in range(40)]
    pages = read_pages(build_pdf(meeting, [Part(document, flowables)]))
    check_every_page(pages, "Economic and Social Council", "ECE/EX/2017/L.7", "Limited")
    assert in_order(flat(pages[:1]), "United Nations", "ECE/EX/2017/L.7",
                    "Economic and Social Council", "Distr.: Limited", "20 March 2017",
                    "Original: English", "Economic Commission for Europe",
                    "Executive Committee", "Extended session", "Regional consultation",
                    "Geneva, 2 and 3 November 2017", "Item 3 of the provisional agenda")
    assert "ECE" not in flat(pages[:1]).replace("ECE/EX", "").replace("for Europe", ""), (
        "the organiser is named by the commission, not again")


def test_the_meeting_that_considers_a_document_replaces_the_plans_own():
    meeting = Meeting("Regional consultation", governing_body="Executive Committee",
                      venue="Palais des Nations", start_date=dt.date(2017, 11, 3))
    document = DocumentInfo("options_note", "Options", symbol="ECE/EX/2017/L.7",
                            considered_at="Ninetieth meeting\nGeneva, 24 March 2017",
                            agenda_item="3")
    first = flat(read_pages(build_pdf(meeting, [Part(document, [])])))
    assert in_order(first, "Executive Committee", "Ninetieth meeting", "Geneva, 24 March 2017",
                    "Item 3 of the provisional agenda")
    assert "Palais des Nations" not in first and "3 November" not in first


def test_an_informal_document_says_so_instead_of_a_distribution():
    document = DocumentInfo("budget", "Budget", symbol="INF.1", distribution="informal")
    first = flat(read_pages(build_pdf(Meeting("M"), [Part(document, [])])))
    assert "Informal document" in first and "Distr." not in first


def test_the_running_head_alternates_sides_and_a_long_symbol_is_whole_on_every_page():
    from pypdf import PdfReader

    symbol = "ECE/TRANS/WP.15/AC.1/2017/INF.34/Add.1/Rev.2/Corr.1/" + "X" * 30
    organ = "Economic and Social Council " * 6
    document = DocumentInfo("summary", "Summary", symbol=symbol)
    flowables = [Paragraph(f"Paragraph {n} " * 30, stylesheet().body) for n in range(60)]
    pdf = build_pdf(Meeting("M", principal_organ=organ), [Part(document, flowables)])
    pages = read_pages(pdf)
    assert len(pages) >= 3
    for page in pages:
        assert symbol in re.sub(r"\s", "", page), "the symbol cut"
    assert organ.replace(" ", "") in re.sub(r"\s", "", pages[0])
    # Where the running head starts: at the left margin on even pages, further right
    # (ending at the right margin) on odd ones.
    starts = []
    for page in PdfReader(io.BytesIO(pdf)).pages[1:3]:
        found: list[float] = []

        def visit(chunk, cm, tm, *_rest, found=found):
            if chunk.startswith("ECE/TRANS") and not found:
                found.append(tm[4] * cm[0] + cm[4])

        page.extract_text(visitor_text=visit)
        starts.append(found[0])
    even, odd = starts
    assert abs(even - 2 * 28.35) < 2 and odd > even + 20


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
