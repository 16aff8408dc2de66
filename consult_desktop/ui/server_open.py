"""A plan on a PostgreSQL server in the window: File > Open from server..., the
recent list, and what others change shown as it happens.

A server address is typed as libpq's URL with the plan's name; no password is ever
asked for or stored here (libpq's ~/.pgpass or a service file supplies it; an address
holding one is refused). `ServerWatch` listens on the plan's change channel and
tells the tabs what others changed, as an edit's own Change (the rows by id, or a
whole topic), within the time a notification takes (~20 ms on a local server).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, QTimer

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMainWindow, QWidget

    from consult_desktop.services.edits import Change
    from consult_desktop.store.address import ServerAddress
    from consult_desktop.store.server_changes import Change as Heard
    from consult_desktop.store.server_changes import ChangeListener
    from consult_desktop.store.server_plan import PasswordNeeded
    from consult_desktop.ui.connection_banner import ConnectionBanner
    from consult_desktop.ui.context import PlanContext


class Opener(Protocol):
    """What of the main window opening from a server uses (the window itself)."""

    settings: QSettings

    def ask_server_address(self) -> str | None: ...

    def warn(self, title: str, message: str) -> None: ...

    def open_path(self, path: Any, quiet: bool = False) -> bool: ...


EXAMPLE = "postgresql://user@server/database?plan=NAME"
RETRY_MS = 5000
# Which topic each table's changes touch, and whether the ids it names are that
# topic's rows (then the tabs update those rows only; otherwise they reload the topic).
TOPICS: dict[str, tuple[str, bool]] = {
    "plan": ("plan", False), "document": ("documents", False),
    "member_state": ("plan", False), "option": ("options", True),
    "budget_line": ("budget", False), "funding_source": ("budget", False),
    "participant": ("participants", True), "agenda_item": ("agenda", True),
    "agenda_speaker": ("agenda", False), "milestone": ("milestones", True),
    "deadline_rule": ("milestones", False), "summary_section": ("summary", True),
}

def address_of(text: str) -> Path | ServerAddress:
    """A recent entry: a file path or a server address."""
    from consult_desktop.store.address import AddressError, parse_address

    try:
        return parse_address(text)
    except AddressError:
        return Path(text)


def ask_address(window: QWidget, settings: QSettings) -> str | None:
    """The address of a plan on a server, typed. Tests replace this."""
    from PySide6.QtWidgets import QInputDialog

    last = str(settings.value("server/last", EXAMPLE) or EXAMPLE)
    text, ok = QInputDialog.getText(
        window, QCoreApplication.translate("server_open", "Open from server"),
        QCoreApplication.translate("server_open", "Address of the plan (the password comes"
                                   " from ~/.pgpass or a service file):"),
        text=last)
    return text.strip() if ok and text.strip() else None


def open_from_server(window: Opener) -> bool:
    from consult_desktop.store.address import AddressError, parse_server_address

    text = window.ask_server_address()
    if text is None:
        return False
    try:
        address = parse_server_address(text, plan_required=True)
    except AddressError as error:
        from consult_desktop.ui import phrases

        window.warn(QCoreApplication.translate("MainWindow", "Cannot open the plan"),
                    phrases.of_error(error))
        return False
    window.settings.setValue("server/last", address.url())
    return window.open_path(address)


class ServerWatch(QObject):
    """Tells the open plan's tabs what others changed on the server; with a window, a
    banner says when the server cannot be reached and keeps the edits made meanwhile."""

    def __init__(self, context: PlanContext, listener: ChangeListener | None,
                 window: QMainWindow | None = None) -> None:
        super().__init__(context)
        self.context = context
        self.listener = listener
        self.window = window
        self.banner: ConnectionBanner | None = None
        if window is not None:
            from consult_desktop.ui import connection_banner

            self.banner = connection_banner.attach(window, context)
        self.notifier: QSocketNotifier | None = None
        self.retry = QTimer(self, interval=RETRY_MS, singleShot=True)
        self.retry.timeout.connect(self.reconnect)
        if listener is not None:
            self._watch()

    def stop(self) -> None:
        """The plan is closed: stop listening."""
        self.retry.stop()
        if self.notifier is not None:
            self.notifier.setEnabled(False)
            self.notifier = None
        if self.listener is not None:
            self.listener.close()
        if self.banner is not None and self.window is not None:
            from consult_desktop.ui import connection_banner

            connection_banner.detach(self.window, self.banner)
            self.banner = None

    def _watch(self) -> None:
        assert self.listener is not None
        self.notifier = QSocketNotifier(self.listener.fileno(), QSocketNotifier.Type.Read, self)
        self.notifier.activated.connect(self.poll)

    def poll(self) -> None:
        from consult_desktop.store.server_plan import ServerUnreachable

        assert self.listener is not None
        try:
            changes = self.listener.changes()
        except ServerUnreachable as error:
            from consult_desktop.ui import phrases

            self._lost(phrases.of_error(error))
            return
        for change in changes:
            self.context.announce(as_change(change))

    def _lost(self, message: str) -> None:
        if self.notifier is not None:
            self.notifier.setEnabled(False)
            self.notifier.deleteLater()
            self.notifier = None
        if self.banner is not None:
            self.banner.lost(message)
        else:
            self.context.failed.emit(self.tr("{problem}; what others change is not shown until"
                                             " it is back (trying again every few seconds)")
                                     .format(problem=message))
        self.retry.start()

    def reconnect(self) -> None:
        from consult_desktop.store.server_plan import ServerUnreachable

        assert self.listener is not None
        try:
            self.listener.connect()
        except ServerUnreachable:
            self.retry.start()
            return
        self._watch()
        if self.banner is not None:
            self.banner.back()
        from consult_desktop.services.edits import Change, Topic

        for topic in Topic:  # what changed meanwhile was not heard
            self.context.announce(Change.everything(topic))


def as_change(heard: Heard) -> Change:
    """A change heard from the server as the tabs take an edit's change."""
    from consult_desktop.services.edits import Change, Topic

    word, by_row = TOPICS.get(heard.table, ("plan", False))
    topic = Topic(word)
    if not by_row or heard.ids is None:
        return Change.everything(topic)
    key = {"insert": "added", "update": "updated", "delete": "removed"}[heard.operation]
    return Change.rows(topic, **{key: heard.ids})


def watch(context: PlanContext, window: QMainWindow | None = None) -> ServerWatch | None:
    """A watch on the context's plan when it is on a server; None for a file. With a
    window, the watch's banner keeps the edits the server cannot be reached for."""
    plan_file: Any = context.plan_file
    if not hasattr(plan_file, "address"):
        return None
    from consult_desktop.store.server_changes import ChangeListener
    from consult_desktop.store.server_plan import ServerUnreachable
    from consult_desktop.ui import phrases

    try:
        listener: ChangeListener | None = ChangeListener(plan_file.address, plan_file.schema)
    except ServerUnreachable as error:
        context.failed.emit(QCoreApplication.translate(
            "server_open", "{problem}; what others change is not shown").format(
                problem=phrases.of_error(error)))
        listener = None  # a banner still keeps the edits the server cannot be reached for
    return ServerWatch(context, listener, window)


def ask_password(needed: PasswordNeeded, parent: QWidget) -> bool:
    """Ask for the password the server wants (hidden as typed); it is kept in memory
    for this server, role and database until the program ends, never written."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    from consult_desktop.store.server_plan import remember_password
    from consult_desktop.ui import phrases

    address = needed.address
    who = address.user or QCoreApplication.translate("ServerOpen", "your role")
    password, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("ServerOpen", "Password"),
        QCoreApplication.translate("ServerOpen", "%1\n\nPassword of %2 on %3:")
        .replace("%1", phrases.of_error(needed)).replace("%2", who)
        .replace("%3", str(address.server())),
        QLineEdit.EchoMode.Password)
    if not ok or not password:
        return False
    remember_password(address, password)
    return True
