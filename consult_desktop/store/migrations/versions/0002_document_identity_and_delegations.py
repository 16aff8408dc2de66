"""document identity, masthead fields, heads of delegation

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01 08:20:00

Issue 15: each document's distribution, and the meeting and agenda item that consider it; the
plan's masthead lines (principal organ, commission, session) and the State headings of
the list of participants; a delegation's head and the rank of its members. Every new
column has a server default, so the rows of an older plan keep their meaning.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PLAN_TEXTS = ("principal_organ", "commission", "session", "members_heading",
              "non_members_heading")


def upgrade() -> None:
    with op.batch_alter_table("plan", schema=None) as batch_op:
        for name in PLAN_TEXTS:
            batch_op.add_column(
                sa.Column(name, sa.String(length=300), nullable=False, server_default=""))
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.add_column(sa.Column("distribution", sa.String(length=20), nullable=False,
                                      server_default="general"))
        batch_op.add_column(sa.Column("agenda_item", sa.String(length=20), nullable=False,
                                      server_default=""))
        batch_op.add_column(sa.Column("considered_at", sa.String(length=300), nullable=False,
                                      server_default=""))
        batch_op.create_check_constraint(
            op.f("ck_document_distribution_valid"),
            "distribution IN ('general', 'limited', 'restricted', 'informal')")
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.add_column(sa.Column("head_of_delegation", sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
        batch_op.add_column(sa.Column("rank", sa.Integer(), nullable=True))
        batch_op.create_check_constraint(
            op.f("ck_participant_rank_not_negative"), "rank IS NULL OR rank >= 0")


def downgrade() -> None:
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_participant_rank_not_negative"), type_="check")
        batch_op.drop_column("rank")
        batch_op.drop_column("head_of_delegation")
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_document_distribution_valid"), type_="check")
        batch_op.drop_column("considered_at")
        batch_op.drop_column("agenda_item")
        batch_op.drop_column("distribution")
    with op.batch_alter_table("plan", schema=None) as batch_op:
        for name in reversed(PLAN_TEXTS):
            batch_op.drop_column(name)
