"""Agenda tab: the items of each day by time, their editor, and the clashes found.

A bar of days above the table (the meeting's days, any other day an item is on, and
"Unscheduled"); the actions add, edit, delete and move items, with "Ripple" shifting
the later items of the day by the same amount. Each action's shortcut is on the tab:
Insert, Ctrl+B, Ctrl+L add an item, a break, a lunch; Return edits; Delete deletes;
Ctrl+Up/Down move within the day, Ctrl+M to another day; Ctrl+Shift+E exports .ics.
An edit reaches the table row by row (ui/agenda_model.py); the edits themselves are
services/agenda.py's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStyle,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from consult_desktop.domain import agenda, agenda_edits
from consult_desktop.domain.agenda import Agenda, Item
from consult_desktop.domain.agenda_defaults import Day
from consult_desktop.domain.dates import short_day_and_date
from consult_desktop.files import A_CALENDAR, check_output
from consult_desktop.interchange import ics
from consult_desktop.services import agenda as service
from consult_desktop.services.edits import Change, Topic
from consult_desktop.ui import phrases
from consult_desktop.ui.agenda_day_bar import DayBar
from consult_desktop.ui.agenda_item_dialog import AgendaItemDialog
from consult_desktop.ui.agenda_model import AgendaModel, rows_for
from consult_desktop.ui.context import PlanContext
from consult_desktop.ui.language import window_lang
from consult_desktop.ui.plan_tab import PlanTab
from consult_desktop.ui.table_focus import select_row_on_focus


class AgendaTab(PlanTab):
    title = "&Agenda"
    topics = frozenset({Topic.AGENDA, Topic.PARTICIPANTS, Topic.OPTIONS, Topic.PLAN})
    edit_actions = ("add_action", "add_break_action", "add_lunch_action", "edit_action",
                    "delete_action", "up_action", "down_action", "day_action", "ripple_action",
                    "standard_action")

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.data: Agenda | None = None
        self.days: list[Day] = []
        self.clashes: list[agenda.Clash] = []
        self._shown = False
        self.warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.model = AgendaModel(self.warning)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(
            lambda _index: self.edit_item() if self.editable else None)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        select_row_on_focus(self.view)
        self.view.setDragEnabled(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.day_bar = DayBar()
        self.day_bar.currentChanged.connect(self._show_day)
        self.day_bar.dropped.connect(self.drop_on_day)
        self.clash_label = QLabel()
        self.clash_list = QListWidget()
        # A clash names two items, a room or a person and a time: whole, wrapped to the
        # panel's width, never cut at its right edge.
        self.clash_list.setWordWrap(True)
        self.clash_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.clash_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.clash_list.itemActivated.connect(self._go_to_clash)
        self.toolbar = QToolBar()
        self._build_actions()

        panel = QWidget()
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(0, 0, 0, 0)
        panel_layout.addWidget(self.clash_label)
        panel_layout.addWidget(self.clash_list)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.day_bar)
        layout.addWidget(splitter)
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        self.reload()

    def day_text(self, day: Day) -> str:
        """A day as the day bar names it: "Fri 03 Nov 2017", in the window's language."""
        return short_day_and_date(day, window_lang()) if day else self.tr("Unscheduled")

    # ----- actions ---------------------------------------------------------------------
    def _add(self, text: str, slot: Callable[[], object],
             shortcut: str | QKeySequence.StandardKey | None = None, tip: str = "") -> QAction:
        action = self.make_action(text, shortcut, slot)
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        tip = tip or text.replace("&", "").rstrip("…")
        action.setToolTip(f"{tip} ({keys})" if keys else tip)
        self.toolbar.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.add_action = self._add(self.tr("&Add item…"), lambda: self.add_item("item"), "Ins")
        self.add_break_action = self._add(self.tr("Add &break"), lambda: self.add_item("break"),
                                          "Ctrl+B")
        self.add_lunch_action = self._add(self.tr("Add &lunch"), lambda: self.add_item("lunch"),
                                          "Ctrl+L")
        self.edit_action = self._add(self.tr("&Edit…"), self.edit_item, "Return")
        self.delete_action = self._add(self.tr("&Delete"), self.delete_item,
                                       QKeySequence.StandardKey.Delete)
        self.toolbar.addSeparator()
        self.up_action = self._add(self.tr("Move &up"), lambda: self.move_item(-1), "Ctrl+Up")
        self.down_action = self._add(self.tr("Move &down"), lambda: self.move_item(1),
                                     "Ctrl+Down")
        self.day_action = self._add(self.tr("Move to &day…"), self.move_to_day, "Ctrl+M")
        self.ripple_action = self._add(self.tr("&Ripple"), lambda: None, tip=self.tr(
            "When on, moving, resizing, adding or deleting an item shifts the later items"
            " of the day by the same amount"))
        self.ripple_action.setCheckable(True)
        self.ripple_action.setChecked(True)
        self.toolbar.addSeparator()
        self.standard_action = self._add(self.tr("&Standard items"), self.add_standard_items,
                                         tip=self.tr(
            "Start an empty agenda from the standard items: opening, adoption of the agenda,"
            " election of officers, a substantive item, other business, adoption of the"
            " report"))
        self.ics_action = self._add(self.tr("E&xport .ics…"), self.export_ics, "Ctrl+Shift+E",
                                    tip=self.tr("Write the timed items to an iCalendar file,"
                                                " in the plan's time zone"))

    def _update_actions(self) -> None:
        item = self.selected()
        for action in (self.edit_action, self.delete_action, self.day_action):
            action.setEnabled(item is not None)
        self.up_action.setEnabled(item is not None and self._neighbour(-1) is not None)
        self.down_action.setEnabled(item is not None and self._neighbour(1) is not None)
        self.standard_action.setEnabled(self.data is not None and not self.data.items)

    # ----- loading ---------------------------------------------------------------------
    def apply_change(self, change: Change) -> None:
        """An edit of the agenda re-reads the items only (the people and the meeting are
        as they were) and updates the rows it touched; any other topic reloads all."""
        if change.topic == Topic.AGENDA and not change.whole and self.data is not None:
            self.data = replace(self.data, items=service.items(self.context.plan_file))
            self._show(follow=True)
        else:
            self.reload()

    def reload(self) -> None:
        self.data = service.load(self.context.plan_file)
        self._show(follow=False)

    def _show(self, follow: bool) -> None:
        """Show the data: the day bar, the clashes, the current day's rows (followed row
        by row when `follow` and the day is the same)."""
        assert self.data is not None
        keep_day = self.current_day()
        keep_item = self.selected()
        items = self.data.items
        days: set[dt.date] = set(self.data.meeting.days)
        days |= {item.day for item in items if item.day is not None}
        new_days: list[Day] = [*sorted(days)]
        if any(item.day is None for item in items) or not new_days:
            new_days.append(None)
        busy = [n for n, day in enumerate(new_days) if any(i.day == day for i in items)]
        index = (new_days.index(keep_day) if self._shown and keep_day in new_days
                 else busy[0] if busy else 0)
        self._shown = True
        self.day_bar.blockSignals(True)
        if new_days != self.days:
            self.days = new_days
            while self.day_bar.count():
                self.day_bar.removeTab(0)
            for day in self.days:
                self.day_bar.addTab(self.day_text(day))
            self.day_bar.closed = {n for n, day in enumerate(self.days) if day is None}
        same_day = follow and keep_day in new_days and new_days[index] == keep_day
        self.day_bar.setCurrentIndex(index)
        self.day_bar.blockSignals(False)
        self._show_clashes()
        self._show_day(index, follow=same_day)
        if keep_item is not None:
            self.select(keep_item.id)

    def current_day(self) -> Day:
        index = self.day_bar.currentIndex()
        return self.days[index] if 0 <= index < len(self.days) else None

    def _show_day(self, index: int, follow: bool = False) -> None:
        assert self.data is not None
        day = self.days[index] if 0 <= index < len(self.days) else None
        lang = window_lang()
        names = {person.id: person.titled.write(lang) for person in self.data.people}
        by_item = {item_id: [phrases.text(said) for said in found] for item_id, found
                   in agenda.clashes_by_item(self.clashes).items()}
        shown = [item for item in agenda.in_order(self.data.items) if item.day == day]
        for n, day_key in enumerate(self.days):
            count = sum(1 for item in self.data.items if item.day == day_key and item.id in by_item)
            self.day_bar.setTabTextColor(n, Qt.GlobalColor.darkRed if count else
                                         self.palette().windowText().color())
        rows = rows_for(shown, names, by_item)
        if follow:
            self.model.show(rows)
        else:
            self.model.set_rows(rows)
            self.view.resizeColumnsToContents()
            for column, widest in ((2, 420), (6, 320)):
                self.view.setColumnWidth(column, min(self.view.columnWidth(column), widest))
        self._update_actions()

    def _show_clashes(self) -> None:
        assert self.data is not None
        self.clashes = self.data.clashes()
        self.clash_list.clear()
        for clash in self.clashes:
            message = phrases.text(clash.said)
            entry = QListWidgetItem(self.warning, message, self.clash_list)
            entry.setToolTip(message)
            entry.setData(Qt.ItemDataRole.UserRole, clash.item_ids[0])
        count = len(self.clashes)
        self.clash_label.setText(self.tr("No clashes.") if not count else
                                 self.tr("%n clash(es):", None, count))

    def _go_to_clash(self, entry: QListWidgetItem) -> None:
        self.select(int(entry.data(Qt.ItemDataRole.UserRole)))

    # ----- selection -------------------------------------------------------------------
    def selected(self) -> Item | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return self.model.row(rows[0].row()).item if rows else None

    def select(self, item_id: int) -> None:
        """Show the day of an item and select it."""
        assert self.data is not None
        item = next((i for i in self.data.items if i.id == item_id), None)
        if item is None:
            return
        if item.day in self.days and self.days.index(item.day) != self.day_bar.currentIndex():
            self.day_bar.setCurrentIndex(self.days.index(item.day))
        row = self.model.row_of(item_id)
        if row >= 0:
            self.view.selectRow(row)

    # ----- edits -----------------------------------------------------------------------
    @property
    def ripple(self) -> bool:
        return self.ripple_action.isChecked()

    def _items(self) -> list[Item]:
        assert self.data is not None
        return self.data.items

    def _run(self, edit: service.ChangeAgenda, select: int | None = None) -> bool:
        done = self.context.run(edit)
        if done and select is not None:
            self.select(select)
        return done

    def add_item(self, kind: str = "item") -> bool:
        assert self.data is not None
        draft = service.draft(self.context.plan_file, self.data, kind, self.current_day(),
                              self.model.items(), self.selected())
        if kind == "item" or kind == "side_event":
            asked = AgendaItemDialog.ask(draft, self.data.people, self._parents(),
                                         self._rooms(), self, self._first_day())
            if asked is None:
                return False
            draft = asked
        return self._run(service.AddItem(self._items(), draft, self.ripple), select=draft.id)

    def _parents(self) -> list[Item]:
        return [i for i in agenda.in_order(self._items())
                if i.kind == "item" and i.parent_id is None]

    def _first_day(self) -> dt.date | None:
        assert self.data is not None
        return min(self.data.meeting.days, default=None)

    def _rooms(self) -> list[str]:
        return [i.room for i in self._items() if i.room]

    def edit_item(self) -> bool:
        assert self.data is not None
        item = self.selected()
        if item is None:
            return False
        asked = AgendaItemDialog.ask(item, self.data.people, self._parents(), self._rooms(),
                                     self, self._first_day())
        if asked is None or asked == item:
            return False
        return self._run(service.EditItem(self._items(), asked, self.ripple), select=item.id)

    def delete_item(self) -> bool:
        item = self.selected()
        if item is None:
            return False
        return self._run(service.DeleteItem(self._items(), item, self.ripple))

    def _neighbour(self, step: int) -> Item | None:
        item = self.selected()
        if item is None:
            return None
        return agenda_edits.neighbour(self.model.items(), item.id, step)

    def move_item(self, step: int) -> bool:
        item, other = self.selected(), self._neighbour(step)
        if item is None or other is None:
            return False
        return self._run(service.MoveItem(self._items(), item, other, step), select=item.id)

    def ask_day(self, days: Sequence[dt.date], current: Day) -> dt.date | None:
        """Which day to move an item to; tests replace this."""
        texts = [self.day_text(day) for day in days]
        start = days.index(current) if current in days else 0
        text, ok = QInputDialog.getItem(self, self.tr("Move to day"), self.tr("Day:"), texts,
                                        start, False)
        return days[texts.index(text)] if ok and text in texts else None

    def move_to_day(self) -> bool:
        item = self.selected()
        choices = [day for day in self.days if day is not None]
        if item is None or not choices:
            return False
        return self.move_to(item, self.ask_day(choices, item.day))

    def drop_on_day(self, item_id: int, index: int) -> bool:
        item = next((i for i in self._items() if i.id == item_id), None)
        if item is None or not 0 <= index < len(self.days):
            return False
        return self.move_to(item, self.days[index])

    def move_to(self, item: Item, day: Day) -> bool:
        """Move an item (and its parts) to another day at the same time of day."""
        if day is None or day == item.day:
            return False
        return self._run(service.MoveToDay(self._items(), item, day, self.ripple),
                         select=item.id)

    def add_standard_items(self) -> bool:
        assert self.data is not None
        if self.data.items:
            return False
        return self._run(service.StartStandard(service.standard_items(self.context.plan_file,
                                                                     self.data)))

    def ask_ics_path(self) -> Path | None:
        """Where to write the calendar; tests replace this."""
        suggested = str(self.context.plan_file.path.with_suffix(".ics"))
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the agenda"), suggested,
                                              self.tr("iCalendar (*.ics)"))
        return Path(name) if name else None

    def export_ics(self) -> bool:
        assert self.data is not None
        out = self.ask_ics_path()
        if out is None:
            return False
        try:
            check_output(out, [".ics"], what=A_CALENDAR)
            ics.write_ics(self.data.items, self.data.timezone, self.data.title, out)
        except (ValueError, OSError) as error:
            said = getattr(error, "strerror", None) or phrases.of_error(error)
            self.context.report(self.tr("Export the agenda to {path}: {error}").format(
                path=out, error=said))
            return False
        return True
