"""How fast the Participants tab is with 10,000 people, against baselines measured in the
same run on the same machine (a script, not a test: no timing is ever asserted).

    PYTHONPATH=. QT_QPA_PLATFORM=offscreen python benchmarks/participants.py [--runs 5]

Prints, for each measure, the median of several runs with the spread (min-max), the
baseline, their ratio and the goal of issue 4:
- opening the tab (load + fill the model + size the columns) vs a raw sqlite3 fetch
  of the same rows; goal 300 ms;
- one search keystroke (filter + counts; then with the repaint that follows) vs a
  pure Python scan of the same strings; goal 16 ms median;
- importing a 10,000-row CSV file vs the csv module + sqlite3.executemany into the
  same table; goal 3x and 2 s;
- the memory of the loaded tab vs the same tab on an empty plan; goal 50 MB.
"""

from __future__ import annotations

import argparse
import csv
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

N = 10_000
FAMILY = ["Marchand", "Albrecht", "Rossi", "Novak", "Petrović", "Aydın", "Seitkali",
          "Воронцов", "Иванова", "García", "Dubois", "Lindqvist", "Okafor", "Kowalski",
          "Nielsen", "Horváth", "Popescu", "Papadopoulos", "Müller", "Ferreira"]
GIVEN = ["Élodie", "Jonas", "Sofia", "Daniel", "Ana", "Zeynep", "Aigerim", "Алексей",
         "Мария", "Luis", "Hannah", "Grace", "Jan", "Lars", "Éva", "Ioana", "Nikos", "Ines"]
ORGS = ["Permanent Mission", "Ministry of Labour", "Ministry of Foreign Affairs", "IOM",
        "UNHCR", "OHCHR", "Platform for migrants' rights", "ECE secretariat", "University"]
COUNTRIES = ["FR", "DE", "IT", "RU", "KZ", "TR", "RS", "MX", "PL", "GR", "HU", "RO", "PT",
             "ES", "SE", "DK", "CH", "AT", "BE", "NL", None]
CATEGORIES = ["member_state", "other_state", "un_secretariat", "un_body", "igo", "ngo",
              "expert", "secretariat"]
STATUSES = ["invited", "nominated", "registered", "confirmed", "declined", "attended"]


def synthetic_people(count: int = N) -> list:
    from consult_desktop.domain.participants import Person

    rng = random.Random(4)
    people = []
    for number in range(count):
        requested = rng.random() < 0.3
        people.append(Person(
            family_name=f"{rng.choice(FAMILY)}{number}", given_name=rng.choice(GIVEN),
            honorific=rng.choice(["Mr.", "Ms.", ""]), category=rng.choice(CATEGORIES),
            function="Delegate", organisation=f"{rng.choice(ORGS)} {number % 97}",
            country=rng.choice(COUNTRIES), status=rng.choice(STATUSES),
            email=f"person{number}@example.org", phone=f"+41 22 {number:06d}",
            travel_requested=requested, travel_approved=requested and rng.random() < 0.6,
            travel_amount=Decimal(rng.randrange(500, 3000)) if requested else None,
        ))
    return people


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def stats(samples: list[float]) -> tuple[float, float, float]:
    return statistics.median(samples), min(samples), max(samples)


def line(name: str, ours: list[float], base: list[float], goal: str) -> str:
    """Medians with spread; the ratio is the median of per-run ratios, each run's
    baseline taken right beside it (the machine is shared: load comes and goes)."""
    m, lo, hi = stats(ours)
    ratio = statistics.median(o / b for o, b in zip(ours, base, strict=True))
    return (f"{name:<28} {m * 1000:8.1f} ms ({lo * 1000:.1f}-{hi * 1000:.1f})"
            f"  baseline {statistics.median(base) * 1000:7.2f} ms  ratio {ratio:6.1f}x"
            f"   goal {goal}")


def make_plans(folder: Path) -> tuple[Path, Path]:
    from consult_desktop.store import participants_store as store
    from consult_desktop.store.plan_file import create_plan

    empty = folder / "empty.consult"
    create_plan(empty, "Empty").close()
    full = folder / "full.consult"
    shutil.copy(empty, full)
    from consult_desktop.store.plan_file import open_plan

    plan = open_plan(full)
    with plan.begin() as session:
        store.insert_people(session, plan.plan_id(), synthetic_people())
    plan.close()
    return empty, full


def measure_tab(full: Path, runs: int) -> list[str]:
    from PySide6.QtWidgets import QApplication

    from consult_desktop.store.plan_file import open_plan
    from consult_desktop.ui.context import PlanContext
    from consult_desktop.ui.participants_model import fold
    from consult_desktop.ui.participants_tab import ParticipantsTab

    app = QApplication.instance() or QApplication([])
    context = PlanContext(open_plan(full))
    opening, raw = [], []
    tab = None
    for _ in range(runs):
        with sqlite3.connect(full) as db:
            raw.append(timed(lambda db=db: db.execute(
                "SELECT * FROM participant ORDER BY family_name, given_name, id").fetchall()))
        if tab is not None:
            tab.deleteLater()
            app.processEvents()
        start = time.perf_counter()
        tab = ParticipantsTab(context)
        opening.append(time.perf_counter() - start)
    assert tab is not None
    tab.resize(1200, 700)
    tab.show()
    app.processEvents()
    typing = ["a", "al", "alb", "albr", "alb", "al", "a", "", "м", "ма", "мар", "", "9",
              "99", "999", "", "perm", "permanent", ""]
    strings = [fold("\x1f".join(cells)) for cells in zip(*tab.model.columns, strict=True)]
    keystrokes, painted, scans = [], [], []
    for _ in range(runs):
        for text in typing:
            needle = fold(text)
            scans.append(timed(lambda needle=needle: [needle in s for s in strings]))
            keystrokes.append(timed(lambda text=text: tab.search.setText(text)))
            painted.append(keystrokes[-1] + timed(app.processEvents))
    shown = tab.proxy.rowCount()
    context.close()
    return [
        line("open the tab (10,000 rows)", opening, raw, "<= 300 ms"),
        line("one search keystroke", keystrokes, scans, "<= 16 ms median"),
        line("  the same, with repainting", painted, scans, "(offscreen raster paint)"),
        f"  (rows shown after the last keystroke: {shown:,}; {len(keystrokes)} keystrokes)",
    ]


def measure_import(folder: Path, empty: Path, runs: int) -> list[str]:
    from consult_desktop.interchange.participants_io import import_file, write_people
    from consult_desktop.store.plan_file import open_plan

    source = folder / "people.csv"
    write_people(source, synthetic_people())
    ours, base = [], []
    for run in range(runs):
        target = folder / f"import-{run}.consult"
        shutil.copy(empty, target)
        plan = open_plan(target)
        outcome = None

        def run_import(plan=plan) -> None:
            nonlocal outcome
            outcome = import_file(plan, source)

        ours.append(timed(run_import))
        plan.close()
        assert outcome is not None and outcome.added == N, outcome
        raw_target = folder / f"raw-{run}.consult"
        shutil.copy(empty, raw_target)
        base.append(timed(lambda t=raw_target: raw_import(source, t)))
    return [line("import a 10,000-row CSV", ours, base, "<= 3x and <= 2 s")]


def raw_import(source: Path, target: Path) -> None:
    """The baseline: csv + sqlite3.executemany, no checks, no matching."""
    with open(source, encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))[1:]
    db = sqlite3.connect(target)
    with db:
        db.executemany(
            "INSERT INTO participant (plan_id, honorific, family_name, given_name, function,"
            " organisation, country, category, status, email, phone, travel_requested,"
            " travel_approved, travel_amount, notes) VALUES (1, ?, ?, ?, ?, ?, NULL,"
            " 'expert', 'invited', ?, ?, 0, 0, NULL, ?)",
            [(r[0], r[1], r[2], r[3], r[4], r[8], r[9], r[13]) for r in rows])
    db.close()


MEMORY_PROBE = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from consult_desktop.store.plan_file import open_plan
from consult_desktop.ui.context import PlanContext
from consult_desktop.ui.participants_tab import ParticipantsTab
context = PlanContext(open_plan(Path(sys.argv[1])))
tab = ParticipantsTab(context)
tab.show(); app.processEvents()
tab.search.setText("a"); tab.search.setText(""); app.processEvents()
import gc; gc.collect()
with open("/proc/self/statm") as f:
    print(int(f.read().split()[1]) * 4096)
"""


def measure_memory(empty: Path, full: Path, runs: int) -> list[str]:
    def rss(path: Path) -> float:
        done = subprocess.run([sys.executable, "-c", MEMORY_PROBE, str(path)], check=True,
                              capture_output=True, text=True)
        return int(done.stdout.split()[-1]) / 2**20

    base = [rss(empty) for _ in range(max(2, runs // 2))]
    loaded = [rss(full) for _ in range(max(2, runs // 2))]
    extra = [m - statistics.median(base) for m in loaded]
    m, lo, hi = stats(extra)
    return [f"{'memory of the loaded tab':<28} {m:8.1f} MB ({lo:.1f}-{hi:.1f}) above an empty"
            f" plan ({statistics.median(base):.0f} MB)   goal <= 50 MB"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        empty, full = make_plans(folder)
        print(f"Participants, {N:,} synthetic people; median of {args.runs} runs (min-max)")
        for text in (measure_tab(full, args.runs) + measure_import(folder, empty, args.runs)
                     + measure_memory(empty, full, args.runs)):
            print(text)


if __name__ == "__main__":
    main()
