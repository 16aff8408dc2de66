"""The participants' edits name the versions the window read (on a plan file and on a
server alike: `any_plan`). A row changed since is a Conflicted refusal
holding both values, with nothing written; "keep mine" is the same edit at the version
now stored."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from consult_desktop.services import participants as service
from consult_desktop.services.edits import Conflicted, Topic, run
from consult_desktop.store.models import Participant

PEOPLE = Participant.__table__


def _read(plan_file):
    versions: dict[int, int] = {}
    rows = service.roster(plan_file, versions).rows
    return rows, versions


def _stored(plan_file, ident, column):
    with plan_file.read() as session:
        return session.scalar(select(PEOPLE.c[column]).where(PEOPLE.c.id == ident))


def test_every_row_read_comes_with_its_version(any_plan, someone_else):
    rows, versions = _read(any_plan)
    assert set(versions) == {row[0] for row in rows}
    ident = rows[0][0]
    someone_else("participant", ident, notes="x")
    again: dict[int, int] = {}
    assert service.rows(any_plan, [ident], again)[0][0] == ident
    assert again == {ident: versions[ident] + 1}


def test_an_edit_of_a_row_changed_since_it_was_read_is_refused_then_kept_mine(any_plan,
                                                                            someone_else):
    rows, versions = _read(any_plan)
    ident, old = rows[0][0], service.to_person(rows[0])
    someone_else("participant", ident, function="Theirs")
    edit = service.EditParticipant(ident, old, old._replace(function="Mine"),
                                   seen=versions[ident])
    with pytest.raises(Conflicted) as refused:
        run(any_plan, edit)
    conflict = refused.value
    assert conflict.topic == Topic.PARTICIPANTS and conflict.mine["function"] == "Mine"
    assert conflict.theirs[ident]["function"] == "Theirs"
    assert _stored(any_plan, ident, "function") == "Theirs"  # nothing written
    assert edit.keep_mine(conflict)
    run(any_plan, edit)
    assert _stored(any_plan, ident, "function") == "Mine"
    run(any_plan, edit, "revert")  # undo puts back what I overwrote: theirs
    assert _stored(any_plan, ident, "function") == "Theirs"


def test_an_edit_at_the_version_read_goes_through(any_plan):
    rows, versions = _read(any_plan)
    ident, old = rows[0][0], service.to_person(rows[0])
    run(any_plan, service.EditParticipant(ident, old, old._replace(function="Mine"),
                                           seen=versions[ident]))
    assert _stored(any_plan, ident, "function") == "Mine"


def test_set_status_is_all_or_nothing_and_delete_refuses_a_changed_row(any_plan,
                                                                       someone_else):
    rows, versions = _read(any_plan)
    ids = [row[0] for row in rows[:3]]
    before = [_stored(any_plan, i, "status") for i in ids]
    someone_else("participant", ids[2], notes="changed")
    with pytest.raises(Conflicted) as refused:
        run(any_plan, service.SetStatus(ids, "attended", versions))
    assert list(refused.value.theirs) == [ids[2]]
    assert [_stored(any_plan, i, "status") for i in ids] == before
    with pytest.raises(Conflicted):
        run(any_plan, service.DeleteParticipants([ids[2]], versions))
    assert _stored(any_plan, ids[2], "notes") == "changed"


def test_keep_mine_on_a_bulk_edit_leaves_out_a_row_deleted_meanwhile(any_plan):
    rows, versions = _read(any_plan)
    ids = [row[0] for row in rows[:3]]
    run(any_plan, service.DeleteParticipants([ids[0]]))  # someone else, first
    edit = service.SetStatus(ids, "attended", versions)
    with pytest.raises(Conflicted) as refused:
        run(any_plan, edit)
    assert refused.value.deleted == [ids[0]]
    assert edit.keep_mine(refused.value)
    run(any_plan, edit)
    assert [_stored(any_plan, i, "status") for i in ids[1:]] == ["attended", "attended"]
