"""The children of the crash harness: they edit or import through the store until
killed.

`python -m tests.safety.crash_child` is a small fork server: it imports the store
once, then for each line `PLAN MODE ROUND SEED FIFO` read on stdin forks a child and
answers its process id. Forking from a single-threaded process that holds no
database connection is safe, and spares each of the 50 children a second of imports.

A child writes to FIFO `ready` once the plan is open, then one line after each
committed action, written at once (no buffering), so every line the parent reads
names an action that had returned before the kill:

    add NAME       a participant was added (one transaction)
    deleting NAME  about to delete that participant (it may or may not happen)
    del NAME       it was deleted (one transaction)
    title N        the plan's title became "Title N"
    importing NAME about to import a batch
    import NAME    10,000 participants named NAME.00000 ... NAME.09999 (one transaction)
"""

from __future__ import annotations

import os
import random
import signal
import sys
from pathlib import Path

from sqlalchemy import delete, insert, update

from consult_desktop.store.models import Participant, Plan
from consult_desktop.store.plan_file import open_plan

IMPORT_SIZE = 10_000


ACKS = -1  # the FIFO's descriptor in a child


def say(line: str) -> None:
    os.write(ACKS, (line + "\n").encode())


def edits(plan_file, plan_id: int, prefix: str, rng: random.Random) -> None:
    added: list[str] = []
    for n in range(1_000_000):
        choice = rng.random()
        if choice < 0.6 or not added:
            name = f"{prefix}.{n}"
            with plan_file.begin() as session:
                session.add(Participant(plan_id=plan_id, family_name=name, category="member_state"))
            added.append(name)
            say(f"add {name}")
        elif choice < 0.8:
            name = added.pop(rng.randrange(len(added)))
            say(f"deleting {name}")
            with plan_file.begin() as session:
                session.execute(delete(Participant).where(Participant.family_name == name))
            say(f"del {name}")
        else:
            number = f"{prefix}.{n}"
            with plan_file.begin() as session:
                session.execute(update(Plan).values(title=f"Title {number}"))
            say(f"title {number}")


def imports(plan_file, plan_id: int, prefix: str) -> None:
    for batch in range(1_000):
        name = f"{prefix}.{batch}"
        rows = [
            {"plan_id": plan_id, "family_name": f"{name}.{i:05d}", "given_name": "Ada",
             "organisation": "Ministry of Foreign Affairs", "category": "member_state",
             "country": "CH", "status": "invited", "notes": "imported " * 5}
            for i in range(IMPORT_SIZE)
        ]
        say(f"importing {name}")
        with plan_file.begin() as session:
            session.execute(insert(Participant), rows)
        say(f"import {name}")


def child(path: str, mode: str, round_number: str, seed: str, fifo: str) -> None:
    global ACKS
    ACKS = os.open(fifo, os.O_WRONLY)
    plan_file = open_plan(Path(path))
    assert not plan_file.read_only, plan_file.notice
    plan_id = plan_file.plan_id
    say("ready")
    prefix = f"R{round_number}"
    if mode == "edits":
        edits(plan_file, plan_id, prefix, random.Random(int(seed)))
    else:
        imports(plan_file, plan_id, prefix)


def serve() -> None:
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # the kernel reaps killed children
    print("serving", flush=True)
    for line in sys.stdin:
        pid = os.fork()
        if pid == 0:
            try:
                child(*line.split())
            finally:
                os._exit(1)
        print(pid, flush=True)


if __name__ == "__main__":
    serve()
