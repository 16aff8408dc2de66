"""The participants' edits name the versions the window read (a plan file here; the
same edits on a server: tests/server/). A row changed since is a Conflicted refusal
holding both values, with nothing written; "keep mine" is the same edit at the version
now stored."""

from __future__ import annotations

import sqlite3

import pytest

from consult_desktop.services import participants as service
from consult_desktop.services.edits import Conflicted, Topic, run


def _someone_else(plan_file, ident, **values):
    """Another writer: the row's values and its version move on."""
    sets = ", ".join(f"{name} = ?" for name in values)
    with sqlite3.connect(plan_file.path) as db:
        db.execute(f"UPDATE participant SET {sets}, version = version + 1 WHERE id = ?",
                   [*values.values(), ident])


def _read(plan_file):
    versions: dict[int, int] = {}
    rows = service.roster(plan_file, versions).rows
    return rows, versions


def _stored(plan_file, ident, column):
    with sqlite3.connect(plan_file.path) as db:
        return db.execute(f"SELECT {column} FROM participant WHERE id = ?", [ident]).fetchone()[0]


def test_every_row_read_comes_with_its_version(demo_plan):
    rows, versions = _read(demo_plan)
    assert set(versions) == {row[0] for row in rows}
    ident = rows[0][0]
    _someone_else(demo_plan, ident, notes="x")
    again: dict[int, int] = {}
    assert service.rows(demo_plan, [ident], again)[0][0] == ident
    assert again == {ident: versions[ident] + 1}


def test_an_edit_of_a_row_changed_since_it_was_read_is_refused_then_kept_mine(demo_plan):
    rows, versions = _read(demo_plan)
    ident, old = rows[0][0], service.to_person(rows[0])
    _someone_else(demo_plan, ident, function="Theirs")
    edit = service.EditParticipant(ident, old, old._replace(function="Mine"),
                                   seen=versions[ident])
    with pytest.raises(Conflicted) as refused:
        run(demo_plan, edit)
    conflict = refused.value
    assert conflict.topic == Topic.PARTICIPANTS and conflict.mine["function"] == "Mine"
    assert conflict.theirs[ident]["function"] == "Theirs"
    assert _stored(demo_plan, ident, "function") == "Theirs"  # nothing written
    assert edit.keep_mine(conflict)
    run(demo_plan, edit)
    assert _stored(demo_plan, ident, "function") == "Mine"
    run(demo_plan, edit, "revert")  # undo puts back what I overwrote: theirs
    assert _stored(demo_plan, ident, "function") == "Theirs"


def test_an_edit_at_the_version_read_goes_through(demo_plan):
    rows, versions = _read(demo_plan)
    ident, old = rows[0][0], service.to_person(rows[0])
    run(demo_plan, service.EditParticipant(ident, old, old._replace(function="Mine"),
                                           seen=versions[ident]))
    assert _stored(demo_plan, ident, "function") == "Mine"


def test_set_status_is_all_or_nothing_and_delete_refuses_a_changed_row(demo_plan):
    rows, versions = _read(demo_plan)
    ids = [row[0] for row in rows[:3]]
    before = [_stored(demo_plan, i, "status") for i in ids]
    _someone_else(demo_plan, ids[2], notes="changed")
    with pytest.raises(Conflicted) as refused:
        run(demo_plan, service.SetStatus(ids, "attended", versions))
    assert list(refused.value.theirs) == [ids[2]]
    assert [_stored(demo_plan, i, "status") for i in ids] == before
    with pytest.raises(Conflicted):
        run(demo_plan, service.DeleteParticipants([ids[2]], versions))
    assert _stored(demo_plan, ids[2], "notes") == "changed"


def test_keep_mine_on_a_bulk_edit_leaves_out_a_row_deleted_meanwhile(demo_plan):
    rows, versions = _read(demo_plan)
    ids = [row[0] for row in rows[:3]]
    with sqlite3.connect(demo_plan.path) as db:
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("DELETE FROM participant WHERE id = ?", [ids[0]])
    edit = service.SetStatus(ids, "attended", versions)
    with pytest.raises(Conflicted) as refused:
        run(demo_plan, edit)
    assert refused.value.deleted == [ids[0]]
    assert edit.keep_mine(refused.value)
    run(demo_plan, edit)
    assert [_stored(demo_plan, i, "status") for i in ids[1:]] == ["attended", "attended"]
