"""Write a plan file for every released schema revision: tests/data/plan-REV.consult.

Run `python tests/data/make_old_plans.py` from the repository when a revision is
released, and keep the file it writes for ever: the tests open each one, migrate it
to the current schema and check its data. The data are written with plain SQL as
that revision stored them (scaled integers, ISO dates), never through today's
models, so the writer of an old revision stays true when the models move on.

A revision is released when a commit that has it reaches main; from then on it never
changes. Until then, regenerate its file whenever the revision changes (a test says so
when the kept file and the revision's schema differ).
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
APPLICATION_ID = 0x436E736C

PARTICIPANTS = (
    # family, given, country, category, status, email, travel amount in cents
    ("Dupont", "Marie-Hélène", "FR", "member_state", "confirmed", "mh.dupont@example.org", None),
    ("Иванова", "Анна", "RU", "member_state", "registered", "a.ivanova@example.org", 185000),
    ("Öztürk", "Ayşe", "TR", "member_state", "invited", None, None),
    ("عبد الله", "سارة", None, "ngo", "nominated", "s.abdallah@example.org", 92050),
    ("O'Brien", "Seán <R&D>", "IE", "igo", "declined", None, None),
)
# option a: (category, description, quantity*1000, unit cost in cents, multiplier*1000)
LINES = (
    ("temporary_staff", "GTA, 2 months", 2000, 1450000, 1000),
    ("participant_travel", "Travel of 20 participants", 20000, 160000, 1000),
    ("interpretation", "Interpretation, 6 languages", 6000, 95000, 2000),
)
PSC_RATE = 1300  # 13.00 %, in hundredths of a percent


def expected_total() -> Decimal:
    """Option (a)'s total with PSC, from the inputs above (all lines carry PSC)."""
    subtotal = sum(
        (Decimal(q) / 1000 * Decimal(u) / 100 * Decimal(m) / 1000).quantize(Decimal("0.01"))
        for _, _, q, u, m in LINES
    )
    psc = (subtotal * Decimal(PSC_RATE) / 10000).quantize(Decimal("0.01"))
    return subtotal + psc


TITLE = "Консультация «миграция» — revision 0001 <kept plan>"


def write_0001(db: sqlite3.Connection) -> None:
    db.execute(
        "INSERT INTO plan (id, title, organiser, governing_body, mandate, venue, timezone,"
        " currency, default_psc_rate, symbol_prefix, start_date, end_date, day_start,"
        " day_end) VALUES (1, ?, 'ECE', 'EXCOM', 'A/71/L.58, para. 22 (a)', 'Genève',"
        " 'Europe/Zurich', 'USD', ?, 'ECE/EX/2017/', '2017-11-03', '2017-11-03',"
        " '09:00:00.000000', '18:00:00.000000')", (TITLE, PSC_RATE))
    db.execute("INSERT INTO funding_source (id, plan_id, name, kind, psc_rate)"
               " VALUES (1, 1, 'Extrabudgetary', 'extrabudgetary', ?)", (PSC_RATE,))
    db.execute(
        "INSERT INTO option (id, plan_id, position, label, title, format, description,"
        " days, venue, expected_participants, resources_needed, benefits, risks, status,"
        " decision) VALUES (1, 1, 0, 'a', 'Full-fledged consultation', 'self_standing', '',"
        " 1, 'Palais des Nations', 60, '', '', '', 'proposed', '')")
    for position, (category, text, quantity, unit_cost, multiplier) in enumerate(LINES):
        db.execute(
            "INSERT INTO budget_line (option_id, position, category, description, quantity,"
            " unit, unit_cost, multiplier, funding_source_id, psc_applies, travel_rule)"
            " VALUES (1, ?, ?, ?, ?, 'lump_sum', ?, ?, 1, 1, 'fixed')",
            (position, category, text, quantity, unit_cost, multiplier))
    for family, given, country, category, status, email, travel in PARTICIPANTS:
        db.execute(
            "INSERT INTO participant (plan_id, honorific, given_name, family_name, function,"
            " organisation, country, category, status, email, phone, travel_requested,"
            " travel_approved, travel_amount, notes) VALUES (1, '', ?, ?, '', '', ?, ?, ?,"
            " ?, '', ?, 0, ?, '')",
            (given, family, country, category, status, email, travel is not None, travel))
    db.execute(
        "INSERT INTO agenda_item (plan_id, position, number, title, annotation, documents,"
        " day, start_time, end_time, kind, room, notes) VALUES (1, 0, '1', 'Opening',"
        " '', 'ECE/EX/2017/L.7', '2017-11-03', '10:00:00.000000', '10:30:00.000000',"
        " 'item', 'Room XII', '')")
    db.execute("INSERT INTO milestone (plan_id, title, date, kind, done, notes)"
               " VALUES (1, 'Preparatory meeting, Mexico', '2017-12-04', 'related_meeting',"
               " 0, '')")


# Revision 0002: the document identity, the masthead lines, heads of delegation.
MASTHEAD = ("Economic and Social Council", "Economic Commission for Europe",
            "Ninety-first meeting")
HEAD_OF_DELEGATION = "Иванова"


def write_0002(db: sqlite3.Connection) -> None:
    write_0001(db)
    db.execute("UPDATE plan SET principal_organ = ?, commission = ?, session = ?",
               MASTHEAD)
    db.execute("UPDATE participant SET head_of_delegation = 1, rank = 0"
               " WHERE family_name = ?", (HEAD_OF_DELEGATION,))
    db.execute("INSERT INTO document (plan_id, kind, symbol, issued, original_language,"
               " distribution, agenda_item, considered_at) VALUES (1, 'options_note',"
               " 'ECE/EX/2017/L.8', '2017-10-20', 'English', 'limited', '3',"
               " 'Ninety-first meeting')")


# Revision 0003: a version on every row a person edits (issue 19).
EDITED_TWICE = "Öztürk"


def write_0003(db: sqlite3.Connection) -> None:
    write_0002(db)
    db.execute("UPDATE participant SET status = 'registered', version = 3"
               " WHERE family_name = ?", (EDITED_TWICE,))
    db.execute("UPDATE plan SET version = 2")


# Revision 0004: translations, names in Latin letters, coded titles (issue 17, 16).
TRANSLATED_TITLE = "Consultation régionale «\u00a0migration\u00a0»"
LATIN_FAMILY_NAME = "Ivanova"


def write_0004(db: sqlite3.Connection) -> None:
    write_0003(db)
    db.execute("UPDATE plan SET original_language = 'en'")
    db.execute("UPDATE participant SET honorific = 'ms', family_name_latin = ?"
               " WHERE family_name = ?", (LATIN_FAMILY_NAME, HEAD_OF_DELEGATION))
    db.execute("INSERT INTO translation (plan_id, kind, row_id, field, lang, text)"
               " VALUES (1, 'plan', 1, 'title', 'fr', ?)", (TRANSLATED_TITLE,))


# Revision 0005 drops the one-email-a-plan constraint (issue 16, item 5): no new data.
def write_0005(db: sqlite3.Connection) -> None:
    write_0004(db)


# Revision 0006: travel by DSA, exchange rates, lines in other currencies (issue 23).
# (country, location, rate a night in cents of USD, effective date)
DSA = ("Switzerland", "Geneva", 40000, "2017-08-01")
# (currency, month, units per USD in millionths)
EXCHANGE = ("CHF", "2017-11-01", 968000)
# The traveller costed by ticket, nights and terminal expenses (cents; nights; cents).
TRAVELLER = ("Иванова", 95000, 2, 15200)
RATE_MONTH = "2017-10-01"  # of the interpretation line, kept in the plan's currency


def write_0006(db: sqlite3.Connection) -> None:
    write_0005(db)
    db.execute("UPDATE plan SET dsa_location = ?", (DSA[1],))
    db.execute("INSERT INTO dsa_rate (plan_id, country, location, rate, effective)"
               " VALUES (1, ?, ?, ?, ?)", DSA)
    db.execute("INSERT INTO exchange_rate (plan_id, currency, month, units_per_usd)"
               " VALUES (1, ?, ?, ?)", EXCHANGE)
    family, ticket, nights, terminal = TRAVELLER
    db.execute("UPDATE participant SET travel_approved = 1, travel_ticket = ?,"
               " travel_nights = ?, travel_terminal = ? WHERE family_name = ?",
               (ticket, nights, terminal, family))
    db.execute("UPDATE budget_line SET currency = 'USD', rate_month = ?"
               " WHERE category = 'interpretation'", (RATE_MONTH,))


# Revision 0007: the list of documents of the session (issue 22). A background paper
# written elsewhere: (symbol, title, type, author, words, required, available,
# deadline, status, submitted)
WRITTEN_ELSEWHERE = ("ECE/EX/2017/INF.7", "Migration statistics in the region <draft>",
                     "informal", "Statistical Division", 4200, "EF", "E", "2017-09-22",
                     "submitted", "2017-09-20")


def write_0007(db: sqlite3.Connection) -> None:
    write_0006(db)
    (symbol, title, doc_type, author, words, required, available, deadline, status,
     submitted) = WRITTEN_ELSEWHERE
    db.execute("INSERT INTO document (plan_id, kind, symbol, original_language, agenda_item,"
               " title, doc_type, author, words, languages, available, deadline, status,"
               " submitted) VALUES (1, NULL, ?, 'English', '3', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
               (symbol, title, doc_type, author, words, required, available, deadline,
                status, submitted))
    db.execute("UPDATE document SET words = 3100, available = 'EFR', status = 'issued'"
               " WHERE kind = 'options_note'")


WRITERS: dict[str, Callable[[sqlite3.Connection], None]] = {
    "0001": write_0001, "0002": write_0002, "0003": write_0003, "0004": write_0004,
    "0005": write_0005, "0006": write_0006, "0007": write_0007}


def plan_path(revision: str) -> Path:
    return HERE / f"plan-{revision}.consult"


def empty_schema(path: Path, revision: str) -> None:
    """A new file holding the schema of `revision` as its migration builds it."""
    from consult_desktop.store.migrate import upgrade
    from consult_desktop.store.plan_file import make_engine

    path.touch()
    engine = make_engine(path)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            upgrade(connection, revision)
    finally:
        engine.dispose()


def write(revision: str, path: Path) -> None:
    path.unlink(missing_ok=True)
    empty_schema(path, revision)
    with sqlite3.connect(path) as db:
        WRITERS[revision](db)
    db.close()


def main(argv: list[str]) -> int:
    """Write the kept plans of the revisions named (all when none is)."""
    for revision in argv or WRITERS:
        write(revision, plan_path(revision))
        print(f"wrote {plan_path(revision)}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parents[1]))
    sys.exit(main(sys.argv[1:]))
