"""Importing participants from CSV and XLSX files of arbitrary rows: every problem
reported with its row and column and nothing written, or the people in the plan
exactly as the file gave them; exporting them and importing again gives the same
people, and importing a file twice adds nobody.

"Exactly as the file gave them" follows the importer's documented reading: a cell is
stripped of the spaces around it, and the quote an export puts before a cell that a
spreadsheet would take for a formula ("'=x") is taken off again. A CSV in Windows-1252
that happens to be valid UTF-8 too is read as UTF-8 (no program can tell), so the
Windows-1252 files here are those that are not. An XLSX file cannot hold the control
characters XML forbids, so the XLSX files here (and XLSX exports) do not hold them;
a carriage return may come back as a line feed (XML reads a raw one so; openpyxl now
escapes it and keeps it), so the round trip compares them as line feeds. The CSV
delimiter is the one the header line uses most, so headers here hold no delimiter of
their own.
"""

from __future__ import annotations

import csv
import io
import re

import pytest
from hypothesis import assume, event, given
from hypothesis import strategies as st
from sqlalchemy import delete

from consult_desktop.domain import countries, vocab
from consult_desktop.domain.participants import (
    FIELDS,
    HEADERS,
    SHARED_EMAILS,
    Person,
    read_amount,
    read_category,
    read_flag,
    read_status,
)
from consult_desktop.interchange import participants_csv, participants_xlsx
from consult_desktop.interchange.participants_io import export_people
from consult_desktop.services.participants import import_file
from consult_desktop.store import participants_store as store
from consult_desktop.store.models import Participant
from consult_desktop.store.plan_file import create_plan
from tests.property.limits import examples
from tests.property.strategies import amounts, unicode_text

FRENCH = {"honorific": "Civilité", "family_name": "Nom", "given_name": "Prénom",
          "function": "Fonction", "organisation": "Organisme", "country": "Pays",
          "category": "Catégorie", "status": "Statut", "email": "Courriel",
          "phone": "Téléphone", "travel_requested": "Voyage demandé",
          "travel_approved": "Voyage approuvé", "travel_amount": "Montant du voyage",
          "notes": "Remarques", "head_of_delegation": "Chef de délégation", "rank": "Rang",
          "family_name_latin": "Nom (latin)", "given_name_latin": "Prénom (latin)"}
TEXT_FIELDS = ("honorific", "family_name", "given_name", "function", "organisation",
               "phone", "notes", "family_name_latin", "given_name_latin")
FORMULA = ("=", "+", "-", "@", "\t", "\r")
XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

texts = unicode_text(max_size=40)
category_cells = st.sampled_from(
    [code for code, _ in vocab.PARTICIPANT_CATEGORIES]
    + [label for _, label in vocab.PARTICIPANT_CATEGORIES] + ["État membre", "ONG", "expert"])
status_cells = st.sampled_from(
    ["", *(label for _, label in vocab.PARTICIPANT_STATUSES), "inscrite", "Confirmé"])
country_cells = st.sampled_from(["", "KZ", "France", "Russie", "Türkiye", "united kingdom",
                                 "Côte d'Ivoire", "Belarus"])
flag_cells = st.sampled_from(["", "yes", "no", "oui", "non", "x", "TRUE"])
rank_cells = st.sampled_from(["", "1", "2", "12", " 3 "])
amount_cells = st.one_of(st.just(""), amounts(maximum=10**6).map(str),
                         amounts(maximum=10**6).map(lambda a: f"{a:,.2f}"))
emails = st.from_regex(r"\A[a-zà-ÿ0-9._%+-]{1,12}@[a-z0-9-]{1,10}\.[a-z]{2,4}\Z")


def cells_of(valid: bool, texts: st.SearchStrategy[str] = texts
             ) -> st.SearchStrategy[dict[str, str]]:
    """A row's cells by field: arbitrary text, and (when `valid`) choices that read."""
    pick = (lambda good: good) if valid else (lambda good: st.one_of(good, texts))
    return st.fixed_dictionaries({
        **{name: texts for name in TEXT_FIELDS},
        "category": pick(category_cells), "status": pick(status_cells),
        "country": pick(country_cells), "email": st.one_of(st.just(""), emails),
        "travel_requested": pick(flag_cells), "travel_approved": pick(flag_cells),
        "travel_amount": pick(amount_cells),
        "head_of_delegation": pick(flag_cells), "rank": pick(rank_cells),
    })


def tables_of(texts: st.SearchStrategy[str]) -> st.SearchStrategy[dict]:
    return st.fixed_dictionaries({
        "rows": st.lists(st.booleans().flatmap(lambda valid: cells_of(valid, texts)),
                         max_size=6),
        "fields": st.permutations(FIELDS),
        "french": st.booleans(),
        # A column the importer does not know (with no delimiter: see the notes).
        "extra": st.none() | texts.map(lambda text: re.sub("[,;\t]", "", text)),
    })


tables = tables_of(texts)
cp1252_texts = st.text(st.characters(codec="cp1252", exclude_categories=("Cs",)), max_size=30)


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    plan_file = create_plan(tmp_path_factory.mktemp("import") / "plan.consult", "Start")
    yield plan_file
    plan_file.close()


def _empty(plan_file) -> None:
    with plan_file.begin() as session:
        session.execute(delete(Participant.__table__))


def _people(plan_file) -> list[Person]:
    with plan_file.read() as session:
        people = store.load_people(session, plan_file.plan_id)
        return sorted((person for _, person in people), key=repr)


def _header_row(table: dict) -> list[str]:
    headers = [(FRENCH if table["french"] else HEADERS)[name] for name in table["fields"]]
    if table["extra"] is not None:
        headers.append(table["extra"])
    return headers


def _body_rows(table: dict) -> list[list[str]]:
    extra = [""] if table["extra"] is not None else []
    return [[row[name] for name in table["fields"]] + extra for row in table["rows"]]


def _as_read(cell: str) -> str:
    """A cell as the importer reads it (see the module's notes)."""
    if cell[:1] == "'" and cell[1:2] in FORMULA:
        cell = cell[1:]
    return cell.strip()


def expected_person(row: dict[str, str]) -> Person:
    """The person a row gives: its text cells as read; its coded cells by the domain's
    readers of categories, statuses, countries, flags and amounts (tested on their own)."""
    values: dict[str, object] = {name: _as_read(row[name]) for name in TEXT_FIELDS}
    values["category"] = read_category(_as_read(row["category"]))
    values["status"] = read_status(_as_read(row["status"])) if row["status"].strip() else (
        "invited")
    country = _as_read(row["country"])
    values["country"] = countries.lookup(country) if country else None
    values["email"] = _as_read(row["email"]) or None
    values["travel_requested"] = read_flag(_as_read(row["travel_requested"]))
    values["travel_approved"] = read_flag(_as_read(row["travel_approved"]))
    amount = _as_read(row["travel_amount"])
    values["travel_amount"] = read_amount(amount) if amount else None
    values["head_of_delegation"] = read_flag(_as_read(row["head_of_delegation"]))
    rank = _as_read(row["rank"])
    values["rank"] = int(rank) if rank else None
    return Person(**values)  # type: ignore[arg-type]


def write_table(path, table: dict, encoding: str, delimiter: str, quoting: int) -> None:
    rows = [_header_row(table), *_body_rows(table)]
    if path.suffix == ".xlsx":
        participants_xlsx.write_xlsx(path, rows[0], rows[1:])
        return
    stream = io.StringIO(newline="")
    csv.writer(stream, delimiter=delimiter, quoting=quoting).writerows(rows)
    path.write_bytes(stream.getvalue().encode(encoding))


def check_outcome(plan_file, path, table: dict, outcome) -> None:
    """Refused with every problem placed, nothing written; or each person exactly."""
    headers = _header_row(table)
    event("refused" if not outcome.written else "imported")
    if not outcome.written:
        assert outcome.problems and _people(plan_file) == []
        for problem in outcome.problems:
            where, row, column, message = re.fullmatch(
                r"(.*?):(\d+): (.*?): (.+)", problem, re.DOTALL).groups()
            assert where == str(path) and 2 <= int(row) <= len(table["rows"]) + 1, problem
            assert column in headers and message, problem
        return
    assert outcome.problems == [] and outcome.added == len(table["rows"])
    assert _people(plan_file) == sorted(expected_people(table["rows"]), key=repr)


def expected_people(rows: list[dict[str, str]]) -> list[Person]:
    """The people of imported rows: names decide who is who, so a row whose email an
    earlier row of other names has is another person; while the plan file holds each
    email once, that person is stored without it."""
    people, kept = [], set()
    for row in rows:
        person = expected_person(row)
        key = person.email.casefold() if person.email else None
        if key in kept and not SHARED_EMAILS:
            person = person._replace(email=None)
        elif key:
            kept.add(key)
        people.append(person)
    return people


@examples(300)
@given(tables, st.sampled_from((",", ";", "\t")), st.sampled_from(("utf-8", "utf-8-sig")),
       st.sampled_from((csv.QUOTE_MINIMAL, csv.QUOTE_ALL)))
def test_a_csv_file_is_refused_with_each_problem_placed_or_imported_exactly(
        plan, tmp_path_factory, table, delimiter, encoding, quoting):
    _empty(plan)
    path = tmp_path_factory.mktemp("csv") / "people.csv"
    write_table(path, table, encoding, delimiter, quoting)
    check_outcome(plan, path, table, import_file(plan, path))


@examples(100)
@given(tables_of(cp1252_texts), st.sampled_from((",", ";", "\t")))
def test_a_windows_1252_csv_file_reads_as_written(plan, tmp_path_factory, table, delimiter):
    rows = [_header_row(table), *_body_rows(table)]
    data = "".join(cell for row in rows for cell in row).encode("cp1252")
    try:
        data.decode("utf-8")
        assume(False)  # indistinguishable from UTF-8 (see the module's notes)
    except UnicodeDecodeError:
        pass
    _empty(plan)
    path = tmp_path_factory.mktemp("cp1252") / "people.csv"
    write_table(path, table, "cp1252", delimiter, csv.QUOTE_MINIMAL)
    check_outcome(plan, path, table, import_file(plan, path))


def _xlsx_safe(table: dict) -> dict:
    """The table as an XLSX file can hold it: no XML-forbidden control characters,
    and line ends as XML reads them."""
    def safe(cell: str) -> str:
        return XML_ILLEGAL.sub("", cell).replace("\r\n", "\n").replace("\r", "\n")

    rows = [{name: safe(cell) for name, cell in row.items()} for row in table["rows"]]
    extra = None if table["extra"] is None else safe(table["extra"])
    return {**table, "rows": rows, "extra": extra}


@examples(100)
@given(tables.map(_xlsx_safe))
def test_an_xlsx_file_is_refused_with_each_problem_placed_or_imported_exactly(
        plan, tmp_path_factory, table):
    _empty(plan)
    path = tmp_path_factory.mktemp("xlsx") / "people.xlsx"
    write_table(path, table, "", "", 0)
    check_outcome(plan, path, table, import_file(plan, path))


def _as_xlsx_holds(person: Person) -> Person:
    """A person as an XLSX file gives them back (see the module's notes)."""
    def held(text: str) -> str:
        return XML_ILLEGAL.sub("", text).replace("\r\n", "\n").replace("\r", "\n").strip()

    return person._replace(**{name: held(getattr(person, name)) for name in TEXT_FIELDS})


@examples(150)
@given(tables, st.sampled_from((".csv", ".xlsx")))
def test_export_then_import_gives_the_same_people_and_a_second_import_adds_nobody(
        plan, tmp_path_factory, table, suffix):
    folder = tmp_path_factory.mktemp("again")
    _empty(plan)
    source = folder / "source.csv"
    write_table(source, table, "utf-8", ",", csv.QUOTE_MINIMAL)
    if not import_file(plan, source).written:
        return
    people = _people(plan)
    exported = folder / f"people{suffix}"
    export_people(plan, exported)
    if suffix == ".csv":
        again = import_file(plan, exported)
        assert (again.added, again.updated, again.problems) == (0, 0, [])
        assert _people(plan) == people

    def held() -> list[Person]:
        """The people as the file holds them: an XLSX cell may give a carriage return
        back as a line feed, depending on the writer (see the module's notes)."""
        found = _people(plan)
        return found if suffix == ".csv" else sorted(map(_as_xlsx_holds, found), key=repr)

    if suffix == ".xlsx":
        people = sorted(map(_as_xlsx_holds, people), key=repr)
    _empty(plan)
    outcome = import_file(plan, exported)
    if not all(person.family_name for person in people):  # a name of control characters
        assert not outcome.written and _people(plan) == []
        return
    assert outcome.written and outcome.problems == [], outcome.problems
    assert held() == people
    again = import_file(plan, exported)
    assert (again.added, again.updated, again.problems) == (0, 0, [])
    assert held() == people


header_cells = st.one_of(st.sampled_from((*HEADERS.values(), *FRENCH.values())),
                         unicode_text(max_size=20).map(lambda t: re.sub("[,;\t\"]", "", t)))


@examples(300)
@given(st.lists(header_cells, min_size=2, max_size=5),
       st.lists(st.lists(unicode_text(max_size=30), max_size=5), max_size=6),
       st.sampled_from((",", ";", "\t")), st.booleans())
def test_the_csv_parser_gives_back_any_cells_written(headers, rows, delimiter, bom):
    """Whatever the cells under a header, the parser gives back the rows as written, or
    refuses the file with a message that names it (a table with no header row)."""
    assume(bom or not headers[0].startswith("\ufeff"))  # a file's first U+FEFF is a BOM
    stream = io.StringIO(newline="")
    csv.writer(stream, delimiter=delimiter).writerows([headers, *rows])
    data = stream.getvalue().encode("utf-8-sig" if bom else "utf-8")
    try:
        sheet = participants_csv.parse(participants_csv.decode(data), "people.csv")
    except participants_csv.TableError as error:
        assert str(error).startswith("people.csv:") and not "".join(headers).strip()
        return
    assert sheet.headers == [h.strip() for h in headers] or not "".join(headers).strip()
    if "".join(headers).strip():
        assert [(n, cells) for n, cells in sheet.rows] == list(enumerate(rows, start=2))
