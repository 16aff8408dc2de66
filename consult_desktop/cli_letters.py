"""`consult-desktop letters PLAN -o FOLDER`: the letters of invitation, one per
addressee, as Word files (and PDF with --pdf).

Registered in cli.py's COMMANDS; its own module so the letters' options stay together."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

HELP = "write a letter of invitation to each member State's mission or each participant"


def add_arguments(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("-o", "--out", type=Path, required=True, metavar="FOLDER",
                     help="the folder to write the letters into")
    sub.add_argument("--to", choices=("states", "participants"), default="states",
                     help="the member States' permanent missions (default) or the "
                     "participants")
    sub.add_argument("--template", type=Path, metavar="FILE.docx",
                     help="your own Word letter, with fields such as {{ addressee }}")
    sub.add_argument("--lang", choices=("en", "fr", "ru"), default="en",
                     help="the language of the built-in letter and of the dates")
    sub.add_argument("--deadline", type=dt.date.fromisoformat, metavar="YYYY-MM-DD",
                     help="the deadline for nominations (default: the plan's milestone "
                     "about nominations)")
    sub.add_argument("--pdf", action="store_true",
                     help="also write each letter as PDF (needs LibreOffice)")


def cmd_letters(args: argparse.Namespace, failure: type[Exception]) -> int:
    """`failure` is the command line's one-line error, passed in: this module sits
    below cli.py, which registers it."""
    from consult_desktop.printing.word import convert
    from consult_desktop.services.letters import LetterError, write_letters
    from consult_desktop.store.opening import open_plan

    if args.pdf and convert.office() is None:
        raise failure("--pdf needs LibreOffice (soffice), which is not installed; "
                           "nothing written")
    to_pdf = None
    if args.pdf:
        def to_pdf(paths: list[Path]) -> None:
            try:
                convert.to_pdf(paths)
            except (convert.ConvertError, OSError) as error:
                raise failure(f"the letters were written as Word files, but {error}") \
                    from None

    plan_file = open_plan(args.plan)
    try:
        written = write_letters(plan_file, args.out, to=args.to, lang=args.lang,
                                template=args.template, deadline=args.deadline,
                                to_pdf=to_pdf)
    except LetterError as error:
        raise failure(str(error)) from None
    finally:
        plan_file.close()
    kind = "PDF and Word" if args.pdf else "Word"
    print(f"wrote {len(written)} letters ({kind}) to {args.out}")
    return 0
