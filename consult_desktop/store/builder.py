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
from consult_desktop.store.models import (
    DeadlineRule,
    Document,
    FundingSource,
    Plan,
    Translation,
)

DEFAULT_PSC_RATE = Decimal("0.13")

# The funding sources a plan starts with, named in each language: in the plan's own
# language, and in the two others as their versions, so that every printed language
# names them (a name is a translatable text, domain/translatable.py).
DEFAULT_SOURCES: tuple[tuple[str, dict[str, str]], ...] = (
    ("extrabudgetary", {"en": "Extrabudgetary", "fr": "Ressources extrabudgétaires",
                        "ru": "Внебюджетные ресурсы"}),
    ("regular_budget", {"en": "Regular budget", "fr": "Budget ordinaire",
                        "ru": "Регулярный бюджет"}),
)
# Deadlines counted back from the meeting's first day (UN practice; editable per plan),
# named in the plan's language.
DEFAULT_DEADLINE_RULES: tuple[tuple[dict[str, str], int], ...] = (
    ({"en": "Documents to processing", "fr": "Remise des documents pour traitement",
      "ru": "Передача документов на обработку"}, 10),
    ({"en": "Invitations sent", "fr": "Envoi des invitations",
      "ru": "Рассылка приглашений"}, 8),
    ({"en": "Documents distributed to participants",
      "fr": "Distribution des documents aux participants",
      "ru": "Рассылка документов участникам"}, 6),
)


def initialise(engine: Engine, title: str, lang: str = "en", **details: Any) -> int:
    """Create the schema and one plan with default funding sources, deadlines and
    documents in the new, empty database of `engine`. Returns the plan's id. `lang`:
    the language the plan is written in (its texts' original), which names the
    defaults.

    It takes the engine, not the plan file, so that plan_file.py may call it without
    the two modules importing each other."""
    with engine.begin() as connection:
        connection.execute(text(f"PRAGMA application_id = {schema.APPLICATION_ID}"))
        upgrade(connection)
    with Session(engine) as session, session.begin():
        plan = Plan(title=title, original_language=lang, **details)
        psc = details.get("default_psc_rate", DEFAULT_PSC_RATE)
        plan.funding_sources = [
            FundingSource(name=names[lang], kind=kind,
                          psc_rate=psc if kind == "extrabudgetary" else 0)
            for kind, names in DEFAULT_SOURCES
        ]
        plan.deadline_rules = [
            DeadlineRule(title=names[lang], weeks_before=weeks)
            for names, weeks in DEFAULT_DEADLINE_RULES
        ]
        plan.documents = [Document(kind=kind, doc_type="informal" if kind in INFORMAL_KINDS
                                   else "official")
                          for kind in vocab.codes(vocab.DOCUMENT_KINDS)]
        session.add(plan)
        session.flush()
        names = dict(DEFAULT_SOURCES)
        session.add_all(Translation(plan_id=plan.id, kind="funding_source", row_id=source.id,
                                    field="name", lang=other, text=names[source.kind][other])
                        for source in plan.funding_sources
                        for other in names[source.kind] if other != lang)
        return plan.id
