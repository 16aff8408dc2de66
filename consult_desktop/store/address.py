"""A plan's address: a file path, or a plan on a PostgreSQL server.

    plan.consult
    postgresql://[user@][host][:port]/database?plan=NAME
    postgresql:///database?host=/run/postgresql&plan=NAME     (a local socket)

The URL is libpq's, with one more query key, `plan`. A password never belongs in an
address (it would end in the recent list and the shell's history): libpq's own
means (`~/.pgpass`, a service file) or a prompt supply it. What is wrong with an
address is said in one line, fit to show a person.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, quote, urlsplit

from consult_desktop.domain.phrases import Phrase, Text, phrase

SCHEMES = ("postgresql", "postgres")
# libpq's query keys we pass on; anything else is a typing error, said so.
LIBPQ_KEYS = frozenset({"host", "port", "user", "sslmode", "sslrootcert", "connect_timeout",
                        "application_name", "service", "target_session_attrs"})
PLAN_NAME_LENGTH = 200


class AddressError(ValueError):
    """An address that cannot be used; the message (a phrase: English through str(), the
    window's language through ui/phrases.py) says why."""


@dataclass(frozen=True)
class ServerAddress:
    """A PostgreSQL server and database, and optionally one plan on it."""

    database: str
    user: str | None = None
    host: str | None = None
    port: int | None = None
    plan: str | None = None
    options: tuple[tuple[str, str], ...] = field(default=())

    def url(self) -> str:
        """The address as typed back, without a password: for titles and messages."""
        netloc = quote(self.user, safe="") + "@" if self.user else ""
        if self.host and not self.host.startswith("/"):
            netloc += f"[{self.host}]" if ":" in self.host else self.host
        query = list(self.options)
        if self.host and self.host.startswith("/"):
            query[:0] = [("host", self.host)] + (
                [("port", str(self.port))] if self.port is not None else [])
        elif self.port is not None:
            netloc += f":{self.port}"
        if self.plan is not None:
            query.append(("plan", self.plan))
        tail = "&".join(f"{key}={quote(value, safe='/')}" for key, value in query)
        return f"postgresql://{netloc}/{quote(self.database, safe='')}" + (
            f"?{tail}" if tail else "")

    def __str__(self) -> str:
        return self.url()

    def server(self) -> ServerAddress:
        """The same server and database, without the plan."""
        return ServerAddress(self.database, self.user, self.host, self.port, None, self.options)

    def with_plan(self, plan: str) -> ServerAddress:
        return ServerAddress(self.database, self.user, self.host, self.port,
                             check_plan_name(plan), self.options)


def is_server_address(text: str) -> bool:
    scheme, sep, _ = text.partition("://")
    return bool(sep) and scheme.lower() in SCHEMES


def parse_address(text: str) -> Path | ServerAddress:
    """A file path, or a server address that names a plan."""
    if is_server_address(text):
        return parse_server_address(text, plan_required=True)
    scheme, sep, _ = text.partition("://")
    if sep and scheme.isalnum():
        raise AddressError(phrase("{where}: not a plan address; give a file path or a"
                                  " postgresql://server/database?plan=NAME address",
                                  where=text))
    if not text.strip():
        raise AddressError(phrase("the plan address is empty"))
    return Path(text)


def parse_server_address(text: str, *, plan_required: bool = False) -> ServerAddress:
    """A postgresql:// URL, checked part by part; `plan_required` when a command works
    on one plan rather than on the server."""
    shown = _shown(text)
    if not is_server_address(text):
        raise AddressError(phrase("{where}: not a server address; it starts with postgresql://",
                                  where=shown))
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as error:
        raise AddressError(phrase("{where}: {error}", where=shown,
                                  error=_reason(error))) from None
    if parts.password is not None:
        raise AddressError(phrase(
            "{where}: the address holds a password; keep it in ~/.pgpass or a service file"
            " instead (the program never stores one)", where=_shown(text, hide_password=True)))
    if parts.fragment:
        raise AddressError(phrase("{where}: an address has no '#' part", where=shown))
    database = _unquote(parts.path.lstrip("/"))
    if not database:
        raise AddressError(phrase("{where}: the database name is missing"
                                  " (…/DATABASE?plan=NAME)", where=shown))
    if "/" in database:
        raise AddressError(phrase("{where}: the database name cannot hold '/'", where=shown))
    try:
        query = parse_qsl(parts.query, keep_blank_values=True, strict_parsing=bool(parts.query))
    except ValueError:
        raise AddressError(phrase("{where}: the part after '?' is not KEY=VALUE&…",
                                  where=shown)) from None
    keys = [key for key, _ in query]
    for key in keys:
        if keys.count(key) > 1:
            raise AddressError(phrase("{where}: {key} is given twice", where=shown,
                                      key=repr(key)))
    values = dict(query)
    plan = values.pop("plan", None)
    unknown = sorted(set(values) - LIBPQ_KEYS)
    if unknown:
        raise AddressError(phrase("{where}: unknown setting {key} (known: {known})",
                                  where=shown, key=repr(unknown[0]),
                                  known=", ".join(["plan", *sorted(LIBPQ_KEYS)])))
    host = values.pop("host", None) or parts.hostname
    if "port" in values:
        try:
            port = int(values.pop("port"))
        except ValueError:
            raise AddressError(phrase("{where}: the port is not a number",
                                      where=shown)) from None
    if port is not None and not 0 < port < 65536:
        raise AddressError(phrase("{where}: the port {port} is out of range", where=shown,
                                  port=port))
    user = values.pop("user", None) or (_unquote(parts.username) if parts.username else None)
    if plan is not None:
        plan = check_plan_name(plan, shown)
    elif plan_required:
        raise AddressError(phrase("{where}: which plan? add ?plan=NAME to the address",
                                  where=shown))
    return ServerAddress(database=database, user=user, host=host, port=port, plan=plan,
                         options=tuple(sorted(values.items())))


def check_plan_name(name: str, where: str = "") -> str:
    """A plan's name on a server: any text a person would type, never SQL."""
    problem: Phrase | None = None
    if not name.strip():
        problem = phrase("the plan name is empty")
    elif len(name) > PLAN_NAME_LENGTH:
        problem = phrase("the plan name is longer than {limit} characters",
                         limit=PLAN_NAME_LENGTH)
    elif any(unicodedata.category(ch) in ("Cc", "Cs") for ch in name):
        problem = phrase("the plan name holds a control character")
    if problem is not None:
        raise AddressError(phrase("{where}: {error}", where=where, error=problem)
                           if where else problem)
    return name


def _unquote(text: str) -> str:
    from urllib.parse import unquote

    return unquote(text, errors="strict")


def _reason(error: ValueError) -> Text:
    message = str(error)
    if "Port" in message or "port" in message:
        return phrase("the port is not a number from 1 to 65535")
    return message


def _shown(text: str, hide_password: bool = False) -> str:
    """The address for a message: on one line, and never its password."""
    if hide_password:
        scheme, _, rest = text.partition("://")
        credentials, at, tail = rest.partition("@")
        if at and ":" in credentials:
            text = f"{scheme}://{credentials.split(':', 1)[0]}:***@{tail}"
    return text.encode("unicode_escape").decode("ascii") if not text.isprintable() else text
