"""Importing into a plan and exporting from it: all or nothing, no duplicates, round trips."""

from __future__ import annotations

import openpyxl
import pytest

from consult_desktop.interchange.participants_io import export_people, preview
from consult_desktop.services.participants import import_file
from consult_desktop.store import participants_store as store


def _count(plan_file) -> int:
    with plan_file.read() as session:
        return store.count(session, plan_file.plan_id)


def _people(plan_file):
    with plan_file.read() as session:
        return sorted((p for _, p in store.load_people(session, plan_file.plan_id)), key=repr)


AWKWARD = (
    "\ufeffNom;Prénom;Pays;Courriel;Catégorie;Fonction\n"
    "Иванова;Мария;Kazakhstan;m.ivanova@example.kz;État membre;\"Chef; \"\"division\"\"\n"
    "migrations\"\n"
    ";;;;;\n"
    "Lefèvre;Zoé;Atlantis;z.lefevre@example.fr;ONG;\n"
    "Marchand;Élodie;France;E.Marchand@example.fr;member state;Déléguée\n"
    "ИВАНОВА;Мария;Belgique;m.ivanova@example.kz;expert;\n"  # row 2's person again
)


def test_a_file_with_problems_changes_nothing_and_lists_each_one(demo_plan, tmp_path):
    path = tmp_path / "awkward.csv"
    path.write_text(AWKWARD, encoding="utf-8")
    before = _people(demo_plan)
    outcome = import_file(demo_plan, path)
    assert not outcome.written
    assert outcome.problems == [
        f"{path}:4: Pays: unknown country 'Atlantis'",
        f"{path}:6: Courriel: duplicate: Мария ИВАНОВА, m.ivanova@example.kz is also on"
        " row 2",
    ]
    assert _people(demo_plan) == before


def test_skip_invalid_imports_only_the_valid_rows_and_a_second_run_adds_no_one(demo_plan,
                                                                                 tmp_path):
    path = tmp_path / "awkward.csv"
    path.write_text(AWKWARD, encoding="utf-8")
    count = _count(demo_plan)
    outcome = import_file(demo_plan, path, skip_invalid=True)
    assert (outcome.added, outcome.updated, outcome.skipped) == (1, 1, 2)
    assert _count(demo_plan) == count + 1
    people = {p.family_name: p for p in _people(demo_plan)}
    assert people["Иванова"].function == 'Chef; "division"\nmigrations'
    assert people["Иванова"].country == "KZ"
    assert people["Marchand"].function == "Déléguée"
    again = import_file(demo_plan, path, skip_invalid=True)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 2)
    assert _count(demo_plan) == count + 1


def test_a_missing_required_column_refuses_the_file_even_with_skip_invalid(demo_plan,
                                                                         tmp_path):
    path = tmp_path / "no-category.csv"
    path.write_text("Nom,Courriel\nX,x@example.org\n", encoding="utf-8")
    count = _count(demo_plan)
    outcome = import_file(demo_plan, path, skip_invalid=True)
    assert not outcome.written
    assert outcome.problems == [f"{path}:1: Category: required column missing"]
    assert _count(demo_plan) == count


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_into_an_empty_plan_gives_the_same_people(demo_plan, tmp_path,
                                                                     suffix):
    from consult_desktop.store.plan_file import create_plan

    with demo_plan.begin() as session:  # a note a spreadsheet would run as a formula
        ident = store.load_rows(session, demo_plan.plan_id)[0][0]
        person = store.get_people(session, [ident])[ident]
        store.update_people(session, [(ident, person._replace(notes="=1+1", phone="+41 22"))])
    out = tmp_path / f"people{suffix}"
    assert export_people(demo_plan, out) == f"wrote 13 participants to {out}"
    empty = create_plan(tmp_path / "empty.consult", "Empty")
    try:
        outcome = import_file(empty, out)
        assert (outcome.added, outcome.problems) == (13, [])
        assert _people(empty) == _people(demo_plan)
    finally:
        empty.close()
    if suffix == ".xlsx":
        sheet = openpyxl.load_workbook(out).worksheets[0]
        cells = [c.value for row in sheet.iter_rows() for c in row]
        assert "'=1+1" in cells and "'+41 22" in cells
        assert not any(c.data_type == "f" for row in sheet.iter_rows() for c in row)


def test_an_xlsx_file_with_numbers_and_french_headers_is_previewed(demo_plan, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Nom", "Catégorie", "Téléphone", "Montant du voyage", "Pays"])
    sheet.append(["Kovač", "Expert", 41227001234, 1850.5, "HR"])
    path = tmp_path / "list.xlsx"
    book.save(path)
    plan = preview(demo_plan, path)
    assert plan.problems == []
    (_, person), = plan.added
    assert (person.phone, str(person.travel_amount), person.country) == (
        "41227001234", "1850.50", "HR")


def test_a_workbook_export_types_amounts_and_yes_no_and_sizes_its_columns(demo_plan,
                                                                          tmp_path):
    out = tmp_path / "people.xlsx"
    export_people(demo_plan, out)
    sheet = openpyxl.load_workbook(out).worksheets[0]
    headers = [c.value for c in sheet[1]]
    by_header = {h: [row[i] for row in sheet.iter_rows(min_row=2)]
                 for i, h in enumerate(headers)}
    amounts = [c for c in by_header["Travel amount"] if c.value is not None]
    assert amounts and all(c.data_type == "n" and isinstance(c.value, int | float)
                           for c in amounts)
    assert all(c.number_format == "#,##0.00" for c in amounts)
    stored = [p.travel_amount for p in _people(demo_plan) if p.travel_amount is not None]
    assert sum(c.value for c in amounts) == sum(stored)  # Excel can add them up
    flags = by_header["Travel requested"] + by_header["Travel approved"]
    assert {c.data_type for c in flags} == {"b"} and {c.value for c in flags} == {True, False}
    assert all(c.data_type == "s" for c in by_header["Phone"] if c.value)  # "+41 22..."
    letter = openpyxl.utils.get_column_letter
    widths = {h: sheet.column_dimensions[letter(i + 1)].width for i, h in enumerate(headers)}
    longest = max(len(c.value or "") for c in by_header["Organisation"])
    assert widths["Organisation"] >= min(longest, 50) and widths["Honorific"] < 20


def test_the_csv_export_still_writes_text(demo_plan, tmp_path):
    out = tmp_path / "people.csv"
    export_people(demo_plan, out)
    import csv

    with open(out, encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    stored = sorted(f"{p.travel_amount:.2f}" for p in _people(demo_plan) if p.travel_amount)
    assert sorted(r["Travel amount"] for r in rows if r["Travel amount"]) == stored
    assert {r["Travel requested"] for r in rows} == {"yes", "no"}
