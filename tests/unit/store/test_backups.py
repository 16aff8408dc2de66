"""Automatic backups: taken when the plan changed, bounded, private, restorable."""

from __future__ import annotations

import datetime as dt
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from platformdirs import user_data_path

from consult_desktop.store import backups
from consult_desktop.store.models import Plan
from consult_desktop.store.plan_file import PlanFileError, open_plan
from consult_desktop.store.queries import plan_summary

ROOT = Path(__file__).resolve().parents[3]
START = dt.datetime(2026, 11, 27, 9, 0, tzinfo=dt.UTC)


def _rename(plan_file, title: str) -> None:
    with plan_file.begin() as session:
        session.get_one(Plan, plan_file.plan_id).title = title


def _summary(path: Path):
    plan_file = open_plan(path)
    try:
        with plan_file.read() as session:
            return plan_summary(session)
    finally:
        plan_file.close()


def test_a_backup_is_a_whole_private_copy_in_the_user_data_folder(demo_plan):
    backup = backups.take(demo_plan)
    assert backup is not None
    assert backup.path.parent.parent == user_data_path("consult-desktop",
                                                       appauthor=False) / "backups"
    assert backup.source == demo_plan.path.resolve()
    assert stat.S_IMODE(backup.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(backup.path.parent.stat().st_mode) == 0o700
    with demo_plan.read() as session:
        assert _summary(backup.path) == plan_summary(session)
    assert backups.list_backups() == [backup]
    assert backup.title() == "Regional consultation on the global compact for migration"


def test_a_copy_is_taken_only_when_the_plan_changed(demo_plan):
    assert backups.take(demo_plan, now=START) is not None
    assert backups.take(demo_plan, now=START + dt.timedelta(minutes=10)) is None
    _rename(demo_plan, "Changed")
    newer = backups.take(demo_plan, now=START + dt.timedelta(minutes=20))
    assert newer is not None and newer.title() == "Changed"
    assert [b.taken for b in backups.list_backups(source=demo_plan.path)] == [
        START + dt.timedelta(minutes=20), START]


def test_only_the_last_few_versions_are_kept(demo_plan):
    for step in range(backups.KEEP + 3):
        _rename(demo_plan, f"Version {step}")
        backups.take(demo_plan, now=START + dt.timedelta(minutes=step))
    kept = backups.list_backups()
    assert len(kept) == backups.KEEP
    assert kept[0].title() == f"Version {backups.KEEP + 2}"
    assert kept[-1].title() == "Version 3"


def test_the_size_bound_keeps_the_newest_copy_of_each_plan(demo_plan, tmp_path):
    from consult_desktop.store.plan_file import create_plan

    other = create_plan(tmp_path / "other.consult", "Other")
    for step in range(3):
        _rename(demo_plan, f"Version {step}")
        backups.take(demo_plan, now=START + dt.timedelta(minutes=step))
    backups.take(other, now=START)
    other.close()
    root = backups.backup_root()
    deleted = backups.prune(root, max_bytes=1)
    left = backups.list_backups(root)
    assert len(deleted) == 2 and len(left) == 2
    assert {b.title() for b in left} == {"Version 2", "Other"}


def test_restore_writes_a_new_plan_and_leaves_the_backup_alone(demo_plan, tmp_path):
    backup = backups.take(demo_plan)
    assert backup is not None
    before = backup.path.read_bytes()
    _rename(demo_plan, "Changed since")
    target = tmp_path / "restored.consult"
    backups.restore(backup, target)
    assert _summary(target).title.startswith("Regional consultation")
    assert backup.path.read_bytes() == before


def test_restore_refuses_a_damaged_backup_and_a_target_in_use(demo_plan, tmp_path):
    backup = backups.take(demo_plan)
    assert backup is not None
    with pytest.raises(backups.BackupError, match="in use"):
        backups.restore(backup, demo_plan.path)  # this very plan is open for editing
    backup.path.write_bytes(backup.path.read_bytes()[:5000])
    target = tmp_path / "restored.consult"
    with pytest.raises(PlanFileError, match="damaged"):
        backups.restore(backup, target)
    assert not target.exists()


def test_a_copy_killed_before_it_is_renamed_leaves_no_backup_and_is_cleaned(demo_plan,
                                                                            tmp_path):
    script = ("import sys, os, signal\n"
              "from consult_desktop.store import plan_file, backups\n"
              "real = backups.copy_database\n"
              "def copy_then_die(engine, target):\n"
              "    real(engine, target)\n"
              "    os.kill(os.getpid(), signal.SIGKILL)\n"
              "backups.copy_database = copy_then_die\n"
              "backups.take(plan_file.PlanFile(sys.argv[1]), root=plan_file.Path(sys.argv[2]))")
    root = tmp_path / "root"
    run = subprocess.run([sys.executable, "-c", script, str(demo_plan.path), str(root)],
                         env={"PYTHONPATH": str(ROOT)}, capture_output=True, timeout=60)
    assert run.returncode == -9, run.stderr
    assert backups.list_backups(root) == []
    (leftover,) = root.glob("*/.*.tmp")  # the whole copy, never renamed into place
    assert backups.take(demo_plan, root=root) is not None
    os.utime(leftover, (0, 0))
    backups.prune(root)
    assert not leftover.exists() and len(backups.list_backups(root)) == 1
