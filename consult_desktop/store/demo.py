"""The demo plan, built from the seed scenario: ECE's regional consultation on the
global compact for migration (2017). People are fictional; option (a)'s breakdown
is illustrative, since the secretariat note gives only its total (about $158,000
including programme support costs)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from consult_desktop.domain.names import title_code
from consult_desktop.store.models import (
    AgendaItem,
    BudgetLine,
    Document,
    DsaRate,
    ExchangeRate,
    FundingSource,
    MemberState,
    Milestone,
    Option,
    Participant,
    Plan,
    SummarySection,
)
from consult_desktop.store.plan_file import PlanFile, create_plan

DEMO_TITLE = "Regional consultation on the global compact for migration"

# The 56 member States of ECE (ISO 3166-1 alpha-2).
ECE_MEMBER_STATES = tuple(
    """AD AL AM AT AZ BA BE BG BY CA CH CY CZ DE DK EE ES FI FR GB GE GR HR HU IE IL IS IT
    KG KZ LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SK SM TJ TM TR UA US UZ""".split()
)

MANDATE = (
    "Draft General Assembly resolution A/71/L.58, paragraph 22 (a): the regional economic "
    "commissions are requested to organize discussions among Member States and other relevant "
    "stakeholders to examine regional and subregional aspects of international migration and "
    "to provide inputs to the preparatory process of the global compact. Paragraph 23: a "
    "preparatory meeting in Mexico in late November 2017 takes stock of the inputs."
)

MEETING_DAY = dt.date(2017, 11, 3)
D = Decimal


def write_demo(path: Path, *, overwrite: bool = False) -> PlanFile:
    plan_file = create_plan(
        path,
        DEMO_TITLE,
        overwrite=overwrite,
        organiser="United Nations Economic Commission for Europe (ECE)",
        governing_body="Executive Committee (EXCOM)",
        mandate=MANDATE,
        venue="Palais des Nations, Geneva",
        timezone="Europe/Zurich",
        currency="USD",
        symbol_prefix="ECE/EX/2017/",
        start_date=MEETING_DAY,
        end_date=MEETING_DAY,
    )
    with plan_file.begin() as session:
        plan = session.scalars(select(Plan)).one()
        plan.principal_organ = "Economic and Social Council"
        plan.commission = "Economic Commission for Europe"
        plan.members_heading = "States members of the Commission"
        plan.non_members_heading = "States not members of the Commission"
        plan.member_states = [MemberState(country=code) for code in ECE_MEMBER_STATES]
        sources = {s.kind: s for s in plan.funding_sources}
        _options(plan, sources)
        people = _participants(plan)
        _rates(plan, people)
        _agenda(plan, people)
        _milestones(plan)
        for document in plan.documents:
            _name_document(document)
        _documents_elsewhere(plan)
        session.flush()
        _speaker_order(session, plan)
        _summary(plan)
        session.flush()
        _translations(session, plan.id)
    return plan_file


def _translations(session: Session, plan_id: int) -> None:
    """The French and Russian versions of every text (store/demo_translations.py)."""
    from consult_desktop.store import translation_store
    from consult_desktop.store.demo_translations import DEMO_TRANSLATIONS

    for column, lang in enumerate(("fr", "ru")):
        found = translation_store.texts(session, plan_id, lang)
        translation_store.write(session, plan_id, lang, {
            text.key: DEMO_TRANSLATIONS[text.source][column] for text in found
            if text.source in DEMO_TRANSLATIONS})


def _options(plan: Plan, sources: dict[str, FundingSource]) -> None:
    xb, rb = sources["extrabudgetary"], sources["regular_budget"]
    full = Option(
        label="a",
        position=0,
        title="Full-fledged regional consultation with partners of the UN system",
        format="self_standing",
        description=(
            "A self-standing multi-stakeholder meeting organised with other partners of the "
            "UN system in the region."
        ),
        proposed_start=dt.date(2017, 11, 2),
        proposed_end=dt.date(2017, 11, 3),
        days=2,
        venue="Palais des Nations, Geneva",
        expected_participants=120,
        resources_needed=(
            "Extrabudgetary resources of about 158,000 USD including programme support costs: "
            "substantive support (GTA, consultant), travel support to member States, "
            "conference servicing."
        ),
        benefits="A full regional input to the global compact.",
        risks=(
            "Duplicating existing regional processes on migration; inconsistent inputs from "
            "the region into the global process; no substantive expertise or free capacity "
            "in the secretariat."
        ),
    )
    full.budget_lines = [
        _line(0, "temporary_staff", "GTA (illustrative)", "3", "work_month", "14500", xb),
        _line(1, "consultants", "Substantive consultant (illustrative)", "2", "work_month",
              "11000", xb),
        _line(2, "participant_travel", "Travel support to member States (illustrative)", "20",
              "trip", "2100", xb),
        _line(3, "interpretation", "Interpretation E/F/R, 3 teams x 2 days (illustrative)",
              "3", "day", "3100", xb, multiplier="2"),
        _line(4, "documents", "Translation of documents (illustrative)", "60", "page", "150", xb),
        _line(5, "rooms", "Rooms and equipment (illustrative)", "1", "lump_sum", "4700", xb),
    ]
    extended = Option(
        label="b",
        position=1,
        title="Extended session of EXCOM open to other stakeholders",
        format="extended_session",
        description=(
            "An extended session of the Executive Committee open to other stakeholders, in "
            "particular the relevant organisations of the regional UN system, building on the "
            "7th Global Regional Consultative Processes Meeting organised by IOM on "
            "10-11 October 2017 in Geneva. Its summary constitutes the input for the "
            "preparatory meeting in Mexico."
        ),
        proposed_start=MEETING_DAY,
        proposed_end=MEETING_DAY,
        days=1,
        venue="Palais des Nations, Geneva",
        expected_participants=60,
        resources_needed=(
            "Possibly a consultant for the substantive preparations in coordination with IOM; "
            "an IOM expert; conference servicing within existing resources."
        ),
        benefits=(
            "One process (IOM GRCP) feeds into another: no duplication, no inconsistent "
            "messages."
        ),
        risks="A smaller meeting; depends on the timing of the IOM outcome.",
    )
    extended.budget_lines = [
        _line(0, "consultants", "Consultant, substantive preparations with IOM", "1",
              "work_month", "11000", xb),
        _line(1, "participant_travel", "Travel of the IOM expert", "1", "trip", "1500", xb),
        _line(2, "interpretation", "Interpretation E/F/R, 3 teams x 1 day", "3", "day", "3100",
              rb),
    ]
    plan.options = [full, extended]


def _line(position: int, category: str, description: str, quantity: str, unit: str,
          unit_cost: str, source: FundingSource, multiplier: str = "1") -> BudgetLine:
    return BudgetLine(
        position=position,
        category=category,
        description=description,
        quantity=D(quantity),
        unit=unit,
        unit_cost=D(unit_cost),
        multiplier=D(multiplier),
        funding_source=source,
        psc_applies=True,
    )


PEOPLE = (
    # honorific, given, family, function, organisation, country, category, status, email
    ("Ms.", "Élodie", "Marchand", "Deputy Permanent Representative",
     "Permanent Mission of France", "FR", "member_state", "confirmed", "e.marchand@example.fr"),
    ("Mr.", "Алексей", "Воронцов", "Counsellor",
     "Permanent Mission of the Russian Federation", "RU", "member_state", "confirmed",
     "a.vorontsov@example.ru"),
    ("Mr.", "Jonas", "Albrecht", "First Secretary", "Permanent Mission of Germany", "DE",
     "member_state", "registered", "j.albrecht@example.de"),
    ("Ms.", "Aigerim", "Seitkali", "Head of Migration Policy Division",
     "Ministry of Labour and Social Protection", "KZ", "member_state", "confirmed",
     "a.seitkali@example.kz"),
    ("Ms.", "Zeynep", "Aydın", "Expert", "Directorate General of Migration Management", "TR",
     "member_state", "nominated", "z.aydin@example.tr"),
    ("Mr.", "Marco", "Bellini", "Ambassador, Permanent Representative",
     "Permanent Mission of Italy", "IT", "member_state", "confirmed", "m.bellini@example.it"),
    ("Ms.", "Ana", "Petrović", "Adviser", "Ministry of Labour, Employment and Social Policy",
     "RS", "member_state", "invited", "a.petrovic@example.rs"),
    ("Mr.", "Luis", "Herrera", "Minister Counsellor", "Permanent Mission of Mexico", "MX",
     "other_state", "registered", "l.herrera@example.mx"),
    ("Ms.", "Grace", "Okafor", "Senior Regional Policy Adviser",
     "International Organization for Migration (IOM)", None, "igo", "confirmed",
     "g.okafor@example.org"),
    ("Mr.", "Pierre", "Dubois", "Senior Protection Officer",
     "Office of the United Nations High Commissioner for Refugees (UNHCR)", None, "un_body",
     "confirmed", "p.dubois@example.org"),
    ("Ms.", "Hannah", "Lindqvist", "Human Rights Officer",
     "Office of the United Nations High Commissioner for Human Rights (OHCHR)", None,
     "un_secretariat", "registered", "h.lindqvist@example.org"),
    ("Ms.", "Sofia", "Rossi", "Programme Officer", "Platform for migrants' rights", None, "ngo",
     "invited", "s.rossi@example.org"),
    ("Mr.", "Daniel", "Novak", "Secretary of the Executive Committee",
     "ECE secretariat", None, "secretariat", "confirmed", "d.novak@example.org"),
)


def _participants(plan: Plan) -> dict[str, Participant]:
    people: dict[str, Participant] = {}
    for (honorific, given, family, function, organisation, country, category, status,
         email) in PEOPLE:
        person = Participant(
            honorific=title_code(honorific), given_name=given, family_name=family,
            function=function,
            organisation=organisation, country=country, category=category, status=status,
            email=email,
        )
        people[family] = person
        plan.participants.append(person)
    # His passport's spelling, not the ICAO transliteration ("Aleksei"): Latin forms
    # are corrected by hand where they differ.
    people["Воронцов"].given_name_latin = "Alexey"
    for family, amount in (("Seitkali", "1850"), ("Petrović", "1400"), ("Aydın", "1600")):
        people[family].travel_requested = True
        people[family].travel_approved = family != "Aydın"
        people[family].travel_amount = D(amount)
    return people


# Illustrative figures, not the ICSC's or the UN Treasury's: a user imports the real
# tables (`rates PLAN --import-dsa FILE`, `--import-exchange FILE`).
DEMO_DSA = ("Switzerland (illustrative rate)", "Geneva", "400", dt.date(2017, 1, 1))
DEMO_EXCHANGE = (("CHF", dt.date(2017, 11, 1), "0.968"), ("EUR", dt.date(2017, 11, 1), "0.851"))


def _rates(plan: Plan, people: dict[str, Participant]) -> None:
    """A DSA rate for Geneva and two rates of exchange, all illustrative; one traveller
    costed by ticket, nights and DSA (1,000 + 2 x 400 + 50 = 1,850)."""
    country, location, rate, effective = DEMO_DSA
    plan.dsa_rates = [DsaRate(country=country, location=location, rate=D(rate),
                              effective=effective)]
    plan.exchange_rates = [ExchangeRate(currency=code, month=month, units_per_usd=D(units))
                           for code, month, units in DEMO_EXCHANGE]
    traveller = people["Seitkali"]
    traveller.travel_ticket, traveller.travel_terminal = D("1000"), D("50")


def _agenda(plan: Plan, people: dict[str, Participant]) -> None:
    chair, iom, secretary = people["Bellini"], people["Okafor"], people["Novak"]

    def item(number: str, title: str, start: tuple[int, int], end: tuple[int, int],
             kind: str = "item", **extra: object) -> AgendaItem:
        return AgendaItem(
            number=number, title=title, day=MEETING_DAY, start_time=dt.time(*start),
            end_time=dt.time(*end), kind=kind, room="Room XII", **extra,
        )

    items = [
        item("1", "Opening of the meeting", (10, 0), (10, 15), chair=chair,
             speakers=[secretary]),
        item("2", "Adoption of the agenda", (10, 15), (10, 30), chair=chair,
             documents="ECE/EX/2017/L.8",
             annotation="The Committee is invited to adopt its agenda."),
        item("3", "Regional and subregional aspects of international migration",
             (10, 30), (13, 0), chair=chair,
             annotation=(
                 "Delegations are invited to share their views on the regional and subregional "
                 "aspects of international migration, as requested by draft resolution "
                 "A/71/L.58, paragraph 22 (a)."
             )),
        item("3 (a)", "Outcomes of the 7th Global Meeting of Regional Consultative Processes",
             (10, 30), (11, 30), chair=chair, speakers=[iom],
             documents="ECE/EX/2017/INF.3"),
        item("", "Coffee break", (11, 30), (11, 45), kind="break"),
        item("3 (b)", "Statements by delegations and stakeholders", (11, 45), (13, 0),
             chair=chair, speakers=[people["Marchand"], people["Воронцов"],
                                    people["Seitkali"]]),
        item("", "Lunch", (13, 0), (15, 0), kind="lunch"),
        item("4", "Input to the preparatory meeting in Mexico", (15, 0), (17, 0), chair=chair,
             speakers=[people["Herrera"], people["Dubois"]],
             annotation=(
                 "The Committee will discuss the main messages of the region for the "
                 "preparatory meeting to be held in Mexico in late November 2017."
             )),
        item("5", "Other business", (17, 0), (17, 15), chair=chair),
        item("6", "Adoption of the summary of discussions", (17, 15), (17, 45), chair=chair,
             speakers=[secretary]),
    ]
    items[3].parent = items[5].parent = items[2]
    for position, agenda_item in enumerate(items):
        agenda_item.position = position
    plan.agenda_items = items


def _speaker_order(session: Session, plan: Plan) -> None:
    """The speakers in the order listed: the relationship writes the links, not their
    positions (all 0), and a server, unlike SQLite, does not return ties in the order
    they were inserted."""
    from consult_desktop.store.models import agenda_speaker as links

    for agenda_item in plan.agenda_items:
        for position, person in enumerate(agenda_item.speakers):
            session.execute(update(links).where(links.c.item_id == agenda_item.id,
                                                links.c.participant_id == person.id)
                            .values(position=position))


def _milestones(plan: Plan) -> None:
    plan.milestones = [
        Milestone(title="Workplan for Member States due (A/71/L.58, para. 22)",
                  date=dt.date(2017, 3, 31), kind="mandate", done=True),
        Milestone(title="EXCOM guidance on the options", date=dt.date(2017, 4, 7),
                  kind="decision", done=True),
        Milestone(title="7th Global Meeting of Regional Consultative Processes (IOM), Geneva",
                  date=dt.date(2017, 10, 10), end_date=dt.date(2017, 10, 11),
                  kind="related_meeting", done=True),
        Milestone(title="Regional consultation (ECE), Geneva", date=MEETING_DAY,
                  kind="meeting", done=True),
        Milestone(title="Preparatory meeting, Mexico: outcome of the regional consultation due",
                  date=dt.date(2017, 11, 27), end_date=dt.date(2017, 11, 29),
                  kind="outcome_due", done=True),
    ]


# The list of documents (issue 22): each printed document's length, item and languages
# (all issued: the meeting is past), then those written elsewhere.
LISTED = {  # kind: (agenda item, author, words, languages required)
    "agenda": ("2", "Secretariat", 1900, "EFR"),
    "options_note": ("3", "Secretariat", 2600, "EFR"),
    "summary": ("6", "Secretariat", 3400, "EFR"),
    "participants": ("", "Secretariat", 900, "E"),
    "budget": ("", "Programme Management Unit", 600, "E"),
    "documents": ("", "Secretariat", 300, "EFR"),
}
ELSEWHERE = (  # symbol, title, type, item, author, words, languages, submitted, issued
    ("ECE/EX/2017/INF.3", "Outcomes of the 7th Global Meeting of Regional Consultative "
     "Processes on Migration", "informal", "3 (a)", "IOM", 4100, "E",
     dt.date(2017, 10, 16), dt.date(2017, 10, 20)),
    ("ECE/EX/2017/INF.2", "Migration in the ECE region: facts and figures",
     "informal", "3", "Statistical Division", 5200, "EFR", dt.date(2017, 9, 15),
     dt.date(2017, 10, 6)),
    ("ECE/EX/2017/CRP.1", "Main messages of the region: draft for discussion", "crp",
     "4", "Secretariat", 1200, "E", dt.date(2017, 11, 2), MEETING_DAY),
)


def _documents_elsewhere(plan: Plan) -> None:
    for symbol, title, doc_type, item, author, words, languages, submitted, issued in \
            ELSEWHERE:
        plan.documents.append(Document(
            kind=None, symbol=symbol, title=title, doc_type=doc_type, agenda_item=item,
            author=author, words=words, languages=languages, available=languages,
            status="issued", submitted=submitted, edited=submitted, translated=issued,
            issued=issued))


def _name_document(document: Document) -> None:
    symbols = {"options_note": "ECE/EX/2017/L.7", "agenda": "ECE/EX/2017/L.8",
               "participants": "ECE/EX/2017/INF.4", "budget": "ECE/EX/2017/INF.5",
               "summary": "ECE/EX/2017/L.9", "pack": "ECE/EX/2017/INF.6",
               "documents": "ECE/EX/2017/INF.1"}
    assert document.kind is not None
    document.symbol = symbols[document.kind]
    if document.kind in LISTED:
        item, author, words, languages = LISTED[document.kind]
        if document.kind != "options_note":  # its item is the Committee's earlier meeting's
            document.agenda_item = item
        document.author, document.words = author, words
        document.languages = document.available = languages
        document.status = "issued"
    # The note goes to the Committee in March, the agenda three weeks before the meeting;
    # the list of participants and the rest are issued at the meeting.
    issued = {"options_note": dt.date(2017, 3, 20), "agenda": dt.date(2017, 10, 13)}
    document.issued = issued.get(document.kind, MEETING_DAY)
    if document.kind == "options_note":
        # The Committee's meeting that considers the note (illustrative number and date).
        document.distribution = "limited"
        document.considered_at = "Ninetieth meeting\nGeneva, 24 March 2017"
        document.agenda_item = "3"


# Illustrative only: the seed has no record of the discussions; these words are invented
# to show what the summary of discussions holds.
SUMMARY = (
    ("item", "3", "(Illustrative, fictional summary.) Delegations exchanged views on the "
     "regional and subregional aspects of international migration.\n\n"
     "- Several delegations stressed the value of reliable migration statistics.\n"
     "- Some delegations recalled the Madrid International Plan of Action on Ageing and "
     "the needs of older migrants."),
    ("item", "4", "(Illustrative, fictional summary.) The Committee discussed the main "
     "messages of the region for the preparatory meeting in Mexico."),
    ("key_messages", None, "(Illustrative.)\n"
     "- Building on existing regional processes avoids duplication.\n"
     "- Inputs from the region should be consistent with those of IOM's processes."),
    ("recommendations", None, "(Illustrative.) The Committee may wish to transmit this "
     "summary to the co-facilitators as the region's input."),
)


def _summary(plan: Plan) -> None:
    items = {item.number: item for item in plan.agenda_items if item.number}
    headings = {"key_messages": "Key messages", "recommendations": "Recommendations"}
    sections = []
    for kind, number, body in SUMMARY:
        if number is not None:
            item = items[number]
            sections.append(SummarySection(kind=kind, agenda_item_id=item.id,
                                           position=item.position, heading=item.title,
                                           body=body))
        else:
            position = 10_000 if kind == "key_messages" else 10_001
            sections.append(SummarySection(kind=kind, position=position,
                                           heading=headings[kind], body=body))
    plan.summary_sections = sections
