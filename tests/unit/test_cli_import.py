"""The import command and the participants' export, as a script would run them."""

from __future__ import annotations

from consult_desktop.cli import main


def test_import_lists_problems_as_file_row_column_and_exits_1(tmp_path, capsys):
    plan = tmp_path / "demo.consult"
    assert main(["demo", str(plan)]) == 0
    source = tmp_path / "list.csv"
    source.write_text("Nom;Catégorie;Courriel\nA;ngo;a@example.org\nB;;b@\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["import", str(plan), str(source)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[:2] == [f"{source}:3: Catégorie: the category is required",
                       f"{source}:3: Courriel: not an email address: 'b@'"]
    main(["info", str(plan)])
    assert "Participants: 13" in capsys.readouterr().out

    assert main(["import", str(plan), str(source), "--skip-invalid"]) == 0
    assert capsys.readouterr().out.strip() == "added 1, updated 0, unchanged 0, skipped 1"


def test_export_to_csv_and_xlsx_then_reimport_adds_no_one(tmp_path, capsys):
    plan = tmp_path / "demo.consult"
    main(["demo", str(plan)])
    for name in ("out.csv", "out.xlsx"):
        assert main(["export", str(plan), str(tmp_path / name)]) == 0
        assert main(["import", str(plan), str(tmp_path / name)]) == 0
        assert capsys.readouterr().out.splitlines()[-1] == (
            "added 0, updated 0, unchanged 13, skipped 0")


def test_import_of_an_unreadable_file_says_why_in_one_line(tmp_path, capsys):
    plan = tmp_path / "demo.consult"
    main(["demo", str(plan)])
    bad = tmp_path / "bad.xlsx"
    bad.write_text("not a workbook")
    assert main(["import", str(plan), str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "bad.xlsx: not an Excel workbook" in err


def test_a_list_without_a_category_column_imports_with_a_category_for_all_rows(tmp_path,
                                                                              capsys):
    plan = tmp_path / "demo.consult"
    main(["demo", str(plan)])
    source = tmp_path / "colleague.csv"
    source.write_text("Surname,First name,Email\nYilmaz,Ayse,mission@example.org\n"
                      "Demir,Can,mission@example.org\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["import", str(plan), str(source)]) == 1
    assert "Category: required column missing" in capsys.readouterr().err
    assert main(["import", str(plan), str(source), "--category", "Member State"]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == "added 2, updated 0, unchanged 0, skipped 0"
    assert err.strip() == (f"{source}:3: Email: mission@example.org is also the email of"
                           " Ayse Yilmaz (row 2): other names, so another person; stored"
                           " without the email (a plan holds each email once) (notice)")
    assert main(["import", str(plan), str(source), "--category", "Martians"]) == 1
    assert "Category (all rows): unknown category 'Martians'" in capsys.readouterr().err
