"""travel by DSA; exchange rates; budget lines in other currencies

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 14:30:00

Issue 23: money as the secretariat counts it.

- `dsa_rate`: the daily subsistence allowance table as the ICSC publishes it (country,
  location, rate a night in USD, effective date); `plan.dsa_location` names the
  location whose rate the travellers get ("": the one named in the venue).
- `participant.travel_ticket`, `travel_terminal`, `travel_nights`, `travel_dsa_rate`:
  travel costed per traveller (ticket + nights x DSA + terminal expenses). All NULL in
  an older plan: its travellers keep the amount typed in `travel_amount`.
- `exchange_rate`: the UN operational rates of exchange (currency, month, units per
  USD); `budget_line.currency` and `rate_month`: a line paid in another currency
  (NULL: the plan's), converted at the rate of that month.
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NEW_TABLES = ("dsa_rate", "exchange_rate")
TRAVEL = ("travel_ticket", "travel_terminal", "travel_nights", "travel_dsa_rate")


def _scaled() -> Any:
    """A scaled amount's column: BIGINT on PostgreSQL, as 0003 made the others."""
    return sa.BigInteger() if op.get_bind().dialect.name == "postgresql" else sa.Integer()


def _plan_key(table: str) -> list[Any]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], name=op.f(f"fk_{table}_plan_id_plan"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
    ]


def upgrade() -> None:
    op.add_column("plan", sa.Column("dsa_location", sa.String(200), nullable=False,
                                    server_default=""))
    op.create_table(
        "dsa_rate",
        *_plan_key("dsa_rate"),
        sa.Column("country", sa.String(100), nullable=False),
        sa.Column("location", sa.String(200), nullable=False),
        sa.Column("rate", _scaled(), nullable=False),
        sa.Column("effective", sa.Date(), nullable=False),
        sa.CheckConstraint("trim(location) <> ''", name=op.f("ck_dsa_rate_location_not_blank")),
        sa.CheckConstraint("rate > 0", name=op.f("ck_dsa_rate_rate_positive")),
        sa.UniqueConstraint("plan_id", "country", "location", "effective",
                            name=op.f("uq_dsa_rate_plan_id")),
    )
    op.create_index(op.f("ix_dsa_rate_plan_id"), "dsa_rate", ["plan_id"])
    op.create_table(
        "exchange_rate",
        *_plan_key("exchange_rate"),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("units_per_usd", _scaled(), nullable=False),
        sa.CheckConstraint("length(currency) = 3", name=op.f("ck_exchange_rate_currency_code")),
        sa.CheckConstraint("units_per_usd > 0", name=op.f("ck_exchange_rate_units_positive")),
        sa.UniqueConstraint("plan_id", "currency", "month",
                            name=op.f("uq_exchange_rate_plan_id")),
    )
    op.create_index(op.f("ix_exchange_rate_plan_id"), "exchange_rate", ["plan_id"])
    # Batch mode: SQLite adds a CHECK only by copying the table (the migration runner
    # turns foreign keys off for it, see 0005).
    with op.batch_alter_table("budget_line", schema=None) as batch_op:
        batch_op.add_column(sa.Column("currency", sa.String(3), nullable=True))
        batch_op.add_column(sa.Column("rate_month", sa.Date(), nullable=True))
        batch_op.create_check_constraint(op.f("ck_budget_line_currency_code"),
                                         "currency IS NULL OR length(currency) = 3")
    with op.batch_alter_table("participant", schema=None) as batch_op:
        for column in TRAVEL:
            kind = sa.Integer() if column == "travel_nights" else _scaled()
            batch_op.add_column(sa.Column(column, kind, nullable=True))
            batch_op.create_check_constraint(op.f(f"ck_participant_{column}_not_negative"),
                                             f"{column} IS NULL OR {column} >= 0")
    if op.get_bind().dialect.name == "postgresql":  # as 0003 does for every edited table
        for table in NEW_TABLES:
            op.execute(f'CREATE TRIGGER consult_version BEFORE UPDATE ON "{table}"'
                       " FOR EACH ROW EXECUTE FUNCTION consult_bump_version()")
            for event, rows in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
                op.execute(f'CREATE TRIGGER consult_{event.lower()} AFTER {event} ON "{table}"'
                           f" REFERENCING {rows} TABLE AS {rows.lower()}_rows"
                           " FOR EACH STATEMENT EXECUTE FUNCTION consult_notify_rows()")


def downgrade() -> None:
    with op.batch_alter_table("participant", schema=None) as batch_op:
        for column in reversed(TRAVEL):
            batch_op.drop_constraint(op.f(f"ck_participant_{column}_not_negative"), type_="check")
            batch_op.drop_column(column)
    with op.batch_alter_table("budget_line", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_budget_line_currency_code"), type_="check")
        batch_op.drop_column("rate_month")
        batch_op.drop_column("currency")
    for table in reversed(NEW_TABLES):
        op.drop_index(op.f(f"ix_{table}_plan_id"), table_name=table)
        op.drop_table(table)
    with op.batch_alter_table("plan", schema=None) as batch_op:
        batch_op.drop_column("dsa_location")
