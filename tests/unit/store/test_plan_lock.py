"""The editing lock: exclusive, readable by others, never stuck."""

from __future__ import annotations

import json
import os
import stat

import pytest

from consult_desktop.store import plan_lock
from consult_desktop.store.plan_lock import InUse, PlanLock, lock_path


def test_a_second_lock_on_the_same_plan_is_refused_and_names_the_holder(tmp_path):
    plan = tmp_path / "plan.consult"
    first, second = PlanLock(plan), PlanLock(plan)
    first.acquire()
    holder = json.loads(lock_path(plan).read_text("utf-8"))
    assert holder["pid"] == os.getpid()
    assert stat.S_IMODE(lock_path(plan).stat().st_mode) & 0o044  # others may read who
    with pytest.raises(InUse, match="in use by another window of this program since"):
        second.acquire()
    first.release()
    assert not lock_path(plan).exists()
    second.acquire()
    second.release()


def test_a_stale_lock_file_another_user_left_can_still_be_taken(tmp_path, monkeypatch):
    """As a colleague's lock file that we may read but not write (simulated: the tests
    run as root, who may write anything)."""
    plan = tmp_path / "plan.consult"
    lock_path(plan).write_text('{"user": "colleague"}', encoding="utf-8")
    opened = os.open

    def no_write(path, flags, *mode):
        if flags & os.O_RDWR:
            raise PermissionError(13, "Permission denied", str(path))
        return opened(path, flags, *mode)

    monkeypatch.setattr(plan_lock.os, "open", no_write)
    lock = PlanLock(plan)
    lock.acquire()
    assert lock.held
    lock.release()


def test_a_folder_that_refuses_the_lock_file_says_so(tmp_path, monkeypatch):
    def refuse(path, flags, *mode):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(plan_lock.os, "open", refuse)
    with pytest.raises(PermissionError):
        PlanLock(tmp_path / "plan.consult").acquire()


def test_a_plan_whose_folder_refuses_the_lock_opens_read_only(demo_path, monkeypatch):
    from consult_desktop.store.plan_file import PlanNotWritable, open_plan

    def refuse(path, flags, *mode):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(plan_lock.os, "open", refuse)
    plan_file = open_plan(demo_path)
    monkeypatch.undo()
    assert plan_file.read_only
    assert str(plan_file.notice) == "its folder cannot be written to (Permission denied)"
    with pytest.raises(PlanNotWritable), plan_file.begin():
        pass
    plan_file.close()
