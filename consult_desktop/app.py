"""Entry point: the command line when a command is given, else the window.

The window is shown before the store (SQLAlchemy) and anything heavier is imported;
the plan is opened on the first turn of the event loop.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from consult_desktop import APP_NAME
from consult_desktop.cli_usage import wants_window
from consult_desktop.display import window_problem

# Show the window on the plan, then quit: 0 when the window showed with the plan open.
# For a smoke test of a real display (`.ci/run` under Xvfb); `=FILE.png` also saves what
# the window shows.
SHOW_AND_QUIT = "--show-and-quit"
LANG_OPTION = "--lang"
WINDOW_LANGUAGES = ("en", "fr", "ru")  # as ui/language.py, which imports Qt


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from consult_desktop import cli

    smoke: str | None = None
    if args and args[0].split("=", 1)[0] == SHOW_AND_QUIT:
        smoke = args.pop(0).partition("=")[2]
    try:
        lang = window_lang_option(args)
    except ValueError as error:
        print(f"{cli.PROG}: {error}", file=sys.stderr)
        return 2

    if cli.is_command(args) or not wants_window(args, list(cli.COMMANDS), cli.build_parser()):
        return cli.main(args)
    problem = window_problem()
    if problem:
        print(f"{cli.PROG}: {problem}", file=sys.stderr)
        return 1
    path = Path(args[0]) if args else None
    return run_window(path, lang) if smoke is None else show_and_quit(path, smoke, lang)


def window_lang_option(args: list[str]) -> str | None:
    """`--lang fr` (or `--lang=fr`) before the plan: the window's language, taken out
    of `args`. The commands' own `--lang` (a document's language) comes after them."""
    if not args or args[0].split("=", 1)[0] != LANG_OPTION:
        return None
    option = args.pop(0)
    value = option.partition("=")[2] if "=" in option else (args.pop(0) if args else "")
    if value not in WINDOW_LANGUAGES:
        raise ValueError(f"{LANG_OPTION}: the window speaks {', '.join(WINDOW_LANGUAGES)},"
                         f" not {value!r}")
    return value


def show_window(lang: str | None = None) -> tuple[Any, Any]:
    """The application and its main window, shown, with no plan open yet; the window
    speaks `lang` (else the language chosen in Preferences, else the desktop's)."""
    gc.disable()  # until the first plan is open: see _collect_after_start
    from importlib.resources import files

    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from consult_desktop.ui import language

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Consult Desktop")
    app.setApplicationName(APP_NAME)
    settings = QSettings()
    language.install(app, language.chosen(lang, settings))

    from consult_desktop.ui.main_window import MainWindow

    QApplication.setDesktopFileName("consult-desktop")  # the menu entry's, for Wayland
    icon = files("consult_desktop") / "icons" / "consult-desktop.svg"
    QApplication.setWindowIcon(QIcon(str(icon)))
    window = MainWindow(settings)
    window.started.connect(lambda: _collect_after_start(window))
    window.show()
    return app, window


def _collect_after_start(window: Any) -> None:
    """Python's cycle collector is off during the start: each of its passes walks every
    object made so far (the modules of Qt and SQLAlchemy, the first plan's rows), ~200 ms
    in all before the demo plan is usable. Once the first plan is open, what exists is
    frozen (left out of later passes, which then stay cheap) and collecting resumes.
    Closing that first plan thaws it, so its objects can be collected like any others."""
    gc.freeze()
    gc.enable()

    def thaw(page: int) -> None:
        if page == 0:  # the placeholder: the plan was closed
            gc.unfreeze()
            window.pages.currentChanged.disconnect(thaw)

    window.pages.currentChanged.connect(thaw)


def run_window(path: Path | None, lang: str | None = None) -> int:
    from PySide6.QtCore import QTimer

    app, window = show_window(lang)
    QTimer.singleShot(0, lambda: window.open_initial(path))
    return int(app.exec())


def show_and_quit(path: Path | None, grab: str, lang: str | None = None) -> int:
    """Start as the window does, then quit once the first plan is open: 0 when the
    window is visible with the plan; one line saying what was shown."""
    from PySide6.QtCore import QTimer

    app, window = show_window(lang)

    def report() -> None:
        shown = window.isVisible() and window.context is not None
        print(f"{app.platformName()}: {'shown' if shown else 'NOT shown'}:"
              f" {window.windowTitle()} ({window.width()}x{window.height()})")
        if grab:
            window.grab().save(grab)
        app.exit(0 if shown else 1)

    window.started.connect(lambda: QTimer.singleShot(200, report))
    QTimer.singleShot(0, lambda: window.open_initial(path))
    QTimer.singleShot(60_000, lambda: app.exit(3))  # a dialog left open: give up
    return int(app.exec())
