"""Summary tab: the summary of discussions, written per agenda item, plus key messages
and recommendations, in plain text with light markup and a live preview.

Typing is saved when the editor loses focus, when another section is chosen, and after a
pause; the saves of one visit to a section are one undo step. Alt+Down and Alt+Up go to
the next and previous section, F6 moves between the list and the editor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QHideEvent, QUndoCommand
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from consult_desktop.domain import light_markup
from consult_desktop.services import summary as service
from consult_desktop.services.edits import Topic
from consult_desktop.services.summary import EditSection, Slot
from consult_desktop.ui import words
from consult_desktop.ui.context import PlanContext
from consult_desktop.ui.plan_tab import PlanTab
from consult_desktop.ui.undo import EditCommand

if TYPE_CHECKING:
    from consult_desktop.services.guarded import Guarded

PAUSE_MS = 1500


class VisitCommand(EditCommand):
    """The undo step of one visit to a section: later saves of the visit merge into it."""

    MERGE_ID = 7_707
    edit: EditSection | Guarded

    def id(self) -> int:
        return self.MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        return isinstance(other, VisitCommand) and self.edit.absorb(other.edit)


class SummaryTab(PlanTab):
    title = "&Summary"
    topics = frozenset({Topic.AGENDA, Topic.SUMMARY})

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.slots: list[Slot] = []
        self.current_key: str | None = None
        # The slot shown as it was read when the editor got its text: what a save of the
        # person's typing is checked against.
        self.read: Slot | None = None
        self.visit = 0
        self._loading = False
        self.sections = QListWidget()
        self.sections.currentRowChanged.connect(self._on_row_changed)
        self.sections.setWordWrap(True)
        self.sections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sections.setSpacing(2)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(self.tr("Write the summary of the discussion here."))
        self.editor.textChanged.connect(self._on_text_changed)
        self.editor.installEventFilter(self)
        hint = QLabel(self.tr(
            "A blank line starts a new paragraph; a line starting with “- ” or “• ” is a"
            " bullet. Saved as you pause or leave the section; Edit > Undo takes back a visit."
            " Alt+Down and Alt+Up: next and previous section; F6: the list or the editor."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555")
        self.preview = QTextBrowser()
        self.pause = QTimer(self)
        self.pause.setSingleShot(True)
        self.pause.setInterval(PAUSE_MS)
        self.pause.timeout.connect(self.commit_edit)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heading)
        column.addWidget(self.editor, 3)
        column.addWidget(hint)
        column.addWidget(QLabel(self.tr("<b>Preview</b>")))
        column.addWidget(self.preview, 2)
        splitter = QSplitter()
        splitter.addWidget(self.sections)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.next_action = self.make_action(self.tr("&Next section"), "Alt+Down",
                                            lambda: self.step_section(1))
        self.previous_action = self.make_action(self.tr("&Previous section"), "Alt+Up",
                                                lambda: self.step_section(-1))
        self.switch_action = self.make_action(self.tr("Switch between the list and the editor"),
                                              "F6", self.switch_focus)
        self.reload()

    def show_read_only(self) -> None:
        super().show_read_only()
        self.editor.setReadOnly(True)

    # ----- loading ------------------------------------------------------------------
    def reload(self) -> None:
        """Read the slots again. The list keeps its place (the same sections are
        repainted in place), and a section being typed in keeps the typed text: it is
        saved against the text read before the typing, so someone else's change
        meanwhile is asked about, never overwritten."""
        old_keys = [slot.key for slot in self.slots]
        self.slots = service.slots(self.context.plan_file)
        keys = [slot.key for slot in self.slots]
        row = keys.index(self.current_key) if self.current_key in keys else 0
        self._loading = True
        try:
            if keys != old_keys:
                self.sections.clear()
                for _slot in self.slots:
                    self.sections.addItem(QListWidgetItem())
            for n, slot in enumerate(self.slots):
                item = self.sections.item(n)
                item.setText(words.text(slot.heading))
                item.setToolTip(words.text(slot.heading))
                item.setForeground(self.palette().placeholderText() if not slot.body.strip()
                                   else self.palette().text())
            if self.sections.currentRow() != (row if self.slots else -1):
                self.sections.setCurrentRow(row if self.slots else -1)
        finally:
            self._loading = False
        self._show_slot()

    def _show_slot(self) -> None:
        slot = self.current_slot()
        self.current_key = slot.key if slot else None
        self.editor.setEnabled(slot is not None)
        self.heading.setText(words.text(slot.heading) if slot else "")
        if slot is not None and self.typing() and self.read is not None \
                and self.read.key == slot.key and self.editor.toPlainText() != slot.body:
            self._update_preview()  # theirs shows once this is saved (or asked about)
            return
        self.read = slot
        body = slot.body if slot else ""
        if self.editor.toPlainText() != body:
            self.visit += 1  # text replaced from outside: a new undo step begins
            self._loading = True
            try:
                self.editor.setPlainText(body)
            finally:
                self._loading = False
        self._update_preview()

    def typing(self) -> bool:
        """Whether the editor holds text not yet saved over what was read."""
        return self.read is not None and self.editor.toPlainText() != self.read.body

    def current_slot(self) -> Slot | None:
        row = self.sections.currentRow()
        return self.slots[row] if 0 <= row < len(self.slots) else None

    def step_section(self, step: int) -> None:
        """Go to the next (1) or previous (-1) section, saving the one left."""
        row = self.sections.currentRow() + step
        if 0 <= row < self.sections.count():
            self.sections.setCurrentRow(row)

    def switch_focus(self) -> None:
        target = self.sections if self.editor.hasFocus() else self.editor
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # ----- editing --------------------------------------------------------------------
    def _on_row_changed(self, _row: int) -> None:
        if self._loading:
            return
        previous = self._read_slot()
        text, visit = self.editor.toPlainText(), self.visit
        chosen = self.current_slot()
        self.current_key = chosen.key if chosen else None
        self.visit += 1
        if previous is not None and text != previous.body:
            self.pause.stop()  # the save reloads the list, keeping the row now chosen
            self._save(EditSection(previous, text, visit))
        self.read = None  # another section: its text is read anew
        self._show_slot()

    def _on_text_changed(self) -> None:
        self._update_preview()
        if not self._loading:
            self.pause.start()

    def _update_preview(self) -> None:
        self.preview.setHtml(light_markup.to_html(light_markup.parse(self.editor.toPlainText())))

    def commit_edit(self) -> bool:
        """Save what is in the editor for the section shown; whether anything changed."""
        slot = self._read_slot()
        if slot is None or self.editor.toPlainText() == slot.body:
            self.pause.stop()
            return False
        return self._commit(slot)

    def _commit(self, slot: Slot) -> bool:
        self.pause.stop()
        return self._save(EditSection(slot, self.editor.toPlainText(), self.visit))

    def _read_slot(self) -> Slot | None:
        """The current section as read before the typing (else as now read)."""
        if self.read is not None and self.read.key == self.current_key:
            return self.read
        return next((s for s in self.slots if s.key == self.current_key), None)

    def _save(self, edit: EditSection) -> bool:
        if self.context.plan_file.shared:  # undo never overwrites someone's later change
            from consult_desktop.services.guarded import Guarded

            saved = self.context.push(VisitCommand(Guarded(edit), self.context))
        else:
            saved = self.context.push(VisitCommand(edit, self.context))
        if not saved and edit.slot.key == self.current_key:
            # Theirs taken, cancelled or refused: the editor shows what is stored (the
            # conflict dialog showed both texts; a kept edit is saved later).
            self.read = None
            self.reload()
        return saved

    def end_visit(self) -> None:
        """Save, and start a new undo step for what is typed next."""
        self.commit_edit()
        self.visit += 1

    def hideEvent(self, event: QHideEvent) -> None:
        self.end_visit()  # leaving the tab (or closing the plan) saves what was typed
        super().hideEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.end_visit()
        return super().eventFilter(watched, event)
