"""An edit runs in one transaction: its change is committed, or refused with nothing
changed and a message without SQL."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text

from consult_desktop.services.edits import Change, Refused, Topic, Work, run


class Retitle:
    text = "Retitle"

    def __init__(self, title: str) -> None:
        self.title = title
        self.old: str | None = None

    def _set(self, work: Work, title: str) -> None:
        work.session.execute(text("UPDATE plan SET title = :t WHERE id = :i"),
                             {"t": title, "i": work.plan_id})

    def apply(self, work: Work) -> Change:
        self.old = work.session.execute(text("SELECT title FROM plan WHERE id = :i"),
                                        {"i": work.plan_id}).scalar_one()
        self._set(work, self.title)
        return Change.everything(Topic.PLAN)

    def revert(self, work: Work) -> Change:
        assert self.old is not None
        self._set(work, self.old)
        return Change.everything(Topic.PLAN)


def _title(plan_file) -> str:
    with sqlite3.connect(plan_file.path) as db:
        return db.execute("SELECT title FROM plan").fetchone()[0]


def test_apply_and_revert_are_committed_each_in_its_own_transaction(demo_plan):
    before = _title(demo_plan)
    edit = Retitle("Another title")
    assert run(demo_plan, edit) == Change(Topic.PLAN, whole=True)
    assert _title(demo_plan) == "Another title"
    run(demo_plan, edit, "revert")
    assert _title(demo_plan) == before


def test_a_refused_edit_changes_nothing_and_says_why_without_sql(demo_plan):
    before = _title(demo_plan)
    with pytest.raises(Refused) as refused:
        run(demo_plan, Retitle(None))  # type: ignore[arg-type]  # the title is NOT NULL
    assert "NOT NULL" in str(refused.value) and "UPDATE" not in str(refused.value)
    assert _title(demo_plan) == before


def test_a_change_reversed_swaps_what_was_added_and_removed():
    change = Change.rows(Topic.PARTICIPANTS, added=[1], updated=[2], removed=[3])
    assert change.reversed() == Change.rows(Topic.PARTICIPANTS, added=[3], updated=[2],
                                            removed=[1])
    assert change.ids == {1, 2, 3}
