"""The French and Russian versions of the printed documents, read back from the PDF:
the masthead per UN practice, dates, the order of States, people's names and titles,
and user texts that have no translation printed as written."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest

from consult_desktop.domain.printed import (
    Agenda,
    AgendaEntry,
    DocumentInfo,
    ParticipantList,
    Person,
)
from consult_desktop.printing import agenda, participants
from consult_desktop.printing.masthead import detail_lines
from consult_desktop.services import printables

from .helpers import a_meeting, flat, in_order, read_pages

NBSP = "\u00a0"


def plain(text: str) -> str:
    """Read-back text with no-break spaces as spaces, for comparing phrases."""
    return text.replace(NBSP, " ")


def a_document(kind: str, lang: str, **values: object) -> DocumentInfo:
    return DocumentInfo(kind=kind, title="List of participants", symbol="ECE/EX/2017/INF.2",
                        issued=dt.date(2017, 11, 1), lang=lang, **values)  # type: ignore[arg-type]


RUSSIAN_TR = "Тюркийе"  # UNTERM, since 2022
STATES = ("US", "BE", "AT", "DE", "BY", "TR")


def a_list(lang: str) -> ParticipantList:
    people = [Person(family_name=f"Delegate{n}", given_name="A", honorific="mr",
                     country=code, category="member_state")
              for n, code in enumerate(STATES)]
    people.append(Person(family_name="Щукина", given_name="Юлия", honorific="Mme",
                         country="RU", category="other_state"))
    people.append(Person(family_name="Петров", given_name="Иван", honorific="Mr.",
                         family_name_latin="Petrov", given_name_latin="Ivan",
                         country="RU", category="other_state"))
    return ParticipantList(meeting=a_meeting(), document=a_document("participants", lang),
                           people=people, member_states=frozenset(STATES))


def test_the_french_masthead_is_in_french_with_a_version_line():
    first = plain(read_pages(participants.build(a_list("fr")))[0])
    for wanted in ("Nations Unies", "Distr. générale", "1er novembre 2017", "Français",
                   "Liste des participants"):
        assert wanted in first, wanted
    assert "Original : anglais" in first
    # A no-break space before the colon, as French typography sets it (the PDF's text
    # extraction reads it back as a plain space, so the line is checked as drawn).
    assert f"Original{NBSP}: anglais" in detail_lines(a_document("participants", "fr"))
    assert "Distr.: General" not in first and "United Nations" not in first


def test_the_russian_masthead_keeps_its_distribution_block_in_english():
    first = plain(read_pages(participants.build(a_list("ru")))[0])
    for wanted in ("Организация Объединенных Наций", "Distr.: General", "1 November 2017",
                   "Russian",
                   "Original: English", "Список участников", "4 и 5 мая 2026 года"):
        assert wanted in first, wanted
    assert "Français" not in first


def test_the_original_version_has_no_language_line():
    first = read_pages(participants.build(a_list("en")))[0]
    assert "Original: English" in first
    assert detail_lines(a_document("participants", "en"))[2] == ""
    assert "Français" not in first


def test_states_are_listed_in_the_alphabetical_order_of_the_documents_language():
    french = plain(flat(read_pages(participants.build(a_list("fr")))))
    assert in_order(french, "Allemagne", "Autriche", "Bélarus", "Belgique",
                    "États-Unis d'Amérique", "Türkiye")
    russian = plain(flat(read_pages(participants.build(a_list("ru")))))
    assert in_order(russian, "Австрия", "Беларусь", "Бельгия", "Германия",
                    "Соединенные Штаты Америки", RUSSIAN_TR)
    english = plain(flat(read_pages(participants.build(a_list("en")))))
    assert in_order(english, "Austria", "Belarus", "Belgium", "Germany", "Türkiye",
                    "United States of America")


def test_names_are_latin_in_english_and_french_and_cyrillic_in_russian():
    french = plain(flat(read_pages(participants.build(a_list("fr")))))
    # The Latin form given; with none, the ICAO 9303 transliteration.
    assert "M. Ivan Petrov" in french and "Mme Iuliia Shchukina" in french
    assert "Петров" not in french
    russian = plain(flat(read_pages(participants.build(a_list("ru")))))
    assert "г-н Иван Петров" in russian and "г-жа Юлия Щукина" in russian
    assert "г-н A Delegate0" in russian
    english = plain(flat(read_pages(participants.build(a_list("en")))))
    assert "Mr. Ivan Petrov" in english and "Ms. Iuliia Shchukina" in english


def an_agenda(lang: str) -> Agenda:
    day = dt.date(2017, 11, 2)
    items = [
        AgendaEntry(id=1, title="Opening of the meeting", number="1", day=day,
                    start=dt.time(10), end=dt.time(13)),
        AgendaEntry(id=2, title="Regional aspects", number="2", day=day,
                    start=dt.time(15), end=dt.time(18)),
        AgendaEntry(id=3, title="Migration data", number="2 (a)", parent_id=2),
    ]
    document = DocumentInfo(kind="agenda", title="Provisional annotated agenda",
                            symbol="ECE/EX/2017/L.8", issued=dt.date(2017, 10, 13),
                            agenda_item="2", lang=lang)
    meeting = replace(a_meeting(), start_date=day, end_date=dt.date(2017, 11, 3))
    return Agenda(meeting=meeting, document=document, items=items)


def test_the_french_agenda_has_french_headings_dates_times_and_letters():
    text = plain(flat(read_pages(agenda.build(an_agenda("fr")))))
    for wanted in ("Ordre du jour provisoire annoté", "Point 2 de l'ordre du jour provisoire",
                   "2 et 3 novembre 2017", "jeudi 2 novembre 2017", "10 heures",
                   "I. Ordre du jour provisoire", "a) Migration data"):
        assert wanted in text, wanted
    assert "(a)" not in text and "a.m." not in text


def test_the_russian_agenda_has_russian_headings_and_dates():
    text = plain(flat(read_pages(agenda.build(an_agenda("ru")))))
    for wanted in ("Аннотированная предварительная повестка дня",
                   "Пункт 2 предварительной повестки дня", "2 и 3 ноября 2017 года",
                   "четверг, 2 ноября 2017 года", "a) Migration data"):
        assert wanted in text, wanted


def test_the_opening_sentence_puts_the_day_in_each_languages_case():
    """"on Friday", "le vendredi", "в пятницу" (the accusative after "в")."""
    opening = {lang: " ".join(plain(agenda.opening(an_agenda(lang))).split())
               for lang in ("en", "fr", "ru")}
    assert "starting at 10 a.m. on Thursday, 2 November 2017." in opening["en"]
    assert "La réunion s'ouvrira le jeudi 2 novembre 2017 à 10 heures." in opening["fr"]
    assert "Совещание откроется в четверг, 2 ноября 2017 года, в 10 ч. 00 м." \
        in opening["ru"]


def test_a_text_without_translation_prints_as_written():
    """User texts keep their original words in every version until translated."""
    for lang in ("fr", "ru"):
        text = plain(flat(read_pages(agenda.build(an_agenda(lang)))))
        assert "Opening of the meeting" in text and "Geneva" in text


@pytest.mark.parametrize("lang", ["fr", "ru"])
def test_the_demo_pack_prints_in_each_language_without_missing_glyphs(demo_plan, lang):
    pdf = printables.make(demo_plan, "pack", choices=printables.Choices(lang=lang))
    text = flat(read_pages(pdf))
    # DejaVu Sans has every letter: no replacement boxes, no question marks for letters.
    assert "\ufffd" not in text and "\u25a0" not in text
    expected = {"fr": ("Table des matières", "Distr. générale", "158"),
                "ru": ("Содержание", "Distr.: General", "Russian")}[lang]
    for wanted in expected:
        assert wanted in text, wanted


def test_an_unknown_language_is_refused_before_anything_is_read():
    with pytest.raises(ValueError, match="en, fr, ru"):
        printables.Choices(lang="de")


def test_the_russian_budget_cuts_no_word_in_its_narrow_columns(demo_plan):
    pdf = printables.make(demo_plan, "budget", choices=printables.Choices(lang="ru"))
    words = set(flat(read_pages(pdf)).split())
    for whole in ("Стоимость", "финансирования", "человеко-месяца"):
        assert whole in words, whole  # not "Стоимост" and "ь" on two lines
    assert "Стоимост" not in words


def test_a_column_is_widened_to_its_longest_word_at_the_others_expense():
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from consult_desktop.printing.columns import unbroken_widths
    from consult_desktop.printing.styles import FONT, register_fonts

    register_fonts()
    columns = [[("Описание расходов на совещание", FONT)], [("Стоимость единицы", FONT)]]
    widths = unbroken_widths(columns, (0.9, 0.1), 300, 8.5, padding=6)
    assert sum(widths) == pytest.approx(300)
    assert widths[1] >= stringWidth("Стоимость", FONT, 8.5) + 6
    assert widths[0] >= stringWidth("расходов", FONT, 8.5) + 6
    # A word longer than the line starves no column: the preferred shares stand.
    assert unbroken_widths([[("a" * 400, FONT)], [("b", FONT)]], (0.5, 0.5), 300, 8.5,
                           padding=6) == [150, 150]


def test_a_legend_too_wide_for_two_columns_takes_one():
    from reportlab.graphics.charts.legends import Legend

    from consult_desktop.printing.chart import options_chart

    amounts = {"interpretation": Decimal(1), "documents": Decimal(1), "rooms": Decimal(1)}
    legends = {lang: next(s for s in options_chart([("a)", amounts)], lang=lang).contents
                          if isinstance(s, Legend))
               for lang in ("en", "ru")}
    assert legends["en"].columnMaximum == 2  # English fits two columns
    assert legends["ru"].columnMaximum == 3  # one column: nothing runs off the right


@pytest.mark.parametrize("lang,title", [("fr", "Ordre du jour provisoire annoté"),
                                        ("ru", "Аннотированная предварительная повестка дня")])
def test_documentation_names_a_printed_document_by_its_title_in_the_language(demo_plan, lang,
                                                                            title):
    from tests.unit.printing.word.test_docx import body_text, read

    choices = printables.Choices(lang=lang)
    pdf = plain(flat(read_pages(printables.make(demo_plan, "agenda", choices=choices))))
    docx = plain(body_text(read(printables.make(demo_plan, "agenda", "docx", choices))))
    for text in (pdf, docx):
        assert "Provisional annotated agenda" not in text and "Summary of discussions" not in text
        assert " ".join(f"ECE/EX/2017/L.8 {title}".split()) in " ".join(text.split())


WORD_PHRASES = {  # fixed words each Word document prints, as the PDF does
    "agenda": ("I. Provisional agenda", "II. Annotations to the provisional agenda",
               "III. Timetable", "Documentation", "Provisional annotated agenda"),
    "budget": ("Summary by category", "Subtotal", "Description", "Unit cost"),
    "participants": ("List of participants", "State", "Organization"),
    "summary": ("Summary of discussions",),
    "pack": ("Meeting pack", "Contents", "III. Timetable", "Summary by category"),
}


@pytest.mark.parametrize("lang", ["fr", "ru"])
@pytest.mark.parametrize("kind", sorted(WORD_PHRASES))
def test_the_word_version_speaks_the_documents_language(demo_plan, kind, lang):
    from consult_desktop.printing.words import tr
    from tests.unit.printing.word.test_docx import body_text, read

    docx = read(printables.make(demo_plan, kind, "docx", printables.Choices(lang=lang)))
    words = plain("\n".join([body_text(docx), *(p.text for p in docx.paragraphs)]))
    for phrase in WORD_PHRASES[kind]:
        assert plain(tr(lang, phrase)) in words, phrase
        if " " in phrase:  # a single English word may be the user's ("Organization for...")
            assert phrase not in words, phrase
