"""Bulk writes of participants, and taking back what they did."""

from __future__ import annotations

from sqlalchemy import select

from consult_desktop.domain.participant_import import plan_import
from consult_desktop.domain.participants import Person
from consult_desktop.store import participants_store as store
from consult_desktop.store.models import AgendaItem, agenda_speaker


def _links(session):
    speakers = sorted(tuple(r) for r in session.execute(select(agenda_speaker)))
    chairs = sorted(tuple(r) for r in session.execute(select(AgendaItem.id, AgendaItem.chair_id)))
    return speakers, chairs


def test_deleting_people_linked_to_the_agenda_is_restored_whole(any_plan):
    plan_id = any_plan.plan_id
    with any_plan.read() as session:
        before = store.load_rows(session, any_plan.plan_id), _links(session)
        speakers, chairs = before[1]
    linked = sorted({s[1] for s in speakers} | {c[1] for c in chairs if c[1] is not None})
    assert linked  # the demo's agenda names chairs and speakers
    with any_plan.begin() as session:
        removed = store.delete_people(session, plan_id, linked)
    with any_plan.read() as session:
        assert store.count(session, any_plan.plan_id) == len(before[0]) - len(linked)
        assert _links(session) != before[1]
    with any_plan.begin() as session:
        store.restore_people(session, plan_id, removed)
    with any_plan.read() as session:
        assert (store.load_rows(session, any_plan.plan_id), _links(session)) == before


def test_an_import_is_reverted_exactly_and_reapplied_under_the_same_ids(any_plan):
    plan_id = any_plan.plan_id
    with any_plan.read() as session:
        before = store.load_rows(session, any_plan.plan_id)
        existing = store.load_people(session, any_plan.plan_id)
    first = existing[0][1]
    rows = [(2, [first.family_name, first.given_name, first.organisation, first.email or "",
                 "expert"]),
            (3, ["Новак", "", "", "n@example.org", "ngo"])]
    plan = plan_import(["Family name", "Given name", "Organisation", "Email", "Category"],
                       rows, existing)
    assert len(plan.added) == 1 and len(plan.updated) == 1
    with any_plan.begin() as session:
        ids = store.apply_import(session, plan_id, plan)
    with any_plan.read() as session:
        after = store.load_rows(session, any_plan.plan_id)
        assert store.get_people(session, [existing[0][0]])[existing[0][0]].category == "expert"
    with any_plan.begin() as session:
        store.revert_import(session, plan, ids)
    with any_plan.read() as session:
        assert store.load_rows(session, any_plan.plan_id) == before
    with any_plan.begin() as session:
        assert store.apply_import(session, plan_id, plan, ids) == ids
    with any_plan.read() as session:
        assert store.load_rows(session, any_plan.plan_id) == after


def test_status_of_many_people_changes_in_one_statement_and_back(any_plan):
    with any_plan.read() as session:
        ids = [row[0] for row in store.load_rows(session, any_plan.plan_id)][:5]
        old = store.statuses(session, ids)
    with any_plan.begin() as session:
        store.set_status(session, ids, ["declined"] * len(ids))
    with any_plan.begin() as session:
        assert store.statuses(session, ids) == ["declined"] * 5
        store.set_status(session, ids, old)
    with any_plan.read() as session:
        assert store.statuses(session, ids) == old


def test_update_writes_every_field(any_plan):
    with any_plan.begin() as session:
        ident, person = store.load_people(session, any_plan.plan_id)[0]
        store.update_people(session, [(ident, person._replace(country=None, email=None,
                                                      travel_amount=None, notes="n"))])
    with any_plan.read() as session:
        stored = store.get_people(session, [ident])[ident]
    assert stored == person._replace(country=None, email=None, travel_amount=None, notes="n")
    assert isinstance(stored, Person)
