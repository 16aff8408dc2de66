"""two participants may share an email

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 07:20:00

Issue 16, item 5: two delegates of one permanent mission often give the mission's
address. Names decide who is the same person; an email alone only suggests it. Schema
0001 held each email once a plan (`uq_participant_plan_id`), so the second delegate was
stored without it. This revision drops that constraint (on SQLite by rebuilding the
table, which the migration runner does with foreign keys off).
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_constraint("uq_participant_plan_id", type_="unique")


def downgrade() -> None:
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.create_unique_constraint("uq_participant_plan_id", ["plan_id", "email"])
