"""Start-up, opening a large plan, and memory, each in a fresh process.

Baselines, each run by turns with ours in fresh processes: a bare QApplication +
QMainWindow with 4 empty tabs, shown (the window's own floor); the stack's floor, the
same bare window plus `import sqlalchemy.orm` plus a raw sqlite3 fetch of the rows the
first tab shows (start-up), or of the 10,000 participants (peak memory), held; a raw
sqlite3 fetch of the same participant rows (opening).
"""

from __future__ import annotations

import itertools
from pathlib import Path

from benchmarks.common import Result, Sample, child, compare, interleaved
from benchmarks.synthetic import write_plan

# The peak resident memory of this process image: VmHWM. (getrusage's ru_maxrss would
# count the benchmark's own size, which a child inherits across fork and exec on Linux.)
PEAK = """
def PEAK_KB():
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
"""

BARE_WINDOW = PEAK + """
import json, os, time
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget
from PySide6.QtTest import QTest
app = QApplication([])
window = QMainWindow()
tabs = QTabWidget()
for name in ("Options", "Budget", "Participants", "Agenda"):
    tabs.addTab(QWidget(), name)
window.setCentralWidget(tabs)
window.show()
QTest.qWaitForWindowExposed(window)
shown = (time.time() - float(os.environ["START"])) * 1000
print(json.dumps({"shown": shown, "peak_kb": PEAK_KB()}))
"""

# The stack's floor: what any window of ours over a plan must pay, and nothing else.
# argv: the plan, then the tables whose rows are fetched and held.
FLOOR = BARE_WINDOW + """
import sqlite3, sys
import sqlalchemy.orm
db = sqlite3.connect(sys.argv[1])
held = [db.execute(f'SELECT * FROM "{table}"').fetchall() for table in sys.argv[2:]]
assert held and all(held)
usable = (time.time() - float(os.environ["START"])) * 1000
print(json.dumps({"shown": shown, "usable": usable, "peak_kb": PEAK_KB()}))
"""
# The first tab (Options) shows the options with their budgets, in the plan's currency.
FIRST_TAB_TABLES = ("plan", "option", "budget_line")

OUR_WINDOW = PEAK + """
import json, os, sys, time
from pathlib import Path
from PySide6.QtTest import QTest
from consult_desktop.app import show_window
app, window = show_window()
QTest.qWaitForWindowExposed(window)
shown = (time.time() - float(os.environ["START"])) * 1000
window.open_initial(Path(sys.argv[1]))
app.processEvents()
usable = (time.time() - float(os.environ["START"])) * 1000
assert window.context is not None
assert window.slots[window.tab_widget.currentIndex()].tab is not None  # the tab in view
if len(sys.argv) > 2:  # then turn to this tab too (memory: the participants loaded)
    window.tab_widget.setCurrentIndex(int(sys.argv[2]))
    app.processEvents()
print(json.dumps({"shown": shown, "usable": usable,
                  "peak_kb": PEAK_KB()}))
"""

OPEN_PLAN = """
import json, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from PySide6.QtCore import QSettings
app = QApplication([])
from consult_desktop.ui.main_window import MainWindow
settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)
settings.setValue("window/tab", 2)  # the plan opens on the Participants tab
window = MainWindow(settings)
window.show()
app.processEvents()
import sqlalchemy.orm, consult_desktop.ui.participants_tab  # imported before the clock
where = sys.argv[1]
if where.startswith("postgresql:"):  # a plan on a server: its driver imported too
    import psycopg
    from consult_desktop.store.address import parse_address
    where = parse_address(where)
else:
    where = Path(where)
start = time.perf_counter()
window.open_path(where)
app.processEvents()
assert window.slots[2].tab.model.rowCount() > 0  # the table is filled
print(json.dumps({"open": (time.perf_counter() - start) * 1000}))
"""

RAW_FETCH = """
import json, sqlite3, sys, time
start = time.perf_counter()
db = sqlite3.connect(sys.argv[1])
rows = db.execute("SELECT * FROM participant").fetchall()
print(json.dumps({"open": (time.perf_counter() - start) * 1000, "rows": len(rows)}))
"""


def startup(runs: int, folder: Path) -> list[Result]:
    from consult_desktop.store.demo import write_demo

    demo = folder / "demo.consult"
    write_demo(demo, overwrite=True).close()
    env = {"XDG_CONFIG_HOME": str(folder / "config"), "XDG_DATA_HOME": str(folder / "data")}
    bare: list[dict[str, float]] = []
    floor: list[dict[str, float]] = []
    ours: list[dict[str, float]] = []
    for _ in range(runs):  # by turns, so that a slow moment of the machine hits all three
        bare.append(child(BARE_WINDOW, env=env))
        floor.append(child(FLOOR, str(demo), *FIRST_TAB_TABLES, env=env))
        ours.append(child(OUR_WINDOW, str(demo), env=env))
    base = Sample([b["shown"] for b in bare])
    shown = Sample([o["shown"] for o in ours])
    usable = Sample([o["usable"] for o in ours])
    floor_usable = Sample([f["usable"] for f in floor])
    return [
        compare("start until the window shows", shown, base, "ms", ratio_at_most=1.3,
                paired=True, baseline_name="bare window, 4 tabs"),
        compare("start until the demo plan is usable (tab in view filled)", usable,
                floor_usable, "ms", ratio_at_most=1.2, paired=True,
                baseline_name="bare window + sqlalchemy.orm + raw fetch"),
    ]


def open_large(runs: int, folder: Path, sizes: tuple[int, ...]) -> list[Result]:
    results = []
    opened: dict[int, float] = {}
    for size in sizes:
        plan = write_plan(folder / f"p{size}.consult", size)
        settings = str(folder / f"settings{size}.ini")
        ours, raw = interleaved(
            runs,
            lambda p=plan, s=settings: child(OPEN_PLAN, str(p), s)["open"],
            lambda p=plan: child(RAW_FETCH, str(p))["open"],
        )
        opened[size] = ours.median
        if size == 10_000:
            results.append(compare("open a 10,000-participant plan", ours, raw, "ms", paired=True,
                                   ratio_at_most=2, baseline_name="raw sqlite3 fetch"))
    for small, large in itertools.pairwise(sizes):
        growth = opened[large] / opened[small]
        results.append(Result(f"open time growth, {small:,} to {large:,} participants",
                              growth, large / small, "x", "linear or better",
                              growth <= 1.2 * large / small, "", "size ratio"))
    return results


def memory(runs: int, folder: Path) -> list[Result]:
    plan = write_plan(folder / "mem.consult", 10_000)
    env = {"XDG_CONFIG_HOME": str(folder / "config"), "XDG_DATA_HOME": str(folder / "data")}
    ours, floor = interleaved(
        runs, lambda: child(OUR_WINDOW, str(plan), "2", env=env)["peak_kb"] / 1024,
        lambda: child(FLOOR, str(plan), "participant", env=env)["peak_kb"] / 1024)
    return [compare("peak memory, 10,000-participant plan open", ours, floor, "MB",
                    ratio_at_most=1.2, paired=True,
                    baseline_name="bare window + sqlalchemy.orm + the rows")]


def run(runs: int, sizes: tuple[int, ...], folder: Path) -> list[Result]:
    return [*startup(runs, folder), *open_large(runs, folder, sizes),
            *memory(max(3, runs // 2), folder)]
