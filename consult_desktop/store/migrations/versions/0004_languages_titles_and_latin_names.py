"""content in several languages; coded titles; names in Latin letters

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 06:00:00

Issue 17: a meeting's documents are issued in English, French and Russian.

- `plan.original_language`: the language the plan's texts are written in ("en").
- `translation`: a user's text in another language, keyed by the row's table, its id
  and the field ("agenda_item", 12, "title", "fr"). A missing translation falls back to
  the original; a translation whose row is gone is ignored (and reported on import).
- `participant.family_name_latin`, `given_name_latin`: the names in Latin letters when
  they are written otherwise (Cyrillic); empty means "transliterate" (ICAO 9303).
- Issue 16, item 11: the free-text honorific becomes a coded title where it is one of
  the titles every document prints in its own language ("Mr.", "M." -> "mr"; "Ms.",
  "Mme" -> "ms"; "Mrs." -> "mrs"; ...). Anything else ("H.E.") stays as typed.
"""

import re
import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen here: the spellings this revision reads as codes (domain/names.py may learn
# more later; an upgrade must do the same thing whenever it runs).
TITLE_CODES = {
    "mr": "mr", "m": "mr", "monsieur": "mr", "mister": "mr", "г н": "mr", "господин": "mr",
    "ms": "ms", "mme": "ms", "madame": "ms", "miss": "ms", "mlle": "ms", "г жа": "ms",
    "госпожа": "ms", "mrs": "mrs", "dr": "dr", "doctor": "dr", "docteur": "dr", "д р": "dr",
    "prof": "prof", "professor": "prof", "professeur": "prof", "pr": "prof", "проф": "prof",
}
CODE_NAMES = {"mr": "Mr.", "ms": "Ms.", "mrs": "Mrs.", "dr": "Dr.", "prof": "Prof."}


def _folded(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[\W_]+", " ", text).strip()


def upgrade() -> None:
    op.add_column("plan", sa.Column("original_language", sa.String(2), nullable=False,
                                    server_default="en"))
    for column in ("family_name_latin", "given_name_latin"):
        op.add_column("participant", sa.Column(column, sa.String(200), nullable=False,
                                               server_default=""))
    op.create_table(
        "translation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("row_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(40), nullable=False),
        sa.Column("lang", sa.String(2), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], name=op.f("fk_translation_plan_id_plan"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_translation")),
        sa.UniqueConstraint("kind", "row_id", "field", "lang",
                            name=op.f("uq_translation_kind")),
    )
    op.create_index(op.f("ix_translation_plan_id"), "translation", ["plan_id"])
    connection = op.get_bind()
    rows = connection.execute(sa.text(
        "SELECT id, honorific FROM participant WHERE honorific <> ''")).all()
    for ident, honorific in rows:
        code = TITLE_CODES.get(_folded(honorific))
        if code is not None and code != honorific:
            connection.execute(sa.text("UPDATE participant SET honorific = :code WHERE id = :id"),
                               {"code": code, "id": ident})
    if connection.dialect.name == "postgresql":  # as 0003 does for every edited table
        op.execute('CREATE TRIGGER consult_version BEFORE UPDATE ON "translation"'
                   " FOR EACH ROW EXECUTE FUNCTION consult_bump_version()")
        for event, rows_name in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
            op.execute(f'CREATE TRIGGER consult_{event.lower()} AFTER {event} ON "translation"'
                       f" REFERENCING {rows_name} TABLE AS {rows_name.lower()}_rows"
                       " FOR EACH STATEMENT EXECUTE FUNCTION consult_notify_rows()")


def downgrade() -> None:
    connection = op.get_bind()
    for code, name in CODE_NAMES.items():
        connection.execute(sa.text("UPDATE participant SET honorific = :name"
                                   " WHERE honorific = :code"), {"name": name, "code": code})
    op.drop_index(op.f("ix_translation_plan_id"), table_name="translation")
    op.drop_table("translation")
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_column("given_name_latin")
        batch_op.drop_column("family_name_latin")
    with op.batch_alter_table("plan", schema=None) as batch_op:
        batch_op.drop_column("original_language")
