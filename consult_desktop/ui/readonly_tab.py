"""A tab that shows what the plan holds as a read-only table, until its own issue
fills it with an editor."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from consult_desktop.ui.context import PlanContext
from consult_desktop.ui.rows_model import RowsModel

Query = Callable[[Session], Sequence[Sequence[Any]]]


class ReadOnlyTab(QWidget):
    title = ""
    topics: frozenset[str] = frozenset()
    headers: Sequence[str] = ()

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = RowsModel(self.headers)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.caption = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(self.caption)
        self.reload()

    def rows(self, session: Session) -> Sequence[Sequence[Any]]:
        raise NotImplementedError

    def reload(self) -> None:
        with self.context.plan_file.read() as session:
            rows = self.rows(session)
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        self.caption.setText(f"{len(rows)} rows")

    def on_plan_changed(self, topic: str) -> None:
        if topic in self.topics:
            self.reload()
