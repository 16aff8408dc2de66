"""The main window: the File and Edit menus, the tabs of the open plan.

This module imports only Qt, so the window can show before the store loads; the
store and the tabs are imported when the first plan is opened.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from consult_desktop import APP_NAME, PLAN_SUFFIX
from consult_desktop.ui.fit import fit_to_screen

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QDialog

    from consult_desktop.services.edits import Change
    from consult_desktop.ui.context import PlanContext

MAX_RECENT = 8
BACKUP_INTERVAL_MS = 10 * 60 * 1000  # see store/backups.py
Key = QKeySequence.StandardKey


def redo_keys(platform_keys: list[QKeySequence]) -> list[QKeySequence]:
    """The platform's keys for Redo (Ctrl+Shift+Z on Linux and macOS) and Ctrl+Y as
    well, as on Windows: an officer used to either finds it works."""
    ctrl_y = QKeySequence("Ctrl+Y")
    return platform_keys if ctrl_y in platform_keys else [*platform_keys, ctrl_y]


class MainWindow(QMainWindow):
    started = Signal()  # the first plan is open (or refused): the start is over

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.context: PlanContext | None = None
        self.server_watch: Any = None  # others' edits to a plan on a server (server_open)
        self.read_only_notice: Any = None  # a plan that may only be read says so
        self.guide: Any = None  # the user guide's window, once opened
        self.slots: list[Any] = []
        self.tab_widget = QTabWidget()
        self.tab_widget.setDocumentMode(True)
        # Centred by its own markup: the first use of any enum of the Qt namespace makes
        # PySide build all ~90 of them (~45 ms), which the window need not wait for.
        placeholder = QLabel(self.tr("<p align=center>Open a plan with File &gt; Open, or"
                                     " create one with File &gt; New.</p>"))
        self.pages = QStackedWidget()
        self.pages.addWidget(placeholder)
        self.pages.addWidget(self.tab_widget)
        self.setCentralWidget(self.pages)
        self._build_menus()
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_INTERVAL_MS)
        self.backup_timer.timeout.connect(self.take_backup)
        self.backup_timer.start()
        self.statusBar().showMessage(self.tr("Ready"))
        fit_to_screen(self, QSize(1100, 720))  # on a 1024x600 laptop too
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._update_title()

    # ----- menus -----------------------------------------------------------------
    def _action(self, menu: QMenu, text: str, slot: Any, shortcut: Any = None,
                tip: str = "") -> QAction:
        """A menu entry; `tip` says what it does (shown when the pointer rests on it)."""
        action = menu.addAction(text)
        action.triggered.connect(slot)
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
            menu.setToolTipsVisible(True)
        if isinstance(shortcut, str):
            action.setShortcuts([QKeySequence(shortcut)])
        elif shortcut is not None:
            # Every key of the platform for it (Close: Ctrl+W and Ctrl+F4). setShortcut
            # would make PySide build the enums of the Qt namespace (~45 ms) at start.
            action.setShortcuts(shortcut)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&New…"), self.new_plan, Key.New,
                     self.tr("Start a plan for a new meeting, in a file of its own"))
        self._action(file_menu, self.tr("New &from an existing plan…"), self.new_from_plan,
                     None, self.tr("Start the next session from an earlier plan: its "
                                   "options, budgets, agenda and deadlines, on new dates"))
        self._action(file_menu, self.tr("&Open…"), self.open_dialog, Key.Open,
                     self.tr("Open a plan file (.consult)"))
        self._action(file_menu, self.tr("Open from ser&ver…"), self.open_from_server, None,
                     self.tr("Open a plan kept on a PostgreSQL server, to work on it with"
                             " others"))
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        self.save_action = self._action(
            file_menu, self.tr("&Save"), self.save, Key.Save,
            self.tr("Every change is already saved as you make it"))
        self.save_as_action = self._action(
            file_menu, self.tr("Save &As…"), self.save_as, Key.SaveAs,
            self.tr("Copy the plan to a new file and go on in that one"))
        self.close_action = self._action(
            file_menu, self.tr("&Close"), self.close_plan, Key.Close,
            self.tr("Close the plan (it is saved already)"))
        self.restore_action = self._action(
            file_menu, self.tr("Restore from &backup…"), self.restore_backup, None,
            self.tr("Bring back an earlier copy of a plan, kept automatically, as a new file"))
        file_menu.addSeparator()
        self._build_print_menu(file_menu)
        self.letters_action = self._action(
            file_menu, self.tr("&Letters of invitation…"), self.letters, None,
            self.tr("Write a note verbale to each State's mission, or a letter to each"
                    " participant"))
        self.documents_action = self._action(
            file_menu, self.tr("&Documents…"), self.edit_documents, None,
            self.tr("Set each document's symbol, date of issue, distribution and agenda item"))
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, Key.Quit,
                     self.tr("Close the window; the plan is saved already"))

        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self._action(self.edit_menu, self.tr("&Undo"), self.undo, Key.Undo,
                                        self.tr("Take back the last change to the plan"))
        self.redo_action = self._action(self.edit_menu, self.tr("&Redo"), self.redo, Key.Redo,
                                        self.tr("Make again the change last taken back"))
        self.redo_action.setShortcuts(redo_keys(self.redo_action.shortcuts()))
        self.edit_menu.addSeparator()
        self.details_action = self._action(
            self.edit_menu, self.tr("Plan &details…"), self.edit_details, "Ctrl+I",
            self.tr("The meeting's title, organiser, mandate, venue, dates, currency and PSC"
                    " rate"))
        self.translations_action = self._action(
            self.edit_menu, self.tr("Texts in other &languages…"), self.edit_translations,
            "Ctrl+Shift+L", self.tr("The plan's texts in English, French and Russian side by"
                                    " side: type the versions, or send them to translators"
                                    " and import their work"))
        self.edit_menu.addSeparator()
        self.preferences_action = self._action(
            self.edit_menu, self.tr("Pre&ferences…"), self.preferences, Key.Preferences,
            self.tr("Choose the window's language, applied at the next start"))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.guide_action = self._action(help_menu, self.tr("&User guide"), self.show_guide,
                                         Key.HelpContents,
                                         self.tr("How to plan a meeting with this program,"
                                                 " offline"))
        if not self.guide_action.shortcuts():  # a platform with no help key: F1 still
            self.guide_action.setShortcuts([QKeySequence("F1")])
        self._action(help_menu, self.tr("&About {name}").format(name=APP_NAME), self.about,
                     None, self.tr("The version, licence, and the Qt and Python it runs on"))
        self._update_actions()

    def _build_print_menu(self, file_menu: QMenu) -> None:
        """File > Print: one entry a document, each opening a preview."""
        from consult_desktop.ui.print_menu import documents, print_action

        self.print_menu = file_menu.addMenu(self.tr("&Print"))
        self.print_actions = {}
        for kind, text in documents():
            slot = print_action(lambda: self.context, kind, text, self)
            self.print_actions[kind] = self._action(
                self.print_menu, f"{text}…", slot, None,
                self.tr("See the pages of the document ({name}), then save them as PDF or"
                        " print them").format(name=text.replace("&", "")))
        self.print_actions["pack"].setShortcuts(Key.Print)

    def letters(self) -> None:
        if self.context is not None:
            from consult_desktop.ui.letters_dialog import LettersDialog

            LettersDialog.ask(self.context, self)

    def _update_actions(self) -> None:
        is_open = self.context is not None
        self.print_menu.setEnabled(is_open)
        for action in (self.save_action, self.save_as_action, self.close_action,
                       self.details_action, self.letters_action,
                       self.documents_action, self.translations_action):
            action.setEnabled(is_open)
        stack = self.context.undo_stack if self.context else None
        self.undo_action.setEnabled(bool(stack and stack.canUndo()))
        self.redo_action.setEnabled(bool(stack and stack.canRedo()))
        undo, redo = (stack.undoText(), stack.redoText()) if stack else ("", "")
        self.undo_action.setText(self.tr("&Undo {change}").format(change=undo).strip())
        self.redo_action.setText(self.tr("&Redo {change}").format(change=redo).strip())

    # ----- opening and closing plans ------------------------------------------------
    def open_initial(self, path: Path | None) -> None:
        """At start: the file asked for, else the most recent plan, else the demo copy.
        `started` is emitted then: the window is usable."""
        try:
            self._open_first(path)
        finally:
            self.started.emit()

    def _open_first(self, path: Path | None) -> None:
        if path is not None:
            self.open_path(path)
            return
        for recent in self.recent_files():
            if Path(recent).is_file() and self.open_path(Path(recent), quiet=True):
                return
        from consult_desktop.ui.demo_copy import user_demo_path

        self.open_path(user_demo_path())

    def open_path(self, path: Path, quiet: bool = False) -> bool:
        from consult_desktop.store.opening import PlanFileError, open_plan
        from consult_desktop.ui import server_open
        from consult_desktop.ui.context import PlanContext

        if self.context is not None and isinstance(path, Path) and \
                self.context.plan_file.path.resolve() == Path(path).resolve():
            self._close_context()  # reopening: let go of the plan's editing lock first
        from consult_desktop.store.server_plan import PasswordNeeded

        try:
            context = PlanContext(open_plan(path), self)
        except PasswordNeeded as needed:  # ~/.pgpass has none: ask, keep it in memory only
            if quiet or not server_open.ask_password(needed, self):
                return False
            return self.open_path(path, quiet)
        except PlanFileError as error:
            if not quiet:
                from consult_desktop.ui import phrases

                self.warn(self.tr("Cannot open the plan"), phrases.of_error(error))
            return False
        self._close_context()
        self._show_context(context)
        self.server_watch = server_open.watch(context, self)  # others' edits, a banner
        self._remember(path)
        self.statusBar().showMessage(self.tr("Opened {path}").format(path=path), 5000)
        if context.plan_file.read_only:
            from consult_desktop.ui import phrases

            why = phrases.text(context.plan_file.notice)
            self._show_read_only_notice(why)
            self.warn(self.tr("Opened read-only"),
                      self.tr("{plan}: {why}.").format(plan=path, why=why))
        # A copy of the plan as it was opened, kept just before its first change.
        plan_file = context.plan_file
        context.first_change.connect(lambda: self.take_backup(plan_file, first=True))
        return True

    def _show_context(self, context: PlanContext) -> None:
        from consult_desktop.ui.tab_slot import TabSlot
        from consult_desktop.ui.tabs import tabs

        self.context = context
        self.slots = [TabSlot(*tab, context) for tab in tabs()]
        for slot in self.slots:
            self.tab_widget.addTab(slot, slot.title)
        self._connect_signals()
        self.tab_widget.setCurrentIndex(int(str(self.settings.value("window/tab", 0) or 0)))
        self._build_current_tab()
        self.pages.setCurrentWidget(self.tab_widget)
        self._update_title()
        self._update_actions()

    @property
    def tabs(self) -> list[Any]:
        """Every tab of the open plan, built now if it was not yet shown."""
        return [slot.build() for slot in self.slots]

    def _build_current_tab(self) -> None:
        index = self.tab_widget.currentIndex()
        if 0 <= index < len(self.slots):
            self.slots[index].build()

    def _connect_signals(self) -> None:
        """The one place where the tabs and the window are wired together. A tab is
        built when first shown, and from then on hears every change of the plan."""
        from consult_desktop.ui import remember, tips
        from consult_desktop.ui.plan_tab import wire

        assert self.context is not None
        context = self.context
        for slot in self.slots:
            slot.built.connect(lambda tab: wire(context, tab))
            slot.built.connect(lambda tab: remember.attach(self.settings, tab))
            slot.built.connect(tips.describe)
        self.tab_widget.currentChanged.connect(self._build_current_tab)
        context.changed.connect(self._on_plan_changed)
        context.failed.connect(lambda message: self.warn(self.tr("Not saved"), message))
        context.undo_stack.indexChanged.connect(self._update_actions)

    def _on_plan_changed(self, change: Change) -> None:
        if change.topic == "plan":  # Topic.PLAN
            self._update_title()
        self.statusBar().showMessage(self.tr("Saved"), 3000)

    def _show_read_only_notice(self, why: str) -> None:
        """A plan that may only be read says so as long as it is open, beside the tabs'
        missing edit controls."""
        from PySide6.QtWidgets import QLabel

        self.read_only_notice = QLabel(self.tr("Read-only: {why}").format(why=why))
        self.read_only_notice.setToolTip(self.tr("Nothing can be changed in this plan here;"
                                                 " reading, printing and exporting work."))
        self.statusBar().addPermanentWidget(self.read_only_notice)

    def _close_context(self) -> None:
        if self.context is None:
            return
        notice = self.read_only_notice
        if notice is not None:
            self.statusBar().removeWidget(notice)
            notice.deleteLater()
            self.read_only_notice = None
        self.settings.setValue("window/tab", self.tab_widget.currentIndex())
        self.tab_widget.currentChanged.disconnect(self._build_current_tab)
        self.pages.setCurrentIndex(0)
        self.tab_widget.clear()
        for slot in self.slots:
            slot.setParent(None)  # Python owns it again, and frees it with the list
        self.slots = []
        if self.server_watch is not None:
            self.server_watch, watch = None, self.server_watch
            watch.stop()
        from consult_desktop.ui.translations_window import forget_translations

        forget_translations(self)
        self.context.close()
        self.context.setParent(None)
        self.context = None

    def close_plan(self) -> None:
        self._close_context()
        self._update_title()
        self._update_actions()

    def plan_title(self) -> str:
        if self.context is None:
            return ""
        from consult_desktop.services.plan import details

        return str(details(self.context.plan_file)["title"])

    def _update_title(self) -> None:
        if self.context is None:
            self.setWindowTitle(APP_NAME)
            self.setWindowFilePath("")
            return
        path = self.context.plan_file.path
        self.setWindowFilePath(str(path))
        read_only = self.tr(" (read-only)") if self.context.plan_file.read_only else ""
        where = getattr(self.context.plan_file, "label", path.name)  # a server: plan on URL
        self.setWindowTitle(f"{self.plan_title()} — {where}{read_only} — {APP_NAME}")

    # ----- File menu ----------------------------------------------------------
    def ask_path(self, purpose: str) -> Path | None:
        """Ask for a file: purpose is "open", "new" or "save as". Tests replace this."""
        from PySide6.QtWidgets import QFileDialog

        folder = str(self.settings.value("files/folder", str(Path.home())))
        if purpose == "open":
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Open plan"), folder,
                                                  self.file_filter())
        else:
            title = self.tr("New plan") if purpose == "new" else self.tr("Save plan as")
            name, _ = QFileDialog.getSaveFileName(self, title, folder, self.file_filter())
        if not name:
            return None
        path = Path(name)
        if purpose != "open" and not path.suffix:
            path = path.with_suffix(PLAN_SUFFIX)
        self.settings.setValue("files/folder", str(path.parent))
        return path

    def file_filter(self) -> str:
        return self.tr("Consult plans (*{suffix});;All files (*)").format(suffix=PLAN_SUFFIX)

    def ask_title(self) -> str | None:
        """Ask the new plan's title. Tests replace this."""
        from PySide6.QtWidgets import QInputDialog

        text, ok = QInputDialog.getText(self, self.tr("New plan"),
                                        self.tr("Title of the meeting:"))
        return text.strip() if ok and text.strip() else None

    def new_plan(self) -> None:
        title = self.ask_title()
        path = self.ask_path("new") if title else None
        if not title or path is None:
            return
        from consult_desktop.store.plan_file import PlanFileError, create_plan
        from consult_desktop.ui.language import window_lang

        try:
            # Written in the window's language: its defaults named so, its texts' original.
            create_plan(path, title, overwrite=path.exists(), lang=window_lang()).close()
        except (PlanFileError, OSError) as error:
            from consult_desktop.ui import phrases

            self.warn(self.tr("Cannot create the plan"), phrases.of_error(error))
            return
        self.open_path(path)

    def ask_new_from(self, dialog: QDialog) -> bool:
        """Show the New-from dialog; whether the officer went on. Tests replace this."""
        return bool(dialog.exec())

    def new_from_plan(self) -> None:
        """File > New from an existing plan...: pick the earlier plan, choose the new
        first day with a preview, then where to save the new plan, and open it."""
        from consult_desktop.services import new_plan
        from consult_desktop.store.opening import PlanFileError, open_plan
        from consult_desktop.ui.new_from_dialog import NewFromDialog

        path = self.ask_path("open")
        if path is None:
            return
        current = self.context.plan_file if self.context is not None else None
        same = current is not None and current.path.resolve() == path.resolve()
        try:
            source = current if same and current is not None else open_plan(path)
        except PlanFileError as error:
            from consult_desktop.ui import phrases

            self.warn(self.tr("Cannot open the plan"), phrases.of_error(error))
            return
        try:
            dialog = NewFromDialog(source, path.name, self)
            if not self.ask_new_from(dialog):
                return
            day, people = dialog.choices()
            target = self.ask_path("new")
            if target is None:
                return
            try:
                new_plan.create(source, target, day, people, overwrite=target.exists())
            except (PlanFileError, ValueError, OSError) as error:
                from consult_desktop.ui import phrases

                self.warn(self.tr("Cannot create the plan"), phrases.of_error(error))
                return
        finally:
            if not same:
                source.close()
        self.open_path(target)

    def ask_server_address(self) -> str | None:
        """Ask a plan's address on a server. Tests replace this."""
        from consult_desktop.ui.server_open import ask_address

        return ask_address(self, self.settings)

    def open_from_server(self) -> None:
        from consult_desktop.ui.server_open import open_from_server

        open_from_server(self)

    def open_dialog(self) -> None:
        path = self.ask_path("open")
        if path is not None:
            self.open_path(path)

    def save(self) -> None:
        self.statusBar().showMessage(self.tr("Every change is saved as you make it."), 5000)

    def save_as(self) -> None:
        if self.context is None:
            return
        path = self.ask_path("save as")
        if path is None:
            return
        from consult_desktop.domain.phrases import phrase
        from consult_desktop.store.plan_file import PlanFileError
        from consult_desktop.ui import phrases

        try:
            self.context.plan_file.save_as(path)
        except PlanFileError as error:
            self.warn(self.tr("Cannot save the plan"), phrases.of_error(error))
            return
        except OSError as error:
            self.warn(self.tr("Cannot save the plan"), phrases.text(phrase(
                "{where}: {error}", where=path, error=error.strerror or error)))
            return
        self.open_path(path)

    def take_backup(self, plan_file: Any = None, first: bool = False) -> None:
        """Keep a copy of the plan (the open one by default) if it changed since the last
        copy, or `first`, just before its first change; a failure is shown, never raised."""
        from consult_desktop.store import backups

        if plan_file is None:
            plan_file = self.context.plan_file if self.context is not None else None
        if plan_file is None or plan_file.read_only or plan_file.shared:
            return  # nothing to copy, or a plan on a server, which keeps its own backups
        if not (first or plan_file.changed_since_opened):
            return  # not changed since it was opened: the copy is kept before its first change
        try:
            backups.take(plan_file)
        except backups.BackupError as error:
            from consult_desktop.ui import phrases

            self.statusBar().showMessage(phrases.of_error(error), 10000)

    def restore_backup(self) -> None:
        """File > Restore from backup: the dialog gives the copy chosen; the window writes
        it to a new file and opens that."""
        from PySide6.QtWidgets import QMessageBox

        from consult_desktop.store import backups
        from consult_desktop.ui import phrases
        from consult_desktop.ui.restore_dialog import RestoreDialog

        found = backups.list_backups()
        if not found:
            QMessageBox.information(self, self.tr("Restore from backup"),
                                    self.tr("There are no backups yet: a copy of a plan is kept"
                                            " before its first change after opening."))
            return
        backup = RestoreDialog.ask(found, self)
        if backup is None:
            return
        path = self.ask_path("restore")
        if path is None:
            return
        try:
            backups.restore(backup, path)
        except backups.BackupError as error:
            self.warn(self.tr("Cannot restore the backup"), phrases.of_error(error))
            return
        except backups.PlanFileError as error:
            self.warn(self.tr("Cannot restore the backup"),
                      self.tr("The backup cannot be used: {error}").format(
                          error=phrases.of_error(error)))
            return
        self.open_path(path)

    def recent_files(self) -> list[str]:
        value = self.settings.value("files/recent", [])
        if isinstance(value, str):
            return [value]
        return [str(v) for v in value] if isinstance(value, list) else []

    def _remember(self, path: Path) -> None:
        name = str(Path(path).resolve()) if isinstance(path, Path) else str(path)
        recent = [name, *(r for r in self.recent_files() if r != name)][:MAX_RECENT]
        self.settings.setValue("files/recent", recent)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for number, name in enumerate(self.recent_files(), start=1):
            action = self.recent_menu.addAction(f"&{number} {name}")
            action.triggered.connect(lambda _=False, n=name: self._open_recent(n))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("No recent plans")).setEnabled(False)

    def _open_recent(self, name: str) -> None:
        from consult_desktop.ui.server_open import address_of

        self.open_path(address_of(name))  # type: ignore[arg-type]

    # ----- Edit menu ----------------------------------------------------------
    def undo(self) -> None:
        if self.context is not None:
            self.context.undo_stack.undo()

    def redo(self) -> None:
        if self.context is not None:
            self.context.undo_stack.redo()

    def edit_details(self) -> None:
        if self.context is None:
            return
        from consult_desktop.services.plan import EditPlanDetails, details
        from consult_desktop.ui.plan_details import PlanDetailsDialog

        old = details(self.context.plan_file)
        new = PlanDetailsDialog.ask(old, self)
        if new is None:
            return
        edit = EditPlanDetails(old, new)
        if edit.new:
            self.context.run(edit)

    def edit_translations(self) -> None:
        from consult_desktop.ui.translations_window import show_translations

        if self.context is not None:
            show_translations(self.context, self)

    def edit_documents(self) -> None:
        from consult_desktop.ui.documents_dialog import edit_documents

        if self.context is not None:
            edit_documents(self.context, self)

    # ----- messages and closing ------------------------------------------------
    def warn(self, title: str, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.statusBar().showMessage(message, 10000)
        QMessageBox.warning(self, title, message)

    def show_guide(self) -> None:
        """Help > User guide (F1): the guide shipped with the program, offline."""
        from consult_desktop.ui.help import GuideDialog

        if self.guide is None:
            self.guide = GuideDialog(self)
        if self.guide.isVisible():  # open already, perhaps behind: bring it forward
            self.guide.raise_()
            self.guide.activateWindow()
        else:
            self.guide.show()

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from consult_desktop.ui.help import about_text

        QMessageBox.about(self, self.tr("About {name}").format(name=APP_NAME), about_text())

    def preferences(self) -> None:
        from consult_desktop.ui.preferences import PreferencesDialog

        PreferencesDialog.ask(self.settings, self)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self._close_context()
        self.settings.sync()
        super().closeEvent(event)
