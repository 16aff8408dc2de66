"""The band across the window when a plan's server cannot be reached.

An edit made while the server is gone is not lost: it is kept here, the band says it
is not yet saved and what it is, and tries again by itself every few seconds (or at
once with "Try now"). When the server is back the kept edits are saved in the order
they were made, each as if made then (stacked for undo, checked against others'
changes: a conflict shows its dialog), and the band says when they were saved. It
also says when the changes of others are not being heard.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

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
        self.listener_lost = ""  # why others' changes are not heard, while they are not
        self.reason = ""  # why the server could not be reached, last time
        self.last_saved: tuple[int, str] | None = None  # kept edits saved: how many, when
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.try_button = QPushButton(self.tr("Try &now"))
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
    @property
    def pending(self) -> list[EditCommand]:
        return self.context.kept

    def hold(self, reason: str) -> None:
        """The context kept an edit it could not save: say so, and try again later."""
        self.reason = reason or self.reason
        self.last_saved = None
        self._refresh()

    def retry(self) -> None:
        """Save the kept edits in order; stop at the first the server still refuses."""
        saved, reason = self.context.save_kept()
        if saved:
            self.last_saved = (saved, datetime.now().strftime("%H:%M"))
            self.saved.emit(saved)
        if reason is not None:
            self.reason = reason
        self._refresh()

    def stop(self) -> None:
        """The plan is closing: one last try to save what is kept; what still cannot be
        saved is named in a message, never dropped unsaid."""
        self.timer.stop()
        self.fade.stop()
        if self.pending:
            _saved, reason = self.context.save_kept()
            if reason is not None:
                names = ", ".join(command.text() for command in self.pending)
                self.context.kept.clear()
                self.context.report(self.tr("The plan was closed while its server could not"
                                            " be reached ({reason}); not saved: {names}")
                                    .format(reason=_short(reason), names=names))
        if self.context.keep == self.hold:
            self.context.keep = None

    # ----- others' changes not heard -----------------------------------------------
    def lost(self, reason: str) -> None:
        """The changes of others are not heard (the watch retries on its own)."""
        self.listener_lost = reason
        self._refresh()

    def back(self) -> None:
        self.listener_lost = ""
        if self.pending:
            self.retry()
        else:
            self._refresh()

    # ----- what the band says ------------------------------------------------------
    def _refresh(self) -> None:
        """Say what is kept, what is not heard, and what was saved, or hide."""
        parts = []
        if self.pending:
            seconds = max(1, round(self.timer.interval() / 1000))
            names = ", ".join(command.text() for command in self.pending)
            many = names if len(self.pending) == 1 else self.tr(
                "%n changes ({names})", None, len(self.pending)).format(names=names)
            parts += [self.tr("The server cannot be reached ({reason}).").format(
                          reason=_short(self.reason)),
                      self.tr("Not yet saved, and kept: {changes}.").format(changes=many),
                      self.tr("Trying again every {seconds} s.").format(seconds=seconds)]
        elif self.last_saved is not None:
            count, at = self.last_saved
            parts.append(self.tr("The server is back: your %n change(s) made while it could"
                                 " not be reached saved at {time}.", None, count).format(
                time=at))
        if self.listener_lost:
            parts.append(self.tr("Changes by others are not shown until the server can be"
                                 " reached again ({reason}); trying again by itself.").format(
                reason=_short(self.listener_lost)))
        waiting = bool(self.pending or self.listener_lost)
        self.try_button.setVisible(bool(self.pending))
        if not parts:
            self.fade.stop()
            self._hide()
            return
        self.message.setText(" ".join(parts))
        self.setStyleSheet(f"#connectionBanner {{{_WAITING if waiting else _SAVED}}}")
        self._show()
        if self.pending:
            self.timer.start()
        self.fade.stop()
        if not waiting:
            self.fade.start()

    def _hide_saved(self) -> None:
        self.last_saved = None
        self._refresh()

    @property
    def showing(self) -> bool:
        return not self.isHidden()

    def _show(self) -> None:
        self.show()

    def _hide(self) -> None:
        self.hide()


def _short(reason: str) -> str:
    """Why, without the address the title bar shows or what the band says anyway: the
    driver's words in the store's message ("connection refused"), else the message."""
    found = re.findall(r"\(([^()]+)\)", reason)
    return (found[-1] if found else reason.partition(": ")[2] or reason).rstrip(".")


def attach(window: QMainWindow, context: PlanContext) -> ConnectionBanner:
    """A band across the top of the window's central area, hidden until needed."""
    central = window.takeCentralWidget()
    holder = QWidget()
    holder.setObjectName("connectionHolder")
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    banner = ConnectionBanner(context, holder)
    layout.addWidget(banner)
    if central is not None:
        layout.addWidget(central, 1)
    window.setCentralWidget(holder)
    return banner


def detach(window: QMainWindow, banner: ConnectionBanner) -> None:
    """Take the band away and give the window its central area back."""
    banner.stop()
    holder = banner.parentWidget()
    if holder is None or window.centralWidget() is not holder:
        return
    window.takeCentralWidget()
    layout = holder.layout()
    item = layout.itemAt(1) if layout is not None and layout.count() > 1 else None
    central = item.widget() if item is not None else None
    if layout is not None and central is not None:
        layout.removeWidget(central)
        window.setCentralWidget(central)
    holder.deleteLater()
