"""A throwaway PostgreSQL 15 server for the tests of plans on a server, and for the
store and services tests that run against both a plan file and a server plan
(`any_plan`, in tests/conftest.py).

Started once a session: `initdb` in a temporary folder, `pg_ctl` listening only on a
unix socket in that folder (no TCP port to collide with), `fsync=off`. As root, both
run as the `postgres` user, as they refuse root. When the server cannot start, the
tests that need it FAIL, never skip: a CI run without PostgreSQL is a broken run.
Each test gets a database of its own.
"""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

PG_BIN_CANDIDATES = ("/usr/lib/postgresql/15/bin", "/usr/lib/postgresql/16/bin",
                     "/usr/lib/postgresql/17/bin")
PORT = 55432


@dataclass(frozen=True)
class Server:
    socket_dir: str
    port: int
    bin_dir: Path
    data_dir: Path
    as_postgres: bool

    def url(self, database: str, plan: str | None = None, user: str = "postgres") -> str:
        tail = f"&plan={plan}" if plan is not None else ""
        return (f"postgresql://{user}@/{database}?host={self.socket_dir}&port={self.port}"
                + tail)

    def psql(self, database: str, sql: str, user: str = "postgres") -> str:
        result = subprocess.run(
            [str(self.bin_dir / "psql"), "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1",
             "-h", self.socket_dir, "-p", str(self.port), "-U", user, "-d", database,
             "-c", sql], capture_output=True, text=True, check=False)
        if result.returncode:
            raise RuntimeError(result.stderr)
        return result.stdout.strip()

    def start(self) -> None:
        self.pg_ctl("-l", f"{self.socket_dir}/log", "-o",
                    f"-c listen_addresses='' -k {self.socket_dir} -p {self.port} -c fsync=off"
                    " -c full_page_writes=off -c synchronous_commit=off", "start")

    def stop(self) -> None:
        """As a crash or a pulled cable would: no goodbye to the clients."""
        self.pg_ctl("-m", "immediate", "stop")

    def pg_ctl(self, *args: str) -> None:
        command = [str(self.bin_dir / "pg_ctl"), "-D", str(self.data_dir), "-w", *args]
        _run(command, self.as_postgres)


def _bin_dir() -> Path:
    override = os.environ.get("CONSULT_PG_BIN")
    for candidate in ((override,) if override else PG_BIN_CANDIDATES):
        if candidate and (Path(candidate) / "initdb").is_file():
            return Path(candidate)
    pytest.fail("PostgreSQL server binaries not found (install postgresql-15: .ci/postgres-deps,"
                " or set CONSULT_PG_BIN)", pytrace=False)


def _run(command: list[str], as_postgres: bool) -> None:
    if as_postgres:
        command = ["runuser", "-u", "postgres", "--", *command]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode:
        pytest.fail(f"{' '.join(command)} failed: {result.stderr or result.stdout}",
                    pytrace=False)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Server]:
    bin_dir = _bin_dir()
    as_postgres = os.geteuid() == 0
    folder = Path(tempfile.mkdtemp(prefix="consult-pg-"))
    data = folder / "data"
    if as_postgres:
        shutil.chown(folder, "postgres", "postgres")
    _run([str(bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-E", "UTF8",
          "--locale=C.UTF-8", "-U", "postgres"], as_postgres)
    server = Server(str(folder), PORT, bin_dir, data, as_postgres)
    server.start()
    try:
        yield server
    finally:
        subprocess.run(["runuser", "-u", "postgres", "--"] * as_postgres
                       + [str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate",
                          "stop"], capture_output=True, check=False)
        shutil.rmtree(folder, ignore_errors=True)


_numbers = itertools.count()


@pytest.fixture
def database(pg_server: Server) -> Iterator[str]:
    """A new empty database for one test."""
    name = f"t{os.getpid()}_{next(_numbers)}"
    pg_server.psql("postgres", f"CREATE DATABASE {name}")
    yield name
    pg_server.psql("postgres", f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def server_url(pg_server: Server, database: str) -> str:
    return pg_server.url(database)


@pytest.fixture(scope="session")
def demo_template(pg_server: Server, demo_master: Path) -> str:
    """A database holding the demo plan uploaded as "Shared", made once a session: each
    test that wants the demo on a server gets a copy of it (CREATE DATABASE ...
    TEMPLATE, a file copy, ~20 times faster than uploading it again)."""
    from consult_desktop.store.address import parse_server_address
    from consult_desktop.store.server_plan import init_server, upload

    name = f"demo{os.getpid()}"
    pg_server.psql("postgres", f"CREATE DATABASE {name}")
    url = pg_server.url(name)
    init_server(parse_server_address(url))
    upload(demo_master, parse_server_address(f"{url}&plan=Shared"))
    _disconnect_all(pg_server, name)
    return name


def _disconnect_all(pg_server: Server, name: str) -> None:
    """A template database may have no connections while it is copied."""
    pg_server.psql("postgres", "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                   f" WHERE datname = '{name}' AND pid <> pg_backend_pid()")


@pytest.fixture
def demo_on_server(pg_server: Server, demo_template: str) -> Iterator[str]:
    """A fresh database holding the demo plan as "Shared"; the plan's address."""
    name = f"t{os.getpid()}_{next(_numbers)}"
    pg_server.psql("postgres", f"CREATE DATABASE {name} TEMPLATE {demo_template}")
    yield f"{pg_server.url(name)}&plan=Shared"
    pg_server.psql("postgres", f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
