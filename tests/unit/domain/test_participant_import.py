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
            (3, ["B", "", "", "a@example.org", "ngo", ""]),
            (4, ["C", "", "", "", "nobody", ""])]
    plan = plan_import(HEADERS, rows, [])
    assert [(p.row, p.column) for p in plan.problems] == [(3, "Courriel"), (4, "Catégorie")]
    assert "row 2" in plan.problems[0].message
    assert plan.invalid_rows == {3, 4}
    assert [row for row, _ in plan.added] == [2]


def test_a_missing_required_column_is_a_problem_of_the_whole_file():
    plan = plan_import(["Nom", "Courriel"], [(2, ["A", "a@example.org"])], [])
    assert plan.fatal
    assert [(p.row, p.column) for p in plan.problems] == [(1, "Category")]
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
