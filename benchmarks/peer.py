"""Printing the list of participants, whole process, against what the officer would
otherwise use: LibreOffice, headless, converting the same list exported as CSV to PDF.

Ours: `consult-desktop print PLAN participants -o OUT.pdf`, a fresh process each run.
The peer: `soffice --headless --convert-to pdf` of the plan's participants exported by
`consult-desktop export PLAN OUT.csv` (the export is not timed), with a profile of its
own made before the clock (LibreOffice's first start builds it). Both run by turns;
each run's wall time and peak memory (the largest resident set of the process and of
the processes it waited for, LibreOffice's soffice.bin under its oosplash) are measured
by a small launcher, a fresh Python that forks, executes the command and reads
wait4's figures. The launcher's own ~10 MB is the floor of both memory figures.

Without LibreOffice the rows say "LibreOffice not installed" and keep our figures.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from benchmarks.common import Result, Sample, child, compare, interleaved, missing
from benchmarks.synthetic import write_plan

# Goals of the ratio to LibreOffice, wall time and peak memory alike, by list size.
GOALS = {10_000: 0.4, 1_000: 0.6}
NOT_INSTALLED = "LibreOffice not installed"

LAUNCH = """
import json, os, resource, sys, time
start = time.perf_counter()
pid = os.fork()
if pid == 0:
    try:
        quiet = os.open(os.devnull, os.O_WRONLY)
        os.dup2(quiet, 1)
        os.execvp(sys.argv[1], sys.argv[1:])
    finally:
        os._exit(127)
_, status, _ = os.wait4(pid, 0)
wall = (time.perf_counter() - start) * 1000
peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
code = os.waitstatus_to_exitcode(status)
if code:
    sys.exit(f"{sys.argv[1:]} exited with {code}")
print(json.dumps({"wall": wall, "peak_kb": peak_kb}))
"""


def ours_command() -> list[str]:
    """`consult-desktop`, as installed beside this Python, else the package run as a
    module (the same code)."""
    script = Path(sys.executable).with_name("consult-desktop")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "consult_desktop"]


def launch(command: list[str]) -> tuple[float, float]:
    """Wall time (ms) and peak memory (MB) of one run of `command`."""
    figures = child(LAUNCH, *command)
    return figures["wall"], figures["peak_kb"] / 1024


def measure(size: int, runs: int, folder: Path, soffice: str | None) -> list[Result]:
    from consult_desktop.interchange.participants_io import export_people
    from consult_desktop.store.plan_file import open_plan

    plan = write_plan(folder / f"peer-{size}.consult", size, agenda_items=0, options=0)
    pdf = folder / f"peer-{size}.pdf"
    ours_run = [*ours_command(), "print", str(plan), "participants", "-o", str(pdf)]
    walls, peaks = {"ours": Sample(), "peer": Sample()}, {"ours": Sample(), "peer": Sample()}

    def run(who: str, command: list[str], made: Path) -> float:
        made.unlink(missing_ok=True)
        wall, peak = launch(command)
        assert made.stat().st_size > 0, f"{command} made no PDF"
        walls[who].values.append(wall)
        peaks[who].values.append(peak)
        return wall

    what = f"print the list of {size:,} participants, whole process"
    if soffice is None:
        launch(ours_run)  # warm the disk's cache, as the paired runs below do
        for _ in range(runs):
            run("ours", ours_run, pdf)
        return [missing(f"{what}: wall time", "ms", "-", NOT_INSTALLED, walls["ours"]),
                missing("  the same: peak memory", "MB", "-", NOT_INSTALLED, peaks["ours"])]

    csv = folder / f"peer-{size}.csv"
    plan_file = open_plan(plan)
    try:
        export_people(plan_file, csv)  # as `consult-desktop export PLAN OUT.csv` does
    finally:
        plan_file.close()
    out = folder / f"peer-{size}-lo"
    peer_run = [soffice, f"-env:UserInstallation={(folder / 'lo-profile').as_uri()}",
                "--headless", "--infilter=CSV:44,34,76,1", "--convert-to", "pdf",
                "--outdir", str(out), str(csv)]
    made = out / f"{csv.stem}.pdf"
    run("peer", peer_run, made), run("ours", ours_run, pdf)  # warm up: LibreOffice's profile
    for sample in (*walls.values(), *peaks.values()):
        sample.values.clear()
    interleaved(runs, lambda: run("ours", ours_run, pdf), lambda: run("peer", peer_run, made))
    goal = GOALS.get(size)
    peer = "LibreOffice, CSV to PDF"
    return [compare(f"{what}: wall time", walls["ours"], walls["peer"], "ms", paired=True,
                    ratio_at_most=goal, baseline_name=peer),
            compare("  the same: peak memory", peaks["ours"], peaks["peer"], "MB",
                    paired=True, ratio_at_most=goal, baseline_name=peer)]


def find_soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def run(runs: int, sizes: tuple[int, ...], folder: Path, soffice: str | None = "") -> list[Result]:
    """soffice: LibreOffice's program; "" finds it on PATH; None: as if not installed."""
    program = find_soffice() if soffice == "" else soffice
    if program is not None and shutil.which(program) is None:
        program = None
    results: list[Result] = []
    for size in sizes:
        results += measure(size, runs, folder, program)
    return results
