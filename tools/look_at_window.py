"""A look at the window in each language and screen size (not a test: a person looks).

    python tools/look_at_window.py [PLAN] [-o FOLDER] [--lang fr ru] [--size 1024x600 ...]

opens the plan (the demo plan when none is given) offscreen on a screen of each size,
the window filling the screen, and saves as PNG each tab, the main dialogs (each opened
through the window's own menu or button) and the File and Edit menus, into
FOLDER/LANG-SIZE/. Longer French and Russian labels must fit: look at every picture.

With --keys it also reads the access keys (the underlined letter, Alt+letter) of each
window it grabs, and fails when two of one window share a letter: the second would only
be reached by pressing the keys again (tests/unit/ui/test_access_keys.py runs it).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

SIZES = ("1366x768", "1024x600")
FRAME = (16, 48)  # a window manager's borders and title bar, as ui/fit.py reckons


def run(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("plan", nargs="?", type=Path)
    parser.add_argument("-o", "--out", type=Path, default=Path("window-look"))
    parser.add_argument("--lang", nargs="+", default=["fr", "ru"])
    parser.add_argument("--size", nargs="+", default=list(SIZES))
    parser.add_argument("--keys", action="store_true",
                        help="fail when two access keys of one window share a letter")
    parser.add_argument("--one", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        return look(args.plan, args.out, *args.one, keys=args.keys)
    for lang in args.lang:
        for size in args.size:
            width, height = (int(n) for n in size.split("x"))
            with tempfile.TemporaryDirectory() as home:
                screen = Path(home) / "screen.json"
                screen.write_text(json.dumps({"screens": [{
                    "name": "look", "x": 0, "y": 0, "width": width, "height": height,
                    "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
                env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}",
                       "XDG_DATA_HOME": f"{home}/data", "XDG_CONFIG_HOME": f"{home}/config"}
                command = [sys.executable, __file__, "-o", str(args.out), "--one", lang, size,
                           *(["--keys"] if args.keys else [])]
                if args.plan:
                    command.insert(2, str(args.plan))
                done = subprocess.run(command, env=env, check=False)
                if done.returncode:
                    return done.returncode
    print(f"pictures in {args.out}/")
    return 0


ACCESS_KEY = re.compile(r"&([^&\s])")


def access_keys(top: Any) -> dict[str, list[str]]:
    """The letters two or more of a window's visible labels, buttons, tabs or menus take
    as their access key, and their texts."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QGroupBox,
        QLabel,
        QMenu,
        QMenuBar,
        QTabBar,
        QWidget,
    )

    taken: dict[str, list[str]] = {}
    for widget in [top, *top.findChildren(QWidget)]:
        if widget is not top and not widget.isVisibleTo(top):
            continue
        texts: list[str] = []
        labelled = isinstance(widget, QLabel) and widget.buddy() is not None
        if isinstance(widget, QAbstractButton) or labelled:
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, (QMenuBar, QMenu)):
            texts += [action.text() for action in widget.actions() if action.isVisible()]
        for text in texts:
            found = ACCESS_KEY.search(text.replace("&&", ""))
            if found:
                taken.setdefault(found.group(1).casefold(), []).append(text)
    return {key: texts for key, texts in taken.items() if len(texts) > 1}


def look(plan: Path | None, out: Path, lang: str, size: str, keys: bool = False) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget

    from consult_desktop.ui import language

    app = QApplication.instance() or QApplication([])
    language.install(app, lang)
    from consult_desktop.ui.demo_copy import user_demo_path
    from consult_desktop.ui.main_window import MainWindow

    folder = out / f"{lang}-{size}"
    folder.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "look.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    area = window.screen().availableGeometry()
    window.resize(area.width() - FRAME[0], area.height() - FRAME[1])
    window.show()
    window.open_path(plan or user_demo_path())

    shared: list[str] = []

    def save(widget: QWidget, name: str) -> None:
        for _ in range(3):
            app.processEvents()
        widget.grab().save(str(folder / f"{name}.png"))
        if keys:
            shared.extend(f"{lang}: {name}: Alt+{key.upper()}: {' | '.join(texts)}"
                          for key, texts in access_keys(widget).items())

    shots: dict[str, int] = {}

    def grab_and_close(dialog: Any) -> int:
        name = type(dialog).__name__
        shots[name] = shots.get(name, 0) + 1
        dialog.show()
        save(dialog, name if shots[name] == 1 else f"{name}-{shots[name]}")
        dialog.hide()
        return 0  # Rejected: nothing changes

    QDialog.exec = grab_and_close  # type: ignore[method-assign]
    QMessageBox.exec = grab_and_close  # type: ignore[method-assign]

    for index in range(window.tab_widget.count()):
        window.tab_widget.setCurrentIndex(index)
        name = type(window.tabs[index]).__name__.removesuffix("Tab").lower()
        save(window, f"{index + 1}-{name}")
    options = window.tabs[0]
    options.pages.setCurrentIndex(1)
    window.tab_widget.setCurrentIndex(0)
    save(window, "1-options-side-by-side")
    options.pages.setCurrentIndex(0)

    for menu, name in ((window.menuBar().actions()[0].menu(), "menu-file"),
                       (window.edit_menu, "menu-edit")):
        menu.popup(window.mapToGlobal(window.rect().topLeft()))
        save(menu, name)
        menu.hide()

    window.edit_details()
    window.preferences()
    window.edit_documents()
    window.letters()
    window.print_actions["budget"].trigger()
    budget, participants, agenda, timeline = (window.tabs[i] for i in (1, 2, 3, 4))
    budget.edit_sources()
    for opener in ("show_travel", "show_rates"):  # the budget's other windows, if any
        if hasattr(budget, opener):
            getattr(budget, opener)()
    for tab in window.tabs:  # a tab added later (the documents list) and its dialog
        if hasattr(tab, "add_document"):
            tab.add_document()
    # File > New from an existing plan: this plan as the earlier one, then no file.
    window.ask_path = lambda purpose: (  # type: ignore[method-assign]
        window.context.plan_file.path if purpose == "open" else None)
    for opener in ("edit_translations", "new_from_plan"):
        if hasattr(window, opener):
            getattr(window, opener)()
    for widget in app.topLevelWidgets():  # windows shown, not run: grab them too
        if widget.isVisible() and widget is not window and isinstance(widget, QDialog):
            save(widget, type(widget).__name__)
            widget.hide()
    participants.view.selectRow(0)
    participants.edit_selected()
    participants.add_participant()
    with tempfile.TemporaryDirectory() as scratch:
        sheet = Path(scratch) / "participants.csv"
        sheet.write_text("Family name,Given name,Organisation,Category,Email\n"
                         "Nowak,Anna,Ministry of Interior,member_state,a.nowak@example.org\n"
                         "Durand,,,,durand@example\n", encoding="utf-8")
        participants.import_path(sheet)
    agenda.view.selectRow(1)
    agenda.edit_item()
    timeline.add_milestone()
    timeline.edit_rules()
    from consult_desktop.ui.restore_dialog import RestoreDialog

    grab_and_close(RestoreDialog([], window))
    window.show_guide()
    window.guide.resize(window.guide.size())
    save(window.guide, "GuideDialog")
    files = QFileDialog(window, "QFileDialog")
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    grab_and_close(files)
    window.close()
    print(f"{folder}: {len(list(folder.glob('*.png')))} pictures")
    print("\n".join(shared), end="\n" if shared else "")
    return 1 if shared else 0


if __name__ == "__main__":
    sys.exit(run())
