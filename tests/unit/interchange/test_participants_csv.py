"""Reading CSV files as they arrive from many hands, and writing them safely."""

from __future__ import annotations

import pytest

from consult_desktop.interchange.participants_csv import (
    TableError,
    neutralise,
    read_csv,
    sniff_delimiter,
    write_csv,
)

AWKWARD = (
    "Nom;Prénom;Fonction;Courriel\r\n"
    "Воронцов;Алексей;\"Counsellor; \"\"migration\"\"\nsecond line\";a@example.ru\r\n"
    ";;;\r\n"
    "Marchand;Élodie;Déléguée;e@example.fr\r\n"
)


def test_a_bom_semicolons_quotes_line_breaks_and_cyrillic_are_read(tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes(b"\xef\xbb\xbf" + AWKWARD.encode("utf-8"))
    sheet = read_csv(path)
    assert sheet.headers == ["Nom", "Prénom", "Fonction", "Courriel"]
    assert sheet.rows[0] == (2, ["Воронцов", "Алексей", 'Counsellor; "migration"\nsecond line',
                                 "a@example.ru"])
    assert sheet.rows[1] == (3, ["", "", "", ""])
    assert sheet.rows[2][0] == 4 and sheet.rows[2][1][1] == "Élodie"


def test_a_windows_1252_file_is_read_when_it_is_not_utf8(tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes("Nom,Prénom\nMüller,Zoë \u2019s ok\n".encode("cp1252"))
    sheet = read_csv(path)
    assert sheet.headers == ["Nom", "Prénom"]
    assert sheet.rows == [(2, ["Müller", "Zoë \u2019s ok"])]


@pytest.mark.parametrize(("text", "delimiter"), [
    ("a,b;c,d\n1,2,3\n", ","), ("a;b;c\n", ";"), ("a\tb\tc\n", "\t"),
    ('"x,y";b\n', ";"), ("single\n", ","),
])
def test_the_delimiter_is_the_one_the_header_uses(text, delimiter):
    assert sniff_delimiter(text) == delimiter


def test_an_empty_file_is_refused_with_its_name(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_bytes(b"\xef\xbb\xbf\r\n\r\n")
    with pytest.raises(TableError, match=r"empty\.csv: the file is empty"):
        read_csv(path)


@pytest.mark.parametrize("text", ["=HYPERLINK(\"x\")", "+41 22", "-2", "@SUM(A1)", "\tx"])
def test_formula_looking_cells_are_neutralised(text, tmp_path):
    assert neutralise(text) == "'" + text
    path = tmp_path / "out.csv"
    write_csv(path, ["Notes"], [[text]])
    assert read_csv(path).rows == [(2, ["'" + text])]


def test_a_cell_quoted_by_its_author_keeps_its_quote_through_an_export(tmp_path):
    from consult_desktop.domain.participants import unquote

    path = tmp_path / "out.csv"
    write_csv(path, ["Notes"], [["'=x"], ["'t Hooft"]])
    assert [unquote(cells[0]) for _, cells in read_csv(path).rows] == ["'=x", "'t Hooft"]


def test_plain_cells_are_written_as_they_are_and_no_temporary_file_is_left(tmp_path):
    path = tmp_path / "out.csv"
    write_csv(path, ["Nom", "Notes"], [["Aydın", "a, b"]])
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert read_csv(path).rows == [(2, ["Aydın", "a, b"])]
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]
