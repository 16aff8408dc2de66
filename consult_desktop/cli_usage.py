"""What the arguments ask for (a command, or the window on a plan) and usage errors
that name the mistake and the nearest valid name.

Kept apart from cli.py, which holds the commands themselves. Exit status 2 for every
usage error, as argparse does.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from consult_desktop import PLAN_SUFFIX
from consult_desktop.domain.vocab import no_such

# argparse's wording, in Python 3.11 ('x' quoted) and 3.12+ (quoted or not).
_INVALID_CHOICE = re.compile(r"argument (?P<name>[^:]+): invalid choice: '?(?P<given>.*?)'?"
                             r" \(choose from (?P<known>.*)\)$")


class Parser(argparse.ArgumentParser):
    """argparse, with messages that say which name is wrong and what was meant."""

    def parse_known_args(self, args=None, namespace=None):
        # An unknown option before the command: argparse would only say that the
        # command is missing.
        if args and args[0].startswith("-") and args[0] != "-":
            option = args[0].split("=", 1)[0]
            known = sorted(self._option_string_actions)
            if option not in known and not any(k.startswith(option) for k in known
                                               if option.startswith("--")):
                self.error(no_such("option", option, known))
        return super().parse_known_args(args, namespace)

    def error(self, message: str) -> NoReturn:
        found = _INVALID_CHOICE.search(message)
        if found:
            known = [k.strip().strip("'") for k in found["known"].split(",")]
            what = found["name"].lower()
            message = no_such(what, found["given"], known)
        super().error(message)


def wants_window(argv: Sequence[str], commands: Sequence[str],
                 parser: argparse.ArgumentParser) -> bool:
    """True when the arguments ask for the window (none, or a plan to open); False for
    a command. Anything else, such as a mistyped command, is a usage error (exit 2)
    rather than a window saying "no such file"."""
    if not argv:
        return True
    first = argv[0]
    if first in commands or first.startswith("-"):
        return False
    path = Path(first)
    if path.suffix.lower() == PLAN_SUFFIX or path.is_file():
        return True
    message = no_such("command", first, list(commands))
    parser.error(f"{message}; a plan to open is a file ending in {PLAN_SUFFIX}")
