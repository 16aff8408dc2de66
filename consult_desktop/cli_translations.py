"""`translations PLAN --lang fr -o FILE` writes a translation file (XLSX or XLIFF 2.0);
`translations PLAN --import FILE` reads one back; `check PLAN --lang fr` lists the
texts with no version in that language. Registered in cli.py."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

LANGUAGES = ("en", "fr", "ru")


def cmd_translations(args: argparse.Namespace) -> int:
    from consult_desktop.services import translations
    from consult_desktop.services.edits import Refused
    from consult_desktop.store.opening import open_plan

    if (args.out is None) == (args.import_file is None):
        print("consult-desktop: give either -o FILE (with --lang) or --import FILE",
              file=sys.stderr)
        return 2
    plan_file = open_plan(args.plan)
    try:
        if args.out is not None:
            if args.lang is None:
                print("consult-desktop: -o needs --lang fr|ru", file=sys.stderr)
                return 2
            count = translations.export(plan_file, args.lang, args.out)
            print(f"wrote {count} texts to {args.out}")
            return 0
        preview = translations.preview_import(plan_file, args.import_file, args.lang)
        for problem in preview.problems:
            print(problem, file=sys.stderr)
        if preview.problems:
            print(f"consult-desktop: nothing imported ({len(preview.problems)} problems)",
                  file=sys.stderr)
            return 1
        if plan_file.read_only and preview.changes:  # said before the list it would write
            print(f"consult-desktop: {args.plan} is read-only: {plan_file.notice};"
                  " nothing imported", file=sys.stderr)
            return 1
        for change in preview.changes:
            print(f"{change.text.where}: {change.new!r}")
        try:
            translations.apply_import(plan_file, preview)
        except Refused as error:
            print(f"consult-desktop: nothing imported ({error})", file=sys.stderr)
            return 1
        print(preview.summary())
        return 0
    finally:
        plan_file.close()


def check_language(args: argparse.Namespace) -> int:
    """`check PLAN --lang fr`: each missing translation, and exit 1 when there is any."""
    from consult_desktop.services import translations
    from consult_desktop.store.opening import open_plan

    plan_file = open_plan(args.plan)
    try:
        lines = translations.missing(plan_file, args.lang)
    finally:
        plan_file.close()
    for line in lines:
        print(line)
    if not lines:
        print(f"every text has its {args.lang} version")
    return 1 if lines else 0


def add_arguments(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--lang", choices=LANGUAGES, help="the language of the versions")
    sub.add_argument("-o", "--out", type=Path, metavar="FILE",
                     help="write the texts to FILE (.xlsx, or .xlf for XLIFF 2.0)")
    sub.add_argument("--import", dest="import_file", type=Path, metavar="FILE",
                     help="read the versions back from FILE; nothing changes on a problem")


COMMANDS: dict[str, tuple[str, Callable[[argparse.Namespace], int]]] = {
    "translations": ("write the plan's texts for translators, or --import their versions",
                     cmd_translations),
}
