"""Crash safety: a child editing or importing through the store is killed with
SIGKILL at random moments, 50 times, on one plan file. After every kill the file
opens for editing (the dead child's lock and half-done change are gone), SQLite's
integrity check answers ok, and every action acknowledged before the kill is there."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select, text

from consult_desktop.store.models import Participant, Plan
from consult_desktop.store.plan_file import create_plan, journal_path, open_plan
from tests.safety.crash_child import IMPORT_SIZE

ROOT = Path(__file__).resolve().parents[2]
KILLS = 50


class ForkServer:
    """The crash_child fork server, started once for all the kills."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.safety.crash_child"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        assert self.read() == "serving"

    def read(self) -> str:
        assert self.process.stdout is not None
        return self.process.stdout.readline().strip()

    def run_and_kill(self, path: Path, mode: str, round_number: int,
                     rng: random.Random) -> list[str]:
        """Start a child, kill it at a random moment once it works, and return the
        acknowledgements it had written before it died."""
        assert self.process.stdin is not None
        fifo = self.folder / f"acks-{round_number}"
        os.mkfifo(fifo)
        seed = rng.randrange(2**32)
        self.process.stdin.write(f"{path} {mode} {round_number} {seed} {fifo}\n")
        self.process.stdin.flush()
        pid = int(self.read())
        with open(fifo, encoding="utf-8") as acks:
            assert acks.readline() == "ready\n"
            lines = ["ready"]
            if mode == "import":
                lines.append(acks.readline().strip())
                assert lines[-1].startswith("importing ")
            # Edits commit every few milliseconds; an import of 10,000 takes about a second.
            time.sleep(rng.uniform(0.0, 0.25 if mode == "edits" else 0.8))
            os.kill(pid, signal.SIGKILL)
            lines += acks.read().splitlines()
        _wait_gone(pid)
        return lines

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=60)
        if self.process.stdout is not None:
            self.process.stdout.close()


def _wait_gone(pid: int) -> None:
    """Until the killed child is gone entirely, its locks and files closed."""
    for _ in range(6000):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.01)
    raise AssertionError(f"process {pid} outlived SIGKILL")


class Expected:
    """What the acknowledgements promise about the plan."""

    def __init__(self) -> None:
        self.present: set[str] = set()
        self.deleted: set[str] = set()
        self.imports: set[str] = set()
        self.title_floor: tuple[int, int] | None = None

    def learn(self, lines: list[str]) -> None:
        for line in lines:
            verb, _, name = line.partition(" ")
            if verb == "add":
                self.present.add(name)
            elif verb == "deleting":  # may have happened without its acknowledgement
                self.present.discard(name)
            elif verb == "del":
                self.deleted.add(name)
            elif verb == "title":
                self.title_floor = _number(name)
            elif verb == "import":
                self.imports.add(name)


def _number(name: str) -> tuple[int, int]:
    round_part, step = name.removeprefix("R").split(".")
    return int(round_part), int(step)


def _check(path: Path, expected: Expected) -> None:
    plan_file = open_plan(path)
    try:
        assert not plan_file.read_only, plan_file.notice  # the dead child's lock is gone
        with plan_file.engine.connect() as connection:
            assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            assert connection.execute(text("PRAGMA foreign_key_check")).all() == []
        with plan_file.read() as session:
            names = set(session.scalars(
                select(Participant.family_name).where(Participant.family_name.not_like("%.%.%"))
            ))
            assert expected.present <= names
            assert not expected.deleted & names
            batch = func.substr(Participant.family_name, 1,
                                func.length(Participant.family_name) - 6)
            batches = dict(session.execute(
                select(batch, func.count())
                .where(Participant.family_name.like("%.%.%"))
                .group_by(batch)
            ).all())
            # An import is all or nothing, and an acknowledged one is all there.
            assert set(batches.values()) <= {IMPORT_SIZE}, batches
            assert expected.imports <= set(batches)
            title = session.scalar(select(Plan.title))
            if expected.title_floor is not None:
                assert title.startswith("Title ")
                assert _number(title.removeprefix("Title ")) >= expected.title_floor
    finally:
        plan_file.close()


def test_fifty_kills_lose_nothing_that_was_acknowledged(tmp_path):
    """Edits accumulate in one plan; imports go to a plan renewed every five rounds,
    to keep the 10,000-row batches from slowing the suite."""
    plans: dict[str, tuple[Path, Expected]] = {}
    rng = random.Random(20261127)
    interrupted = acknowledged = 0
    server = ForkServer(tmp_path)
    for round_number in range(KILLS):
        mode = "edits" if round_number % 2 == 0 else "import"
        key = mode if mode == "edits" else f"import-{round_number // 10}"
        if key not in plans:
            plans[key] = (tmp_path / f"{key}.consult", Expected())
            create_plan(plans[key][0], "Crash test").close()
        path, expected = plans[key]
        lines = server.run_and_kill(path, mode, round_number, rng)
        interrupted += journal_path(path).exists()
        acknowledged += sum(line.startswith(("add ", "del ", "title ", "import "))
                            for line in lines)
        expected.learn(lines)
        _check(path, expected)
    server.close()
    print(f"{KILLS} kills survived; {interrupted} interrupted a transaction; "
          f"{acknowledged} acknowledged actions all kept")
    assert interrupted > 0  # the harness did catch transactions half way
    edited = plans["edits"][1]
    assert edited.present and edited.deleted and edited.title_floor
    assert any(expected.imports for _, expected in plans.values())
