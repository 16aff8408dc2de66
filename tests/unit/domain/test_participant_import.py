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
