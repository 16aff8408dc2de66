"""Timeline tab: milestones and the options' meeting days on one axis, the milestones in
a table, deadlines suggested by the plan's rules, and the warnings.

A toolbar holds the tab's actions, each with its shortcut on the tab: Insert adds a
milestone, Return edits the selected one, Delete deletes it, Ctrl+D marks it done or
not, Ctrl+R edits the deadline rules, Ctrl+Return accepts the suggested deadline.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from consult_desktop.domain import vocab
from consult_desktop.domain.dates import date_range, long_date
from consult_desktop.domain.deadlines import Alert, Milestone, Suggestion
from consult_desktop.domain.milestones import new_milestone_date
from consult_desktop.services import timeline as service
from consult_desktop.services.edits import Topic
from consult_desktop.ui import phrases, words
from consult_desktop.ui.context import PlanContext
from consult_desktop.ui.language import window_lang
from consult_desktop.ui.milestone_dialog import MilestoneDialog, RulesDialog
from consult_desktop.ui.plan_tab import PlanTab
from consult_desktop.ui.table_focus import select_row_on_focus
from consult_desktop.ui.timeline_view import WARN, TimelineView

Index = QModelIndex | QPersistentModelIndex
Clock = Callable[[], dt.date]
TABLE_ROOM = 150  # what the strip leaves the milestones' table at least


class MilestonesModel(QAbstractTableModel):
    """The milestones as plain values, earliest first; flagged ones in red. Ticking a
    Done box asks for the milestone to be marked done or not (`doneToggled(id)`); the
    tab makes that an undoable edit and the model follows the file."""

    HEADERS = ("Done", "Date", "Milestone", "Kind")
    doneToggled = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Milestone] = []
        self.flagged: set[int] = set()

    def set_rows(self, rows: Sequence[Milestone], flagged: set[int]) -> None:
        self.beginResetModel()
        self.rows, self.flagged = list(rows), flagged
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 1:
                return date_range(row.date, row.end_date, window_lang())
            if column == 2:
                return row.title
            if column == 3:
                return words.label(vocab.MILESTONE_KINDS, row.kind)
            return None
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return Qt.CheckState.Checked if row.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and row.id in self.flagged:
            return WARN
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 0:
                return self.tr("Done: click to mark it not done (Ctrl+D)") if row.done else \
                    self.tr("Not done yet: click to mark it done (Ctrl+D)")
            return row.notes or None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 0 or \
                role != Qt.ItemDataRole.CheckStateRole:
            return False
        row = self.rows[index.row()]
        if (Qt.CheckState(value) == Qt.CheckState.Checked) != row.done:
            self.doneToggled.emit(row.id)
        return True

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (self.tr("Done"), self.tr("Date"), self.tr("Milestone"),
                    self.tr("Kind"))[section]
        return None


class AxisScroll(QScrollArea):
    """Scrolls the drawn axis when the window is short; asks for the axis' whole height."""

    def sizeHint(self) -> QSize:
        widget = self.widget()
        return QSize(super().sizeHint().width(), widget.height() if widget else 120)


class TimelineTab(PlanTab):
    title = "&Timeline"
    topics = frozenset({Topic.TIMELINE, Topic.OPTIONS, Topic.PLAN, Topic.DOCUMENTS})
    edit_actions = ("add_action", "edit_action", "delete_action", "done_action", "rules_action",
                    "accept_action", "accept_all_action")

    def __init__(self, context: PlanContext, parent: QWidget | None = None,
                 today: Clock | None = None) -> None:
        super().__init__(context, parent)
        self.today = today or dt.date.today
        self.suggested: list[Suggestion] = []
        self.alerts: list[Alert] = []
        self.meeting_start: dt.date | None = None
        self.view = TimelineView()
        self.model = MilestonesModel()
        self.model.doneToggled.connect(self.toggle_done_of)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setResizeContentsPrecision(100)  # sized on 100 rows
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(
            lambda _index: self.edit_milestone() if self.editable else None)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        select_row_on_focus(self.table)
        self.view.milestoneClicked.connect(self.select_milestone)
        self.suggestions = QListWidget()
        self.suggestions.setWordWrap(True)
        self.suggestions.itemDoubleClicked.connect(lambda _item: self.accept_suggestion())
        self.warnings = QListWidget()
        self.warnings.setWordWrap(True)
        self.warnings.setSpacing(3)
        self.warnings.itemActivated.connect(self._go_to_warning)
        self.toolbar = QToolBar()
        self._build_actions()
        self._build_layout()
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.reload()

    def _add(self, text: str, shortcut: str | QKeySequence.StandardKey,
             slot: Callable[[], object]) -> QAction:
        action = self.make_action(text, shortcut, slot)
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({keys})")
        self.toolbar.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.add_action = self._add(self.tr("&Add milestone…"), "Ins", self.add_milestone)
        self.edit_action = self._add(self.tr("&Edit…"), "Return", self.edit_milestone)
        self.delete_action = self._add(self.tr("&Delete"), QKeySequence.StandardKey.Delete,
                                       self.delete_milestone)
        self.done_action = self._add(self.tr("Mark d&one"), "Ctrl+D", self.toggle_done)
        self.toolbar.addSeparator()
        self.rules_action = self._add(self.tr("Deadline &rules…"), "Ctrl+R", self.edit_rules)
        self.accept_action = self._add(self.tr("A&ccept suggestion"), "Ctrl+Return",
                                       self.accept_suggestion)
        self.accept_all_action = self._add(self.tr("Accept a&ll suggestions"),
                                           "Ctrl+Shift+Return", self.accept_all_suggestions)
        for action in (self.accept_action, self.accept_all_action):
            self.toolbar.removeAction(action)  # shown under the suggestions

    def _build_layout(self) -> None:
        self.accept_button = QToolButton()  # the tab's action, beside what it accepts
        self.accept_button.setDefaultAction(self.accept_action)
        self.accept_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.accept_all_button = QToolButton()
        self.accept_all_button.setDefaultAction(self.accept_all_action)
        self.accept_all_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        accept_row = QHBoxLayout()
        accept_row.setContentsMargins(0, 0, 0, 0)
        accept_row.addWidget(self.accept_button)
        accept_row.addWidget(self.accept_all_button)
        accept_row.addStretch(1)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.suggestions_label = QLabel()
        self.warnings_label = QLabel()
        side_layout.addWidget(self.suggestions_label)
        side_layout.addWidget(self.suggestions, 2)
        side_layout.addLayout(accept_row)
        side_layout.addWidget(self.warnings_label)
        side_layout.addWidget(self.warnings, 3)
        for listing in (self.suggestions, self.warnings):
            listing.setMinimumHeight(48)
        below = QSplitter()
        below.addWidget(self.table)
        below.addWidget(side)
        below.setStretchFactor(0, 3)
        below.setStretchFactor(1, 2)
        # The axis scrolls when the window is short, so it never forces the window taller.
        self.axis_scroll = AxisScroll()
        self.axis_scroll.setWidget(self.view)
        self.axis_scroll.setWidgetResizable(True)
        self.axis_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.axis_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.axis_scroll.setMinimumHeight(80)
        self.view.heightChanged.connect(self._fit_strip)
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.axis_scroll)
        splitter.addWidget(below)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(splitter, 1)

    def _fit_strip(self, height: int) -> None:
        """The strip as tall as its lanes of labels need, as long as the table below
        keeps room for a few rows: more milestones make it taller, not scrolled."""
        self.axis_scroll.setMaximumHeight(height)
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if total <= 0 or sizes[0] >= height:
            return
        top = max(sizes[0], min(height, total - TABLE_ROOM))
        self.splitter.setSizes([top, total - top])

    # ----- loading ----------------------------------------------------------------
    def reload(self) -> None:
        selected = self.selected_id()
        timeline = service.load(self.context.plan_file)
        today = self.today()
        self.alerts = timeline.alerts(today)
        self.suggested = timeline.suggestions()
        flagged = {a.milestone_id for a in self.alerts
                   if a.milestone_id is not None and a.kind != "outcome_late"}
        late_options = {a.option_id for a in self.alerts if a.option_id is not None}
        self.model.set_rows(timeline.milestones, flagged)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        self.table.resizeColumnToContents(3)
        # Each day documents of the session are due (issue 22): drawn, not listed.
        from consult_desktop.services import document_list

        due = document_list.deadline_markers(document_list.entries(self.context.plan_file))
        markers = [Milestone(id=-number, title=self.tr("Documents due ({count}): {symbols}")
                             .format(count=len(day.symbols), symbols=day.listed(words.text)),
                             date=day.date, kind="document", done=not day.waiting)
                   for number, day in enumerate(due, start=1)]
        self.view.show_timeline([*timeline.milestones, *markers], timeline.options, today,
                                flagged, late_options)
        self.meeting_start = timeline.meeting_start
        self._fill_lists(timeline.meeting_start)
        if selected is not None:
            self.select_milestone(selected)
        self._update_actions()

    def _fill_lists(self, start: dt.date | None) -> None:
        self.suggestions.clear()
        lang = window_lang()
        for suggestion in self.suggested:
            item = QListWidgetItem(self.tr("{date}: {title} (%n week(s) before)", None,
                                           suggestion.weeks_before).format(
                date=long_date(suggestion.date, lang), title=suggestion.title))
            self.suggestions.addItem(item)
        anchor = self.tr("from the first day, {date}").format(date=long_date(start, lang)) \
            if start else self.tr("(no meeting dates yet)")
        self.suggestions_label.setText(self.tr("<b>Suggested deadlines</b> {anchor}").format(
            anchor=anchor))
        self.warnings.clear()
        for alert in self.alerts:
            item = QListWidgetItem(phrases.text(alert.said))
            item.setForeground(WARN)
            item.setData(Qt.ItemDataRole.UserRole, alert.milestone_id)
            self.warnings.addItem(item)
        if not self.alerts:
            item = QListWidgetItem(self.tr("No warnings: the plan fits its dates."))
            item.setForeground(QColor("#2e7d32"))
            self.warnings.addItem(item)
        self.warnings_label.setText(self.tr("<b>Warnings</b> ({n})").format(n=len(self.alerts)))

    # ----- selection ---------------------------------------------------------------
    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.rows[rows[0].row()].id if rows else None

    def select_milestone(self, milestone_id: int) -> None:
        for row, milestone in enumerate(self.model.rows):
            if milestone.id == milestone_id:
                self.table.selectRow(row)
                return

    def _go_to_warning(self, item: QListWidgetItem) -> None:
        milestone_id = item.data(Qt.ItemDataRole.UserRole)
        if milestone_id is not None:
            self.select_milestone(int(milestone_id))

    def _update_actions(self) -> None:
        selected = self.selected_id()
        for action in (self.edit_action, self.delete_action, self.done_action):
            action.setEnabled(selected is not None)
        milestone = next((m for m in self.model.rows if m.id == selected), None)
        self.done_action.setText(self.tr("Mark not d&one") if milestone and milestone.done
                                 else self.tr("Mark d&one"))
        self.accept_action.setEnabled(bool(self.suggested))
        self.accept_all_action.setEnabled(len(self.suggested) > 1)

    # ----- edits ------------------------------------------------------------------
    def _fields(self, milestone_id: int) -> service.Fields | None:
        try:
            return service.milestone(self.context.plan_file, milestone_id)
        except ValueError as error:  # deleted meanwhile
            self.context.report(phrases.of_error(error))
            return None

    def add_milestone(self) -> None:
        day = new_milestone_date(self.today(), self.meeting_start)
        fields = MilestoneDialog.ask(service.Fields("", day), self)
        if fields is not None:
            edit = service.AddMilestone(fields)
            if self.context.run(edit) and edit.milestone_id is not None:
                self.select_milestone(edit.milestone_id)

    def edit_milestone(self) -> None:
        milestone_id = self.selected_id()
        old = self._fields(milestone_id) if milestone_id is not None else None
        if milestone_id is None or old is None:
            return
        new = MilestoneDialog.ask(old, self)
        if new is not None:
            edit = service.EditMilestone(milestone_id, old, new)
            if edit.changes_anything:
                self.context.run(edit)

    def delete_milestone(self) -> None:
        milestone_id = self.selected_id()
        fields = self._fields(milestone_id) if milestone_id is not None else None
        if milestone_id is not None and fields is not None:
            self.context.run(service.DeleteMilestone(milestone_id, fields))

    def toggle_done(self) -> None:
        milestone_id = self.selected_id()
        if milestone_id is not None:
            self.toggle_done_of(milestone_id)

    def toggle_done_of(self, milestone_id: int) -> None:
        """Mark a milestone done, or not done any more: one step to undo."""
        old = self._fields(milestone_id)
        if old is not None:
            self.context.run(service.toggle_done(milestone_id, old))

    def accept_suggestion(self) -> None:
        """Accept the selected suggested deadline (the first when none is selected) as a
        document milestone."""
        if not self.suggested:
            return
        row = max(0, self.suggestions.currentRow())
        suggestion = self.suggested[min(row, len(self.suggested) - 1)]
        self.context.run(service.AddMilestone(service.suggestion_fields(suggestion),
                                              accepted=True))

    def accept_all_suggestions(self) -> None:
        """Accept every suggested deadline as a document milestone: one step to undo."""
        if self.suggested:
            self.context.run(service.AcceptSuggestions(self.suggested))

    def edit_rules(self) -> None:
        old = service.rules(self.context.plan_file)
        new = RulesDialog.ask(old, self)
        if new is not None and new != old:
            self.context.run(service.ReplaceRules(old, new))
