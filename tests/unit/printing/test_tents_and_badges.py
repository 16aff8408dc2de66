"""Name tents and badges: every delegation and person once, in the list's order, and
text that fits its card whatever its length."""

from __future__ import annotations

import dataclasses

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from consult_desktop.domain.printed import ParticipantList, Person
from consult_desktop.printing import badges, nameplates
from consult_desktop.printing.fitting import LEADING, fit
from consult_desktop.printing.styles import BOLD, register_fonts
from tests.unit.printing.helpers import a_meeting, flat, info, read_pages

LONG_STATE = "Bolivarian Republic of Venezuela and the United Kingdom of Great Britain"
NAMES = ["Chad", "Mission permanente de la République démocratique du Congo",
         "Постоянное представительство Российской Федерации", LONG_STATE * 3,
         "Wolfeschlegelsteinhausenbergerdorff-Featherstonehaugh-Montgomery",
         "x" * 200]


@pytest.fixture(autouse=True, scope="module")
def _fonts():
    register_fonts()


@pytest.mark.parametrize("text", NAMES)
def test_fitted_text_never_runs_off_its_box(text):
    width, height = 700.0, 200.0
    fitted = fit(text, BOLD, width, height, largest=96, smallest=40)
    assert 1 <= len(fitted.lines) <= 2
    assert " ".join(fitted.lines).replace("- ", "-").replace(" ", "") == text.replace(" ", "")
    assert all(stringWidth(line, BOLD, fitted.size) <= width + 0.01 for line in fitted.lines)
    assert fitted.size * LEADING * len(fitted.lines) <= height + 0.01


def test_a_short_name_is_one_line_at_the_largest_size_and_a_long_one_two():
    assert fit("Chad", BOLD, 700, 200, largest=96, smallest=40).lines == ("Chad",)
    assert fit("Chad", BOLD, 700, 200, largest=96, smallest=40).size == 96
    two = fit("Bolivarian Republic of Venezuela", BOLD, 700, 200, largest=96, smallest=40)
    assert len(two.lines) == 2 and two.size >= 40


def people() -> ParticipantList:
    persons = [Person("Berg", "Anna", "Ms.", country="SE", category="member_state"),
               Person("Воронцов", "Алексей", "Mr.", country="RU", category="member_state"),
               Person("Ortiz", "Luis", "Mr.", country="MX", category="other_state"),
               Person("Okafor", "Grace", "Ms.", organisation="IOM", category="igo"),
               Person("Lind", "Eva", "Ms.", organisation="IOM", category="igo")]
    return ParticipantList(meeting=a_meeting(), document=info("participants"),
                           people=persons * 2, member_states=frozenset({"SE", "RU"}))


def test_one_tent_per_delegation_in_seating_order_with_the_name_on_both_faces():
    pages = read_pages(nameplates.build(people()))
    assert len(pages) == 4
    for page, name in zip(pages, ["Russian Federation", "Sweden", "Mexico", "IOM"],
                          strict=True):
        assert flat([page]).count(name) == 2, page


def test_badges_eight_to_a_page_with_name_delegation_and_category():
    data = dataclasses.replace(people(), people=people().people * 2)  # 20 badges
    pages = read_pages(badges.build(data))
    assert len(pages) == 3
    everything = flat(pages)
    # An English badge names people in Latin letters (ICAO 9303 when none is given).
    assert everything.count("Mr. Aleksei Vorontsov") == 4
    assert "Russian Federation" in everything and "MEMBER STATE" in everything
    assert "INTERGOVERNMENTAL ORGANIZATION" in everything


def test_no_participants_prints_a_page_that_says_so():
    empty = dataclasses.replace(people(), people=[])
    assert "No participants yet." in read_pages(nameplates.build(empty))[0]
    assert len(read_pages(badges.build(empty))) == 1
