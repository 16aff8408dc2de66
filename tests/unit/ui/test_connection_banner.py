"""The band that keeps an edit the server could not take, retries by itself and says
when it is saved. The server's absence is the store's own ServerUnreachable, raised
inside the edit's transaction, as a plan on a server raises it."""

from __future__ import annotations

from sqlalchemy import select, update

from consult_desktop.services.edits import Change, Topic
from consult_desktop.store.models import Participant
from consult_desktop.store.server_plan import ServerUnreachable
from consult_desktop.ui.connection_banner import ConnectionBanner


class _Flaky:
    """Participant 1's notes, while the server is away for the first `away` tries."""

    text = "Edit notes of Marchand"

    def __init__(self, value, away):
        self.value, self.away, self.tries = value, away, 0

    def apply(self, work):
        self.tries += 1
        if self.tries <= self.away:
            raise ServerUnreachable("Shared on postgresql://db/plans: the server cannot be"
                                    " reached, so this change was not saved (connection"
                                    " refused); it is kept, try again")
        work.session.execute(update(Participant).where(Participant.id == 1)
                             .values(notes=self.value))
        return Change.rows(Topic.PARTICIPANTS, updated=(1,))

    def revert(self, work):
        return Change.rows(Topic.PARTICIPANTS, updated=(1,))


def _notes(context):
    with context.plan_file.read() as session:
        return session.scalar(select(Participant.notes).where(Participant.id == 1))


def test_an_edit_the_server_cannot_take_is_kept_shown_and_saved_when_it_is_back(
        qtbot, context):
    banner = ConnectionBanner(context, retry_ms=50)
    qtbot.addWidget(banner)
    failures = []
    context.failed.connect(failures.append)
    edit = _Flaky("typed while away", away=2)
    assert not context.run(edit)  # not saved yet...
    assert banner.showing and failures == []  # ...said on the band, not as a refusal
    text = banner.message.text()
    assert text.startswith("The server cannot be reached (connection refused).")
    assert "Not yet saved, and kept: Edit notes of Marchand." in text
    assert "Trying again every 1 s" in text and banner.try_button.isVisible()
    assert _notes(context) != "typed while away" and context.undo_stack.count() == 0
    with qtbot.waitSignal(banner.saved, timeout=3000) as saved:
        pass  # the band retries by itself: once more away, then back
    assert saved.args == [1] and edit.tries == 3
    assert _notes(context) == "typed while away"
    assert context.undo_stack.count() == 1  # saved as if made then: undoable
    assert "saved at" in banner.message.text() and not banner.try_button.isVisible()
    assert failures == []


def test_edits_made_while_away_are_saved_in_the_order_they_were_made(qtbot, context):
    banner = ConnectionBanner(context, retry_ms=60_000)  # "Try now" only
    qtbot.addWidget(banner)
    first = _Flaky("first", away=1)
    second = _Flaky("second", away=0)  # the server would take it: it waits all the same
    second.text = "Edit notes again"
    assert not context.run(first)
    assert not context.run(second)
    assert [c.text() for c in banner.pending] == ["Edit notes of Marchand",
                                                  "Edit notes again"]
    assert "2 changes (Edit notes of Marchand, Edit notes again)" in banner.message.text()
    assert second.tries == 0 and _notes(context) != "second"
    banner.try_button.click()
    assert banner.pending == [] and _notes(context) == "second"  # the later edit last
    assert [context.undo_stack.text(i) for i in range(context.undo_stack.count())] == [
        "Edit notes of Marchand", "Edit notes again"]
    assert "your 2 changes made while it could not be reached saved at" in \
        banner.message.text()


def test_without_a_banner_the_edit_is_refused_with_a_message(qtbot, context):
    failures = []
    context.failed.connect(failures.append)
    assert not context.run(_Flaky("x", away=1))
    assert len(failures) == 1 and "not saved" in failures[0]


def test_closing_with_edits_still_kept_tries_once_more_then_names_them(qtbot, context):
    banner = ConnectionBanner(context, retry_ms=60_000)
    qtbot.addWidget(banner)
    failures = []
    context.failed.connect(failures.append)
    saved_at_close, lost_at_close = _Flaky("saved at close", away=1), _Flaky("x", away=9)
    lost_at_close.text = "Edit notes again"
    assert not context.run(saved_at_close)
    banner.stop()  # the server came back just before the plan was closed
    assert _notes(context) == "saved at close" and failures == []
    banner = ConnectionBanner(context, retry_ms=60_000)
    qtbot.addWidget(banner)
    assert not context.run(lost_at_close)
    banner.stop()
    assert failures == ["The plan was closed while its server could not be reached"
                        " (connection refused); not saved: Edit notes again"]
    assert context.kept == [] and context.keep is None
