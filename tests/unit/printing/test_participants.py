"""The list of participants: UN grouping and order, columns, counts, scripts, size."""

from __future__ import annotations

from dataclasses import replace

from consult_desktop.domain.printed import ParticipantList, Person
from consult_desktop.printing import participants
from consult_desktop.store import print_data

from .helpers import HOSTILE, a_meeting, check_every_page, flat, in_order, info, read_pages


def demo_list(demo_plan, contacts: bool = False) -> ParticipantList:
    with demo_plan.read() as session:
        return print_data.participants(session, demo_plan.plan_id, contacts=contacts)


def test_the_demo_list_is_grouped_in_un_order_with_states_alphabetical(demo_plan):
    pages = read_pages(participants.build(demo_list(demo_plan)))
    text = flat(pages)
    assert in_order(
        text, "List of participants", "13 participants",
        "States members of the Commission (7)",
        "France", "Germany", "Italy", "Kazakhstan", "Russian Federation", "Serbia", "Türkiye",
        "States not members of the Commission (1)", "Mexico", "Luis Herrera",
        "United Nations Secretariat (1)", "Hannah Lindqvist",
        "United Nations bodies and regional commissions (1)", "Pierre Dubois",
        "Intergovernmental organizations (1)", "Grace Okafor",
        "Non-governmental organizations and other stakeholders (1)", "Sofia Rossi",
        "Secretariat (1)", "Daniel Novak",
    )
    check_every_page(pages, "Executive Committee (EXCOM)", "ECE/EX/2017/INF.4")


def test_french_and_russian_names_come_back_as_the_same_characters(demo_plan):
    text = flat(read_pages(participants.build(demo_list(demo_plan))))
    assert "Ms. Élodie Marchand" in text
    # The English list prints a Cyrillic name in Latin letters (ICAO 9303, none given);
    # the Russian version prints it as written.
    assert "Mr. Alexey Vorontsov" in text
    russian = flat(read_pages(participants.build(
        replace(demo_list(demo_plan), document=replace(demo_list(demo_plan).document,
                                                       lang="ru")))))
    assert "г-н Алексей Воронцов" in russian
    assert "Ms. Zeynep Aydın" in text and "Ms. Ana Petrović" in text


def test_contact_details_are_left_out_unless_asked_for(demo_plan):
    plain = flat(read_pages(participants.build(demo_list(demo_plan))))
    assert "e.marchand@example.fr" not in plain and "E-mail" not in plain
    with_contacts = flat(read_pages(participants.build(demo_list(demo_plan, contacts=True))))
    assert "E-mail" in with_contacts and "e.marchand@example.fr" in with_contacts
    # Nobody in the demo has a telephone number: no empty column for it.
    assert "Telephone" not in with_contacts
    # Narrower columns still hold their longest word whole.
    assert "Deputy Permanent Representative" in with_contacts


def test_columns_widen_to_hold_their_longest_word_when_the_page_allows():
    widths = participants.column_widths(("name", "function"), [40.0, 40.0, 300.0])
    assert widths[2] == 300.0 and abs(sum(widths) - participants.FRAME_WIDTH) < 0.01
    # More than the page can hold: the weights decide, and long words are cut.
    assert participants.column_widths(("name",), [400.0, 400.0]) == (
        participants.column_widths(("name",)))
    assert participants.wrapped("Representative", participants.FONT, 8.5, 30).count("\n") >= 1


def test_a_states_group_follows_the_bodys_member_states_not_the_typed_category():
    people = [
        Person("Dupont", "Marie", country="FR", category="other_state"),
        Person("Smith", "John", country="US", category="member_state"),
    ]
    data = ParticipantList(a_meeting(), info("participants"), people,
                           member_states=frozenset({"FR"}))
    groups = dict(participants.grouped(data))
    assert [name for name, _ in groups["member_state"]] == ["France"]
    assert [name for name, _ in groups["other_state"]] == ["United States of America"]


def test_hostile_names_print_as_typed():
    people = [Person(family_name=text, given_name="Ann", organisation=text, category="ngo")
              for text in HOSTILE]
    data = ParticipantList(a_meeting(), info("participants"), people)
    text = flat(read_pages(participants.build(data)))
    for hostile in HOSTILE:
        assert f"Ann {hostile}" in text


def test_a_long_list_is_split_into_pages_each_with_header_and_number():
    people = [
        Person(f"Family{n:04d}", "Given", function="Delegate", organisation="Ministry",
               country=("FR", "DE", "KZ", "MX")[n % 4], category="member_state")
        for n in range(1200)
    ]
    data = ParticipantList(a_meeting(), info("participants"), people,
                           member_states=frozenset({"FR", "DE", "KZ"}))
    pages = read_pages(participants.build(data))
    # About 40 one-line rows fit a page: 1,200 people need 20 to 40 pages.
    assert 20 <= len(pages) <= 45
    check_every_page(pages, "Conference of European Statisticians", "ECE/CES/2026/1")
    text = flat(pages)
    assert "(900)" in text
    assert "States not members of the Conference of European Statisticians (300)" in text
    assert in_order(text, "Family0001", "Family0005", "Family1197")
    assert text.count("Given Family") == 1200
    # A page that goes on with a delegation names it again, and its group.
    assert "France (continued)" in text
    heading = "States members of the Conference of European Statisticians (continued)"
    assert all(heading in page for page in pages[1:21])
    for number, page in enumerate(pages[1:], start=2):
        assert any(country in page for country in ("France", "Germany", "Kazakhstan",
                                                   "Mexico")), f"page {number}: no State"


def test_a_row_taller_than_a_page_goes_on_over_the_next_page():
    people = [Person("Long", function="x " + "a" * 3000, category="member_state",
                     country="FR"),
              Person("Next", category="member_state", country="FR")]
    pages = read_pages(participants.build(ParticipantList(a_meeting(), info("participants"),
                                                          people)))
    assert len(pages) >= 2
    # The running head, the group's heading and the column headings again.
    assert pages[1].startswith("ECE/CES/2026/1\nStates members of the Conference of "
                               "European Statisticians (continued)\nState\nName\nFunction")
    assert "Next" in flat(pages)
    assert flat(pages).replace(" ", "").count("a" * 60) >= 3000 // 60 - 2


def test_the_head_of_delegation_comes_first_then_the_order_of_rank():
    people = [
        Person("Adams", "Ann", country="FR", category="member_state"),
        Person("Brun", "Bea", country="FR", category="member_state", rank=2),
        Person("Zola", "Zoe", country="FR", category="member_state", head_of_delegation=True),
        Person("Meyer", "Max", country="FR", category="member_state", rank=1),
    ]
    data = ParticipantList(a_meeting(), info("participants"), people,
                           member_states=frozenset({"FR"}))
    text = flat(read_pages(participants.build(data)))
    assert in_order(text, "Zoe Zola", "Max Meyer", "Bea Brun", "Ann Adams")


def test_the_states_headings_are_the_bodys_own_words():
    meeting = replace(a_meeting(), members_heading="States members of the Commission",
                      non_members_heading="States not members of the Commission")
    people = [Person("Arnaud", country="FR", category="member_state"),
              Person("Lopez", country="MX", category="member_state")]
    data = ParticipantList(meeting, info("participants"), people,
                           member_states=frozenset({"FR"}))
    text = flat(read_pages(participants.build(data)))
    assert in_order(text, "States members of the Commission (1)", "France",
                    "States not members of the Commission (1)", "Mexico")
