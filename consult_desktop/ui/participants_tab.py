"""Participants tab: the list of participants, searchable and filterable, with the form,
bulk status changes, and import and export of CSV and XLSX files."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from consult_desktop.domain import countries, vocab
from consult_desktop.domain.money import format_amount
from consult_desktop.domain.participants import (
    COLUMNS,
    SHARED_EMAILS,
    Person,
    find_duplicate,
    merge,
)
from consult_desktop.files import OutputError, check_output
from consult_desktop.services import participants as service
from consult_desktop.services.edits import Change, Topic
from consult_desktop.services.participants import (
    AddParticipant,
    DeleteParticipants,
    EditParticipant,
    ImportParticipants,
    SetStatus,
    to_person,
)
from consult_desktop.ui import phrases, words
from consult_desktop.ui.context import PlanContext
from consult_desktop.ui.language import window_lang
from consult_desktop.ui.participant_form import (
    DuplicateDialog,
    ParticipantDialog,
    Vet,
    describe,
)
from consult_desktop.ui.participants_filter import Criteria, ParticipantsFilter, travel_filters
from consult_desktop.ui.participants_model import ParticipantsModel
from consult_desktop.ui.plan_tab import PlanTab
from consult_desktop.ui.table_focus import select_row_on_focus

HIDDEN_AT_FIRST = ("honorific", "phone", "notes", "family_name_latin", "given_name_latin")


class ConfirmDelete:
    @classmethod
    def ask(cls, parent: QWidget, text: str) -> bool:
        """Ask before deleting; True to go ahead. Tests replace this."""
        answer = QMessageBox.question(
            parent, QCoreApplication.translate("ParticipantsTab", "Delete participants"), text)
        return answer == QMessageBox.StandardButton.Yes


def _combo(everything: str, choices: Iterable[tuple[str, str]]) -> QComboBox:
    combo = QComboBox()
    # Sized by its "all" text (whole in French: "Toutes les catégories"), not by its
    # longest choice: the tab must fit a small window.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(max(10, len(everything)))
    combo.addItem(everything, "")
    for code, label in choices:
        combo.addItem(label, code)
    combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)  # whole labels
    return combo


class ParticipantsTab(PlanTab):
    title = "&Participants"
    topics = frozenset({Topic.PARTICIPANTS, Topic.PLAN})
    edit_actions = ("add_action", "edit_action", "delete_action", "import_action", "open_action",
                    "status_widget_action")

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.members: frozenset[str] = frozenset()
        self.countries_used: set[str] = set()
        self.currency = ""
        self.model = ParticipantsModel(self)
        self.proxy = ParticipantsFilter(self.model, self)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(COLUMNS.index("family_name"), Qt.SortOrder.AscendingOrder)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        # Size columns on the rows in view and 200 more, not on 10,000.
        self.view.verticalHeader().setResizeContentsPrecision(200)
        header.setResizeContentsPrecision(200)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        for name in HIDDEN_AT_FIRST:
            self.view.setColumnHidden(COLUMNS.index(name), True)
        self.model.set_search_columns(self.visible_columns())
        self.view.doubleClicked.connect(
            lambda _index: self.edit_selected() if self.editable else None)
        self.view.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        select_row_on_focus(self.view)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the visible columns…"))
        self.search.setClearButtonEnabled(True)
        self.category_filter = _combo(self.tr("All categories"),
                                      words.choices(vocab.PARTICIPANT_CATEGORIES))
        self.country_filter = _combo(self.tr("All countries"), ())
        self.status_filter = _combo(self.tr("All statuses"),
                                    words.choices(vocab.PARTICIPANT_STATUSES))
        self.travel_filter = _combo(self.tr("Any travel support"), travel_filters())
        self.search.textChanged.connect(self._filter_changed)
        for combo in self._filter_combos():
            combo.currentIndexChanged.connect(self._filter_changed)
        self.counts = QLabel()
        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignRight)

        self.toolbar = QToolBar()
        self.add_action = self._action(self.tr("&Add…"), self.add_participant, "Ctrl+Shift+N")
        self.edit_action = self._action(self.tr("&Edit…"), self.edit_selected)
        self.delete_action = self._action(self.tr("&Delete"), self.delete_selected,
                                          QKeySequence.StandardKey.Delete)
        self.status_menu = QMenu(self.tr("Set &status"), self)
        for code, label in words.choices(vocab.PARTICIPANT_STATUSES):
            self.status_menu.addAction(label).triggered.connect(
                lambda _=False, c=code: self.set_status_of_selection(c))
        self.status_button = QToolButton()
        self.status_button.setText(self.tr("Set status"))
        self.status_button.setToolTip(self.tr("Change the status of every selected"
                                              " participant"))
        self.status_button.setMenu(self.status_menu)
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.status_widget_action = self.toolbar.addWidget(self.status_button)
        self.toolbar.addSeparator()
        self.import_action = self._action(self.tr("&Import…"), self.import_dialog)
        self.export_action = self._action(self.tr("E&xport…"), self.export_dialog)
        self.make_action(self.tr("Find"), QKeySequence.StandardKey.Find, self.focus_search)
        # Enter opens the form of the current row (only in the list: elsewhere it is
        # the key of a field or a button).
        self.open_action = self.make_action(self.tr("Edit"), "Return", self.edit_current,
                                            within=self.view)
        self.open_action.setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for combo in self._filter_combos():
            filters.addWidget(combo, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.counts, 1)
        bottom.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.view)
        layout.addLayout(bottom)
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        self.reload()
        self.size_columns()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def size_columns(self, sample: int = 200) -> None:
        """Width of each column from its header and its first rows' text; a view's own
        resizeColumnsToContents asks data() ten roles a cell, ~250 ms at 200 rows."""
        metrics = self.view.fontMetrics()
        header = self.view.horizontalHeader().fontMetrics()
        most = {"function": 220, "organisation": 260, "email": 240, "category": 230,
                "country": 150}
        for column, name in enumerate(COLUMNS):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max([header.horizontalAdvance(title) + 24,
                         *(metrics.horizontalAdvance(text) + 20
                           for text in self.model.columns[column][:sample])])
            self.view.setColumnWidth(column, min(width, most.get(name, 400)))

    def _action(self, text: str, slot: Any, shortcut: Any = None) -> QAction:
        """An action of the tab (its shortcut works anywhere in the tab), shown on the
        toolbar."""
        action = self.make_action(text, shortcut, slot)
        self.toolbar.addAction(action)
        return action

    def _filter_combos(self) -> list[QComboBox]:
        return [self.category_filter, self.country_filter, self.status_filter,
                self.travel_filter]

    # ----- loading and filtering ------------------------------------------------------
    def reload(self) -> None:
        selected = self.selected_ids()
        roster = service.roster(self.context.plan_file, self.model.versions)
        self.members, self.currency = roster.members, roster.currency
        lang = window_lang()
        self.model.set_rows(roster.rows, lambda code: countries.name(code, lang))
        self._fill_country_filter()
        self.select_ids(selected)
        self._update_counts()
        self._update_actions()

    def apply_change(self, change: Change) -> None:
        """A change of some participants updates their rows only; one of the plan (its
        member States, its currency) or of every participant reloads the list."""
        if change.whole or change.topic != Topic.PARTICIPANTS:
            self.reload()
            return
        current = service.rows(self.context.plan_file, change.added | change.updated,
                               self.model.versions)
        self.model.follow(current, change.added, change.updated, change.removed)
        at = service.ROW_COLUMNS.index("country")
        if change.removed or not {row[at] for row in current} <= self.countries_used | {None}:
            self._fill_country_filter()  # a country may have come or gone
        self._update_counts()
        self._update_actions()

    def _fill_country_filter(self) -> None:
        combo = self.country_filter
        at = service.ROW_COLUMNS.index("country")
        used = {row[at] for row in self.model.rows} - {None}
        if used == self.countries_used and combo.count() == len(used) + 1:
            return  # the same countries: the combo stays as it is
        self.countries_used = used
        current = combo.currentData()
        lang = window_lang()
        codes = sorted(used, key=lambda code: countries.sort_key(code, lang))
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All countries"), "")
        for code in codes:
            mark = " ★" if code in self.members else ""
            combo.addItem(f"{countries.name(code, lang)}{mark}", code)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def criteria(self) -> Criteria:
        return Criteria(self.search.text(), self.category_filter.currentData() or "",
                        self.country_filter.currentData() or "",
                        self.status_filter.currentData() or "",
                        self.travel_filter.currentData() or "")

    def _filter_changed(self) -> None:
        self.proxy.set_criteria(self.criteria())
        self._update_counts()

    def _update_counts(self) -> None:
        shown, confirmed, funded, amount = self.model.counts()
        total = len(self.model.rows)
        locale = self.locale()
        head = (self.tr("%Ln participant(s)", None, total) if shown == total
                else self.tr("{shown} of %Ln participant(s) shown", None, total).format(
                    shown=locale.toString(shown)))
        money = format_amount(amount, self.currency, window_lang(), style="code")
        self.counts.setText(" · ".join((
            head, self.tr("%Ln confirmed", None, confirmed),
            self.tr("%Ln with funded travel ({amount})", None, funded).format(amount=money))))

    def _column_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        for column in range(len(COLUMNS)):
            action = menu.addAction(str(self.model.headerData(column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not self.view.isColumnHidden(column))
            action.toggled.connect(lambda on, c=column: self.show_column(c, on))
        menu.exec(self.view.horizontalHeader().mapToGlobal(position))

    def show_column(self, column: int, visible: bool) -> None:
        """Show or hide a column; the search looks only at the visible ones."""
        self.view.setColumnHidden(column, not visible)
        self.model.set_search_columns(self.visible_columns())
        self._filter_changed()

    def visible_columns(self) -> list[int]:
        return [c for c in range(len(COLUMNS)) if not self.view.isColumnHidden(c)]

    # ----- selection ------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return [self.model.rows[self.proxy.mapToSource(index).row()][0] for index in rows]

    def select_ids(self, ids: Sequence[int]) -> None:
        wanted = set(ids)
        selection = QItemSelection()
        last = len(COLUMNS) - 1
        for number, row in enumerate(self.model.rows):
            if row[0] in wanted:
                index = self.proxy.mapFromSource(self.model.index(number, 0))
                if index.isValid():
                    selection.select(index, index.siblingAtColumn(last))
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        self.view.selectionModel().select(selection, flags)
        if not selection.isEmpty():
            self.view.scrollTo(selection.indexes()[0])

    def _update_actions(self) -> None:
        count = len(self.view.selectionModel().selectedRows())
        self.edit_action.setEnabled(count == 1)
        self.delete_action.setEnabled(count > 0)
        self.status_button.setEnabled(count > 0)

    # ----- editing --------------------------------------------------------------------
    def people(self, but: int | None = None) -> list[tuple[int, Person]]:
        return [(row[0], to_person(row)) for row in self.model.rows if row[0] != but]

    def _vetting(self, others: list[tuple[int, Person]], can_merge: bool
                 ) -> tuple[Vet, dict[str, Any]]:
        """The question about a duplicate, asked from the form before it closes; the
        answer lands in the dict (choice, ident, old). Cancel returns to the form."""
        answer: dict[str, Any] = {}

        def vet(person: Person, parent: QWidget) -> bool:
            answer.clear()
            duplicate = find_duplicate(person, others)
            if duplicate is None:
                return True
            ident, how = duplicate
            old = dict(others)[ident]
            choice = DuplicateDialog.ask(parent, person, old, how, can_merge=can_merge)
            if choice is None:
                return False
            answer.update(choice=choice, ident=ident, old=old, how=how)
            return True
        return vet, answer

    @staticmethod
    def _separate(person: Person, answer: dict[str, Any], before: Person | None = None
                  ) -> Person:
        """A person kept apart from one of the same email: without it (with the email
        they had `before` an edit), when SHARED_EMAILS is off."""
        if answer.get("how") == "email" and not SHARED_EMAILS:
            return person._replace(email=before.email if before else None)
        return person

    def add_participant(self) -> None:
        vet, answer = self._vetting(self.people(), can_merge=True)
        person = ParticipantDialog.ask(self, None, self.members, vet)
        if person is None:
            return
        if answer.get("choice") == "merge":
            ident, old = answer["ident"], answer["old"]
            self.context.run(EditParticipant(ident, old, merge(old, person),
                                             self.tr("Merge into {name}").format(
                                                 name=describe(old)),
                                             self.model.versions.get(ident)))
            self.select_ids([ident])
            return
        edit = AddParticipant(self._separate(person, answer))
        if self.context.run(edit):
            self.select_ids(edit.ids or [])

    def edit_current(self) -> None:
        """The form of the row with the focus (selected alone first)."""
        current = self.view.currentIndex()
        if current.isValid():
            ident = self.model.rows[self.proxy.mapToSource(current).row()][0]
            if self.selected_ids() != [ident]:
                self.select_ids([ident])
        self.edit_selected()

    def edit_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        ident = ids[0]
        old = to_person(self.model.rows[self.model.row_of(ident)])
        seen = self.model.versions.get(ident)  # the row as read: others may change it
        vet, answer = self._vetting(self.people(but=ident), can_merge=False)
        from consult_desktop.services.budget import trip_note

        note = phrases.text(trip_note(self.context.plan_file, ident))  # a trip's sum
        new = ParticipantDialog.ask(self, old, self.members, vet,
                                    **({"trip_note": note} if note else {}))
        if new is None or new == old:
            return
        new = self._separate(new, answer, old)
        if new != old:
            self.context.run(EditParticipant(ident, old, new, seen=seen))

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        if len(ids) == 1:
            row = self.model.rows[self.model.row_of(ids[0])]
            question = self.tr("Delete {name}?").format(name=describe(to_person(row)))
        else:
            question = self.tr("Delete %Ln participants?", None, len(ids))
        effects = phrases.text(service.deletion_effects(self.context.plan_file, ids))
        text = f"{question}\n\n{effects}" if effects else question
        undo = self.tr("Edit > Undo brings them back.")
        if ConfirmDelete.ask(self, f"{text}\n\n{undo}"):
            self.context.run(DeleteParticipants(ids, self.model.versions))

    def set_status_of_selection(self, status: str) -> None:
        ids = self.selected_ids()
        if ids:
            self.context.run(SetStatus(ids, status, self.model.versions))

    # ----- import and export -----------------------------------------------------------
    def ask_import_path(self) -> Path | None:
        """Ask for the file to import. Tests replace this."""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import participants"), "",
            self.tr("Spreadsheets (*.csv *.xlsx *.xlsm *.tsv);;All files (*)"))
        return Path(name) if name else None

    def ask_export_path(self) -> Path | None:
        """Ask where to export. Tests replace this."""
        name, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export participants"), "",
            self.tr("CSV, UTF-8 (*.csv);;Excel workbook (*.xlsx)"))
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_suffix(".xlsx" if "xlsx" in chosen else ".csv")
        return path

    def import_dialog(self) -> None:
        path = self.ask_import_path()
        if path is not None:
            self.import_path(path)

    def ask_sheet(self, path: Path, sheets: list[str]) -> str | None:
        """Which sheet of a workbook to import, when none was recognised. Tests replace
        this."""
        from PySide6.QtWidgets import QInputDialog

        name, chosen = QInputDialog.getItem(
            self, self.tr("Import participants"),
            self.tr("No sheet of {file} has the expected columns. Which sheet holds the"
                    " participants?").format(file=path.name), sheets, 0, False)
        return name if chosen else None

    def import_path(self, path: Path, sheet: str | None = None) -> None:
        from consult_desktop.interchange.participants_csv import TableError
        from consult_desktop.interchange.participants_io import Reading
        from consult_desktop.interchange.participants_xlsx import SheetChoice
        from consult_desktop.ui.import_dialog import ImportDialog, summary

        try:
            reading = Reading(self.context.plan_file, path, sheet)
        except SheetChoice as error:
            chosen = self.ask_sheet(Path(path), error.sheets)
            if chosen is not None:
                self.import_path(path, chosen)
            return
        except TableError as error:
            self.context.report(phrases.of_error(error))
            return
        except OSError as error:
            self.context.report(f"{path}: {error.strerror or error}")
            return
        plan = ImportDialog.ask(self, path, reading)
        if plan is None or plan.fatal or not (plan.added or plan.updated):
            return
        if self.context.run(ImportParticipants(plan, Path(path).name)):
            self.message.setText(self.tr("Imported {file}: {summary}").format(
                file=Path(path).name, summary=summary(plan)))

    def export_dialog(self) -> None:
        path = self.ask_export_path()
        if path is not None:
            self.export_path(path)

    def export_path(self, path: Path) -> None:
        """Write the rows shown, in the order shown, with the visible columns."""
        from consult_desktop.interchange.participants_io import write_people

        rows = [self.model.rows[self.proxy.mapToSource(self.proxy.index(r, 0)).row()]
                for r in range(self.proxy.rowCount())]
        columns = [COLUMNS[c] for c in self.visible_columns()]
        try:
            check_output(path, [".csv", ".xlsx"])
            write_people(path, [to_person(row) for row in rows], columns)
        except OutputError as error:
            self.context.report(phrases.of_error(error))
            return
        except OSError as error:
            self.context.report(self.tr("{path}: not written ({error})").format(
                path=path, error=error.strerror or error))
            return
        self.message.setText(self.tr("Exported %Ln participant(s) to {file}", None, len(rows))
                             .format(file=Path(path).name))
