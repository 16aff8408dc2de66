"""the list of documents of the session

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 15:00:00

Issue 22: every document of the session in one list, those the program prints (one row
a kind, as before) and those written elsewhere (`kind` NULL: background papers,
information documents, conference room papers). Each has a title, a type, an author,
its length in words, the languages it is required in and those available (letters
E F R), a submission deadline (NULL: from the deadline rules) and its status with the
date of each step. The printed list of documents is a document kind of its own.
Every new column has a server default or is NULL, so an older plan's rows keep their
meaning; its information documents (participants, budget, pack) become informal.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_KINDS = "'agenda', 'participants', 'budget', 'options_note', 'summary', 'pack'"
NEW_KINDS = ("'agenda', 'participants', 'budget', 'options_note', 'summary', 'documents',"
             " 'pack'")
DATES = ("deadline", "submitted", "edited", "translated")


def upgrade() -> None:
    # Batch mode: SQLite changes a CHECK or a NOT NULL only by copying the table (the
    # migration runner turns foreign keys off for it, see 0005).
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_document_kind_valid"), type_="check")
        batch_op.alter_column("kind", existing_type=sa.String(30), nullable=True)
        batch_op.create_check_constraint(op.f("ck_document_kind_valid"),
                                         f"kind IN ({NEW_KINDS})")
        batch_op.add_column(sa.Column("title", sa.String(500), nullable=False,
                                      server_default=""))
        batch_op.add_column(sa.Column("doc_type", sa.String(20), nullable=False,
                                      server_default="official"))
        batch_op.add_column(sa.Column("author", sa.String(300), nullable=False,
                                      server_default=""))
        batch_op.add_column(sa.Column("words", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("languages", sa.String(10), nullable=False,
                                      server_default="EFR"))
        batch_op.add_column(sa.Column("available", sa.String(10), nullable=False,
                                      server_default=""))
        batch_op.add_column(sa.Column("status", sa.String(20), nullable=False,
                                      server_default="drafting"))
        for name in DATES:
            batch_op.add_column(sa.Column(name, sa.Date(), nullable=True))
        batch_op.create_check_constraint(op.f("ck_document_doc_type_valid"),
                                         "doc_type IN ('official', 'informal', 'crp')")
        batch_op.create_check_constraint(
            op.f("ck_document_status_valid"),
            "status IN ('drafting', 'submitted', 'edited', 'translated', 'issued')")
        batch_op.create_check_constraint(op.f("ck_document_words_not_negative"),
                                         "words IS NULL OR words >= 0")
    op.execute("UPDATE document SET doc_type = 'informal'"
               " WHERE kind IN ('participants', 'budget', 'pack')")


def downgrade() -> None:
    op.execute("DELETE FROM document WHERE kind IS NULL OR kind = 'documents'")
    with op.batch_alter_table("document", schema=None) as batch_op:
        for name in ("words_not_negative", "status_valid", "doc_type_valid", "kind_valid"):
            batch_op.drop_constraint(op.f(f"ck_document_{name}"), type_="check")
        for name in reversed(DATES):
            batch_op.drop_column(name)
        for name in ("status", "available", "languages", "words", "author", "doc_type",
                     "title"):
            batch_op.drop_column(name)
        batch_op.alter_column("kind", existing_type=sa.String(30), nullable=False)
        batch_op.create_check_constraint(op.f("ck_document_kind_valid"),
                                         f"kind IN ({OLD_KINDS})")
