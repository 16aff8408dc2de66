"""A table reached with Tab selects its current row, so that the keys that act on the
selection (Return to edit, Delete, Ctrl+M...) work at once, as they do after a click."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject
from PySide6.QtWidgets import QAbstractItemView


class _SelectOnFocus(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QAbstractItemView):
            select_current_row(watched)
        return False


def select_current_row(view: QAbstractItemView) -> None:
    """Select the current row (the first when there is none) if nothing is selected."""
    model, selection = view.model(), view.selectionModel()
    if model is None or selection is None or selection.hasSelection() or not model.rowCount():
        return
    current = view.currentIndex()
    index = current if current.isValid() else model.index(0, 0)
    selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                              | QItemSelectionModel.SelectionFlag.Rows)


def select_row_on_focus(view: QAbstractItemView) -> None:
    """Make `view` select its current row when it takes the focus with nothing selected."""
    keeper = _SelectOnFocus(view)
    view.installEventFilter(keeper)
