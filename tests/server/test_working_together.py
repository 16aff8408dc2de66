"""Several people on one plan: row versions, change notices, a lost connection, roles."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest
from sqlalchemy import select

from consult_desktop.store.address import parse_server_address
from consult_desktop.store.models import Participant
from consult_desktop.store.row_versions import Conflict, update_checked, update_many_checked
from consult_desktop.store.server_changes import Change, ChangeListener
from consult_desktop.store.server_plan import (
    ServerPlanError,
    ServerUnreachable,
    init_server,
    open_server_plan,
    upload,
)

PEOPLE = Participant.__table__


@pytest.fixture
def shared(server_url, demo_path):
    """The demo plan on the server, opened twice: two officers at their desks."""
    init_server(parse_server_address(server_url))
    address = parse_server_address(server_url).with_plan("Shared")
    upload(demo_path, address)
    anna, boris = open_server_plan(address), open_server_plan(address)
    yield anna, boris
    anna.close()
    boris.close()


def _read(plan, row_id):
    with plan.read() as session:
        return session.execute(select(PEOPLE.c.status, PEOPLE.c.version)
                               .where(PEOPLE.c.id == row_id)).one()


def test_an_edit_of_a_row_changed_since_it_was_read_is_refused_with_both_values(shared):
    anna, boris = shared
    _, seen = _read(anna, 1)  # both read the row at the same version
    assert _read(boris, 1)[1] == seen
    with boris.begin() as session:
        assert update_checked(session, PEOPLE, 1, seen, {"status": "declined"}) == seen + 1
    with pytest.raises(Conflict) as conflict, anna.begin() as session:
        update_checked(session, PEOPLE, 1, seen, {"status": "attended"})
    assert conflict.value.mine == {"status": "attended"}
    assert conflict.value.theirs[1]["status"] == "declined"
    assert "changed by someone else" in str(conflict.value)
    assert _read(anna, 1) == ("declined", seen + 1)  # nothing overwritten
    with anna.begin() as session:  # "keep mine": the same edit at the version now read
        update_checked(session, PEOPLE, 1, conflict.value.theirs[1]["version"],
                       {"status": "attended"})
    assert _read(boris, 1) == ("attended", seen + 2)


def test_a_bulk_edit_is_refused_whole_when_one_of_its_rows_changed(shared):
    anna, boris = shared
    with anna.read() as session:
        seen = dict(session.execute(select(PEOPLE.c.id, PEOPLE.c.version)
                                    .order_by(PEOPLE.c.id).limit(5)).all())
    with boris.begin() as session:  # any writer raises the version: the trigger
        session.scalars(select(Participant).where(Participant.id == 3)).one().notes = "x"
    with pytest.raises(Conflict) as conflict, anna.begin() as session:
        update_many_checked(session, PEOPLE, seen, {"status": "confirmed"})
    assert list(conflict.value.theirs) == [3]
    with anna.read() as session:
        now = dict(session.execute(select(PEOPLE.c.id, PEOPLE.c.version)
                                   .where(PEOPLE.c.id.in_(seen))).all())
    assert now == {**seen, 3: seen[3] + 1}  # the other four untouched too


def test_a_row_deleted_by_someone_else_is_a_conflict_not_a_silent_nothing(shared):
    anna, boris = shared
    _, seen = _read(anna, 2)
    with boris.begin() as session:
        session.execute(PEOPLE.delete().where(PEOPLE.c.id == 2))
    with pytest.raises(Conflict, match="deleted by someone else") as conflict, \
            anna.begin() as session:
        update_checked(session, PEOPLE, 2, seen, {"status": "attended"})
    assert conflict.value.theirs == {2: None}


CHILD = """
import sys
from consult_desktop.store.address import parse_server_address
from consult_desktop.store.models import Participant
from consult_desktop.store.row_versions import Conflict, update_checked
from consult_desktop.store.server_plan import open_server_plan
plan = open_server_plan(parse_server_address(sys.argv[1]))
go = sys.stdin.readline()  # both start together
try:
    with plan.begin() as session:
        update_checked(session, Participant.__table__, 1, int(sys.argv[2]),
                       {"notes": sys.argv[3]})
    print("saved")
except Conflict:
    print("conflict")
"""


def test_two_processes_editing_one_row_at_once_one_saves_one_is_told(shared, server_url):
    anna, _ = shared
    _, seen = _read(anna, 1)
    address = f"{server_url}&plan=Shared"
    children = [subprocess.Popen([sys.executable, "-c", CHILD, address, str(seen), who],
                                 stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
                for who in ("anna", "boris")]
    time.sleep(1.5)  # both have imported and connected
    for child in children:
        assert child.stdin is not None
        child.stdin.write("go\n")
        child.stdin.flush()
    outcomes = sorted(child.communicate(timeout=60)[0].strip() for child in children)
    assert outcomes == ["conflict", "saved"]
    assert _read(anna, 1)[1] == seen + 1


def test_another_window_hears_which_rows_changed_within_two_seconds(shared):
    anna, boris = shared
    listener = ChangeListener(anna.address, anna.schema)
    try:
        assert listener.changes() == []
        started = time.monotonic()
        with boris.begin() as session:
            session.execute(PEOPLE.update().where(PEOPLE.c.id.in_([1, 4]))
                            .values(status="confirmed"))
        changes = listener.changes(timeout=2)
        assert time.monotonic() - started < 2
        assert changes == [Change("participant", "update", (1, 4))]
    finally:
        listener.close()


def test_a_lost_connection_keeps_the_edit_unsaved_and_the_retry_saves_it(shared, pg_server):
    anna, _ = shared
    pg_server.stop()
    try:
        with pytest.raises(ServerUnreachable, match=r"cannot be reached.*not saved.*kept"), \
                anna.begin() as session:
            session.scalars(select(Participant).where(Participant.id == 1)).one().notes = "mine"
    finally:
        pg_server.start()
    with anna.begin() as session:  # the retry, once the server is back
        session.scalars(select(Participant).where(Participant.id == 1)).one().notes = "mine"
    with anna.read() as session:
        assert session.scalar(select(Participant.notes).where(Participant.id == 1)) == "mine"


def test_a_role_that_may_only_read_opens_the_plan_read_only(shared, pg_server, database,
                                                            server_url):
    pg_server.psql(database, "CREATE ROLE reader LOGIN; GRANT USAGE ON SCHEMA consult, plan_1"
                   " TO reader; GRANT SELECT ON ALL TABLES IN SCHEMA consult, plan_1 TO reader")
    address = parse_server_address(server_url.replace("postgres@", "reader@")).with_plan("Shared")
    plan = open_server_plan(address)
    try:
        assert plan.read_only and "may only read" in str(plan.notice)
        with plan.read() as session:
            assert session.scalar(select(Participant.family_name).limit(1))
        with pytest.raises(ValueError, match="read-only"), plan.begin():
            pass
    finally:
        plan.close()


def test_a_role_without_rights_on_the_plan_is_refused_in_one_line(shared, pg_server, database,
                                                                   server_url):
    pg_server.psql(database, "CREATE ROLE stranger LOGIN; GRANT USAGE ON SCHEMA consult"
                   " TO stranger; GRANT SELECT ON consult.plans TO stranger")
    address = parse_server_address(server_url.replace("postgres@", "stranger@"))
    with pytest.raises(ServerPlanError, match="no access to this plan"):
        open_server_plan(address.with_plan("Shared"))


def test_two_officers_adding_budget_lines_at_once_get_different_ids(shared):
    """Ids chosen before the insert (for redo) come from the sequence on a server: the
    largest-plus-one of a file would give both the same id, and the second would wait
    on the first, then fail."""
    from sqlalchemy import func, text

    from consult_desktop.store import budget_writes as writes
    from consult_desktop.store.models import BudgetLine

    anna, boris = shared
    with anna.read() as session:
        option_id = session.scalar(select(func.min(BudgetLine.option_id)))
        before = session.scalar(select(func.count()).select_from(BudgetLine))
    with anna.begin() as first, boris.begin() as second:
        second.execute(text("SET LOCAL lock_timeout = '2s'"))
        lines = [writes.new_line(session, option_id, "other", None)
                 for session in (first, second)]
        assert lines[0]["id"] != lines[1]["id"]
        writes.insert_rows(first, writes.LINES, [lines[0]])
        writes.insert_rows(second, writes.LINES, [lines[1]])
    with anna.read() as session:
        assert session.scalar(select(func.count()).select_from(BudgetLine)) == before + 2
