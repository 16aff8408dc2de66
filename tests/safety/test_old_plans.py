"""Old files: a plan kept for every released schema revision opens, migrates to the
current schema and keeps its data."""

from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import Decimal

import pytest
from sqlalchemy import select

from consult_desktop.store import schema
from consult_desktop.store.models import AgendaItem, Milestone, Participant
from consult_desktop.store.plan_file import backup_path, open_plan, read_revision
from consult_desktop.store.queries import option_totals, plan_summary
from tests.data import make_old_plans as kept


def test_every_released_revision_has_a_kept_plan():
    assert list(kept.WRITERS) == list(schema.REVISIONS)
    for revision in schema.REVISIONS:
        assert kept.plan_path(revision).is_file()


@pytest.mark.parametrize("revision", schema.REVISIONS)
def test_a_kept_plan_holds_exactly_the_schema_of_its_revision(revision, tmp_path):
    """Fails when a revision changed after its plan was kept: while 0001 is unreleased,
    run tests/data/make_old_plans.py again; once released, never change a revision."""
    fresh = tmp_path / "fresh.consult"
    kept.empty_schema(fresh, revision)

    def tables(path):
        with sqlite3.connect(path) as db:
            rows = db.execute("SELECT type, name, sql FROM sqlite_master"
                              " ORDER BY name").fetchall()
        db.close()
        return rows

    assert tables(kept.plan_path(revision)) == tables(fresh)


@pytest.mark.parametrize("revision", schema.REVISIONS)
def test_a_kept_plan_opens_migrates_and_keeps_its_data(revision, tmp_path):
    path = tmp_path / f"old-{revision}.consult"
    original = kept.plan_path(revision).read_bytes()
    path.write_bytes(original)
    plan_file = open_plan(path)
    try:
        assert not plan_file.read_only
        assert read_revision(path) == schema.HEAD
        if revision != schema.HEAD:
            assert backup_path(path, revision).read_bytes() == original
        with plan_file.read() as session:
            summary = plan_summary(session)
            assert summary.title == kept.TITLE
            assert [o.total for o in option_totals(session)] == [kept.expected_total()]
            people = session.execute(select(Participant.family_name, Participant.given_name,
                                            Participant.email, Participant.travel_amount)
                                     .order_by(Participant.id)).all()
            assert [tuple(p) for p in people] == [
                (family, given, email, None if cents is None else Decimal(cents) / 100)
                for family, given, _, _, _, email, cents in kept.PARTICIPANTS]
            item = session.scalars(select(AgendaItem)).one()
            assert (item.day, item.start_time, item.end_time) == (
                dt.date(2017, 11, 3), dt.time(10, 0), dt.time(10, 30))
            assert session.scalars(select(Milestone.date)).one() == dt.date(2017, 12, 4)
        with plan_file.begin() as session:  # and it takes edits
            session.add(Participant(plan_id=plan_file.plan_id(), family_name="New",
                                    category="expert"))
    finally:
        plan_file.close()
