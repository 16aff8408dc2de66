"""The plan's texts in every language of the meeting, one row a text: where it is, its
original, and its version in each other language. The language being edited is one of
the columns; a text with no version in it is marked (its original is what prints)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from consult_desktop.domain.translatable import LANGUAGES, Key
from consult_desktop.ui.words import language_name

Index = QModelIndex | QPersistentModelIndex
UNTRANSLATED = QColor("#fff4c2")  # the edited language's cells that have no version
MISSING_TEXT = QColor("#7a7a7a")


@dataclass(frozen=True)
class Row:
    key: Key
    where: str
    versions: dict[str, str]  # language -> text ("" for none), the original's included
    limit: int | None = None


class TranslationsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.original = "en"
        self.editing = "fr"
        self.rows: list[Row] = []

    @property
    def languages(self) -> list[str]:
        """The columns' languages: the original first, then the others."""
        return [self.original, *(lang for lang in LANGUAGES if lang != self.original)]

    def set_rows(self, original: str, rows: list[Row]) -> None:
        self.beginResetModel()
        self.original, self.rows = original, rows
        if self.editing == original:
            self.editing = self.languages[1]
        self.endResetModel()

    def set_editing(self, lang: str) -> None:
        """Edit the versions in `lang` (never the original's language)."""
        if lang != self.original and lang != self.editing:
            self.editing = lang
            if self.rows:
                self.dataChanged.emit(self.index(0, 1), self.index(len(self.rows) - 1,
                                                                   len(self.languages)))

    def column_of(self, lang: str) -> int:
        return 1 + self.languages.index(lang)

    def untranslated(self, lang: str | None = None) -> list[Row]:
        lang = lang or self.editing
        return [row for row in self.rows if not row.versions.get(lang, "").strip()]

    # ----- Qt's model ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(self.languages)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Where")
        if not 0 < section <= len(self.languages):
            return None
        lang = self.languages[section - 1]
        name = language_name(lang)
        if lang == self.original:
            return self.tr("%1 (original)").replace("%1", name)
        if lang == self.editing:
            return self.tr("%1 (editing)").replace("%1", name)
        return name

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if column == 0:
            return row.where if role in (Qt.ItemDataRole.DisplayRole,
                                         Qt.ItemDataRole.ToolTipRole) else None
        if not 0 < column <= len(self.languages):
            return None
        lang = self.languages[column - 1]
        text = row.versions.get(lang, "")
        missing = not text.strip()
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("untranslated") if missing
                    else " ".join(text.split()))  # one line a row; the pane shows it whole
        if role == Qt.ItemDataRole.EditRole:
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return (self.tr("No %1 version: the original prints in its place")
                    .replace("%1", language_name(lang)) if missing else text)
        if role == Qt.ItemDataRole.ForegroundRole and missing:
            return QBrush(MISSING_TEXT)
        if role == Qt.ItemDataRole.FontRole and missing:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and missing and lang == self.editing:
            return QBrush(UNTRANSLATED)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
