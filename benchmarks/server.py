"""Opening the 10,000-participant plan from a local PostgreSQL, against opening the
same plan from its file, by turns, each in a fresh process (the window, SQLAlchemy and
the database driver imported before the clock, as the file's open row does). And how
soon another officer's edit shows in an open window: a rename committed through
another connection, until the window's Participants tab shows it (the server's NOTIFY,
the window's socket notifier, the row read back and repainted); goal 2 s.

The server is a throwaway PostgreSQL 15 (or newer): `initdb` in a temporary folder,
listening only on a unix socket there, fsync off; as root, it runs as the `postgres`
user, which it requires. When it cannot start, the row says why.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from benchmarks.common import Result, Sample, child, compare, interleaved, missing
from benchmarks.startup import OPEN_PLAN
from benchmarks.synthetic import write_plan

BIN_CANDIDATES = ("/usr/lib/postgresql/15/bin", "/usr/lib/postgresql/16/bin",
                  "/usr/lib/postgresql/17/bin")
PORT = 55433
N = 10_000
WHAT = "open the 10,000-participant plan from a local PostgreSQL"
SEEN = "another officer's edit shown in an open window, 10,000 participants"


class NoServer(Exception):
    """The server could not start; the message says why."""


def bin_dir(candidates: tuple[str, ...] = BIN_CANDIDATES) -> Path:
    override = os.environ.get("CONSULT_PG_BIN")
    for candidate in (override,) if override else candidates:
        if candidate and (Path(candidate) / "initdb").is_file():
            return Path(candidate)
    raise NoServer("PostgreSQL server binaries not found (postgresql-15)")


def _run(command: list[str], as_postgres: bool) -> None:
    if as_postgres:
        command = ["runuser", "-u", "postgres", "--", *command]
    try:
        done = subprocess.run(command, capture_output=True, text=True, check=False,
                              timeout=120)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise NoServer(f"{Path(command[0]).name}: {error}") from None
    if done.returncode:
        words = (done.stderr or done.stdout).strip().splitlines()
        raise NoServer(f"{Path(command[0]).name} failed: {words[-1] if words else done.returncode}")


@contextmanager
def server(candidates: tuple[str, ...] = BIN_CANDIDATES) -> Iterator[str]:
    """A running throwaway server; yields its address (database `postgres`)."""
    binaries = bin_dir(candidates)
    as_postgres = os.geteuid() == 0
    folder = Path(tempfile.mkdtemp(prefix="consult-bench-pg-"))
    data = folder / "data"
    pg_ctl = [str(binaries / "pg_ctl"), "-D", str(data), "-w"]
    try:
        if as_postgres:
            shutil.chown(folder, "postgres", "postgres")
        _run([str(binaries / "initdb"), "-D", str(data), "-A", "trust", "-E", "UTF8",
              "--locale=C.UTF-8", "-U", "postgres"], as_postgres)
        _run([*pg_ctl, "-l", str(folder / "log"), "-o",
              f"-c listen_addresses='' -k {folder} -p {PORT} -c fsync=off", "start"],
             as_postgres)
        try:
            yield f"postgresql://postgres@/postgres?host={folder}&port={PORT}"
        finally:
            subprocess.run(["runuser", "-u", "postgres", "--"] * as_postgres
                           + [*pg_ctl, "-m", "fast", "stop"], capture_output=True,
                           check=False)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def measure(runs: int, folder: Path, url: str) -> Result:
    from consult_desktop.store.address import parse_server_address
    from consult_desktop.store.server_plan import init_server, upload

    plan = write_plan(folder / "server-10k.consult", N)
    init_server(parse_server_address(url))
    address = parse_server_address(f"{url}&plan=Benchmark")
    upload(plan, address, force=True)
    settings = str(folder / "server-settings.ini")
    on_server, from_file = interleaved(
        runs, lambda: child(OPEN_PLAN, address.url(), settings)["open"],
        lambda: child(OPEN_PLAN, str(plan), settings)["open"])
    return compare(WHAT, on_server, from_file, "ms", ratio_at_most=2, paired=True,
                   baseline_name="the same plan from its file")


def seen_by_another(runs: int, url: str) -> Result:
    """From another connection's commit of a rename to the repainted row (the plan
    `measure` uploaded)."""
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import update

    from consult_desktop.store.address import parse_server_address
    from consult_desktop.store.models import Participant
    from consult_desktop.store.opening import open_plan
    from consult_desktop.ui.context import PlanContext
    from consult_desktop.ui.participants_tab import ParticipantsTab
    from consult_desktop.ui.plan_tab import wire
    from consult_desktop.ui.server_open import watch

    app = QApplication.instance() or QApplication([])
    address = parse_server_address(f"{url}&plan=Benchmark")
    context = PlanContext(open_plan(address))
    tab = ParticipantsTab(context)
    wire(context, tab)
    watcher = watch(context)
    other = open_plan(address)
    ident = tab.model.rows[len(tab.model.rows) // 2][0]
    seen = Sample()
    try:
        for n in range(runs):
            name = f"Renamed {n}"
            start = time.perf_counter()
            with other.begin() as session:
                session.execute(update(Participant).where(Participant.id == ident)
                                .values(family_name=name))
            while name not in tab.model.rows[tab.model.row_of(ident)]:
                if time.perf_counter() > start + 10:
                    raise NoServer("an edit never reached the window")
                app.processEvents()
                time.sleep(0.0005)
            seen.values.append((time.perf_counter() - start) * 1000)
    finally:
        if watcher is not None:
            watcher.stop()
        other.close()
        context.close()
    return compare(SEEN + " (commit to repainted row)", seen, None, "ms", at_most=2000)


def run(runs: int, folder: Path, candidates: tuple[str, ...] = BIN_CANDIDATES) -> list[Result]:
    try:
        with server(candidates) as url:
            results = [measure(runs, folder, url)]
            try:
                results.append(seen_by_another(runs, url))
            except NoServer as error:
                results.append(missing(SEEN, "ms", "<= 2000 ms", str(error)))
            return results
    except NoServer as error:
        return [missing(WHAT, "ms", "<= 2x", f"no server: {error}"),
                missing(SEEN, "ms", "<= 2000 ms", f"no server: {error}")]
