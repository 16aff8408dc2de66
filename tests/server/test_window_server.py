"""A plan on a server in the window: open it, see who changed what, a lost server."""

from __future__ import annotations

from sqlalchemy import select, update

from consult_desktop.store.address import parse_server_address
from consult_desktop.store.models import Participant
from consult_desktop.store.server_plan import open_server_plan


def _participants_tab(window):
    from consult_desktop.ui.participants_tab import ParticipantsTab

    return next(tab for tab in window.tabs if isinstance(tab, ParticipantsTab))


def test_the_title_and_the_recent_list_name_the_server_and_the_plan(server_window, on_server):
    title = server_window.windowTitle()
    assert "Shared on postgresql://postgres@/" in title and "(read-only)" not in title
    assert server_window.recent_files()[0] == parse_server_address(on_server).url()
    server_window.close_plan()
    server_window._open_recent(server_window.recent_files()[0])  # reopens from the list
    assert server_window.context is not None


def test_a_wrong_address_is_said_and_opens_nothing(qtbot, settings, monkeypatch):
    from consult_desktop.ui.main_window import MainWindow

    main = MainWindow(settings)
    qtbot.addWidget(main)
    warnings = []
    monkeypatch.setattr(main, "warn", lambda title, message: warnings.append(message))
    main.ask_server_address = lambda: "postgresql://anna:pw@db/plans?plan=x"
    main.open_from_server()
    assert main.context is None and "password" in warnings[0]


def test_another_officers_edit_appears_within_two_seconds(qtbot, server_window, on_server):
    tab = _participants_tab(server_window)
    other = open_server_plan(parse_server_address(on_server))
    try:
        with other.begin() as session:
            session.execute(update(Participant).where(Participant.id == 1)
                            .values(family_name="Changed-by-Boris"))
        qtbot.waitUntil(lambda: any("Changed-by-Boris" in map(str, row)
                                    for row in tab.model.rows), timeout=2000)
    finally:
        other.close()


def test_a_role_that_may_only_read_opens_read_only_in_the_window(
        qtbot, settings, on_server, pg_server, database, monkeypatch):
    from consult_desktop.ui.main_window import MainWindow

    pg_server.psql(database, "CREATE ROLE viewer LOGIN; GRANT USAGE ON SCHEMA consult, plan_1"
                   " TO viewer; GRANT SELECT ON ALL TABLES IN SCHEMA consult, plan_1 TO viewer")
    main = MainWindow(settings)
    qtbot.addWidget(main)
    warnings = []
    monkeypatch.setattr(main, "warn", lambda title, message: warnings.append(message))
    main.ask_server_address = lambda: on_server.replace("postgres@", "viewer@")
    main.open_from_server()
    try:
        assert main.context is not None and main.context.plan_file.read_only
        assert "(read-only)" in main.windowTitle()
        assert "may only read" in warnings[0]
        assert "may only read" in main.read_only_notice.text()  # for as long as it is open
        _no_edit_controls(main, qtbot)
    finally:
        main.close_plan()
    assert main.read_only_notice is None


def _no_edit_controls(main, qtbot):
    """Every tab of a plan that may only be read: no action that changes it shows or
    answers its shortcut, no cell takes typing, no field takes a value."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractItemView

    from consult_desktop.ui.budget_tab import BudgetTab
    from consult_desktop.ui.options_tab import OptionsTab
    from consult_desktop.ui.participants_tab import ParticipantsTab
    from consult_desktop.ui.summary_tab import SummaryTab

    tabs = {}
    for n, slot in enumerate(main.slots):
        main.tab_widget.setCurrentIndex(n)
        tab = slot.build()
        tabs[type(tab)] = tab
        for name in tab.edit_actions:
            assert not getattr(tab, name).isVisible(), (type(tab).__name__, name)
        for view in tab.findChildren(QAbstractItemView):
            assert view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    budget = tabs[BudgetTab]
    assert not budget.model.flags(budget.model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    assert tabs[OptionsTab].editor.title.isReadOnly()
    assert tabs[SummaryTab].editor.isReadOnly()
    people = tabs[ParticipantsTab]
    main.tab_widget.setCurrentWidget(people.parentWidget())
    before = len(people.model.rows)
    people.view.setFocus()
    people.view.selectRow(0)
    qtbot.keyClick(people.view, Qt.Key.Key_Delete)  # the hidden action's key does nothing
    assert len(people.model.rows) == before
    assert main.context.undo_stack.count() == 0



def test_a_change_heard_names_the_rows_of_its_topic_or_reloads_the_topic():
    from consult_desktop.services.edits import Change, Topic
    from consult_desktop.store.server_changes import Change as Heard
    from consult_desktop.store.server_changes import parse
    from consult_desktop.ui.server_open import as_change

    assert parse("plan_2 participant u 1,4", "plan_1") is None  # another plan's
    heard = parse("plan_1 participant u 1,4", "plan_1")
    assert as_change(heard) == Change.rows(Topic.PARTICIPANTS, updated=(1, 4))
    assert as_change(Heard("agenda_item", "delete", (7,))) == Change.rows(
        Topic.AGENDA, removed=(7,))
    assert as_change(Heard("participant", "insert", None)) == Change.everything(
        Topic.PARTICIPANTS)
    # a budget line's id is no row of the budget's tables as the tabs key them
    assert as_change(Heard("budget_line", "update", (3,))) == Change.everything(Topic.BUDGET)


class _Note:
    """An edit of the window: participant 1's notes, and back."""

    text = "Edit notes"

    def __init__(self, new):
        self.new = new
        self.old = None

    def apply(self, work):
        if self.old is None:
            self.old = work.session.scalar(select(Participant.notes)
                                           .where(Participant.id == 1))
        return self._set(work, self.new)

    def revert(self, work):
        return self._set(work, self.old)

    def _set(self, work, value):
        from consult_desktop.services.edits import Change, Topic

        work.session.execute(update(Participant).where(Participant.id == 1)
                             .values(notes=value))
        return Change.rows(Topic.PARTICIPANTS, updated=(1,))


def test_an_edit_while_the_server_is_gone_is_kept_on_a_banner_and_saved_when_it_is_back(
        qtbot, server_window, pg_server, on_server):
    from consult_desktop.store.server_plan import open_server_plan

    context = server_window.context
    banner = server_window.server_watch.banner
    banner.timer.setInterval(300)  # the band retries by itself (every 5 s in use)
    failures = []
    context.failed.disconnect()  # not the window's message box, in a test
    context.failed.connect(failures.append)
    pg_server.stop()
    try:
        assert not context.run(_Note("typed while the server was gone"))
        assert banner.showing and "cannot be reached" in banner.message.text()
        assert "Not yet saved, and kept: Edit notes." in banner.message.text()
        assert context.undo_stack.count() == 0  # nothing half done to undo
        qtbot.wait(700)  # two retries while it is still gone: still kept, still said
        assert len(context.kept) == 1 and banner.showing
    finally:
        pg_server.start()
    with qtbot.waitSignal(banner.saved, timeout=5000):
        pass
    assert "saved at" in banner.message.text() and context.kept == []
    assert context.undo_stack.count() == 1 and failures == []
    other = open_server_plan(parse_server_address(on_server))
    try:
        with other.read() as session:
            assert session.scalar(select(Participant.notes).where(Participant.id == 1)) == \
                "typed while the server was gone"
    finally:
        other.close()


def test_an_undo_that_would_overwrite_someone_elses_later_change_is_refused(
        qtbot, server_window, on_server):
    from consult_desktop.store.server_plan import open_server_plan

    context = server_window.context
    failures = []
    context.failed.disconnect()
    context.failed.connect(failures.append)
    assert context.run(_Note("mine"))
    other = open_server_plan(parse_server_address(on_server))
    try:
        with other.begin() as session:
            session.execute(update(Participant).where(Participant.id == 1)
                            .values(notes="Boris's, later"))
        context.undo_stack.undo()
        assert any("someone else changed it since" in f for f in failures)
        with other.read() as session:
            assert session.scalar(select(Participant.notes).where(Participant.id == 1)) == \
                "Boris's, later"
    finally:
        other.close()


def test_an_undo_nobody_interfered_with_goes_through(qtbot, server_window, on_server):
    from consult_desktop.store.server_plan import open_server_plan

    context = server_window.context
    failures = []
    context.failed.disconnect()
    context.failed.connect(failures.append)
    other = open_server_plan(parse_server_address(on_server))

    def notes():
        with other.read() as session:
            return session.scalar(select(Participant.notes).where(Participant.id == 1))

    try:
        before = notes()
        assert context.run(_Note("mine"))
        context.undo_stack.undo()
        assert notes() == before
        context.undo_stack.redo()
        assert notes() == "mine"
    finally:
        other.close()
    assert failures == []


class _Remove:
    """An edit of the window: delete a milestone, and put it back."""

    text = "Delete milestone"

    def __init__(self):
        self.row = None

    def apply(self, work):
        from consult_desktop.services.edits import Change, Topic
        from consult_desktop.store.models import Milestone

        table = Milestone.__table__
        if self.row is None:
            self.row = dict(work.session.execute(select(table).order_by(table.c.id).limit(1))
                            .mappings().one())
        work.session.execute(table.delete().where(table.c.id == self.row["id"]))
        return Change.rows(Topic.TIMELINE, removed=(self.row["id"],))

    def revert(self, work):
        from consult_desktop.services.edits import Change, Topic
        from consult_desktop.store.models import Milestone

        work.session.execute(Milestone.__table__.insert(), [self.row])
        return Change.rows(Topic.TIMELINE, added=(self.row["id"],))


def test_undoing_a_deletion_on_a_server_puts_the_row_back(qtbot, server_window):
    context = server_window.context
    failures = []
    context.failed.disconnect()
    context.failed.connect(failures.append)
    edit = _Remove()
    assert context.run(edit)
    context.undo_stack.undo()
    assert failures == []
    from consult_desktop.store.models import Milestone

    with context.plan_file.read() as session:
        assert session.scalar(select(Milestone.title).where(
            Milestone.id == edit.row["id"])) == edit.row["title"]


def test_a_role_without_rights_on_the_plan_is_refused_in_the_window_in_one_line(
        qtbot, settings, on_server, pg_server, database, monkeypatch):
    from consult_desktop.ui.main_window import MainWindow

    pg_server.psql(database, "CREATE ROLE outsider LOGIN; GRANT USAGE ON SCHEMA consult"
                   " TO outsider; GRANT SELECT ON consult.plans TO outsider")
    main = MainWindow(settings)
    qtbot.addWidget(main)
    warnings = []
    monkeypatch.setattr(main, "warn", lambda title, message: warnings.append(message))
    main.ask_server_address = lambda: on_server.replace("postgres@", "outsider@")
    main.open_from_server()
    assert main.context is None
    assert len(warnings) == 1 and "no access to this plan" in warnings[0]
    assert "Traceback" not in warnings[0] and len(warnings[0].splitlines()) == 1
