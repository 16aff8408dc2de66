"""Deciding what an import does: added, updated, unchanged, and each row's problems."""

from __future__ import annotations

from consult_desktop.domain.participant_import import plan_import
from consult_desktop.domain.participants import Person

HEADERS = ["Nom", "Prénom", "Organisation", "Courriel", "Catégorie", "Téléphone"]
EXISTING = [(7, Person("Dupont", "ngo", given_name="Jean", organisation="ONG A",
                       email="jean@example.org", phone="111")),
            (8, Person("Martin", "expert", given_name="Marie", organisation="Univ"))]


def test_rows_matching_by_email_or_names_update_and_the_rest_are_added():
    rows = [
        (2, ["Dupont", "Jean", "ONG A", "JEAN@example.org", "ONG", ""]),  # same, phone blank
        (3, ["Martin", "Marie", "Univ", "", "Expert", "222"]),  # by names: new phone
        (4, ["Novak", "Daniel", "", "d@example.org", "secretariat", ""]),
        (5, ["", "", "", "", "", ""]),  # blank row
    ]
    plan = plan_import(HEADERS, rows, EXISTING)
    assert plan.problems == []
    assert plan.unchanged == [2]
    assert [(row, ident, new.phone) for row, ident, _, new in plan.updated] == [(3, 8, "222")]
    assert [(row, p.family_name) for row, p in plan.added] == [(4, "Novak")]


def test_problems_name_the_row_and_the_column_as_the_file_spells_it():
    rows = [(2, ["A", "", "", "a@example.org", "ngo", ""]),
            (3, ["a", "", "", "A@example.org", "ngo", ""]),  # the same person again
            (4, ["C", "", "", "", "nobody", ""])]
    plan = plan_import(HEADERS, rows, [])
    assert [(p.row, p.column) for p in plan.problems] == [(3, "Courriel"), (4, "Catégorie")]
    assert "row 2" in plan.problems[0].message
    assert plan.invalid_rows == {3, 4}
    assert [row for row, _ in plan.added] == [2]


def test_a_missing_required_column_is_a_problem_of_the_whole_file():
    plan = plan_import(["Nom", "Courriel"], [(2, ["A", "a@example.org"])], [])
    assert plan.fatal
    assert [(p.row, p.heading) for p in plan.problems] == [(1, "Category")]
    assert plan.added == []


def test_namesakes_with_and_without_email_import_as_two_people_and_again_as_no_change():
    """Two people of the same names and organisation, one with an email: a first import
    adds both, and importing the same rows into that plan changes nothing (it used to
    refuse the second row as a duplicate of the first)."""
    rows = [(2, ["Ivanova", "Anna", "Mission", "anna@example.org", "member_state", ""]),
            (3, ["Ivanova", "Anna", "Mission", "", "member_state", ""])]
    first = plan_import(HEADERS, rows, [])
    assert first.problems == [] and [row for row, _ in first.added] == [2, 3]
    existing = [(10 + row, person) for row, person in first.added]
    again = plan_import(HEADERS, rows, existing)
    assert again.problems == [] and again.added == [] and again.updated == []
    assert again.unchanged == [2, 3]


def test_a_row_without_email_naming_someone_listed_with_one_still_updates_them():
    rows = [(2, ["Dupont", "Jean", "ONG A", "", "ngo", "333"])]
    plan = plan_import(HEADERS, rows, EXISTING)
    assert plan.problems == []
    assert [(row, ident, new.phone) for row, ident, _, new in plan.updated] == [(2, 7, "333")]


def test_two_delegates_sharing_a_mission_email_are_two_people_with_a_notice():
    rows = [(2, ["Yilmaz", "Ayse", "Mission", "mission@example.org", "member_state", ""]),
            (3, ["Demir", "Can", "Mission", "mission@example.org", "member_state", ""]),
            (4, ["Durand", "Paul", "ONG A", "jean@example.org", "ngo", ""])]
    plan = plan_import(HEADERS, rows, EXISTING)
    assert plan.problems == []
    assert [(row, p.family_name) for row, p in plan.added] == [
        (2, "Yilmaz"), (3, "Demir"), (4, "Durand")]
    assert [(n.row, n.column) for n in plan.notices] == [(3, "Courriel"), (4, "Courriel")]
    assert plan.notices[0].message.startswith(
        "mission@example.org is also the email of Ayse Yilmaz (row 2): other names, so"
        " another person")
    assert "the email of Jean Dupont, already in the plan" in plan.notices[1].message
    # Each keeps the email given: a mission's address is shared, names tell people apart.
    assert [p.email for _, p in plan.added] == ["mission@example.org", "mission@example.org",
                                                "jean@example.org"]
    # Imported again: the same two people, matched by email and names, unchanged.
    existing = [(20 + row, person) for row, person in plan.added]
    again = plan_import(HEADERS, rows[:2], existing)
    assert again.added == [] and again.unchanged == [2, 3]


def test_a_mapping_chosen_by_the_user_and_a_category_for_all_rows():
    headers = ["Surname", "Delegation", "Remarks"]
    rows = [(2, ["Yilmaz", "Turkey", "chef"]), (3, ["Demir", "Turkey", ""])]
    refused = plan_import(headers, rows, [])
    assert refused.fatal and refused.problems[0].heading == "Category"
    plan = plan_import(headers, rows, [], mapping={0: "family_name", 1: "country"},
                       defaults={"category": "Member State"})
    assert plan.problems == []
    assert [(p.family_name, p.country, p.category, p.notes) for _, p in plan.added] == [
        ("Yilmaz", "TR", "member_state", ""), ("Demir", "TR", "member_state", "")]
    assert plan.fields() == ["family_name", "country", "category"]
    assert [(s.row, s.cells["category"], s.outcome) for s in plan.shown] == [
        (2, "Member State of the body", "add"), (3, "Member State of the body", "add")]


def test_a_value_for_all_rows_fills_only_blank_cells_and_is_checked():
    headers = ["Nom", "Catégorie"]
    rows = [(2, ["A", "expert"]), (3, ["B", ""])]
    plan = plan_import(headers, rows, [], defaults={"category": "ngo"})
    assert [p.category for _, p in plan.added] == ["expert", "ngo"]
    wrong = plan_import(headers, rows, [], defaults={"category": "Martians"})
    assert wrong.fatal
    assert [(p.heading, p.message) for p in wrong.problems] == [
        ("Category (all rows)", "unknown category 'Martians'")]


def test_names_damaged_by_an_encoding_are_problems_of_their_row_and_column():
    rows = [(2, ["Y?lmaz", "Ay\u015fe", "", "", "expert", ""]),
            (3, ["Y\u00c4\u00b1lmaz", "", "", "", "expert", ""]),
            (4, ["M\ufffcller", "", "", "", "expert", ""]),
            (5, ["M\u00fcller", "Jos\u00e9", "Caf\u00e9 ?", "", "expert", ""])]
    plan = plan_import(HEADERS, rows, [])
    assert [(p.row, p.column) for p in plan.problems] == [(2, "Nom"), (3, "Nom")]
    assert "'Y\u0131lmaz'" in plan.problems[1].message
    assert [row for row, _ in plan.added] == [4, 5]
    assert [s.outcome for s in plan.shown] == ["problem", "problem", "add", "add"]
