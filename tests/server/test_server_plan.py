"""A plan on a PostgreSQL server: the catalog, upload, download, the same models."""

from __future__ import annotations

import sqlite3
from decimal import Decimal

import pytest
from sqlalchemy import func, select, text

from consult_desktop.store import schema
from consult_desktop.store.address import parse_server_address
from consult_desktop.store.models import BudgetLine, Option, Participant, Plan
from consult_desktop.store.plan_file import open_plan, read_revision
from consult_desktop.store.queries import plan_summary
from consult_desktop.store.server_plan import (
    ServerPlanError,
    download,
    init_server,
    list_plans,
    open_server_plan,
    upload,
)
from tests.data import make_old_plans as kept


def address(url, plan=None):
    server = parse_server_address(url)
    return server.with_plan(plan) if plan is not None else server


def _dump(path):
    """Every table's rows, read with sqlite3, in id order."""
    with sqlite3.connect(path) as db:
        tables = [name for (name,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        content = {table: sorted(db.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
                   for table in tables}
    db.close()
    return content


def test_server_init_creates_the_catalog_and_a_second_run_changes_nothing(server_url):
    assert init_server(address(server_url)) == ["created the catalog of plans"]
    assert init_server(address(server_url)) == []
    assert list_plans(address(server_url)) == []


def test_a_server_without_the_catalog_says_to_run_server_init(server_url):
    with pytest.raises(ServerPlanError, match="server init"):
        list_plans(address(server_url))


def test_upload_then_download_gives_back_every_row(server_url, demo_path, tmp_path):
    init_server(address(server_url))
    entry = upload(demo_path, address(server_url, "Migration 2017"))
    assert (entry.name, entry.revision) == ("Migration 2017", schema.HEAD)
    assert [p.name for p in list_plans(address(server_url))] == ["Migration 2017"]

    copy = tmp_path / "back.consult"
    download(address(server_url, "Migration 2017"), copy)
    assert read_revision(copy) == schema.HEAD
    assert _dump(copy) == _dump(demo_path)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_a_server_plan_reads_and_writes_through_the_same_models(server_url, demo_path):
    init_server(address(server_url))
    upload(demo_path, address(server_url, "Shared"))
    plan = open_server_plan(address(server_url, "Shared"))
    file_plan = open_plan(demo_path)
    try:
        assert not plan.read_only
        with plan.read() as on_server, file_plan.read() as on_disk:
            assert plan_summary(on_server) == plan_summary(on_disk)
        with plan.begin() as session:  # new ids continue after the uploaded ones
            session.add(Participant(plan_id=plan.plan_id, family_name="Nouveau",
                                    category="expert"))
        with plan.read() as session:
            assert session.scalar(select(func.count()).select_from(Participant)) == \
                plan_summary(session).participants
            assert session.scalars(select(Participant.version).where(
                Participant.family_name == "Nouveau")).one() == 1
    finally:
        plan.close()
        file_plan.close()


def test_an_older_plan_file_uploads_upgraded_and_the_file_is_left_as_it_was(
        server_url, tmp_path):
    init_server(address(server_url))
    path = tmp_path / "old.consult"
    path.write_bytes(kept.plan_path("0001").read_bytes())
    upload(path, address(server_url, "Old"))
    assert path.read_bytes() == kept.plan_path("0001").read_bytes()
    plan = open_server_plan(address(server_url, "Old"))
    try:
        with plan.read() as session:
            assert plan_summary(session).title == kept.TITLE
    finally:
        plan.close()


def test_upload_refuses_a_name_taken_unless_forced(server_url, demo_path, tmp_path):
    init_server(address(server_url))
    upload(demo_path, address(server_url, "Plan"))
    other = tmp_path / "other.consult"
    other.write_bytes(kept.plan_path("0003").read_bytes())
    with pytest.raises(ServerPlanError, match="already there"):
        upload(other, address(server_url, "Plan"))
    upload(other, address(server_url, "Plan"), force=True)
    plan = open_server_plan(address(server_url, "Plan"))
    try:
        with plan.read() as session:
            assert plan_summary(session).title == kept.TITLE
    finally:
        plan.close()
    assert len(list_plans(address(server_url))) == 1


def test_download_never_replaces_a_file(server_url, demo_path, tmp_path):
    init_server(address(server_url))
    upload(demo_path, address(server_url, "Plan"))
    target = tmp_path / "mine.consult"
    target.write_bytes(b"an officer's only copy")
    with pytest.raises(ServerPlanError, match="already exists"):
        download(address(server_url, "Plan"), target)
    assert target.read_bytes() == b"an officer's only copy"


def test_a_plan_name_is_data_never_sql(server_url, demo_path, pg_server, database):
    init_server(address(server_url))
    upload(demo_path, address(server_url, "Plan"))
    hostile = "x'; drop table participant; --"
    with pytest.raises(ServerPlanError, match="no plan named"):
        open_server_plan(address(server_url, hostile))
    upload(demo_path, address(server_url, hostile))  # and it is a name like any other
    assert sorted(p.name for p in list_plans(address(server_url))) == ["Plan", hostile]
    assert pg_server.psql(database, "SELECT count(*) > 0 FROM plan_1.participant") == "t"


def test_amounts_beyond_a_32_bit_integer_of_cents_keep_every_cent(server_url, demo_path):
    init_server(address(server_url))
    upload(demo_path, address(server_url, "Big"))
    plan = open_server_plan(address(server_url, "Big"))
    big = Decimal("987654321012.34")  # 98,765,432,101,234 cents
    try:
        with plan.begin() as session:
            line = session.scalars(select(BudgetLine).order_by(BudgetLine.id)).first()
            line.unit_cost = big
        with plan.read() as session:
            assert session.scalars(select(BudgetLine.unit_cost).order_by(BudgetLine.id)
                                   ).first() == big
    finally:
        plan.close()


def test_postgresql_enforces_the_column_lengths_sqlite_ignores(server_url, demo_path):
    from sqlalchemy.exc import DataError

    init_server(address(server_url))
    upload(demo_path, address(server_url, "Plan"))
    plan = open_server_plan(address(server_url, "Plan"))
    try:
        with pytest.raises(DataError), plan.begin() as session:
            session.add(Option(plan_id=plan.plan_id, label="x" * 11, title="Too long"))
        with plan.read() as session:
            assert session.scalar(select(func.count()).select_from(Option).where(
                Option.label == "x" * 11)) == 0
    finally:
        plan.close()


def test_server_init_upgrades_an_older_plan_schema(server_url, demo_path, pg_server, database):
    """A plan left at 0002 (an older program uploaded it) is brought to the head."""
    init_server(address(server_url))
    upload(demo_path, address(server_url, "Plan"))
    pg_server.psql(database, "UPDATE plan_1.alembic_version SET version_num = '0002';"
                   # 0007's: the list of documents
                   " DELETE FROM plan_1.document WHERE kind IS NULL OR kind = 'documents';"
                   + "".join(f" ALTER TABLE plan_1.document DROP COLUMN {c};" for c in (
                       "title", "doc_type", "author", "words", "languages", "available",
                       "deadline", "status", "submitted", "edited", "translated"))
                   + " ALTER TABLE plan_1.document DROP CONSTRAINT ck_document_kind_valid;"
                   " ALTER TABLE plan_1.document ADD CONSTRAINT ck_document_kind_valid CHECK"
                   " (kind IN ('agenda', 'participants', 'budget', 'options_note', 'summary',"
                   " 'pack'));"
                   " ALTER TABLE plan_1.document ALTER COLUMN kind SET NOT NULL;"
                   # 0006's: DSA and exchange rates, travel per traveller, line currencies
                   " DROP TABLE plan_1.dsa_rate;"
                   " DROP TABLE plan_1.exchange_rate;"
                   " ALTER TABLE plan_1.plan DROP COLUMN dsa_location;"
                   " ALTER TABLE plan_1.budget_line DROP COLUMN currency;"
                   " ALTER TABLE plan_1.budget_line DROP COLUMN rate_month;"
                   + "".join(f" ALTER TABLE plan_1.participant DROP COLUMN travel_{c};"
                             for c in ("ticket", "terminal", "nights", "dsa_rate"))
                   # 0005's: one email a plan
                   + " ALTER TABLE plan_1.participant ADD CONSTRAINT uq_participant_plan_id"
                   " UNIQUE (plan_id, email);"
                   # 0004's: the translations, the Latin names, the original language
                   " DROP TABLE plan_1.translation;"
                   " ALTER TABLE plan_1.participant DROP COLUMN family_name_latin;"
                   " ALTER TABLE plan_1.participant DROP COLUMN given_name_latin;"
                   " ALTER TABLE plan_1.plan DROP COLUMN original_language;"
                   " DROP TRIGGER consult_version ON plan_1.plan;"
                   " DROP TRIGGER consult_insert ON plan_1.plan;"
                   " DROP TRIGGER consult_update ON plan_1.plan;"
                   " DROP TRIGGER consult_delete ON plan_1.plan;"
                   " DROP TRIGGER consult_changed ON plan_1.member_state;"
                   " DROP TRIGGER consult_changed ON plan_1.agenda_speaker;"
                   + "".join(f" DROP TRIGGER consult_{t} ON plan_1.{table};"
                             for table in ("option", "funding_source", "budget_line",
                                           "participant", "agenda_item", "milestone",
                                           "deadline_rule", "summary_section", "document")
                             for t in ("version", "insert", "update", "delete"))
                   + " DROP FUNCTION plan_1.consult_bump_version();"
                   " DROP FUNCTION plan_1.consult_notify_rows();"
                   " DROP FUNCTION plan_1.consult_notify_table();"
                   + "".join(f" ALTER TABLE plan_1.{t} DROP COLUMN version;"
                             for t in ("plan", "option", "funding_source", "budget_line",
                                       "participant", "agenda_item", "milestone",
                                       "deadline_rule", "summary_section", "document")))
    assert init_server(address(server_url)) == [f"upgraded Plan from schema 0002 to {schema.HEAD}"]
    assert init_server(address(server_url)) == []
    plan = open_server_plan(address(server_url, "Plan"))
    try:
        with plan.read() as session:
            assert session.scalars(select(Plan.version)).one() == 1
            assert session.execute(text("SELECT version_num FROM alembic_version")
                                   ).scalar() == schema.HEAD
    finally:
        plan.close()


def test_save_as_writes_a_server_plan_to_a_plan_file(server_url, demo_path, tmp_path):
    init_server(address(server_url))
    upload(demo_path, address(server_url, "Plan"))
    plan = open_server_plan(address(server_url, "Plan"))
    target = tmp_path / "copy.consult"
    target.write_bytes(b"older copy, replaced on purpose by Save As")
    try:
        assert plan.path.name == "Plan.consult"  # the name a Save As dialog suggests
        plan.save_as(target)
    finally:
        plan.close()
    assert _dump(target) == _dump(demo_path)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
