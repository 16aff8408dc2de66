"""The band across the window when a plan's server cannot be reached.

An edit made while the server is gone is not lost: it is kept here, the band says it
is not yet saved and what it is, and tries again by itself every few seconds (or at
once with "Try now"). When the server is back the kept edits are saved in the order
they were made, each as if made then (stacked for undo, checked against others'
changes: a conflict shows its dialog), and the band says when they were saved. It
also says when the changes of others are not being heard.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolBar, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from consult_desktop.ui.context import PlanContext
    from consult_desktop.ui.undo import EditCommand

RETRY_MS = 5000
SAVED_SHOWN_MS = 15000
_WAITING = "background: #fff4ce; color: #4a3b00; border-bottom: 1px solid #e0c060;"
_SAVED = "background: #dff6dd; color: #0e4d0e; border-bottom: 1px solid #8cc78c;"


class ConnectionBanner(QFrame):
    saved = Signal(int)  # how many kept edits were just saved

    def __init__(self, context: PlanContext, parent: QWidget | None = None,
                 retry_ms: int = RETRY_MS) -> None:
        super().__init__(parent)
        self.setObjectName("connectionBanner")
        self.context = context
        self.pending: list[EditCommand] = []
        self.listener_lost = ""  # why others' changes are not heard, while they are not
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.try_button = QPushButton("Try &now")
        self.try_button.clicked.connect(self.retry)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.try_button)
        self.timer = QTimer(self, interval=retry_ms, singleShot=True)
        self.timer.timeout.connect(self.retry)
        self.fade = QTimer(self, interval=SAVED_SHOWN_MS, singleShot=True)
        self.fade.timeout.connect(self._hide_saved)
        context.keep = self.hold
        self.hide()

    # ----- edits kept while the server is gone ------------------------------------
    def hold(self, command: EditCommand, reason: str) -> None:
        """The context could not save this edit: keep it and try again later."""
        self.pending.append(command)
        self._waiting(reason)

    def retry(self) -> None:
        """Save the kept edits in order; stop at the first the server still refuses."""
        saved = 0
        again: list[str] = []  # why the server still cannot be reached, if it cannot
        while self.pending:
            command = self.pending[0]
            self.context.keep = lambda _command, reason: again.append(reason)
            try:
                done = self.context.push(command)
            finally:
                self.context.keep = self.hold
            if again:
                self._waiting(again[0])
                return
            self.pending.pop(0)
            saved += done  # a conflict cancelled, or a refusal, was said by the context
        if self.listener_lost:
            self._waiting(self.listener_lost)
            return
        if saved:
            self.saved.emit(saved)
            self._saved(saved)
        elif self.showing and not self.fade.isActive():
            self._hide()

    def stop(self) -> None:
        self.timer.stop()
        self.fade.stop()
        if self.context.keep == self.hold:
            self.context.keep = None

    # ----- others' changes not heard -----------------------------------------------
    def lost(self, reason: str) -> None:
        """The changes of others are not heard (the watch retries on its own)."""
        self.listener_lost = reason
        self._waiting(reason)

    def back(self) -> None:
        self.listener_lost = ""
        if self.pending:
            self.retry()
        elif not self.fade.isActive():
            self._hide()

    # ----- what the band says ------------------------------------------------------
    def _waiting(self, reason: str) -> None:
        self.fade.stop()
        seconds = max(1, round(self.timer.interval() / 1000))
        parts = [f"The server cannot be reached ({_short(reason)})."]
        if self.pending:
            names = ", ".join(command.text() for command in self.pending)
            many = "change" if len(self.pending) == 1 else f"{len(self.pending)} changes"
            parts.append(f"Not yet saved, and kept: {many} ({names}).")
        if self.listener_lost:
            parts.append("Changes by others are not shown until it is back.")
        parts.append(f"Trying again every {seconds} s.")
        self.message.setText(" ".join(parts))
        self.setStyleSheet(f"#connectionBanner {{{_WAITING}}}")
        self.try_button.show()
        self._show()
        if self.pending:
            self.timer.start()

    def _saved(self, count: int) -> None:
        many = "your change" if count == 1 else f"your {count} changes"
        at = datetime.now().strftime("%H:%M")
        self.message.setText(f"The server is back: {many} made while it could not be"
                             f" reached saved at {at}.")
        self.setStyleSheet(f"#connectionBanner {{{_SAVED}}}")
        self.try_button.hide()
        self._show()
        self.fade.start()

    def _hide_saved(self) -> None:
        if not self.pending and not self.listener_lost:
            self._hide()

    @property
    def showing(self) -> bool:
        """Whether the band is up (in a window: its bar; a toolbar's widget is shown
        and hidden by its bar)."""
        return not self.holder().isHidden()

    def holder(self) -> QWidget:
        bar = self.parentWidget()
        return bar if isinstance(bar, QToolBar) else self

    def _show(self) -> None:
        self.holder().show()

    def _hide(self) -> None:
        self.holder().hide()


def _short(reason: str) -> str:
    """The reason without the address the title bar already shows."""
    head, _, tail = reason.partition(": ")
    return (tail or head).rstrip(".")


def attach(window: QMainWindow, context: PlanContext) -> ConnectionBanner:
    """A banner across the top of the window, hidden until needed."""
    bar = QToolBar("Connection", window)
    bar.setObjectName("connectionBar")
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.toggleViewAction().setVisible(False)
    banner = ConnectionBanner(context, bar)
    bar.addWidget(banner)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    bar.hide()
    banner.show()  # within its bar: the bar shows and hides the band
    return banner


def detach(window: QMainWindow, banner: ConnectionBanner) -> None:
    banner.stop()
    bar = banner.parentWidget()
    if isinstance(bar, QToolBar):
        window.removeToolBar(bar)
        bar.deleteLater()
