"""the first schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-27 14:29:26.438337
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("organiser", sa.String(length=300), nullable=False),
        sa.Column("governing_body", sa.String(length=300), nullable=False),
        sa.Column("mandate", sa.Text(), nullable=False),
        sa.Column("venue", sa.String(length=300), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("default_psc_rate", sa.Integer(), nullable=False),
        sa.Column("symbol_prefix", sa.String(length=100), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("day_start", sa.Time(), nullable=False),
        sa.Column("day_end", sa.Time(), nullable=False),
        sa.CheckConstraint("trim(title) <> ''", name=op.f("ck_plan_title_not_blank")),
        sa.CheckConstraint(
            "default_psc_rate >= 0 AND default_psc_rate <= 10000", name=op.f("ck_plan_psc_rate")
        ),
        sa.CheckConstraint("length(currency) = 3", name=op.f("ck_plan_currency_code")),
        sa.CheckConstraint(
            "start_date IS NULL OR end_date IS NULL OR start_date <= end_date",
            name=op.f("ck_plan_dates_in_order"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan")),
    )
    op.create_table(
        "deadline_rule",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("weeks_before", sa.Integer(), nullable=False),
        sa.CheckConstraint("trim(title) <> ''", name=op.f("ck_deadline_rule_title_not_blank")),
        sa.CheckConstraint(
            "weeks_before IS NULL OR weeks_before >= 0",
            name=op.f("ck_deadline_rule_weeks_before_not_negative"),
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plan.id"], name=op.f("fk_deadline_rule_plan_id_plan"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deadline_rule")),
    )
    with op.batch_alter_table("deadline_rule", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_deadline_rule_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("symbol", sa.String(length=100), nullable=False),
        sa.Column("issued", sa.Date(), nullable=True),
        sa.Column("original_language", sa.String(length=40), nullable=False),
        sa.CheckConstraint(
            "kind IN ('agenda', 'participants', 'budget', 'options_note', 'summary', 'pack')",
            name=op.f("ck_document_kind_valid"),
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plan.id"], name=op.f("fk_document_plan_id_plan"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document")),
        sa.UniqueConstraint("plan_id", "kind", name=op.f("uq_document_plan_id")),
    )
    op.create_table(
        "funding_source",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("psc_rate", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('extrabudgetary', 'regular_budget', 'existing_resources', 'other')",
            name=op.f("ck_funding_source_kind_valid"),
        ),
        sa.CheckConstraint("trim(name) <> ''", name=op.f("ck_funding_source_name_not_blank")),
        sa.CheckConstraint(
            "psc_rate >= 0 AND psc_rate <= 10000", name=op.f("ck_funding_source_psc_rate")
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["plan.id"],
            name=op.f("fk_funding_source_plan_id_plan"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_funding_source")),
        sa.UniqueConstraint("plan_id", "name", name=op.f("uq_funding_source_plan_id")),
    )
    with op.batch_alter_table("funding_source", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_funding_source_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "member_state",
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.CheckConstraint("length(country) = 2", name=op.f("ck_member_state_country_code")),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plan.id"], name=op.f("fk_member_state_plan_id_plan"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("plan_id", "country", name=op.f("pk_member_state")),
    )
    op.create_table(
        "milestone",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('mandate', 'related_meeting', 'document', 'decision', 'meeting', 'outcome_due', 'other')",
            name=op.f("ck_milestone_kind_valid"),
        ),
        sa.CheckConstraint("trim(title) <> ''", name=op.f("ck_milestone_title_not_blank")),
        sa.CheckConstraint(
            "end_date IS NULL OR date <= end_date", name=op.f("ck_milestone_dates_in_order")
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plan.id"], name=op.f("fk_milestone_plan_id_plan"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_milestone")),
    )
    with op.batch_alter_table("milestone", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_milestone_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "option",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=10), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("format", sa.String(length=30), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("proposed_start", sa.Date(), nullable=True),
        sa.Column("proposed_end", sa.Date(), nullable=True),
        sa.Column("days", sa.Integer(), nullable=True),
        sa.Column("venue", sa.String(length=300), nullable=False),
        sa.Column("expected_participants", sa.Integer(), nullable=True),
        sa.Column("resources_needed", sa.Text(), nullable=False),
        sa.Column("benefits", sa.Text(), nullable=False),
        sa.Column("risks", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("decision", sa.Text(), nullable=False),
        sa.Column("decision_date", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "format IN ('self_standing', 'extended_session', 'virtual', 'other')",
            name=op.f("ck_option_format_valid"),
        ),
        sa.CheckConstraint(
            "status IN ('proposed', 'recommended', 'chosen', 'rejected')",
            name=op.f("ck_option_status_valid"),
        ),
        sa.CheckConstraint("trim(label) <> ''", name=op.f("ck_option_label_not_blank")),
        sa.CheckConstraint("trim(title) <> ''", name=op.f("ck_option_title_not_blank")),
        sa.CheckConstraint("days IS NULL OR days >= 0", name=op.f("ck_option_days_not_negative")),
        sa.CheckConstraint(
            "expected_participants IS NULL OR expected_participants >= 0",
            name=op.f("ck_option_expected_participants_not_negative"),
        ),
        sa.CheckConstraint(
            "proposed_start IS NULL OR proposed_end IS NULL OR proposed_start <= proposed_end",
            name=op.f("ck_option_dates_in_order"),
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plan.id"], name=op.f("fk_option_plan_id_plan"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_option")),
        sa.UniqueConstraint("plan_id", "label", name=op.f("uq_option_plan_id")),
    )
    with op.batch_alter_table("option", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_option_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "participant",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("honorific", sa.String(length=40), nullable=False),
        sa.Column("given_name", sa.String(length=200), nullable=False),
        sa.Column("family_name", sa.String(length=200), nullable=False),
        sa.Column("function", sa.String(length=300), nullable=False),
        sa.Column("organisation", sa.String(length=300), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("category", sa.String(length=30), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=True),
        sa.Column("phone", sa.String(length=60), nullable=False),
        sa.Column("travel_requested", sa.Boolean(), nullable=False),
        sa.Column("travel_approved", sa.Boolean(), nullable=False),
        sa.Column("travel_amount", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "category IN ('member_state', 'other_state', 'un_secretariat', 'un_body', 'specialized_agency', 'igo', 'ngo', 'expert', 'secretariat')",
            name=op.f("ck_participant_category_valid"),
        ),
        sa.CheckConstraint(
            "email IS NULL OR trim(email) <> ''", name=op.f("ck_participant_email_null_not_blank")
        ),
        sa.CheckConstraint(
            "status IN ('invited', 'nominated', 'registered', 'confirmed', 'declined', 'attended')",
            name=op.f("ck_participant_status_valid"),
        ),
        sa.CheckConstraint(
            "trim(family_name) <> ''", name=op.f("ck_participant_family_name_not_blank")
        ),
        sa.CheckConstraint(
            "country IS NULL OR length(country) = 2", name=op.f("ck_participant_country_code")
        ),
        sa.CheckConstraint(
            "travel_amount IS NULL OR travel_amount >= 0",
            name=op.f("ck_participant_travel_amount_not_negative"),
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plan.id"], name=op.f("fk_participant_plan_id_plan"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participant")),
        sa.UniqueConstraint("plan_id", "email", name=op.f("uq_participant_plan_id")),
    )
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_participant_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "agenda_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("annotation", sa.Text(), nullable=False),
        sa.Column("documents", sa.Text(), nullable=False),
        sa.Column("day", sa.Date(), nullable=True),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("end_time", sa.Time(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("room", sa.String(length=200), nullable=False),
        sa.Column("chair_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('item', 'break', 'lunch', 'side_event')",
            name=op.f("ck_agenda_item_kind_valid"),
        ),
        sa.CheckConstraint("trim(title) <> ''", name=op.f("ck_agenda_item_title_not_blank")),
        sa.CheckConstraint(
            "end_time IS NULL OR start_time IS NOT NULL",
            name=op.f("ck_agenda_item_end_needs_start"),
        ),
        sa.ForeignKeyConstraint(
            ["chair_id"],
            ["participant.id"],
            name=op.f("fk_agenda_item_chair_id_participant"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["agenda_item.id"],
            name=op.f("fk_agenda_item_parent_id_agenda_item"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plan.id"], name=op.f("fk_agenda_item_plan_id_plan"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_item")),
    )
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agenda_item_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "budget_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("option_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=30), nullable=False),
        sa.Column("description", sa.String(length=500), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("unit", sa.String(length=20), nullable=False),
        sa.Column("unit_cost", sa.Integer(), nullable=False),
        sa.Column("multiplier", sa.Integer(), nullable=False),
        sa.Column("funding_source_id", sa.Integer(), nullable=True),
        sa.Column("psc_applies", sa.Boolean(), nullable=False),
        sa.Column("actual", sa.Integer(), nullable=True),
        sa.Column("travel_rule", sa.String(length=20), nullable=False),
        sa.CheckConstraint(
            "category IN ('temporary_staff', 'consultants', 'participant_travel', 'staff_travel', 'interpretation', 'documents', 'rooms', 'hospitality', 'other')",
            name=op.f("ck_budget_line_category_valid"),
        ),
        sa.CheckConstraint(
            "travel_rule IN ('fixed', 'per_trip', 'approved_sum')",
            name=op.f("ck_budget_line_travel_rule_valid"),
        ),
        sa.CheckConstraint(
            "unit IN ('work_month', 'day', 'trip', 'person', 'page', 'lump_sum')",
            name=op.f("ck_budget_line_unit_valid"),
        ),
        sa.CheckConstraint(
            "actual IS NULL OR actual >= 0", name=op.f("ck_budget_line_actual_not_negative")
        ),
        sa.CheckConstraint(
            "multiplier IS NULL OR multiplier >= 0",
            name=op.f("ck_budget_line_multiplier_not_negative"),
        ),
        sa.CheckConstraint(
            "quantity IS NULL OR quantity >= 0", name=op.f("ck_budget_line_quantity_not_negative")
        ),
        sa.CheckConstraint(
            "unit_cost IS NULL OR unit_cost >= 0",
            name=op.f("ck_budget_line_unit_cost_not_negative"),
        ),
        sa.ForeignKeyConstraint(
            ["funding_source_id"],
            ["funding_source.id"],
            name=op.f("fk_budget_line_funding_source_id_funding_source"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["option_id"],
            ["option.id"],
            name=op.f("fk_budget_line_option_id_option"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_budget_line")),
    )
    with op.batch_alter_table("budget_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_budget_line_option_id"), ["option_id"], unique=False)

    op.create_table(
        "agenda_speaker",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["agenda_item.id"],
            name=op.f("fk_agenda_speaker_item_id_agenda_item"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_agenda_speaker_participant_id_participant"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("item_id", "participant_id", name=op.f("pk_agenda_speaker")),
    )
    op.create_table(
        "summary_section",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=True),
        sa.Column("heading", sa.String(length=500), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('item', 'key_messages', 'recommendations', 'general')",
            name=op.f("ck_summary_section_kind_valid"),
        ),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_item.id"],
            name=op.f("fk_summary_section_agenda_item_id_agenda_item"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["plan.id"],
            name=op.f("fk_summary_section_plan_id_plan"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_summary_section")),
    )
    with op.batch_alter_table("summary_section", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_summary_section_plan_id"), ["plan_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("summary_section", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_summary_section_plan_id"))

    op.drop_table("summary_section")
    op.drop_table("agenda_speaker")
    with op.batch_alter_table("budget_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_budget_line_option_id"))

    op.drop_table("budget_line")
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_item_plan_id"))

    op.drop_table("agenda_item")
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_participant_plan_id"))

    op.drop_table("participant")
    with op.batch_alter_table("option", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_option_plan_id"))

    op.drop_table("option")
    with op.batch_alter_table("milestone", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_milestone_plan_id"))

    op.drop_table("milestone")
    op.drop_table("member_state")
    with op.batch_alter_table("funding_source", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_funding_source_plan_id"))

    op.drop_table("funding_source")
    op.drop_table("document")
    with op.batch_alter_table("deadline_rule", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_deadline_rule_plan_id"))

    op.drop_table("deadline_rule")
    op.drop_table("plan")
