"""What a tab remembers between sessions, in the window's settings: the columns hidden
in its table (by their English titles, whatever the window's language), and its
switches (the agenda's Ripple). Saved as soon as it changes, so a
crash loses nothing; brought back when the tab is first built.

The window's own size, place and last tab are kept by the window (main_window.py).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QTableView

Horizontal = Qt.Orientation.Horizontal


def attach(settings: QSettings, tab: Any) -> None:
    """Bring back what `tab` remembers, and keep it up to date from now on."""
    group = f"tabs/{type(tab).__name__}"
    view = getattr(tab, "view", None)
    if isinstance(view, QTableView) and hasattr(tab, "show_column"):
        _columns(settings, f"{group}/hidden columns", tab, view)
    ripple = getattr(tab, "ripple_action", None)
    if ripple is not None and ripple.isCheckable():
        key = f"{group}/ripple"
        stored = settings.value(key)
        if stored is not None:
            ripple.setChecked(str(stored).lower() == "true")
        ripple.toggled.connect(lambda on: settings.setValue(key, bool(on)))


def _columns(settings: QSettings, key: str, tab: Any, view: QTableView) -> None:
    """Columns are kept by their titles, so a column added in a later version is not
    hidden by a number that meant another column."""
    model = view.model()

    def title(column: int) -> str:  # the English title where the model gives it
        return str(model.headerData(column, Horizontal, Qt.ItemDataRole.UserRole)
                   or model.headerData(column, Horizontal))

    stored = settings.value(key)
    if stored is not None:
        hidden = {stored} if isinstance(stored, str) else set(stored)
        hidden.discard("")
        for column in range(model.columnCount()):
            if view.isColumnHidden(column) != (title(column) in hidden):
                tab.show_column(column, title(column) not in hidden)

    def save() -> None:
        hidden = [title(c) for c in range(model.columnCount()) if view.isColumnHidden(c)]
        settings.setValue(key, hidden or "")  # an empty list reads back as nothing

    # Hiding or showing a column resizes its section (to or from 0).
    view.horizontalHeader().sectionResized.connect(
        lambda _column, old, new: save() if (old == 0) != (new == 0) else None)
