"""Fixtures of the window's tests."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture
def messages(monkeypatch):
    """The texts of the message boxes (warnings, information) shown, in order."""
    said: list[str] = []
    for kind in ("warning", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda *args: said.append(args[2]))
    return said
