"""Filling a new plan file: the schema, the plan row and its sensible defaults."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from consult_desktop.domain import vocab
from consult_desktop.store import schema
from consult_desktop.store.document_store import INFORMAL_KINDS
from consult_desktop.store.migrate import upgrade
from consult_desktop.store.models import DeadlineRule, Document, FundingSource, Plan

DEFAULT_PSC_RATE = Decimal("0.13")

# Deadlines counted back from the meeting's first day (UN practice; editable per plan).
DEFAULT_DEADLINE_RULES = (
    ("Documents to processing", 10),
    ("Invitations sent", 8),
    ("Documents distributed to participants", 6),
)


def initialise(engine: Engine, title: str, **details: Any) -> int:
    """Create the schema and one plan with default funding sources, deadlines and
    documents in the new, empty database of `engine`. Returns the plan's id.

    It takes the engine, not the plan file, so that plan_file.py may call it without
    the two modules importing each other."""
    with engine.begin() as connection:
        connection.execute(text(f"PRAGMA application_id = {schema.APPLICATION_ID}"))
        upgrade(connection)
    with Session(engine) as session, session.begin():
        plan = Plan(title=title, **details)
        psc = details.get("default_psc_rate", DEFAULT_PSC_RATE)
        plan.funding_sources = [
            FundingSource(name="Extrabudgetary", kind="extrabudgetary", psc_rate=psc),
            FundingSource(name="Regular budget", kind="regular_budget", psc_rate=0),
        ]
        plan.deadline_rules = [
            DeadlineRule(title=name, weeks_before=weeks) for name, weeks in DEFAULT_DEADLINE_RULES
        ]
        plan.documents = [Document(kind=kind, doc_type="informal" if kind in INFORMAL_KINDS
                                   else "official")
                          for kind in vocab.codes(vocab.DOCUMENT_KINDS)]
        session.add(plan)
        session.flush()
        return plan.id
