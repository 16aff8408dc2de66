"""Options tab: the ways to hold the meeting, one edited at a time, and side by side."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from consult_desktop.domain.options import EDITED, problem
from consult_desktop.services import options as service
from consult_desktop.services import plan as plan_service
from consult_desktop.services.edits import Change, Topic
from consult_desktop.ui.context import PlanContext
from consult_desktop.ui.date_checks import dates_accepted
from consult_desktop.ui.option_editor import OptionEditor
from consult_desktop.ui.options_models import ComparisonModel, OptionsListModel
from consult_desktop.ui.plan_tab import PlanTab


class ConfirmDelete:
    @classmethod
    def ask(cls, parent: QWidget, text: str) -> bool:
        """Ask before deleting; True to go ahead. Tests replace this."""
        answer = QMessageBox.question(parent, QCoreApplication.translate("OptionsTab",
                                                                          "Delete option"),
                                      text)
        return answer == QMessageBox.StandardButton.Yes


class OptionsTab(PlanTab):
    title = "&Options"
    topics = frozenset({Topic.PLAN, Topic.OPTIONS, Topic.BUDGET, Topic.PARTICIPANTS})
    edit_actions = ("add_action", "duplicate_action", "delete_action", "up_action", "down_action")

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.option_id: int | None = None
        self.compared: list[service.OptionBudget] = []

        self.list_model = OptionsListModel()
        self.list_view = QListView()
        self.list_view.setModel(self.list_model)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.selectionModel().currentChanged.connect(self._current_changed)

        self.add_action = self._action(self.tr("&Add"), "Insert", self.add_option)
        self.duplicate_action = self._action(self.tr("D&uplicate"), "Ctrl+D",
                                             self.duplicate_option)
        self.delete_action = self._action(self.tr("&Delete"), QKeySequence.StandardKey.Delete,
                                          self.delete_option)
        self.up_action = self._action(self.tr("Move u&p"), "Alt+Up",
                                      lambda: self.move_option(-1))
        self.down_action = self._action(self.tr("Move do&wn"), "Alt+Down",
                                        lambda: self.move_option(1))
        buttons = QHBoxLayout()
        for action in (self.add_action, self.duplicate_action, self.delete_action,
                       self.up_action, self.down_action):
            button = QPushButton(action.text().replace("&", ""))
            button.setToolTip(action.toolTip())
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list_view)
        left_layout.addLayout(buttons)

        self.editor = OptionEditor()
        self.editor.edited.connect(self.commit_editor)
        scroll = QScrollArea()
        scroll.setWidget(self.editor)
        scroll.setWidgetResizable(True)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(scroll)
        split.setStretchFactor(1, 1)
        split.setSizes([360, 700])
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.addWidget(split, 1)
        details_layout.addWidget(self.message)

        self.comparison = ComparisonModel()
        self.comparison_view = QTableView()
        self.comparison_view.setModel(self.comparison)
        self.comparison_view.setWordWrap(True)
        self.comparison_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.comparison_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        rows = self.comparison_view.verticalHeader()
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # Wrapped text needs the final column widths: fit the rows each time they change,
        # once the header has laid out all its sections (not in the middle of it).
        # One timer, the view's own: it goes with the view, and a burst of resized
        # sections fits the rows once.
        fit_rows = QTimer(self.comparison_view, singleShot=True, interval=0)
        fit_rows.timeout.connect(self.comparison_view.resizeRowsToContents)
        self.comparison_view.horizontalHeader().sectionResized.connect(lambda *_: fit_rows.start())
        note = QLabel(self.tr("Figures as in the Budget tab, programme support costs"
                              " included. Not yet funded: lines on sources other than the"
                              " regular budget or existing resources."))
        note.setWordWrap(True)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.comparison_view, 1)
        side_layout.addWidget(note)

        self.pages = QTabWidget()
        self.pages.addTab(details, self.tr("Details"))
        self.pages.addTab(side, self.tr("Side by side"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.reload()

    def show_read_only(self) -> None:
        super().show_read_only()
        self.editor.show_read_only()

    def _action(self, text: str, shortcut: Any, slot: Any) -> QAction:
        # Delete and Insert act on the list (a form field has its own use for them); the
        # others anywhere in the tab.
        on_list = shortcut in ("Insert", QKeySequence.StandardKey.Delete)
        action = self.make_action(text, shortcut, slot, self.list_view if on_list else None)
        action.setToolTip(self.tr("{action} option ({keys})").format(
            action=text.replace("&", ""), keys=action.shortcut().toString()))
        return action

    # ----- loading ---------------------------------------------------------------
    def reload(self) -> None:
        """Read the options again; the list repaints only the options that differ."""
        found = service.options(self.context.plan_file)
        self.compared, currency = found.compared, found.currency
        ids = [c.option.id for c in self.compared]
        if self.option_id not in ids:
            self.option_id = ids[0] if ids else None
        keep = self.option_id
        self.list_model.show(self.compared, currency)
        self.option_id = keep
        row = self.list_model.row_of(keep)
        if row >= 0:
            self.list_view.setCurrentIndex(self.list_model.index(row))
        self.comparison.set_rows(self.compared, currency)
        self.comparison_view.resizeRowsToContents()
        plan = plan_service.details(self.context.plan_file)
        self.editor.follow_plan(plan["start_date"], plan["end_date"])
        self.editor.set_option(self.current())
        self._update_actions()

    def current(self) -> service.OptionRow | None:
        return next((c.option for c in self.compared if c.option.id == self.option_id), None)

    def _update_actions(self) -> None:
        row = self.list_model.row_of(self.option_id)
        for action in (self.duplicate_action, self.delete_action):
            action.setEnabled(row >= 0)
        self.up_action.setEnabled(row > 0)
        self.down_action.setEnabled(0 <= row < len(self.compared) - 1)

    def apply_change(self, change: Change) -> None:
        self.reload()

    def _current_changed(self, index: Any, _previous: Any = None) -> None:
        option_id = index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None
        if option_id is not None and option_id != self.option_id:
            self.option_id = option_id
            self.message.clear()
            self.editor.set_option(self.current())
            self._update_actions()

    def select(self, label: str) -> None:
        """Edit the option with this label (for the person, and for tests)."""
        for c in self.compared:
            if c.option.label == label:
                self.list_view.setCurrentIndex(self.list_model.index(
                    self.list_model.row_of(c.option.id)))

    # ----- editing -----------------------------------------------------------------
    def commit_editor(self) -> None:
        option = self.current()
        if option is None:
            return
        values = self.editor.values()
        others = [c.option.label for c in self.compared if c.option.id != option.id]
        reason = problem(values, others)
        if reason:
            self.message.setText(self.tr("{reason}. Not saved.").format(reason=reason))
            self.editor.set_option(option, keep_typing=False)
            return
        dates = values["proposed_start"], values["proposed_end"]
        if dates != (option.proposed_start, option.proposed_end) and \
                not dates_accepted(self, *dates):
            self.message.setText(self.tr("Dates not saved."))
            self.editor.set_option(option, keep_typing=False)
            return
        old = {k: v for k, v in asdict(option).items() if k in EDITED}
        if self.editor.option_id == option.id:  # what the person read before typing
            old.update(self.editor.read)
        edit = service.edit_option(option.id, old, values, checked=True)
        if edit is None:
            return
        if self.context.run(edit):
            self.message.clear()
        else:  # not saved (theirs taken, or cancelled): the editor shows what is stored
            self.editor.set_option(self.current(), keep_typing=False)

    def add_option(self) -> None:
        edit = service.AddOption()
        if self.context.run(edit):
            self._show_new(edit.option_id)
            self.editor.title.setFocus()
            self.editor.title.selectAll()

    def duplicate_option(self) -> None:
        if self.option_id is not None:
            edit = service.DuplicateOption(self.option_id)
            if self.context.run(edit):
                self._show_new(edit.option_id)

    def _show_new(self, option_id: int | None) -> None:
        self.option_id = option_id
        self.reload()

    def delete_option(self) -> None:
        option = next((c for c in self.compared if c.option.id == self.option_id), None)
        if option is None:
            return
        lines = len(option.lines)
        name = f"({option.option.label}) {option.option.title}"
        text = (self.tr("Delete option {option} and its %n budget line(s)? Edit > Undo brings"
                        " it back.", None, lines) if lines else
                self.tr("Delete option {option}? Edit > Undo brings it back.")).format(
            option=name)
        if ConfirmDelete.ask(self, text):
            row = self.list_model.row_of(self.option_id)
            read = {k: v for k, v in asdict(option.option).items() if k in EDITED}
            if self.context.run(service.DeleteOption(option.option.id, option.option.label,
                                                     read)):
                ids = [c.option.id for c in self.compared]
                if ids:
                    self.option_id = ids[min(row, len(ids) - 1)]
                    self.reload()

    def move_option(self, step: int) -> None:
        if self.option_id is None:
            return
        ids = [c.option.id for c in self.compared]
        edit = service.move_option(ids, self.option_id, step)
        if edit is not None:
            self.context.run(edit)
