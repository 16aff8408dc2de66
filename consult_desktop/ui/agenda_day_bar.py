"""The bar of the agenda's days, onto which an item can be dragged from the table."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QTabBar

from consult_desktop.ui.agenda_model import item_id_of


class DayBar(QTabBar):
    """The days; an item dragged from the table and dropped on a day moves there."""

    dropped = Signal(int, int)  # item id, tab index

    def __init__(self) -> None:
        super().__init__()
        self.setAcceptDrops(True)
        self.setExpanding(False)
        self.closed: set[int] = set()  # the tabs an item cannot be dropped on

    def target(self, mime: QMimeData, pos: QPoint) -> int:
        index = self.tabAt(pos)
        ok = item_id_of(mime) is not None and index >= 0 and index not in self.closed
        return index if ok else -1

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if item_id_of(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.target(event.mimeData(), event.position().toPoint()) >= 0:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        index = self.target(event.mimeData(), event.position().toPoint())
        item_id = item_id_of(event.mimeData())
        if index >= 0 and item_id is not None:
            event.acceptProposedAction()
            self.dropped.emit(item_id, index)
