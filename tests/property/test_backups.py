"""Backups of plans with any file name: taken, listed and restored whole."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import assume, given

from consult_desktop.store import backups
from consult_desktop.store.plan_file import create_plan, open_plan
from tests.property.limits import examples
from tests.property.strategies import unicode_text

COUNTER = itertools.count()


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("names")


@examples(40)
@given(unicode_text(min_size=1, max_size=60))
def test_a_plan_of_any_name_is_backed_up_and_restored(folder, name):
    assume("/" not in name and "\x00" not in name and name not in (".", ".."))
    assume(len(f"{name}.consult".encode()) <= 200)
    run = folder / str(next(COUNTER))
    run.mkdir()
    path = run / f"{name}.consult"
    plan_file = create_plan(path, f"Plan {name}")
    root = run / "backups"
    try:
        backup = backups.take(plan_file, root=root)
    finally:
        plan_file.close()
    assert backup is not None
    assert backups.list_backups(root) == [backup] and backup.source == path.resolve()
    assert backup.title() == f"Plan {name}"
    target = run / f"restored {name}.consult"
    backups.restore(backup, target)
    restored = open_plan(target)
    restored.close()
    assert sorted(p.name for p in run.iterdir()) == sorted(
        ["backups", path.name, target.name])
