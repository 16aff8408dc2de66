"""The command line: the same services as the window, no window.

Exit status: 0 success, 1 a problem found (one line each on stderr), 2 usage error.
Imports of the store wait until a command runs, so `--help` stays quick.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from consult_desktop import PLAN_SUFFIX, __version__

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

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

    if not args.title.strip():
        raise CommandError("the title must not be empty")
    create_plan(args.plan, args.title.strip()).close()
    print(f"created {args.plan}")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from consult_desktop.domain.money import format_amount
    from consult_desktop.store.plan_file import open_plan
    from consult_desktop.store.queries import plan_summary

    plan_file = open_plan(args.plan)
    try:
        with plan_file.read() as session:
            summary = plan_summary(session)
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
    print(f"Schema version: {summary.revision}")
    return 0


# Writers of `export PLAN OUT`, chosen by OUT's suffix (".csv", ".xlsx", ".ics"...).
# Each takes the open plan file and the output path, writes the file whole, and returns
# a one-line summary. Later features add their entry here.
Exporter = Callable[["PlanFile", Path], str]
EXPORTERS: dict[str, Callable[[], Exporter]] = {}

# Checks of `check PLAN`: each takes a read Session and returns one line per problem.
Check = Callable[["Session"], list[str]]
CHECKS: list[Callable[[], Check]] = []


def cmd_export(args: argparse.Namespace) -> int:
    from consult_desktop.store.plan_file import open_plan

    suffix = args.out.suffix.lower()
    if suffix not in EXPORTERS:
        known = ", ".join(sorted(EXPORTERS)) or "none yet"
        raise CommandError(f"{args.out}: cannot export to {suffix or 'a file without suffix'}"
                           f" (known: {known})")
    plan_file = open_plan(args.plan)
    try:
        print(EXPORTERS[suffix]()(plan_file, args.out))
    finally:
        plan_file.close()
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from consult_desktop.store.plan_file import open_plan

    plan_file = open_plan(args.plan)
    try:
        with plan_file.read() as session:
            problems = [line for make in CHECKS for line in make()(session)]
    finally:
        plan_file.close()
    for line in problems:
        print(line)
    if not problems:
        print("no problems found")
    return 1 if problems else 0


def _plan_path(text: str) -> Path:
    return Path(text)


COMMANDS: dict[str, tuple[str, Callable[[argparse.Namespace], int]]] = {
    "demo": ("write the demo plan to a file", cmd_demo),
    "new": ("create an empty plan", cmd_new),
    "info": ("print what a plan holds", cmd_info),
    "export": ("write part of a plan to a file, by the file's suffix", cmd_export),
    "check": ("list every problem found in a plan", cmd_check),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Plan an intergovernmental consultation meeting. With no command, or "
        f"with a {PLAN_SUFFIX} file, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, (help_text, _) in COMMANDS.items():
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("plan", type=_plan_path, metavar="PLAN", help="the plan file")
        if name == "demo":
            sub.add_argument("--force", action="store_true", help="overwrite an existing file")
        elif name == "new":
            sub.add_argument("--title", required=True, help="the plan's title")
        elif name == "export":
            sub.add_argument("out", type=Path, metavar="OUT", help="the file to write")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from sqlalchemy.exc import SQLAlchemyError

    from consult_desktop.store.plan_file import PlanFileError

    try:
        return COMMANDS[args.command][1](args)
    except (CommandError, PlanFileError) as error:
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
