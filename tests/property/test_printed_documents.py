"""Every printed document built from arbitrary text in every field a person types: it
builds (no LayoutError, no crash), and reading the PDF back gives the person's text.

What is fair to expect, read back with pypdf:
- Line breaks and spaces are the layout's: text is compared with all white space
  taken out (a table cell may even cut a long word over two lines). A soft hyphen is
  a hyphenation point, not a character: it prints as nothing, or as a hyphen where a
  paragraph's line breaks at it.
- DejaVu Sans has no glyph for Chinese, Japanese, Korean, Thai, Devanagari, most emoji,
  private-use or unassigned code points, nor for control characters: such a character
  prints as the font's missing-glyph box (read back as U+0000) in most places, or as
  nothing where ReportLab takes it for white space; either is fair, so the comparison
  is of the characters the font draws. Nothing of those is lost, added or reordered.
- Characters beyond U+FFFF that DejaVu Sans draws (mathematical letters) print, but
  ReportLab's character map for copying text out of the PDF spells them wrongly, so
  pypdf cannot read them back; they are left out of the comparison.
- Right-to-left text is printed in the order it was typed (ReportLab does no bidi
  reordering or Arabic shaping; see the report). pypdf would reverse it when reading,
  so the reading here keeps the order the PDF holds.
- Text that looks like markup (`<b>`, `&amp;`, `<br/>`) prints as typed.
- People's names print in the script of the document's language (domain/names.py): a
  name in Cyrillic prints in Latin letters (ICAO 9303) in an English list.
- The masthead of a document's first page prints the symbol and the principal organ
  whole (shrunk, and wrapped where even the smallest size is too wide), and the
  commission, the body, the session or the meeting that considers the document, and
  the agenda item; later pages repeat the symbol alone as their running head, which
  the reading leaves out of the body (it would cut a text that runs over a page).
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from decimal import Decimal
from functools import cache
from unittest import mock

from hypothesis import given
from hypothesis import strategies as st

from consult_desktop.domain import light_markup, vocab
from consult_desktop.domain import printed as p
from consult_desktop.domain.budget import Line, totals
from consult_desktop.services import printables
from tests.property.limits import examples
from tests.property.strategies import amounts, dates, unicode_text

WHITE = re.compile(r"\s+")
LAYOUT = "\u00ad\u200b"  # soft hyphen, zero-width space: where a line may break
CM = 28.35
# The body frames (A4, in points): a first page's, with its masthead, and a later one's.
PAGE_BOTTOM, FIRST_TOP, PAGE_TOP = 1.8 * CM, 841.89 - 1.3 * CM, 841.89 - 2.3 * CM


def render(data: object) -> bytes:
    """The PDF of a document's data, by the registry's entry for its kind."""
    return printables.build(data.document.kind, data)  # type: ignore[attr-defined]


@cache
def drawable() -> frozenset[int]:
    """The code points every face of DejaVu Sans draws (the header and headings are bold)."""
    from reportlab.pdfbase import pdfmetrics

    from consult_desktop.printing.styles import FONT_FILES, register_fonts

    register_fonts()
    faces = [set(pdfmetrics.getFont(name).face.charToGlyph) for name in FONT_FILES]
    return frozenset(set.intersection(*faces))


def fair(text: str) -> str:
    """What the PDF should give back for `text` (see the module's notes): the
    characters DejaVu Sans draws, but white space and line-break hints."""
    glyphs = drawable()
    return "".join(c for c in WHITE.sub("", text) if ord(c) in glyphs and c not in LAYOUT
                   and ord(c) <= 0xFFFF)


def read_back(pdf: bytes) -> tuple[str, str, int]:
    """(the text inside the body frames, the text of the running heads and footers),
    each read by `fair`, in the order the PDF draws it, and the number of pages."""
    from pypdf import PdfReader

    body: list[str] = []
    edges: list[str] = []

    assert pdf.startswith(b"%PDF-")
    # Keep the drawn order of right-to-left characters (pypdf reverses their runs).
    with mock.patch("pypdf._text_extraction.is_char_rtl", lambda *_: False), \
            mock.patch("pypdf._text_extraction.RTL_CHARACTER_PATTERN", re.compile("(?!)")):
        pages = PdfReader(io.BytesIO(pdf)).pages
        for page in pages:
            chunks: list[tuple[str, float]] = []

            def visit(chunk: str, cm: list[float], tm: list[float], *_: object,
                      chunks: list[tuple[str, float]] = chunks) -> None:
                chunks.append((chunk, tm[5] * cm[3] + cm[5]))

            page.extract_text(visitor_text=visit)
            # A first page opens with "United Nations" at the top of its frame.
            first = any(chunk.startswith("United Nations") and y > FIRST_TOP - 20
                        for chunk, y in chunks)
            top = FIRST_TOP if first else PAGE_TOP
            for chunk, y in chunks:
                (body if PAGE_BOTTOM - 5 < y < top + 5 else edges).append(chunk)
    return fair("".join(body)), fair("".join(edges)), len(pages)


def assert_printed(text: str, *typed: str) -> None:
    """Each typed text is in the printed text, each after the one before."""
    position = 0
    for value in typed:
        expected = fair(value)
        found = printed_form(value).search(text, position)
        assert found, f"{value!r} read back as {expected!r}: not in {text[:400]!r}"
        position = found.end()


def printed_form(value: str) -> re.Pattern[str]:
    """What `fair` expects, with a hyphen allowed where a soft hyphen was (a line may
    break there)."""
    kept = [re.escape(fair(c)) if c != "\u00ad" else "-?"
            for c in WHITE.sub("", value)]
    return re.compile("".join(kept))


def assert_masthead(body: str, document: p.DocumentInfo, meeting: p.Meeting) -> None:
    """The masthead prints the symbol and the organ whole, then the lines under it."""
    assert_printed(body, document.symbol)
    assert_printed(body, meeting.organ)
    considered = document.considered_at.strip()
    lines = [meeting.commission or meeting.organiser, meeting.governing_body]
    lines += [considered] if considered else [meeting.session, meeting.title, meeting.venue]
    for value in lines:
        if value.strip() != meeting.organ.strip():  # printed once, as the organ
            assert_printed(body, value)
    if document.agenda_item.strip():
        assert_printed(body, f"Item {document.agenda_item} of the provisional agenda")


def assert_running_heads(edges: str, pages: int, document: p.DocumentInfo) -> None:
    """Each page after the first carries the whole symbol in its running head."""
    expected = fair(document.symbol)
    if expected and pages > 1:
        assert edges.count(expected) >= pages - 1, (
            f"{document.symbol!r}: not on each of {pages - 1} pages in {edges[:300]!r}")


texts = unicode_text(max_size=60)
some_dates = st.none() | dates()
currencies = st.sampled_from(("USD", "EUR", "CHF", "GBP", "RUB", "XOF", "JPY"))
countries = st.none() | st.sampled_from(("KZ", "FR", "RU", "US", "CH", "BY", "TR", "ZZ"))

meetings = st.builds(p.Meeting, title=texts, organiser=texts, governing_body=texts,
                     venue=texts, start_date=some_dates, end_date=some_dates,
                     currency=currencies, mandate=unicode_text(max_size=200),
                     principal_organ=st.just("") | texts, commission=st.just("") | texts,
                     session=st.just("") | texts)


def documents(kind: str) -> st.SearchStrategy[p.DocumentInfo]:
    return st.builds(p.DocumentInfo, kind=st.just(kind), title=texts, symbol=texts,
                     issued=some_dates,
                     distribution=st.sampled_from(vocab.codes(vocab.DISTRIBUTIONS)),
                     agenda_item=st.just("") | texts.filter(lambda t: len(t) <= 20),
                     considered_at=st.just("") | texts)


# A row taller than a page splits over two, the column headings between its halves (a
# unit test prints one); here each field is short enough for its row to fit a page.
cell_texts = texts.filter(lambda text: len(text) <= 200)
people = st.builds(p.Person, family_name=cell_texts, given_name=cell_texts,
                   honorific=cell_texts, function=cell_texts, organisation=cell_texts,
                   country=countries,
                   category=st.sampled_from(vocab.codes(vocab.PARTICIPANT_CATEGORIES)),
                   email=cell_texts, phone=cell_texts)
participant_lists = st.builds(
    p.ParticipantList, meeting=meetings, document=documents("participants"),
    people=st.lists(people, max_size=6),
    member_states=st.frozensets(st.sampled_from(("KZ", "FR", "RU")), max_size=2),
    columns=st.just(tuple(c for c, _ in p.PARTICIPANT_COLUMNS)))

times = st.none() | st.times().map(lambda t: t.replace(second=0, microsecond=0))
entries = st.builds(p.AgendaEntry, id=st.integers(1, 10**6), title=texts, number=texts,
                    kind=st.sampled_from(vocab.codes(vocab.AGENDA_KINDS)),
                    annotation=unicode_text(max_size=200),
                    documents=st.lists(texts, max_size=3).map(tuple), day=some_dates,
                    start=times, end=times, room=texts, chair=texts,
                    speakers=st.lists(texts, max_size=3).map(tuple))
agendas = st.builds(p.Agenda, meeting=meetings, document=documents("agenda"),
                    items=st.lists(entries, max_size=6))

categories = st.sampled_from(vocab.codes(vocab.BUDGET_CATEGORIES))
budget_rows = st.builds(p.BudgetRow, category=categories, description=texts,
                        quantity=amounts(places=3, maximum=10**4),
                        unit=st.sampled_from(vocab.codes(vocab.BUDGET_UNITS)),
                        unit_cost=amounts(maximum=10**6),
                        multiplier=amounts(places=3, maximum=100), amount=amounts(),
                        source=texts)


@st.composite
def option_budgets(draw: st.DrawFn) -> p.OptionBudget:
    rows = draw(st.lists(budget_rows, max_size=5))
    lines = [Line(r.category, r.quantity, r.unit_cost, r.multiplier, Decimal("0.13"),
                  True, r.source) for r in rows]
    return p.OptionBudget(label=draw(unicode_text(max_size=3)), title=draw(texts),
                          rows=rows, totals=totals(lines))


budgets = st.builds(p.Budget, meeting=meetings, document=documents("budget"),
                    options=st.lists(option_budgets(), max_size=3))

option_notes = st.builds(
    p.OptionNote, label=unicode_text(max_size=3), title=texts,
    format=st.sampled_from(("", *vocab.codes(vocab.OPTION_FORMATS))),
    description=unicode_text(max_size=200), proposed_start=some_dates,
    proposed_end=some_dates, days=st.none() | st.integers(0, 30), venue=texts,
    expected_participants=st.none() | st.integers(0, 500), resources_needed=texts,
    benefits=texts, risks=texts, total=st.none() | amounts(), psc=st.none() | amounts())
milestones = st.builds(p.Milestone, title=texts, date=dates(), end_date=some_dates)
options_notes = st.builds(p.OptionsNote, meeting=meetings, document=documents("options_note"),
                          options=st.lists(option_notes, max_size=3),
                          milestones=st.lists(milestones, max_size=3))

summary_entries = st.builds(p.SummaryEntry, heading=texts, body=unicode_text(max_size=300),
                            kind=st.sampled_from(vocab.codes(vocab.SUMMARY_KINDS)),
                            item_number=texts, item_title=texts)
summaries = st.builds(p.Summary, meeting=meetings, document=documents("summary"),
                      sections=st.lists(summary_entries, max_size=4))


# ----- what each document must show ---------------------------------------------------
def participant_texts(data: p.ParticipantList) -> Iterable[str]:
    from consult_desktop.domain import names

    lang = data.document.lang
    for person in data.people:
        # A name in the script the document's language prints (Latin in English and
        # French: a Cyrillic one transliterated), a coded title in that language.
        yield from (names.for_language(person.family_name, person.family_name_latin, lang),
                    names.for_language(person.given_name, person.given_name_latin, lang),
                    names.title(person.honorific, lang),
                    person.function, person.email, person.phone)
        if person.category not in ("member_state", "other_state") or not person.country:
            yield person.organisation


def agenda_texts(data: p.Agenda) -> Iterable[str]:
    for entry in data.items:
        if entry.kind != "item":
            if entry.day and entry.start:
                yield entry.title  # in the timetable only
            continue
        yield from (entry.number, entry.title, entry.annotation, entry.room, entry.chair,
                    *entry.speakers, *entry.documents)


def budget_texts(data: p.Budget) -> Iterable[str]:
    for option in data.options:
        yield from (option.label, option.title)
        for row in option.rows:
            yield from (row.description, row.source)


def option_texts(data: p.OptionsNote) -> Iterable[str]:
    yield from (data.meeting.mandate, data.meeting.governing_body)
    for option in data.options:
        yield from (option.label, option.title, option.description, option.venue,
                    option.resources_needed, option.benefits, option.risks)
    for milestone in data.milestones:
        yield milestone.title


def summary_texts(data: p.Summary) -> Iterable[str]:
    for entry in data.sections:
        yield entry.heading or entry.item_title
        for block in light_markup.parse(entry.body):
            if isinstance(block, light_markup.Bullets):
                yield from block.items
            else:
                yield block.text


def check(data: object, expected: Iterable[str], titled: bool = True) -> tuple[str, str]:
    """`titled`: the document prints its own title (the options note is titled after
    the meeting)."""
    body, edges, pages = read_back(render(data))
    document, meeting = data.document, data.meeting  # type: ignore[attr-defined]
    assert_masthead(body, document, meeting)
    assert_running_heads(edges, pages, document)
    for value in [*([document.title] if titled else []), *expected]:
        assert_printed(body, value)
    return body, edges


@examples(40)
@given(participant_lists)
def test_the_list_of_participants_prints_every_name_as_typed(data):
    check(data, participant_texts(data))


@examples(40)
@given(agendas)
def test_the_agenda_prints_every_item_as_typed(data):
    check(data, agenda_texts(data))


@examples(40)
@given(budgets)
def test_the_budget_prints_every_line_as_typed(data):
    check(data, budget_texts(data))


@examples(40)
@given(options_notes)
def test_the_options_note_prints_every_option_as_typed(data):
    check(data, option_texts(data), titled=False)


@examples(40)
@given(summaries)
def test_the_summary_prints_every_section_as_typed(data):
    check(data, summary_texts(data))


@examples(15)
@given(meetings, documents("pack"), options_notes, agendas, participant_lists, budgets,
       summaries)
def test_the_meeting_pack_prints_every_part(meeting, document, note, agenda, people,
                                            budget, summary):
    parts = (("agenda", agenda), ("participants", people), ("budget", budget),
             ("options_note", note), *((("summary", summary),) if summary.sections else ()))
    pack = p.Pack(meeting, document, parts)
    body, _, _ = read_back(render(pack))
    for _, part in parts:
        assert_printed(body, part.document.symbol)
    for value in [meeting.title, *participant_texts(people), *agenda_texts(agenda),
                  *budget_texts(budget), *option_texts(note),
                  *(summary_texts(summary) if summary.sections else ())]:
        assert_printed(body, value)


def test_the_fair_reading_keeps_what_the_font_draws_and_boxes_the_rest():
    assert fair("\u0417o\u00e9\u00ad <b>&amp;\n中\x07\x00") == "\u0417o\u00e9<b>&amp;"
    assert fair("\u202eevil\u202c") == "\u202eevil\u202c"
