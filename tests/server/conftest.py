"""Plans on a real PostgreSQL server: the server and its databases are tests/postgres.py's
(shared with the store and services tests that run on both back ends)."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def on_server(server_url: str, demo_path: Path) -> str:
    """The demo plan uploaded as "Shared"; its address."""
    from consult_desktop.store.address import parse_server_address
    from consult_desktop.store.server_plan import init_server, upload

    init_server(parse_server_address(server_url))
    address = f"{server_url}&plan=Shared"
    upload(demo_path, parse_server_address(address))
    return address


@pytest.fixture
def server_window(qtbot, settings, on_server: str):
    """The main window with the shared plan open from the server."""
    from consult_desktop.ui.main_window import MainWindow

    main = MainWindow(settings)
    qtbot.addWidget(main)
    main.show()
    main.ask_server_address = lambda: on_server
    main.open_from_server()
    assert main.context is not None
    yield main
    main.close_plan()
