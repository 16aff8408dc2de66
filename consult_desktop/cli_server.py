"""Commands for plans on a PostgreSQL server: `server init`, `plans`, `upload`,
`download`. Registered in cli.py; the store is imported only when a command runs.

A server address is libpq's URL with the plan's name in `plan=`:
postgresql://[user@][host][:port]/database?plan=NAME (a local socket:
postgresql:///database?host=/run/postgresql). Passwords come from ~/.pgpass or a
service file, never from the command line.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from consult_desktop.store.address import (
    AddressError,
    ServerAddress,
    parse_address,
    parse_server_address,
)


def plan_address(text: str) -> Path | ServerAddress:
    """A PLAN argument: a file path, or a plan on a server."""
    try:
        return parse_address(text)
    except AddressError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _server(text: str) -> ServerAddress:
    try:
        return parse_server_address(text)
    except AddressError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _plan_on_server(text: str) -> ServerAddress:
    try:
        return parse_server_address(text, plan_required=True)
    except AddressError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def cmd_server(args: argparse.Namespace) -> int:
    from consult_desktop.store.server_plan import init_server

    done = init_server(args.plan)
    for line in done or ["the server's plans are up to date; nothing to do"]:
        print(line)
    return 0


def cmd_plans(args: argparse.Namespace) -> int:
    from consult_desktop.store.server_plan import list_plans

    plans = list_plans(args.plan)
    if not plans:
        print("no plans on this server yet ('consult-desktop upload FILE ADDRESS' adds one)")
    for entry in plans:
        when = entry.created.strftime("%Y-%m-%d %H:%M")
        print(f"{entry.name}\tschema {entry.revision or '?'}\tadded {when} by {entry.created_by}")
    return 0


def cmd_upload(args: argparse.Namespace) -> int:
    from consult_desktop.store.server_plan import upload

    entry = upload(args.plan, args.address, force=args.force)
    print(f"uploaded {args.plan} as {entry.name!r} to {args.address.server().url()}")
    return 0


def cmd_download(args: argparse.Namespace) -> int:
    from consult_desktop.store.server_plan import download

    download(args.plan, args.file)
    print(f"wrote {args.plan.plan!r} to {args.file}")
    return 0


COMMANDS: dict[str, tuple[str, Callable[[argparse.Namespace], int]]] = {
    "server": ("'server init URL': create or upgrade a PostgreSQL server's plans", cmd_server),
    "plans": ("list the plans on a PostgreSQL server", cmd_plans),
    "upload": ("copy a plan file to a PostgreSQL server", cmd_upload),
    "download": ("write a plan on a PostgreSQL server to a new plan file", cmd_download),
}

URL_HELP = "postgresql://[user@][host][:port]/database (host=/socket/dir for a local socket)"
ADDRESS_HELP = "postgresql://[user@][host][:port]/database?plan=NAME"


def add_arguments(name: str, sub: argparse.ArgumentParser) -> None:
    """The arguments of one server command. The first is stored as `plan`, the name the
    command line's error reporting reads."""
    if name == "server":
        sub.add_argument("action", choices=("init",), help="init: create or upgrade")
        sub.add_argument("plan", type=_server, metavar="URL", help=URL_HELP)
    elif name == "plans":
        sub.add_argument("plan", type=_server, metavar="URL", help=URL_HELP)
    elif name == "upload":
        sub.add_argument("plan", type=Path, metavar="FILE", help="the plan file")
        sub.add_argument("address", type=_plan_on_server, metavar="ADDRESS", help=ADDRESS_HELP)
        sub.add_argument("--force", action="store_true",
                         help="replace a plan of the same name on the server")
    elif name == "download":
        sub.add_argument("plan", type=_plan_on_server, metavar="ADDRESS", help=ADDRESS_HELP)
        sub.add_argument("file", type=Path, metavar="FILE",
                         help="the new plan file (an existing file is never replaced)")
