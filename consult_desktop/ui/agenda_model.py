"""The table of one day's agenda items, in order, with their clashes marked.

The rows follow each edit row by row (`show`): an edited item repaints its row, an
added one is inserted, a deleted one removed; a reset only when another day is shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QIcon

from consult_desktop.domain import agenda, vocab
from consult_desktop.domain.agenda import Item
from consult_desktop.ui import words
from consult_desktop.ui.row_model import RowModel

Index = QModelIndex | QPersistentModelIndex
HEADERS = ("No.", "Time", "Title", "Kind", "Room", "Chair", "Speakers", "Documents")


def headers() -> tuple[str, ...]:
    """HEADERS in the window's language."""
    return (QCoreApplication.translate("AgendaModel", "No."),
            QCoreApplication.translate("AgendaModel", "Time"),
            QCoreApplication.translate("AgendaModel", "Title"),
            QCoreApplication.translate("AgendaModel", "Kind"),
            QCoreApplication.translate("AgendaModel", "Room"),
            QCoreApplication.translate("AgendaModel", "Chair"),
            QCoreApplication.translate("AgendaModel", "Speakers"),
            QCoreApplication.translate("AgendaModel", "Documents"))
TITLE = 2
CLASH_COLOUR = QColor(255, 224, 214)
BREAK_COLOUR = QColor(236, 240, 244)
MIME_TYPE = "application/x-consult-agenda-item"


def item_id_of(mime: QMimeData) -> int | None:
    """The agenda item a drag carries, or None."""
    if not mime.hasFormat(MIME_TYPE):
        return None
    try:
        return int(bytes(mime.data(MIME_TYPE).data()).decode("ascii"))
    except ValueError:
        return None


@dataclass(frozen=True)
class Row:
    item: Item
    depth: int
    chair: str
    speakers: str
    clashes: tuple[str, ...] = ()

    def cell(self, column: int) -> str:
        item = self.item
        documents = ", ".join(d.strip() for d in item.documents.splitlines() if d.strip())
        return (item.number, agenda.time_text(item), "    " * self.depth + item.title,
                words.label(vocab.AGENDA_KINDS, item.kind), item.room, self.chair,
                self.speakers, documents)[column]


def rows_for(items: Sequence[Item], names: dict[int, str],
             clashes: dict[int, list[str]]) -> list[Row]:
    """Rows of the given items (already in order), with names and clash messages."""
    by_id = {item.id: item for item in items}

    def depth(item: Item) -> int:
        n = 0
        while item.parent_id in by_id and n < 10:
            item = by_id[item.parent_id]
            n += 1
        return n

    return [
        Row(item, depth(item), names.get(item.chair_id, "") if item.chair_id else "",
            ", ".join(names.get(s, "?") for s in item.speaker_ids),
            tuple(clashes.get(item.id, ())))
        for item in items
    ]


class AgendaModel(RowModel[Row]):
    def __init__(self, warning_icon: QIcon | None = None) -> None:
        super().__init__()
        self._icon = warning_icon or QIcon()

    def key(self, row: Row) -> int:
        return row.item.id

    def row(self, number: int) -> Row:
        return self.rows[number]

    def items(self) -> list[Item]:
        return [row.item for row in self.rows]

    def show(self, rows: Sequence[Row]) -> None:
        """Bring the table to these rows (the same day's, after an edit), touching only
        the rows that differ: removed, inserted, moved (removed and inserted again) or
        repainted."""
        wanted = {row.item.id for row in rows}
        self.remove_ids([i for i in self.ids() if i not in wanted])
        changed = []
        for position, row in enumerate(rows):
            ident = row.item.id
            at = self.row_of(ident)
            if at == position:
                if self.rows[at] != row:
                    changed.append(row)
                continue
            if at >= 0:
                self.remove_ids([ident])
            self.insert_rows([row], position)
        self.update_rows(changed)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def cell(self, number: int, column: int, role: int) -> Any:
        row = self.rows[number]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cell(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.clashes:
                return self.tr("Clash:") + "\n" + "\n".join(f"• {message}"
                                                             for message in row.clashes)
            return row.item.annotation or None
        if role == Qt.ItemDataRole.DecorationRole and column == TITLE and row.clashes:
            return self._icon
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.clashes:
                return QBrush(CLASH_COLOUR)
            if row.item.kind in ("break", "lunch"):
                return QBrush(BREAK_COLOUR)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else flags

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        rows = sorted({index.row() for index in indexes if index.isValid()})
        if rows:
            mime.setData(MIME_TYPE, QByteArray(str(self.rows[rows[0]].item.id).encode()))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return headers()[section]
        return None
