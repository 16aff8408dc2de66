"""Importing and exporting a plan's participants: reads or writes the file, asks the
store, and leaves the deciding to `domain.participant_import`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from consult_desktop.domain.participant_import import ImportPlan, RowProblem, plan_import
from consult_desktop.domain.participants import COLUMNS, HEADERS, Person, to_cells
from consult_desktop.domain.phrases import Phrase, phrase
from consult_desktop.domain.plural import count
from consult_desktop.interchange.participants_csv import Sheet, TableError, read_csv, write_csv
from consult_desktop.store import participants_store as store

if TYPE_CHECKING:
    from consult_desktop.store.plan_file import PlanFile

SUFFIXES = (".csv", ".tsv", ".xlsx", ".xlsm")


def read_table(path: Path, sheet: str | None = None, encoding: str | None = None) -> Sheet:
    """The header and rows of a CSV or XLSX file, by its suffix; `sheet`: the
    workbook's sheet to read (default: the first whose header row is recognised);
    `encoding`: a CSV file's text encoding (default: found from its bytes)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        from consult_desktop.interchange.participants_xlsx import read_xlsx

        return read_xlsx(path, sheet)
    if suffix in (".csv", ".tsv"):
        if sheet is not None:
            raise TableError(f"{path}: a CSV file has no sheets (--sheet is for .xlsx files)")
        return read_csv(path, encoding)
    if not suffix:
        raise TableError(phrase("{path}: cannot import a file without suffix: save it as CSV"
                                " (.csv) or as an Excel workbook (.xlsx)", path=str(path)))
    raise TableError(phrase("{path}: cannot import a {suffix} file: save it as CSV (.csv) or"
                            " as an Excel workbook (.xlsx)", path=str(path), suffix=suffix))


def preview(plan_file: PlanFile, path: Path, sheet: str | None = None,
            defaults: Mapping[str, str] | None = None) -> ImportPlan:
    """What importing `path` would do, and every problem; nothing is written.
    `defaults`: field -> a value for the rows that leave it blank."""
    return Reading(plan_file, path, sheet).plan(defaults=defaults)


class Reading:
    """A file read once for the import window: its plan made again, without reading
    the file or the plan anew, when the user maps a column or gives a value for all
    rows; read again only when the encoding changes."""

    def __init__(self, plan_file: PlanFile, path: Path, sheet: str | None = None,
                 encoding: str | None = None) -> None:
        self.path = Path(path)
        self.table = read_table(self.path, sheet, encoding)
        with plan_file.read() as session:
            self.existing = store.load_people(session, plan_file.plan_id)

    @property
    def encoding(self) -> str | None:
        return self.table.encoding

    def reread(self, encoding: str) -> None:
        self.table = read_table(self.path, None, encoding)

    def plan(self, mapping: Mapping[int, str] | None = None,
             defaults: Mapping[str, str] | None = None) -> ImportPlan:
        return plan_import(self.table.headers, self.table.rows, self.existing, mapping,
                           defaults)


def format_problem(path: Path | str, problem: RowProblem) -> str:
    """"people.csv:4: Email: not an email address: 'x'", as the command line says it."""
    return str(problem_phrase(path, problem))


def problem_phrase(path: Path | str, problem: RowProblem) -> Phrase:
    """A row's problem with its file, row and column, for the window to say in its
    language (and `format_problem`, in English)."""
    return phrase("{path}:{row}: {column}: {problem}", path=path, row=problem.row,
                  column=problem.column, problem=problem.said)


@dataclass(frozen=True)
class Outcome:
    added: int
    updated: int
    unchanged: int
    skipped: int
    problems: list[str]
    written: bool = True
    notices: tuple[str, ...] = ()  # worth a look, imported all the same

    def summary(self) -> str:
        return (f"added {self.added}, updated {self.updated}, unchanged {self.unchanged},"
                f" skipped {self.skipped}")


def rows_for_export(people: Sequence[Person], columns: Sequence[str] = COLUMNS
                    ) -> list[list[str]]:
    result = []
    for person in people:
        cells = to_cells(person)
        result.append([str(cells[name]) for name in columns])
    return result


def write_people(path: Path, people: Sequence[Person], columns: Sequence[str] = COLUMNS) -> None:
    """Write people to CSV or XLSX by the suffix, with these columns in this order."""
    path = Path(path)
    headers = [HEADERS[name] for name in columns]
    if path.suffix.lower() == ".xlsx":
        from consult_desktop.interchange.participants_xlsx import write_xlsx

        write_xlsx(path, headers, typed_rows(people, columns))
    else:
        write_csv(path, headers, rows_for_export(people, columns))


TYPED = ("travel_requested", "travel_approved", "travel_amount")


def typed_rows(people: Sequence[Person], columns: Sequence[str] = COLUMNS
               ) -> list[list[object]]:
    """The rows of a workbook: yes/no as true/false, an amount as a number (an empty
    cell when there is none), every other column as the text of a CSV export."""
    result: list[list[object]] = []
    for person in people:
        cells = to_cells(person)
        result.append([getattr(person, name) if name in TYPED else cells[name]
                       for name in columns])
    return result


def export_people(plan_file: PlanFile, path: Path) -> str:
    """The `export` command's writer for .csv and .xlsx: every participant, every column."""
    with plan_file.read() as session:
        people = [person for _, person in store.load_people(session, plan_file.plan_id)]
    write_people(path, people)
    return f"wrote {count(len(people), 'participant')} to {path}"
