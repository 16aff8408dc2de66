"""Synthetic plans of a chosen size, written through Core inserts."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from sqlalchemy import insert

from consult_desktop.domain import vocab
from consult_desktop.store.models import AgendaItem, BudgetLine, Option, Participant
from consult_desktop.store.plan_file import create_plan

FAMILY = ["Marchand", "Воронцов", "Albrecht", "Seitkali", "Aydın", "Bellini", "Petrović",
          "Herrera", "Okafor", "Dubois", "Lindqvist", "Rossi", "Novak", "García", "Müller"]
GIVEN = ["Élodie", "Алексей", "Jonas", "Aigerim", "Zeynep", "Marco", "Ana", "Luis", "Grace"]
COUNTRIES = ["FR", "RU", "DE", "KZ", "TR", "IT", "RS", "MX", "CH", "US", "GB", "ES", None]


def participant_rows(plan_id: int, count: int, seed: int = 1) -> list[dict[str, object]]:
    rng = random.Random(seed)
    categories = vocab.codes(vocab.PARTICIPANT_CATEGORIES)
    statuses = vocab.codes(vocab.PARTICIPANT_STATUSES)
    return [
        {
            "plan_id": plan_id, "honorific": rng.choice(["Mr.", "Ms."]),
            "given_name": rng.choice(GIVEN), "family_name": f"{rng.choice(FAMILY)} {n}",
            "function": "Delegate", "organisation": f"Organisation {n % 400}",
            "country": rng.choice(COUNTRIES), "category": rng.choice(categories),
            "status": rng.choice(statuses), "email": f"person{n}@example.org", "phone": "",
            "travel_requested": n % 7 == 0, "travel_approved": n % 14 == 0,
            "travel_amount": Decimal(1500) if n % 7 == 0 else None, "notes": "",
        }
        for n in range(count)
    ]


def write_plan(path: Path, participants: int, agenda_items: int = 300, options: int = 5,
               lines: int = 40) -> Path:
    path.unlink(missing_ok=True)
    plan_file = create_plan(path, f"Synthetic plan, {participants} participants")
    plan_id = plan_file.plan_id
    categories = vocab.codes(vocab.BUDGET_CATEGORIES)
    with plan_file.begin() as session:
        if participants:
            session.execute(insert(Participant), participant_rows(plan_id, participants))
        for o in range(options):
            option_id = session.execute(
                insert(Option).values(plan_id=plan_id, label=chr(97 + o), position=o,
                                      title=f"Option {chr(97 + o)}")
                .returning(Option.id)
            ).scalar_one()
            session.execute(insert(BudgetLine), [
                {"option_id": option_id, "position": n, "category": categories[n % 9],
                 "description": f"Line {n}", "quantity": Decimal(n % 5 + 1), "unit": "day",
                 "unit_cost": Decimal("1234.50"), "multiplier": Decimal(1)}
                for n in range(lines)
            ])
        start = dt.date(2017, 11, 1)
        if agenda_items:
            session.execute(insert(AgendaItem), [
                {"plan_id": plan_id, "position": n, "number": str(n + 1),
                 "title": f"Item {n + 1}", "day": start + dt.timedelta(days=n // 20),
                 "start_time": dt.time(9 + (n % 20) // 2, 30 * (n % 2)),
                 "end_time": dt.time(9 + (n % 20) // 2, 30 * (n % 2) + 25)}
                for n in range(agenda_items)
            ])
    plan_file.close()
    return path


def people(count: int, seed: int = 1) -> list:
    """The same people as `participant_rows`, as the domain's Person tuples (the
    fields the rows leave out keep the Person's defaults)."""
    from consult_desktop.domain.participants import FIELDS, Person

    return [Person(**{name: row[name] for name in FIELDS if name in row})
            for row in participant_rows(0, count, seed)]
