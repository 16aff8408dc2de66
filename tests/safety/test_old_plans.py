"""Old files: a plan kept for every released schema revision opens, migrates to the
current schema and keeps its data."""

from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import Decimal
from itertools import pairwise

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
        """Each table's definition, its lines sorted: Alembic's batch mode rebuilds a
        table with its constraints in the order of a set, which varies between runs."""
        with sqlite3.connect(path) as db:
            rows = db.execute("SELECT type, name, sql FROM sqlite_master"
                              " ORDER BY name").fetchall()
        db.close()
        return [(kind, name, sorted((sql or "").replace(", \n", "\n").splitlines()))
                for kind, name, sql in rows]

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
            session.add(Participant(plan_id=plan_file.plan_id, family_name="New",
                                    category="expert"))
    finally:
        plan_file.close()


def _dump(path):
    """Every table's rows as {table: {column: [values by rowid]}}, read with sqlite3."""
    with sqlite3.connect(path) as db:
        tables = [name for (name,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
            " AND name NOT LIKE 'sqlite_%' AND name <> 'alembic_version'")]
        content = {}
        for table in tables:
            cursor = db.execute(f'SELECT * FROM "{table}" ORDER BY rowid')
            names = [column[0] for column in cursor.description]
            rows = cursor.fetchall()
            content[table] = {name: [row[at] for row in rows] for at, name in enumerate(names)}
    db.close()
    return content


@pytest.mark.parametrize("older, newer", list(pairwise(schema.REVISIONS)))
def test_upgrading_a_kept_plan_keeps_every_stored_value(older, newer, tmp_path):
    """The real upgrade, not a mock: a kept file of the previous revision, opened by
    today's program, holds every value it held, and the new columns their defaults."""
    path = tmp_path / f"old-{older}.consult"
    path.write_bytes(kept.plan_path(older).read_bytes())
    before = _dump(path)
    open_plan(path).close()
    after = _dump(path)
    fresh = tmp_path / "fresh.consult"
    kept.empty_schema(fresh, schema.HEAD)
    with sqlite3.connect(fresh) as db:
        defaults = {table: {row[1]: row[4] for row in db.execute(f'PRAGMA table_info("{table}")')}
                    for table in after}
    db.close()
    assert set(before) <= set(after)
    for table, columns in after.items():
        old = before.get(table, {})
        for column, values in columns.items():
            if column in old:
                assert values == old[column], (table, column)
            elif values:  # a new column: every old row holds the column's default
                default = defaults[table][column]
                expected = None if default is None else sqlite3.connect(":memory:").execute(
                    f"SELECT {default}").fetchone()[0]
                assert set(values) == {expected}, (table, column)


def test_revision_0002_adds_document_identity_and_heads_of_delegation(tmp_path):
    """The kept plan of 0002 reads back through today's models."""
    from consult_desktop.store.models import Document, Plan

    path = tmp_path / "plan.consult"
    path.write_bytes(kept.plan_path("0002").read_bytes())
    plan_file = open_plan(path)
    try:
        with plan_file.read() as session:
            plan = session.scalars(select(Plan)).one()
            assert (plan.principal_organ, plan.commission, plan.session) == kept.MASTHEAD
            head = session.scalars(select(Participant).where(
                Participant.head_of_delegation)).one()
            assert (head.family_name, head.rank) == (kept.HEAD_OF_DELEGATION, 0)
            note = session.scalars(select(Document).where(
                Document.kind == "options_note")).one()
            assert (note.distribution, note.agenda_item, note.considered_at) == (
                "limited", "3", "Ninety-first meeting")
    finally:
        plan_file.close()


def test_revision_0003_keeps_each_row_version(tmp_path):
    """The kept plan of 0003 reads back its row versions through today's models; an
    older plan's rows start at version 1 (see the upgrade test above)."""
    from consult_desktop.store.models import Plan

    path = tmp_path / "plan.consult"
    path.write_bytes(kept.plan_path("0003").read_bytes())
    plan_file = open_plan(path)
    try:
        with plan_file.read() as session:
            assert session.scalars(select(Plan.version)).one() == 2
            versions = dict(session.execute(select(Participant.family_name,
                                                   Participant.version)).all())
            assert versions.pop(kept.EDITED_TWICE) == 3
            assert set(versions.values()) == {1}
    finally:
        plan_file.close()


def test_upgrading_keeps_the_speakers_and_chairs_that_refer_to_participants(tmp_path):
    """0002 rebuilds the participant table; with foreign keys on, dropping the old copy
    deleted every agenda speaker and cleared every chair."""
    path = tmp_path / "old.consult"
    kept.write("0001", path)
    with sqlite3.connect(path) as db:
        db.execute("UPDATE agenda_item SET chair_id = 1")
        db.execute("INSERT INTO agenda_speaker (item_id, participant_id, position)"
                   " VALUES (1, 2, 0)")
    db.close()
    open_plan(path).close()
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT chair_id FROM agenda_item").fetchall() == [(1,)]
        assert db.execute("SELECT item_id, participant_id FROM agenda_speaker"
                          ).fetchall() == [(1, 2)]
    db.close()


def test_revision_0004_keeps_translations_latin_names_and_titles(tmp_path):
    """The kept plan of 0004 reads back its translation, Latin name and coded title."""
    from consult_desktop.store.models import Plan, Translation

    path = tmp_path / "plan.consult"
    path.write_bytes(kept.plan_path("0004").read_bytes())
    plan_file = open_plan(path)
    try:
        with plan_file.read() as session:
            assert session.scalars(select(Plan.original_language)).one() == "en"
            head = session.scalars(select(Participant).where(
                Participant.family_name == kept.HEAD_OF_DELEGATION)).one()
            assert (head.honorific, head.family_name_latin) == ("ms", kept.LATIN_FAMILY_NAME)
            assert session.scalars(select(Translation.text)).one() == kept.TRANSLATED_TITLE
    finally:
        plan_file.close()


def test_upgrading_to_0004_turns_typed_honorifics_into_titles(tmp_path):
    """Issue 16, item 11: "Mr.", "M.", "Mme", "Ms.", "Mrs." typed in an older plan become
    the codes every language prints its own way; a title that is no code stays."""
    path = tmp_path / "plan.consult"
    path.write_bytes(kept.plan_path("0003").read_bytes())
    typed = {"Dupont": "Mme", "Иванова": "г-жа", "Öztürk": "Mrs.", "O'Brien": "H.E.",
             "عبد الله": "M."}
    with sqlite3.connect(path) as db:
        for family, honorific in typed.items():
            db.execute("UPDATE participant SET honorific = ? WHERE family_name = ?",
                       (honorific, family))
    db.close()
    open_plan(path).close()
    with sqlite3.connect(path) as db:
        stored = dict(db.execute("SELECT family_name, honorific FROM participant"))
    db.close()
    assert stored == {"Dupont": "ms", "Иванова": "ms", "Öztürk": "mrs", "O'Brien": "H.E.",
                      "عبد الله": "mr"}


def test_revision_0006_keeps_dsa_and_exchange_rates_travellers_and_line_currencies(tmp_path):
    """The kept plan of 0006 reads back its DSA and exchange rates, the traveller costed
    by ticket, nights and terminal expenses, and a line's currency and rate month."""
    from consult_desktop.store.models import BudgetLine, DsaRate, ExchangeRate, Plan

    path = tmp_path / "plan.consult"
    path.write_bytes(kept.plan_path("0006").read_bytes())
    plan_file = open_plan(path)
    try:
        with plan_file.read() as session:
            assert session.scalars(select(Plan.dsa_location)).one() == kept.DSA[1]
            dsa = session.scalars(select(DsaRate)).one()
            country, location, cents, effective = kept.DSA
            assert (dsa.country, dsa.location, dsa.rate, dsa.effective) == (
                country, location, Decimal(cents) / 100, dt.date.fromisoformat(effective))
            rate = session.scalars(select(ExchangeRate)).one()
            currency, month, millionths = kept.EXCHANGE
            assert (rate.currency, rate.month, rate.units_per_usd) == (
                currency, dt.date.fromisoformat(month), Decimal(millionths) / 10**6)
            assert rate.units_per_usd == Decimal("0.968")
            family, ticket, nights, terminal = kept.TRAVELLER
            person = session.scalars(select(Participant).where(
                Participant.family_name == family)).one()
            assert (person.travel_ticket, person.travel_nights, person.travel_terminal,
                    person.travel_dsa_rate) == (Decimal(ticket) / 100, nights,
                                                Decimal(terminal) / 100, None)
            lines = {line.category: line for line in session.scalars(select(BudgetLine))}
            assert (lines["interpretation"].currency, lines["interpretation"].rate_month) == (
                "USD", dt.date.fromisoformat(kept.RATE_MONTH))
            assert lines["temporary_staff"].currency is None  # the plan's
    finally:
        plan_file.close()


def test_the_schema_refuses_a_bad_currency_code_and_a_rate_of_nothing(tmp_path):
    """A line's currency is a three-letter code; an exchange rate or a DSA rate of zero
    would turn every amount into nothing (or a division by it)."""
    from sqlalchemy.exc import IntegrityError

    from consult_desktop.store.models import BudgetLine, DsaRate, ExchangeRate

    path = tmp_path / "plan.consult"
    path.write_bytes(kept.plan_path("0006").read_bytes())
    plan_file = open_plan(path)
    try:
        bad = (lambda s: s.add(ExchangeRate(plan_id=1, currency="CHF",
                                            month=dt.date(2017, 12, 1),
                                            units_per_usd=Decimal(0))),
               lambda s: s.add(DsaRate(plan_id=1, country="Switzerland", location="Geneva",
                                       rate=Decimal(0), effective=dt.date(2018, 1, 1))),
               lambda s: s.execute(BudgetLine.__table__.update().values(currency="CH")))
        for write in bad:
            with pytest.raises(IntegrityError), plan_file.begin() as session:
                write(session)
    finally:
        plan_file.close()


def test_revision_0007_keeps_the_list_of_documents(tmp_path):
    """The kept plan of 0007 reads back a document written elsewhere and a printed
    document's place in the list; an older plan's documents come in drafting, their
    information documents informal."""
    from consult_desktop.services.document_list import entries

    path = tmp_path / "plan.consult"
    path.write_bytes(kept.plan_path("0007").read_bytes())
    plan_file = open_plan(path)
    try:
        found = {entry.symbol: entry for entry in entries(plan_file)}
    finally:
        plan_file.close()
    (symbol, title, doc_type, author, words, required, available, deadline, status,
     submitted) = kept.WRITTEN_ELSEWHERE
    paper = found[symbol]
    assert (paper.kind, paper.title, paper.doc_type, paper.author, paper.words,
            paper.languages, paper.available, paper.deadline, paper.deadline_set,
            paper.status, paper.submitted, paper.agenda_item) == (
        None, title, doc_type, author, words, required, available,
        dt.date.fromisoformat(deadline), True, status, dt.date.fromisoformat(submitted), "3")
    note = found["ECE/EX/2017/L.8"]
    assert (note.kind, note.words, note.status) == ("options_note", 3100, "issued")

    older = tmp_path / "older.consult"
    older.write_bytes(kept.plan_path("0006").read_bytes())
    plan_file = open_plan(older)
    try:
        listed = entries(plan_file)
    finally:
        plan_file.close()
    assert {e.status for e in listed} == {"drafting"}
    assert {e.kind: e.doc_type for e in listed}["participants"] == "informal"
