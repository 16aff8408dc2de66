"""What the window is told when it cannot do as asked speaks the window's language: a
budget line without its rate of exchange (and where to import it: the Budget tab's
Rates…, not the command line's `rates PLAN --import-exchange`), a budget not exported,
letters not written, an agenda not exported, a milestone gone. The command line keeps
its English (tests/unit/test_cli_money.py, services/test_letters.py, test_cli_agenda.py)."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from consult_desktop.ui import budget_tab
from consult_desktop.ui.budget_model import AMOUNT
from consult_desktop.ui.budget_tab import BudgetTab

GBP = "Other\tVisas\t4\tperson\t80\tGBP\t1\tExtrabudgetary\n"


def test_probe(speak, open_tab, context, tmp_path, monkeypatch, qtbot):
    for lang in ("fr", "ru"):
        speak(lang)
        tab = open_tab(BudgetTab)
        print(tab.paste_lines(GBP))
        print(repr(tab.message.text()))
        line = tab.shown().lines[-1]
        print(repr(tab.model.index(tab.model.row_of(line.id), AMOUNT).data(Qt.ItemDataRole.ToolTipRole)))
        monkeypatch.setattr(budget_tab, "ask_save_path", lambda *a: str(tmp_path / "b.xlsx"))
        tab.export()
        print(repr(tab.message.text()))
        context.undo_stack.undo()
        tab.export()
        print(repr(tab.message.text()))
