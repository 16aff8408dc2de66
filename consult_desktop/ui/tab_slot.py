"""A page of the main window's tab widget that builds its tab when first shown.

Opening a plan then fills only the tab in view: the others (a 10,000-row table, the
agenda, the chart) are built when the officer first turns to them.
"""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from consult_desktop.ui.context import PlanContext


class TabSlot(QWidget):
    built = Signal(object)  # the tab, once built

    def __init__(self, title: str, module: str, name: str, context: PlanContext) -> None:
        super().__init__()
        self.title = title
        self.module, self.name = module, name
        self.context = context
        self.tab: Any = None
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)

    def build(self) -> Any:
        if self.tab is None:
            tab_class = getattr(importlib.import_module(self.module), self.name)
            self.tab = tab_class(self.context, self)
            if self.context.plan_file.read_only:
                self.tab.show_read_only()
            self.box.addWidget(self.tab)
            self.tab.show()  # at once: a layout would show it only on the next event turn
            self.built.emit(self.tab)
        return self.tab
