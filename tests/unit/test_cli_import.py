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
                           " Ayse Yilmaz (row 2): other names, so another person (notice)")
    assert main(["import", str(plan), str(source), "--category", "Martians"]) == 1
    assert "Category (all rows): unknown category 'Martians'" in capsys.readouterr().err


def test_un_iso_and_former_names_import_and_print_as_the_un_names(tmp_path, capsys):
    """An officer's list names States as the UN, ISO or an old list does: each is read
    and the printed list of participants gives the UN short name."""
    from pypdf import PdfReader

    plan = tmp_path / "new.consult"
    assert main(["new", str(plan), "--title", "Consultation"]) == 0
    source = tmp_path / "list.csv"
    source.write_text(
        "Family name,Given name,Country,Category\n"
        "Kim,Min-jun,Republic of Korea,member_state\n"
        "Rahimi,Sara,\"Iran, Islamic Republic of\",member_state\n"
        "Dlamini,Sipho,Swaziland,member_state\n"
        "Jallow,Awa,Gambia (Republic of The),member_state\n"
        "Lukaku,Jean,\"Congo, The Democratic Republic of the\",member_state\n",
        encoding="utf-8")
    assert main(["import", str(plan), str(source)]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("added 5,")
    out = tmp_path / "list.pdf"
    assert main(["print", str(plan), "participants", "-o", str(out)]) == 0
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)
    for un_name in ("Republic of Korea", "Iran (Islamic Republic of)", "Eswatini", "Gambia",
                    "Democratic Republic of the Congo"):
        assert un_name in text, un_name
    assert "Swaziland" not in text and "Congo, The" not in text


def test_head_of_delegation_and_rank_columns_order_the_printed_delegation(tmp_path, capsys):
    """The head first, then the rank given, not family-name order; yes/no in English,
    French or Russian."""
    from pypdf import PdfReader

    plan = tmp_path / "new.consult"
    assert main(["new", str(plan), "--title", "Consultation"]) == 0
    source = tmp_path / "list.csv"
    source.write_text(
        "Family name,Given name,Country,Category,Head of delegation,Rank\n"
        "Abbott,Ann,France,member_state,non,3\n"
        "Bernard,Luc,France,member_state,нет,2\n"
        "Zola,Emile,France,member_state,да,\n"
        "Aaron,Paul,Kazakhstan,member_state,no,\n"
        "Yilmaz,Ayse,Kazakhstan,member_state,oui,\n",
        encoding="utf-8")
    assert main(["import", str(plan), str(source)]) == 0
    out = tmp_path / "list.pdf"
    assert main(["print", str(plan), "participants", "-o", str(out)]) == 0
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)
    order = [text.index(name) for name in ("Emile Zola", "Luc Bernard", "Ann Abbott",
                                            "Ayse Yilmaz", "Paul Aaron")]
    assert order == sorted(order), text

    export = tmp_path / "out.csv"
    assert main(["export", str(plan), str(export)]) == 0
    header = export.read_text(encoding="utf-8-sig").splitlines()[0]
    assert "Head of delegation" in header and "Rank" in header
    capsys.readouterr()
    assert main(["import", str(plan), str(export)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "added 0, updated 0, unchanged 5, skipped 0"


def test_a_rank_that_is_no_whole_number_is_refused(tmp_path, capsys):
    plan = tmp_path / "new.consult"
    assert main(["new", str(plan), "--title", "Consultation"]) == 0
    source = tmp_path / "list.csv"
    source.write_text("Family name,Category,Rank,Head of delegation\nA,ngo,second,maybe\n",
                      encoding="utf-8")
    capsys.readouterr()
    assert main(["import", str(plan), str(source)]) == 1
    err = capsys.readouterr().err
    assert "Rank: expected a whole number such as 2, not 'second'" in err
    assert "Head of delegation: expected yes or no, not 'maybe'" in err
