"""row versions; a plan on a PostgreSQL server

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02 05:00:00

Issue 19: a plan shared on a PostgreSQL server by several people at once.

- Every row a person edits carries a `version` (1 for the rows of an older plan). An edit
  that checks it ("UPDATE ... WHERE id = ? AND version = ?") finds out that someone else
  changed the row since it was read, instead of overwriting their change.
- On PostgreSQL only: the scaled amounts (cents, thousandths, hundredths of a percent)
  become BIGINT, as wide as SQLite's INTEGER (a 32-bit INTEGER holds $21 million in
  cents); a trigger raises `version` on every update, whoever writes (a bulk edit too);
  and every change is announced on the channel `consult_changes` (LISTEN/NOTIFY), one
  notification per statement: "SCHEMA TABLE i|u|d ID,ID,..." or "... *" (reload all).
  A copy (an upload) sets `consult.quiet` for its transaction: rows keep their
  versions and nobody is told of each one.
  SQLite needs none of it: its INTEGER is 64-bit, and one program edits a file.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VERSIONED = ("plan", "option", "funding_source", "budget_line", "participant", "agenda_item",
             "milestone", "deadline_rule", "summary_section", "document")
UNVERSIONED = ("member_state", "agenda_speaker")
AMOUNTS = (("plan", "default_psc_rate"), ("funding_source", "psc_rate"),
           ("budget_line", "quantity"), ("budget_line", "unit_cost"),
           ("budget_line", "multiplier"), ("budget_line", "actual"),
           ("participant", "travel_amount"))
CHANNEL = "consult_changes"

FUNCTIONS = f"""
CREATE FUNCTION consult_bump_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF coalesce(current_setting('consult.quiet', true), '') <> 'on' THEN
        NEW.version := OLD.version + 1;
    END IF;
    RETURN NEW;
END $$;

CREATE FUNCTION consult_notify_rows() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    ids text;
BEGIN
    IF coalesce(current_setting('consult.quiet', true), '') = 'on' THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'DELETE' THEN
        SELECT string_agg(id::text, ',') INTO ids FROM old_rows;
    ELSE
        SELECT string_agg(id::text, ',') INTO ids FROM new_rows;
    END IF;
    IF ids IS NULL THEN
        RETURN NULL;
    END IF;
    IF length(ids) > 7000 THEN
        ids := '*';
    END IF;
    PERFORM pg_notify('{CHANNEL}', TG_TABLE_SCHEMA || ' ' || TG_TABLE_NAME || ' '
                      || lower(left(TG_OP, 1)) || ' ' || ids);
    RETURN NULL;
END $$;

CREATE FUNCTION consult_notify_table() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF coalesce(current_setting('consult.quiet', true), '') <> 'on' THEN
        PERFORM pg_notify('{CHANNEL}', TG_TABLE_SCHEMA || ' ' || TG_TABLE_NAME || ' '
                          || lower(left(TG_OP, 1)) || ' *');
    END IF;
    RETURN NULL;
END $$;
"""


def upgrade() -> None:
    # A plain ADD COLUMN, never batch mode's copy of the table: with foreign keys on,
    # SQLite's DROP TABLE of the old copy would cascade to the rows that refer to it.
    for table in VERSIONED:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False,
                                       server_default=sa.text("1")))
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, column in AMOUNTS:
        op.alter_column(table, column, type_=sa.BigInteger(), existing_type=sa.Integer())
    op.execute(FUNCTIONS)
    for table in VERSIONED:
        op.execute(f'CREATE TRIGGER consult_version BEFORE UPDATE ON "{table}"'
                   " FOR EACH ROW EXECUTE FUNCTION consult_bump_version()")
        for event, rows in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
            op.execute(f'CREATE TRIGGER consult_{event.lower()} AFTER {event} ON "{table}"'
                       f" REFERENCING {rows} TABLE AS {rows.lower()}_rows"
                       " FOR EACH STATEMENT EXECUTE FUNCTION consult_notify_rows()")
    for table in UNVERSIONED:
        op.execute(f'CREATE TRIGGER consult_changed AFTER INSERT OR UPDATE OR DELETE'
                   f' ON "{table}" FOR EACH STATEMENT EXECUTE FUNCTION consult_notify_table()')


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in UNVERSIONED:
            op.execute(f'DROP TRIGGER consult_changed ON "{table}"')
        for table in VERSIONED:
            for name in ("version", "insert", "update", "delete"):
                op.execute(f'DROP TRIGGER consult_{name} ON "{table}"')
        for function in ("consult_bump_version", "consult_notify_rows",
                         "consult_notify_table"):
            op.execute(f"DROP FUNCTION {function}()")
        for table, column in AMOUNTS:
            op.alter_column(table, column, type_=sa.Integer(), existing_type=sa.BigInteger())
    for table in reversed(VERSIONED):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")
