"""Shared fixtures: plan files in a temporary folder, Qt settings kept out of the
user's own, and a main window on the demo plan."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# The throwaway PostgreSQL server (started only by the tests that ask for it).
from tests.postgres import database, demo_on_server, demo_template, pg_server, server_url

__all__ = ["database", "demo_on_server", "demo_template", "pg_server", "server_url"]

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _private_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Keep user data and settings of every test in its own folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))


@pytest.fixture
def run_python():
    """Run Python code in a fresh process (with this test's private folders and the
    offscreen platform, from the environment), arguments as sys.argv[1:]."""
    import subprocess
    import sys

    def run(code: str, *args: object) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-c", code, *map(str, args)],
                              capture_output=True, text=True, timeout=120)

    return run


@pytest.fixture(scope="session")
def qapp(qapp):
    """pytest-qt's application, speaking English as the program does: its English
    translation holds the plural forms ("%n day(s)": "1 day", "2 days")."""
    from consult_desktop.ui import language

    language.install(qapp, "en")
    return qapp


@pytest.fixture
def speak(qapp):
    """`speak(lang)`: the window speaks French or Russian for one test (its translations
    and its locale), then English and the locale it had before, whatever runs next."""
    from PySide6.QtCore import QLocale

    from consult_desktop.ui import language

    installed: list = []
    before = QLocale()

    def switch(lang: str) -> None:
        installed.extend(language.install(qapp, lang))

    yield switch
    language.remove(qapp, installed)
    QLocale.setDefault(before)


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo plan, written once per test run; tests take copies of it."""
    from consult_desktop.store.demo import write_demo

    path = tmp_path_factory.mktemp("master") / "demo.consult"
    write_demo(path).close()
    return path


@pytest.fixture
def demo_path(demo_master: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo plan that a test may change."""
    path = tmp_path / "demo.consult"
    path.write_bytes(demo_master.read_bytes())
    return path


@pytest.fixture
def demo_plan(demo_path: Path) -> Iterator:
    from consult_desktop.store.plan_file import open_plan

    plan_file = open_plan(demo_path)
    yield plan_file
    plan_file.close()


@pytest.fixture(params=["file", "server"])
def any_plan(request: pytest.FixtureRequest) -> Iterator:
    """The demo plan open for editing, once as a file and once on a PostgreSQL server:
    the store and services tests that take it run against both back ends. When the
    server cannot start, the server half fails (never skips)."""
    from consult_desktop.store.opening import open_plan

    if request.param == "file":
        address: object = request.getfixturevalue("demo_path")
    else:
        from consult_desktop.store.address import parse_server_address

        address = parse_server_address(request.getfixturevalue("demo_on_server"))
    plan_file = open_plan(address)  # type: ignore[arg-type]
    yield plan_file
    plan_file.close()


@pytest.fixture
def someone_else(any_plan):
    """Another writer of `any_plan`'s plan at another desk: `someone_else(table, id,
    column=value...)` saves a change of one row, its version moving on as any writer's
    does (a plan file is written behind the open one's back, as a second program would)."""
    import sqlite3

    from sqlalchemy import update

    from consult_desktop.store.models import Base

    others = []

    def write(table: str, row_id: int, **values) -> None:
        if not any_plan.shared:
            sets = ", ".join(f"{name} = ?" for name in values)
            with sqlite3.connect(any_plan.path) as db:
                db.execute(f"UPDATE {table} SET {sets}, version = version + 1 WHERE id = ?",
                           [*values.values(), row_id])
            return
        if not others:
            from consult_desktop.store.opening import open_plan

            others.append(open_plan(any_plan.address))
        columns = Base.metadata.tables[table]
        with others[0].begin() as session:
            session.execute(update(columns).where(columns.c.id == row_id).values(**values))

    yield write
    for plan in others:
        plan.close()


@pytest.fixture
def settings(tmp_path: Path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, settings, demo_path: Path):
    """The main window with a copy of the demo plan open."""
    from consult_desktop.ui.main_window import MainWindow

    main = MainWindow(settings)
    qtbot.addWidget(main)
    main.show()
    assert main.open_path(demo_path)
    return main


@pytest.fixture
def context(qtbot, demo_plan):
    """The demo plan as a tab receives it: plan file, undo stack, change signal."""
    from consult_desktop.ui.context import PlanContext

    ctx = PlanContext(demo_plan)
    yield ctx
    ctx.undo_stack.clear()


@pytest.fixture
def open_tab(qtbot, context):
    """Build a tab on the demo plan, wired to its changes as the window wires it."""

    def build(tab_class):
        widget = tab_class(context)
        qtbot.addWidget(widget)
        from consult_desktop.ui.plan_tab import wire

        wire(context, widget)
        return widget

    return build
