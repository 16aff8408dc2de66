"""The command line: the same services as the window, no window.

Exit status: 0 success, 1 a problem found (one line each on stderr), 2 usage error.
Imports of the store wait until a command runs, so `--help` stays quick.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from consult_desktop import PLAN_SUFFIX, __version__, cli_letters, cli_server, cli_translations
from consult_desktop.cli_usage import Parser
from consult_desktop.domain.phrases import phrase
from consult_desktop.files import OutputError, check_output

if TYPE_CHECKING:
    from decimal import Decimal

    from consult_desktop.domain.documents import Identity as DocumentIdentity
    from consult_desktop.services.printables import Printable
    from consult_desktop.store.budget_queries import OptionBudget
    from consult_desktop.store.plan_file import PlanFile

PROG = "consult-desktop"


class CommandError(Exception):
    """A problem to report in one line on stderr, with exit status 1."""


def cmd_demo(args: argparse.Namespace) -> int:
    from consult_desktop.store.demo import write_demo

    write_demo(args.plan, overwrite=args.force).close()
    print(f"wrote the demo plan to {args.plan}")
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    from consult_desktop.store.plan_file import create_plan

    if args.source is not None:
        return _new_from(args)
    if args.shift_to is not None or args.with_participants:
        raise CommandError("--shift-to and --with-participants need --from OLD")
    if not args.title.strip():
        raise CommandError("the title must not be empty")
    create_plan(args.plan, args.title.strip()).close()
    print(f"created {args.plan}")
    return 0


def _new_from(args: argparse.Namespace) -> int:
    """A new plan from an earlier one: what is copied, what is left, what to check."""
    from consult_desktop.services import new_plan
    from consult_desktop.store.address import ServerAddress
    from consult_desktop.store.opening import open_plan

    if isinstance(args.plan, ServerAddress):
        raise CommandError(f"{args.plan.url()}: a new plan is made as a file; upload it then")
    source = open_plan(args.source)
    try:
        outline = new_plan.create(source, args.plan, args.shift_to, args.with_participants)
    except ValueError as error:
        raise CommandError(f"{args.source}: {error}") from None
    finally:
        source.close()
    print(f"created {args.plan} from {args.source}")
    print(f"Meeting days: {outline.old_days} -> {outline.new_days}")
    print("Copied:")
    for line in outline.copied:
        print(f"  {line}")
    for name, total in outline.totals:
        print(f"  {name}: {total}")
    if outline.left:
        print("Not copied:")
        for line in outline.left:
            print(f"  {line}")
    for line in outline.warnings:
        print(f"{PROG}: check: {line}", file=sys.stderr)
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from consult_desktop.domain.dates import date_range
    from consult_desktop.domain.money import format_amount
    from consult_desktop.store.opening import open_plan
    from consult_desktop.store.print_data import meeting
    from consult_desktop.store.queries import plan_summary

    plan_file = open_plan(args.plan)
    try:
        with plan_file.read() as session:
            summary = plan_summary(session)
            days = meeting(session, plan_file.plan_id)
    finally:
        plan_file.close()
    if plan_file.read_only:
        print(f"{PROG}: note: {args.plan} opened read-only: {plan_file.notice}", file=sys.stderr)
    print(f"Title: {summary.title}")
    print(f"Options: {len(summary.options)}")
    for option in summary.options:
        total = format_amount(option.total, summary.currency)
        print(f"  ({option.label}) {option.title} [{option.status}]: {total}")
    print(f"Participants: {summary.participants}")
    print(f"Agenda items: {summary.agenda_items}")
    print(f"Milestones: {summary.milestones}")
    print(f"Meeting days: {date_range(days.start_date, days.end_date) or '-'}")
    print(f"Schema version: {summary.revision}")
    return 0


# Writers of `export PLAN OUT`, chosen by OUT's suffix (".csv", ".xlsx", ".ics"...).
# Each takes the open plan file and the output path, writes the file whole, and returns
# a one-line summary. Later features add their entry here.
Exporter = Callable[["PlanFile", Path], str]
EXPORTERS: dict[str, Callable[[], Exporter]] = {}


def _ics_exporter() -> Exporter:
    from consult_desktop.interchange.ics import export

    def run(plan_file: PlanFile, out: Path) -> str:
        try:
            return export(plan_file, out)
        except ValueError as error:
            raise CommandError(f"{out}: {error}") from None

    return run


EXPORTERS[".ics"] = _ics_exporter


def _participants_exporter() -> Exporter:
    from consult_desktop.interchange.participants_io import export_people

    return export_people


EXPORTERS[".csv"] = _participants_exporter
EXPORTERS[".xlsx"] = _participants_exporter

# Checks of `check PLAN`: each takes the open plan file and returns one line per problem.
Check = Callable[["PlanFile"], list[str]]
CHECKS: list[Callable[[], Check]] = []


def _agenda_check() -> Check:
    from consult_desktop.services.agenda import problems

    return problems


CHECKS.append(_agenda_check)


def _timeline_check() -> Check:
    """Deadlines and dates: outcome due before the meeting ends, overdue milestones,
    document deadlines already missed. Today is the computer's date."""
    import datetime as dt

    from consult_desktop.services.timeline import problems

    return lambda plan_file: problems(plan_file, dt.date.today())


CHECKS.append(_timeline_check)


def _money_check() -> Check:
    """Budget lines without their rate of exchange, travellers whose trip cannot be
    costed or whose recorded amount today's rates change."""
    from consult_desktop.services.budget import problems

    return problems


CHECKS.append(_money_check)


def _documents_check() -> Check:
    """The list of documents: submission deadlines passed with the document not
    submitted, French or Russian versions missing at the distribution deadline."""
    import datetime as dt

    from consult_desktop.services.document_list import problems

    return lambda plan_file: problems(plan_file, dt.date.today())


CHECKS.append(_documents_check)


def cmd_export(args: argparse.Namespace) -> int:
    from consult_desktop.store.opening import open_plan

    suffix = args.out.suffix.lower()
    if suffix not in EXPORTERS:
        known = ", ".join(sorted(EXPORTERS)) or "none yet"
        raise CommandError(f"{args.out}: cannot export to {suffix or 'a file without suffix'}"
                           f" (known: {known})")
    check_output(args.out, list(EXPORTERS), reading=[args.plan])
    plan_file = open_plan(args.plan)
    try:
        print(EXPORTERS[suffix]()(plan_file, args.out))
    finally:
        plan_file.close()
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from consult_desktop.store.opening import open_plan

    if args.lang is not None:
        return cli_translations.check_language(args)

    plan_file = open_plan(args.plan)
    try:
        problems = [line for make in CHECKS for line in make()(plan_file)]
    finally:
        plan_file.close()
    for line in problems:
        print(line)
    if not problems:
        print("no problems found")
    return 1 if problems else 0


def cmd_budget(args: argparse.Namespace) -> int:
    """One option's budget (lines, category totals, PSC, total), or with no option the
    options side by side; figures from the same query as the Budget tab's. With
    --format xlsx, a workbook of live formulas; with --import, lines from a file."""
    from consult_desktop.services.options import options
    from consult_desktop.store.opening import open_plan

    if args.import_file is not None:
        return _budget_import(args)
    if args.format == "xlsx":
        return _budget_xlsx(args)
    if args.out is not None:
        raise CommandError("-o/--out writes a workbook: add --format xlsx")
    plan_file = open_plan(args.plan)
    try:
        found = options(plan_file)
        compared, currency = found.compared, found.currency
    finally:
        plan_file.close()
    if args.option is not None:
        label = args.option.strip("() ")
        chosen = [c for c in compared if c.option.label == label]
        if not chosen:
            from consult_desktop.domain.vocab import no_such

            known = [c.option.label for c in compared]
            raise CommandError(f"{args.plan}: {no_such('option', label, known)}")
        tables = _option_tables(chosen[0], currency, args.format == "csv")
    else:
        tables = _options_tables(compared, currency, args.format == "csv")
    for number, table in enumerate(tables):
        if number:
            print()
        _print_table(table, args.format)
    return 0


def _budget_xlsx(args: argparse.Namespace) -> int:
    from consult_desktop.interchange.budget_xlsx import ExportError
    from consult_desktop.services.budget import export_xlsx
    from consult_desktop.store.opening import open_plan

    if args.out is None:
        raise CommandError("--format xlsx needs -o FILE.xlsx")
    check_output(args.out, [".xlsx"], reading=[args.plan], what=phrase("an Excel workbook"))
    label = None if args.option is None else args.option.strip("() ")
    plan_file = open_plan(args.plan)
    try:
        print(export_xlsx(plan_file, args.out, label))
    except ExportError as error:
        raise CommandError(f"{args.plan}: {error}") from None
    except LookupError:
        from consult_desktop.domain.vocab import no_such
        from consult_desktop.services.options import labels

        known = [found for found, _ in labels(plan_file)]
        raise CommandError(f"{args.plan}: {no_such('option', label or '', known)}") from None
    finally:
        plan_file.close()
    return 0


def _budget_import(args: argparse.Namespace) -> int:
    """Lines from a CSV or XLSX file into one option: every row checked, all or none."""
    from consult_desktop.domain.budget_input import LINE_COLUMNS
    from consult_desktop.interchange.budget_tables import read_file
    from consult_desktop.interchange.participants_csv import TableError
    from consult_desktop.services import budget as money
    from consult_desktop.services.edits import Refused, run
    from consult_desktop.services.options import options
    from consult_desktop.store.opening import open_plan

    if args.option is None:
        raise CommandError("--import needs --option LABEL: the option the lines go to")
    label = args.option.strip("() ")
    plan_file = open_plan(args.plan)
    try:
        chosen = [c.option for c in options(plan_file).compared if c.option.label == label]
        if not chosen:
            from consult_desktop.domain.vocab import no_such

            known = [c.option.label for c in options(plan_file).compared]
            raise CommandError(f"{args.plan}: {no_such('option', label, known)}")
        try:
            table = read_file(args.import_file, LINE_COLUMNS)
        except TableError as error:
            raise CommandError(str(error)) from None
        lines, problems = money.read_lines(plan_file, table)
        if problems:
            for line in problems:
                print(line, file=sys.stderr)
            print(f"{PROG}: nothing imported ({len(problems)} problem"
                  f"{'' if len(problems) == 1 else 's'})", file=sys.stderr)
            return 1
        if not lines:
            raise CommandError(f"{table.where}: no budget lines under the header row")
        try:
            run(plan_file, money.ImportLines(chosen[0].id, lines))
        except Refused as error:
            raise CommandError(f"{args.plan}: {error}") from None
    finally:
        plan_file.close()
    print(f"added {len(lines)} budget line{'' if len(lines) == 1 else 's'} to option"
          f" ({label})")
    return 0


def cmd_rates(args: argparse.Namespace) -> int:
    """Import a DSA table or the rates of exchange; without an import, list them."""
    from consult_desktop.domain.dates import month_and_year
    from consult_desktop.domain.money import format_amount
    from consult_desktop.interchange.participants_csv import TableError
    from consult_desktop.services import budget as money
    from consult_desktop.services.edits import Refused, run
    from consult_desktop.store.opening import open_plan

    plan_file = open_plan(args.plan)
    try:
        for kind, path in (("dsa", args.import_dsa), ("exchange", args.import_exchange)):
            if path is None:
                continue
            try:
                edit, problems = money.import_rates(plan_file, kind, path)
            except TableError as error:
                raise CommandError(str(error)) from None
            if edit is None:
                for line in problems:
                    print(line, file=sys.stderr)
                print(f"{PROG}: nothing imported from {path}", file=sys.stderr)
                return 1
            try:
                run(plan_file, edit)
            except Refused as error:
                raise CommandError(f"{args.plan}: {error}") from None
            print(f"{str(edit.text).lower().replace('import', 'imported')} from {path}"
                  f" ({edit.added} new)")
        if args.dsa_location is not None:
            from consult_desktop.services.plan import EditPlanDetails, details

            run(plan_file, EditPlanDetails(details(plan_file),
                                           {"dsa_location": args.dsa_location.strip()}))
            print(f"travellers get the DSA of {args.dsa_location.strip() or 'the venue'}")
        if args.import_dsa is None and args.import_exchange is None \
                and args.dsa_location is None:
            dsa, exchange = money.rate_tables(plan_file)
            _print_table([["Country", "Location", "DSA (USD a night)", "Effective"],
                          *([c, loc, format_amount(r, "USD"), e.isoformat()]
                            for c, loc, r, e in dsa)], "text")
            print()
            _print_table([["Currency", "Month", "Units per USD"],
                          *([c, month_and_year(m), f"{u.normalize():f}"]
                            for c, m, u in exchange)], "text")
    finally:
        plan_file.close()
    return 0


def cmd_travel(args: argparse.Namespace) -> int:
    """The travel table: each traveller's ticket, nights, DSA, terminal expenses and
    travel support, and the sum the participants' travel line follows."""
    from consult_desktop.services.budget import travel
    from consult_desktop.store.opening import open_plan

    plan_file = open_plan(args.plan)
    try:
        table = travel(plan_file)
    finally:
        plan_file.close()
    setting = table.setting
    money = _money_text(args.format == "csv", setting.currency)
    usd = _money_text(args.format == "csv", "USD")
    rows = [["Traveller", "Approved", "Ticket", "Nights", "DSA (USD)", "Subsistence",
             "Terminal", "Travel support", "Problem"]]
    for t in table.travellers:
        trip = t.trip
        rows.append([t.titled(), "yes" if t.approved else "no", money(t.ticket),
                     "" if trip is None else str(trip.nights), usd(t.dsa_usd),
                     "" if trip is None else money(trip.subsistence), money(t.terminal),
                     money(t.amount), t.problem])
    rows.append(["Approved travellers", str(len(table.approved)), "", "", "", "", "",
                 money(table.total), ""])
    if args.format != "csv":
        where = setting.location or "no DSA location"
        nights = "-" if setting.nights is None else str(setting.nights)
        print(f"DSA location: {where}; nights: {nights} (arrival the day before)")
    _print_table(rows, args.format)
    return 0


def _money_text(csv: bool, currency: str) -> Callable[[Decimal | None], str]:
    from consult_desktop.domain.money import format_amount

    def text(value: Decimal | None) -> str:
        if value is None:
            return ""
        return str(value) if csv else format_amount(value, currency)
    return text


def _option_tables(option: OptionBudget, currency: str, csv: bool) -> list[list[list[str]]]:
    """The lines, then the totals."""
    from consult_desktop.domain import vocab

    money = _money_text(csv, currency)
    label = lambda code: vocab.label(vocab.BUDGET_CATEGORIES, code)  # noqa: E731
    from consult_desktop.domain.dates import month_and_year
    from consult_desktop.domain.money import format_amount

    foreign = any(line.foreign for line in option.lines)
    lines = [["Category", "Description", "Quantity", "Unit", "Unit cost", "Days/multiplier",
              "Funding source", "PSC", "Amount", "Actual"]]
    if foreign:  # both amounts of a line in another currency, and its rate
        lines[0][8:8] = ["Amount (own currency)", "Rate month", "Units per USD"]
    for line in option.lines:
        quantity, unit_cost, multiplier = line.counted
        own = _money_text(csv, line.currency)
        row = [label(line.category), line.description, f"{quantity.normalize():f}",
               vocab.label(vocab.BUDGET_UNITS, line.unit),
               own(unit_cost) if line.foreign and csv else
               format_amount(unit_cost, line.currency, style="code") if line.foreign
               else money(unit_cost),
               f"{multiplier.normalize():f}", line.source,
               "yes" if line.psc_applies else "no",
               "no rate" if line.rate_problem else money(line.amount), money(line.actual)]
        if foreign:
            shown = (format_amount(line.own_amount, line.currency, style="code")
                     if not csv else str(line.own_amount)) if line.foreign else ""
            month = month_and_year(line.rate_month) if line.foreign and line.rate_month else ""
            units = (f"{line.per_usd.normalize():f}" if line.foreign and line.per_usd
                     and not line.rate_problem else "")
            row[8:8] = [shown, month, units]
        lines.append(row)
    totals = option.totals
    summary = [[f"({option.option.label}) {option.option.title}", "Amount"]]
    summary += [[label(code), money(amount)] for code, amount in totals.by_category.items()]
    summary += [["Subtotal", money(totals.subtotal)],
                ["Programme support costs", money(totals.psc)],
                ["Total", money(totals.total)]]
    if any(line.actual is not None for line in option.lines):
        summary += [["Actual", money(totals.actual)],
                    ["Variance (total less actual)", money(totals.variance)]]
    return [lines, summary]


def _options_tables(compared: list[OptionBudget], currency: str,
                    csv: bool) -> list[list[list[str]]]:
    """The options' titles, then their figures side by side."""
    from consult_desktop.domain import vocab

    money = _money_text(csv, currency)
    titles = [["Option", "Title"], *([f"({c.option.label})", c.option.title] for c in compared)]
    rows = [["", *(f"({c.option.label})" for c in compared)]]
    for code, name in vocab.BUDGET_CATEGORIES:
        if any(code in c.totals.by_category for c in compared):
            rows.append([name, *(money(c.totals.by_category.get(code)) for c in compared)])
    for name, value in (("Subtotal", lambda c: c.totals.subtotal),
                        ("Programme support costs", lambda c: c.totals.psc),
                        ("Total", lambda c: c.totals.total),
                        ("Cost per participant", lambda c: c.cost_per_participant),
                        ("Not yet funded", lambda c: c.totals.unfunded)):
        rows.append([name, *(money(value(c)) for c in compared)])
    return [titles, rows]


def _print_table(rows: list[list[str]], form: str) -> None:
    if form == "csv":
        import csv

        csv.writer(sys.stdout, lineterminator="\n").writerows(rows)
        return
    widths = [max(len(row[n]) for row in rows) for n in range(len(rows[0]))]
    for row in rows:
        cells = [cell.ljust(w) if n == 0 or not _is_figure(cell) else cell.rjust(w)
                 for n, (cell, w) in enumerate(zip(row, widths, strict=True))]
        print("  ".join(cells).rstrip())


def _is_figure(cell: str) -> bool:
    return bool(cell) and (cell[0].isdigit() or cell[0] in "$€£-" or cell[-1].isdigit())


def cmd_import(args: argparse.Namespace) -> int:
    from consult_desktop.interchange.participants_csv import TableError
    from consult_desktop.services.edits import Refused
    from consult_desktop.services.participants import import_file
    from consult_desktop.store.opening import open_plan

    plan_file = open_plan(args.plan)
    try:
        outcome = import_file(plan_file, args.file, skip_invalid=args.skip_invalid,
                              sheet=args.sheet, defaults={"category": args.category or ""})
    except (TableError, Refused) as error:
        raise CommandError(str(error)) from None
    finally:
        plan_file.close()
    for line in (*outcome.problems, *outcome.notices):
        print(line, file=sys.stderr)
    if not outcome.written:
        print(f"{PROG}: nothing imported ({len(outcome.problems)} problems)", file=sys.stderr)
        return 1
    print(outcome.summary())
    return 0


def cmd_print(args: argparse.Namespace) -> int:
    from consult_desktop.printing import write_pdf
    from consult_desktop.services import printables
    from consult_desktop.services.budget import problems as budget_problems
    from consult_desktop.store.opening import open_plan

    check_output(args.out, [".pdf", ".docx"], reading=[args.plan],
                 what=phrase("a PDF or Word file"))
    plan_file = open_plan(args.plan)
    try:
        output = "docx" if args.out.suffix.lower() == ".docx" else "pdf"
        pdf = printables.make(plan_file, args.document.id, output,
                              printables.Choices(option=args.option, contacts=args.contacts,
                                                 people=args.people,
                                                 lang=args.lang))
        unconverted = [] if args.document.id not in ("budget", "options_note", "pack") else [
            line for line in budget_problems(plan_file) if line.startswith("budget (")]
    except ValueError as error:
        raise CommandError(str(error)) from None
    finally:
        plan_file.close()
    for line in unconverted:  # printed as nil: say so
        print(f"{PROG}: note: {line}; it is not counted in the printed totals",
              file=sys.stderr)
    write_pdf(pdf, args.out)
    print(f"wrote the {args.document.name} to {args.out} ({len(pdf) // 1024 + 1} KB)")
    return 0


def cmd_documents(args: argparse.Namespace) -> int:
    """List the documents' identities, or set one document's."""
    from consult_desktop.services import documents
    from consult_desktop.store.opening import open_plan

    changes = {"symbol": args.symbol, "issued": args.date, "distribution": args.distribution,
               "original_language": args.original, "agenda_item": args.item,
               "considered_at": args.meeting}
    asked = {name: value for name, value in changes.items() if value is not None}
    if asked and args.document is None:
        raise CommandError("name the DOCUMENT to change (e.g. agenda)")
    if args.import_file is not None or (args.document is None and not args.identities):
        return _document_list(args)
    plan_file = open_plan(args.plan)
    try:
        if args.document is None:
            found = documents.identities(plan_file)
        elif asked:
            if plan_file.read_only:
                raise CommandError(f"{args.plan} is read-only: {plan_file.notice}")
            found = [documents.set_identity(plan_file, args.document, **asked)]
        else:
            found = [documents.identity(plan_file, args.document)]
    except ValueError as error:
        raise CommandError(str(error)) from None
    finally:
        plan_file.close()
    for one in found:
        _print_identity(one)
    return 0


def _document_list(args: argparse.Namespace) -> int:
    """`documents PLAN`: every document of the session; with --import, add or update
    documents from a table, all rows or none."""
    from consult_desktop.domain import vocab
    from consult_desktop.domain.dates import short_date
    from consult_desktop.interchange.participants_csv import TableError
    from consult_desktop.services import document_list
    from consult_desktop.services.edits import Refused
    from consult_desktop.store.opening import open_plan

    plan_file = open_plan(args.plan)
    try:
        if args.import_file is not None:
            if plan_file.read_only:
                raise CommandError(f"{args.plan} is read-only: {plan_file.notice}")
            try:
                outcome = document_list.import_file(plan_file, args.import_file)
            except (TableError, Refused) as error:
                raise CommandError(str(error)) from None
            for line in outcome.problems:
                print(line, file=sys.stderr)
            if not outcome.written:
                print(f"{PROG}: nothing imported ({len(outcome.problems)} problems)",
                      file=sys.stderr)
                return 1
            print(outcome.summary())
            return 0
        found = document_list.entries(plan_file)
    finally:
        plan_file.close()

    def day(value: dt.date | None) -> str:
        return short_date(value) if value else ""

    rows = [["Symbol", "Title", "Type", "Item", "Words", "Languages", "Available",
             "Deadline", "Status"]]
    for entry in found:
        status = vocab.label(vocab.DOCUMENT_STATUSES, entry.status)
        when = entry.status_date()
        rows.append([entry.symbol or "-", entry.title,
                     vocab.label(vocab.DOCUMENT_TYPES, entry.doc_type), entry.agenda_item,
                     f"{entry.words:,}" if entry.words is not None else "",
                     "/".join(entry.languages), "/".join(entry.available) or "-",
                     day(entry.deadline) + ("" if entry.deadline_set else " (rule)"
                                            if entry.deadline else ""),
                     f"{status} {day(when)}".strip()])
    _print_table(rows, "text")
    return 0


def cmd_menu_entry(args: argparse.Namespace) -> int:
    from consult_desktop.desktop_entry import command

    return command(args)


def _print_identity(identity: DocumentIdentity) -> None:
    from consult_desktop.domain import vocab

    default = " (default)"
    issued = identity.issued.isoformat() if identity.issued else "-"
    print(f"{identity.kind.replace('_', '-')}: {identity.title}")
    print(f"  symbol: {identity.symbol or '-'}{'' if identity.symbol_set else default}")
    print(f"  date of issue: {issued}{'' if identity.issued_set else default}")
    print(f"  distribution: {vocab.label(vocab.DISTRIBUTIONS, identity.distribution)}")
    print(f"  original: {identity.original_language}")
    if identity.considered_at:
        print(f"  considered at: {identity.considered_at}")
    if identity.agenda_item:
        print(f"  agenda item: {identity.agenda_item}")


def cmd_agenda(args: argparse.Namespace) -> int:
    from consult_desktop.cli_agenda import run

    return run(args)


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date YYYY-MM-DD") from None


def _printable(text: str) -> Printable:
    from consult_desktop.services.printables import printable

    try:
        return printable(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _plan_path(text: str) -> Path:  # or a plan on a server (cli_server)
    return cli_server.plan_address(text)  # type: ignore[return-value]


COMMANDS: dict[str, tuple[str, Callable[[argparse.Namespace], int]]] = {
    "demo": ("write the demo plan to a file", cmd_demo),
    "new": ("create an empty plan", cmd_new),
    "info": ("print what a plan holds", cmd_info),
    "export": ("write part of a plan to a file, by the file's suffix", cmd_export),
    "check": ("list every problem found in a plan", cmd_check),
    "agenda": ("print the agenda day by day, and its clashes", cmd_agenda),
    "budget": ("print an option's budget, or the options side by side", cmd_budget),
    "import": ("add or update participants from a CSV or XLSX file", cmd_import),
    "rates": ("import a DSA table or rates of exchange, or list them", cmd_rates),
    "travel": ("print each traveller's ticket, nights, DSA and travel support", cmd_travel),
    "print": ("print a document of the plan to a PDF file", cmd_print),
    "documents": ("list the documents of the session, import them, or set a printed "
                  "document's identity",
                  cmd_documents),
    "menu-entry": ("add the program to the desktop's menu (Linux), or --remove it",
                   cmd_menu_entry),
    "letters": (cli_letters.HELP, lambda args: cli_letters.cmd_letters(args, CommandError)),
}
COMMANDS.update(cli_server.COMMANDS)
COMMANDS.update(cli_translations.COMMANDS)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog=PROG,
        description="Plan an intergovernmental consultation meeting. With no command, or "
        f"with a {PLAN_SUFFIX} file, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, (help_text, _) in COMMANDS.items():
        sub = commands.add_parser(name, help=help_text, description=help_text)
        if name == "menu-entry":
            sub.add_argument("--remove", action="store_true", help="remove the entry")
            continue
        if name in cli_server.COMMANDS:
            cli_server.add_arguments(name, sub)
            continue
        sub.add_argument("plan", type=_plan_path, metavar="PLAN", help="the plan file")
        if name == "demo":
            sub.add_argument("--force", action="store_true", help="overwrite an existing file")
        elif name == "new":
            given = sub.add_mutually_exclusive_group(required=True)
            given.add_argument("--title", help="the plan's title (an empty plan)")
            given.add_argument("--from", dest="source", type=_plan_path, metavar="OLD",
                             help="start from an earlier plan: its details, options and "
                             "budgets, agenda, milestones, deadline rules and documents")
            sub.add_argument("--shift-to", type=_iso_date, metavar="YYYY-MM-DD",
                             help="with --from: the new meeting's first day; every date "
                             "moves by as many days")
            sub.add_argument("--with-participants", action="store_true",
                             help="with --from: bring the participants too, invited again")
        elif name == "export":
            sub.add_argument("out", type=Path, metavar="OUT", help="the file to write")
        elif name == "print":
            _print_arguments(sub)
        elif name == "import":
            sub.add_argument("file", type=Path, metavar="FILE", help="a .csv or .xlsx file")
            sub.add_argument("--skip-invalid", action="store_true",
                             help="import the valid rows, skip the others")
            sub.add_argument("--sheet", metavar="NAME", help="the workbook's sheet to read"
                             " (default: the first whose header row is recognised)")
            sub.add_argument("--category", metavar="CATEGORY", help="the category of rows"
                             " without one, e.g. \"Member State\"")
        elif name == "documents":
            _documents_arguments(sub)
        elif name == "letters":
            cli_letters.add_arguments(sub)
        elif name == "translations":
            cli_translations.add_arguments(sub)
        elif name == "check":
            sub.add_argument("--lang", choices=cli_translations.LANGUAGES,
                             help="list instead each text with no version in LANG")
        elif name == "budget":
            sub.add_argument("--option", metavar="LABEL", help="the option's label, e.g. a")
            sub.add_argument("--format", choices=("text", "csv", "xlsx"), default="text",
                             help="xlsx: a workbook of live formulas (with -o FILE.xlsx)")
            sub.add_argument("-o", "--out", type=Path, metavar="FILE.xlsx",
                             help="the workbook to write (with --format xlsx)")
            sub.add_argument("--import", dest="import_file", type=Path, metavar="FILE",
                             help="add lines to --option from a .csv or .xlsx file (columns"
                             " Category, Description, Quantity, Unit, Unit cost, Currency,"
                             " Days, Funding source); all rows or none")
        elif name == "rates":
            sub.add_argument("--import-dsa", type=Path, metavar="FILE",
                             help="a DSA table, .csv or .xlsx (country, location, rate in"
                             " USD, effective date)")
            sub.add_argument("--import-exchange", type=Path, metavar="FILE",
                             help="UN operational rates of exchange, .csv or .xlsx (currency,"
                             " month, units per USD)")
            sub.add_argument("--dsa-location", metavar="NAME",
                             help="the DSA table's location the travellers get, e.g. Geneva"
                             " (\"\": the one the venue names)")
        elif name == "travel":
            sub.add_argument("--format", choices=("text", "csv"), default="text")
    return parser


def _documents_arguments(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("document", nargs="?", metavar="DOCUMENT",
                     help="agenda, participants, budget, options-note, summary, documents "
                     "or pack: its identity (left out: the list of documents)")
    sub.add_argument("--import", dest="import_file", type=Path, metavar="FILE",
                     help="add or update documents written elsewhere from a .csv or .xlsx "
                     "file (columns Symbol, Title, Type, Item, Words, Languages, Status; "
                     "Author, Available, Deadline, Date when given): all rows or none")
    sub.add_argument("--identities", action="store_true",
                     help="every printed document's identity instead of the list")
    sub.add_argument("--symbol", help="the document symbol, e.g. ECE/EX/2017/L.8 "
                     "(empty: the default from the plan's prefix)")
    sub.add_argument("--date", type=_iso_date, metavar="YYYY-MM-DD", help="the date of issue")
    sub.add_argument("--distribution", metavar="general|limited|restricted|informal")
    sub.add_argument("--original", metavar="LANGUAGE",
                     help='the original language line, e.g. "English" or "English only"')
    sub.add_argument("--item", metavar="N",
                     help="the item of the provisional agenda that considers it")
    sub.add_argument("--meeting", metavar="TEXT",
                     help="the meeting that considers it when not this plan's own, e.g. "
                     '"Ninety-first meeting, Geneva, 20 March 2017" (empty: the plan\'s)')


def _print_arguments(sub: argparse.ArgumentParser) -> None:
    from consult_desktop.services import printables

    sub.add_argument("document", type=_printable, metavar="DOCUMENT",
                     help=f"one of {', '.join(printables.names())}")
    sub.add_argument("-o", "--out", type=Path, required=True, metavar="OUT.pdf",
                     help="the file to write: PDF, or Word when it ends in .docx")
    sub.add_argument("--option", metavar="LABEL",
                     help="the budget of this option only (default: all side by side)")
    sub.add_argument("--contacts", action="store_true",
                     help="include e-mail and telephone in the list of participants "
                     "(personal data: off by default)")
    sub.add_argument("--people", action="store_true",
                     help="name each item's chair and speakers in the agenda (off by default)")
    sub.add_argument("--lang", choices=printables.LANGUAGES, default="en",
                     help="the language version to print (default: en)")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from sqlalchemy.exc import SQLAlchemyError

    from consult_desktop.store.plan_file import PlanFileError

    try:
        return _run_asking_password(args)
    except (CommandError, PlanFileError, OutputError) as error:
        print(f"{PROG}: {_one_line(str(error))}", file=sys.stderr)
        return 1
    except OSError as error:
        where = f"{error.filename}: " if error.filename else ""
        print(f"{PROG}: {_one_line(f'{where}{error.strerror or error}')}", file=sys.stderr)
        return 1
    except SQLAlchemyError as error:  # the file changed under us: say so, no traceback
        reason = str(getattr(error, "orig", None) or error).splitlines()[0]
        message = f"{args.plan}: the plan could not be read ({reason})"
        print(f"{PROG}: {_one_line(message)}", file=sys.stderr)
        return 1


def _run_asking_password(args: argparse.Namespace, tries: int = 3) -> int:
    """Run the command; when a server asks for a password libpq found nowhere, ask for
    it at the terminal (never echoed, never stored) and run it again. Without a
    terminal (a script), the refusal stands: give it in ~/.pgpass or a service file."""
    from consult_desktop.store.server_plan import PasswordNeeded, remember_password

    asked = 0
    while True:
        try:
            return int(COMMANDS[args.command][1](args))
        except PasswordNeeded as needed:  # at connecting: nothing was read or written
            if asked == tries or not sys.stdin.isatty():
                raise
            import getpass

            asked += 1
            remember_password(needed.address,
                              getpass.getpass(f"Password for {needed.address.server()}: "))


def _one_line(message: str) -> str:
    """A message on one line: line breaks and other control characters in it (a file
    name may hold them) are shown escaped."""
    import unicodedata

    return "".join(
        ch.encode("unicode_escape").decode("ascii")
        if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch
        for ch in message
    )


def is_command(argv: Sequence[str]) -> bool:
    """Whether these arguments ask for the command line rather than the window."""
    return bool(argv) and (argv[0] in COMMANDS or argv[0].startswith("-"))
