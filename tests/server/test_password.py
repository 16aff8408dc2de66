"""A role whose password libpq finds nowhere (no ~/.pgpass): the window and the command
line ask for it, use it for the session, and never write it anywhere."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from consult_desktop.cli import main
from consult_desktop.store.address import parse_server_address
from consult_desktop.store.server_plan import (
    PasswordNeeded,
    forget_password,
    open_server_plan,
    remember_password,
)

SECRET = "s3cret-Pa55"


@pytest.fixture
def keyholder(pg_server, database, on_server):
    """The shared plan's address for a role that must give a password (scram)."""
    pg_server.psql(database, f"CREATE ROLE keyholder LOGIN PASSWORD '{SECRET}';"
                   " GRANT USAGE ON SCHEMA consult, plan_1 TO keyholder;"
                   " GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA consult,"
                   " plan_1 TO keyholder;"
                   " GRANT USAGE ON ALL SEQUENCES IN SCHEMA consult, plan_1 TO keyholder")
    rules = Path(pg_server.data_dir) / "pg_hba.conf"
    before = rules.read_text()
    rules.write_text("local all keyholder scram-sha-256\n" + before)
    pg_server.pg_ctl("reload")
    address = on_server.replace("postgres@", "keyholder@")
    yield address
    forget_password(parse_server_address(address))
    rules.write_text(before)
    pg_server.pg_ctl("reload")
    pg_server.psql(database, "DROP OWNED BY keyholder; DROP ROLE keyholder")


def test_the_store_asks_for_the_password_and_takes_the_right_one_only(keyholder):
    address = parse_server_address(keyholder)
    with pytest.raises(PasswordNeeded, match="asks for a password"):
        open_server_plan(address)
    remember_password(address, "wrong")
    with pytest.raises(PasswordNeeded, match="password authentication failed"):
        open_server_plan(address)
    remember_password(address, SECRET)
    plan = open_server_plan(address)
    try:
        assert not plan.read_only  # the role may write: the plan opens for editing
    finally:
        plan.close()


def test_the_window_asks_and_writes_the_password_nowhere(qtbot, settings, keyholder,
                                                         monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from consult_desktop.ui.main_window import MainWindow

    asked = []
    answers = iter([("wrong", True), (SECRET, True)])

    def answer(parent, title, label, echo):
        asked.append((label, echo))
        return next(answers)

    monkeypatch.setattr(QInputDialog, "getText", answer)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(parse_server_address(keyholder))
    assert window.context is not None and not window.context.plan_file.read_only
    assert len(asked) == 2 and "keyholder" in asked[0][0]
    assert "password authentication failed" in asked[1][0]  # the second time says why
    assert asked[0][1].name == "Password"  # hidden as typed
    settings.sync()
    assert SECRET not in Path(settings.fileName()).read_text(encoding="utf-8")
    assert window.recent_files()[0] == parse_server_address(keyholder).url()


def test_a_cancelled_prompt_opens_nothing(qtbot, settings, keyholder, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from consult_desktop.ui.main_window import MainWindow

    monkeypatch.setattr(QInputDialog, "getText", lambda *args: ("", False))
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert not window.open_path(parse_server_address(keyholder), quiet=True)
    assert window.context is None


def test_the_command_line_asks_at_a_terminal_and_refuses_a_script(keyholder, capsys,
                                                                   monkeypatch):
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False, raising=False)
    assert main(["info", keyholder]) == 1
    err = capsys.readouterr().err
    assert "asks for a password" in err and "Traceback" not in err
    prompts = []
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr("getpass.getpass", lambda prompt: prompts.append(prompt) or SECRET)
    assert main(["info", keyholder]) == 0
    assert prompts == [f"Password for {parse_server_address(keyholder).server()}: "]
    assert SECRET not in capsys.readouterr().out
