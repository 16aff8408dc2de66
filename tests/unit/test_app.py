"""The program's start: the window, then the first plan, then the collector back on."""

from __future__ import annotations


def test_the_cycle_collector_is_back_on_once_the_first_plan_is_open(run_python, demo_path):
    """It is off during the start; once the first plan is open it is on again with what
    exists frozen, and closing that plan thaws it (else its rows would never be freed)."""
    code = (
        "import gc, sys\n"
        "from pathlib import Path\n"
        "from consult_desktop.app import show_window\n"
        "app, window = show_window()\n"
        "print(gc.isenabled())\n"
        "window.open_initial(Path(sys.argv[1]))\n"
        "print(window.context is not None, gc.isenabled(), gc.get_freeze_count() > 0)\n"
        "window.close_plan()\n"
        "print(gc.get_freeze_count())\n"
    )
    run = run_python(code, demo_path)
    assert run.stdout.split() == ["False", "True", "True", "True", "0"], run.stderr


def test_a_refused_first_plan_still_turns_the_collector_back_on(run_python, tmp_path):
    code = (
        "import gc, sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QMessageBox\n"
        "QMessageBox.warning = lambda *args: None\n"
        "from consult_desktop.app import show_window\n"
        "app, window = show_window()\n"
        "window.open_initial(Path(sys.argv[1]))\n"
        "print(window.context is None, gc.isenabled())\n"
    )
    bad = tmp_path / "notes.consult"
    bad.write_text("not a plan")
    run = run_python(code, bad)
    assert run.stdout.split() == ["True", "True"], run.stderr


def test_show_and_quit_shows_the_plan_then_exits_0(run_python, demo_path, tmp_path):
    """What the CI smoke test runs on Xvfb, here offscreen."""
    shot = tmp_path / "window.png"
    code = ("import sys\nfrom consult_desktop.app import main\n"
            "sys.exit(main(sys.argv[1:]))\n")
    run = run_python(code, f"--show-and-quit={shot}", demo_path)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("offscreen: shown: ") and "demo.consult" in run.stdout
    assert shot.read_bytes().startswith(b"\x89PNG")
