"""Opening plan files: fresh, older, newer, foreign and damaged ones."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text

from consult_desktop.store import migrate, schema
from consult_desktop.store.plan_file import (
    PlanFileError,
    backup_path,
    create_plan,
    open_plan,
    read_revision,
)


def test_schema_list_matches_the_alembic_scripts():
    assert migrate.script_heads() == [schema.HEAD]
    assert migrate.script_revisions() == list(schema.REVISIONS)


def test_a_new_plan_is_at_the_head_revision(tmp_path):
    path = tmp_path / "new.consult"
    create_plan(path, "New").close()
    assert read_revision(path) == schema.HEAD
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID


def test_creating_over_an_existing_file_is_refused(tmp_path):
    path = tmp_path / "keep.consult"
    path.write_bytes(b"precious")
    with pytest.raises(PlanFileError, match="already exists"):
        create_plan(path, "New")
    assert path.read_bytes() == b"precious"


def test_an_older_file_is_backed_up_then_migrated(tmp_path, monkeypatch):
    """A file at the base revision (no tables) opens at head, with a copy kept."""
    path = tmp_path / "old.consult"
    create_plan(path, "Old").close()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE alembic_version SET version_num = '0000'")
    monkeypatch.setattr(schema, "REVISIONS", ("0000", *schema.REVISIONS))
    monkeypatch.setattr(migrate, "upgrade", lambda connection: connection.execute(
        text("UPDATE alembic_version SET version_num = :head"), {"head": schema.HEAD}))
    before = path.read_bytes()
    open_plan(path).close()
    assert read_revision(path) == schema.HEAD
    assert backup_path(path, "0000").read_bytes() == before


def _newer(path):
    create_plan(path, "From the future").close()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE alembic_version SET version_num = '9999'")


def _foreign(path):
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE contacts (name TEXT)")
        db.execute("INSERT INTO contacts VALUES ('someone')")


def _text(path):
    path.write_text("Family name;Given name\nDupont;Marie\n", encoding="utf-8")


def _empty(path):
    path.write_bytes(b"")


def _truncated(path):
    create_plan(path, "Cut short").close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


REFUSED = [
    (_newer, "newer version"),
    (_foreign, "another program"),
    (_text, "not an SQLite database"),
    (_empty, "empty"),
    (_truncated, "damaged"),
]


@pytest.mark.parametrize(("make", "reason"), REFUSED, ids=[r for _, r in REFUSED])
def test_refused_files_are_left_byte_for_byte(tmp_path, make, reason):
    path = tmp_path / "refused.consult"
    make(path)
    before = path.read_bytes()
    with pytest.raises(PlanFileError, match=reason):
        open_plan(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["refused.consult"]


def test_a_folder_and_a_missing_file_are_refused(tmp_path):
    with pytest.raises(PlanFileError, match="folder"):
        open_plan(tmp_path)
    with pytest.raises(PlanFileError, match="no such file"):
        open_plan(tmp_path / "nowhere.consult")


def test_save_as_copies_the_whole_plan(demo_plan, tmp_path):
    target = tmp_path / "copy.consult"
    demo_plan.save_as(target)
    copy = open_plan(target)
    from consult_desktop.store.queries import plan_summary

    with demo_plan.read() as a, copy.read() as b:
        assert plan_summary(a) == plan_summary(b)
    copy.close()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_the_migrations_build_exactly_the_schema_of_the_models(tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from consult_desktop.store.models import Base

    plan = create_plan(tmp_path / "fresh.consult", "Fresh")
    with plan.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    plan.close()
    assert differences == []


def test_the_plan_is_changed_since_opened_from_its_first_transaction_not_by_reading(
        demo_plan):
    from sqlalchemy import select, update

    from consult_desktop.store.models import Plan

    with demo_plan.read() as session:  # reading is not writing
        session.scalar(select(Plan.title))
    assert not demo_plan.changed_since_opened
    with demo_plan.begin() as session:
        session.execute(update(Plan).values(title="First"))
    assert demo_plan.changed_since_opened


def test_the_plan_id_is_the_one_plan_of_the_file_read_once(demo_plan):
    import sqlite3

    with sqlite3.connect(demo_plan.path) as db:
        (only,) = db.execute("SELECT id FROM plan").fetchall()
    assert demo_plan.plan_id == only[0]
    demo_plan.engine.dispose()
    with sqlite3.connect(demo_plan.path) as db:  # a later read does not ask again
        db.execute("UPDATE plan SET id = id + 100")
    assert demo_plan.plan_id == only[0]


@pytest.mark.parametrize(("lang", "sources", "first_rule"), [
    ("en", ["Extrabudgetary", "Regular budget"], "Documents to processing"),
    ("fr", ["Ressources extrabudgétaires", "Budget ordinaire"],
     "Remise des documents pour traitement"),
    ("ru", ["Внебюджетные ресурсы", "Регулярный бюджет"], "Передача документов на обработку"),
])
def test_a_new_plan_is_written_in_its_language_and_names_its_sources_in_all(
        lang, sources, first_rule, tmp_path):
    """Its defaults are named in the plan's language, and the funding sources also in
    the two others: a budget printed in any language names them in that language."""
    from sqlalchemy import select

    from consult_desktop.store import translation_store
    from consult_desktop.store.models import DeadlineRule, FundingSource

    plan = create_plan(tmp_path / "new.consult", "New", lang=lang)
    try:
        with plan.read() as session:
            assert translation_store.original_language(session, plan.plan_id) == lang
            found = session.scalars(select(FundingSource).order_by(FundingSource.id)).all()
            assert [source.name for source in found] == sources
            rules = session.scalars(select(DeadlineRule).order_by(DeadlineRule.id)).all()
            assert rules[0].title == first_rule
            printed = {other: [translation_store.lookup(session, plan.plan_id, other)(
                "funding_source", source.id, "name", source.name) for source in found]
                for other in ("en", "fr", "ru")}
    finally:
        plan.close()
    assert printed == {"en": ["Extrabudgetary", "Regular budget"],
                       "fr": ["Ressources extrabudgétaires", "Budget ordinaire"],
                       "ru": ["Внебюджетные ресурсы", "Регулярный бюджет"]}
