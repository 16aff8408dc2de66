"""The printed documents' plain data, read from a plan with Core selects.

Budget figures go through queries.budget_lines and domain.budget.totals, the same
path as the window's Budget tab, so the print and the window agree to the cent.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from consult_desktop.domain import budget, documents, printed
from consult_desktop.domain.meeting_days import meeting_days
from consult_desktop.domain.names import for_language, plain_name
from consult_desktop.store.agenda_store import option_dates
from consult_desktop.store.document_store import read_identities
from consult_desktop.store.models import (
    AgendaItem,
    BudgetLine,
    MemberState,
    Milestone,
    Option,
    Participant,
    Plan,
    SummarySection,
    agenda_speaker,
)
from consult_desktop.store.queries import budget_lines


class PrintDataError(ValueError):
    """The document cannot be printed from this plan; the message says why."""


def meeting(session: Session, plan_id: int) -> printed.Meeting:
    plan = session.execute(
        select(Plan.title, Plan.organiser, Plan.governing_body, Plan.venue, Plan.start_date,
               Plan.end_date, Plan.currency, Plan.mandate, Plan.principal_organ,
               Plan.commission, Plan.session, Plan.members_heading,
               Plan.non_members_heading).where(Plan.id == plan_id)
    ).one()
    first, last = meeting_days(option_dates(session, plan_id), plan.start_date, plan.end_date)
    return printed.Meeting(
        title=plan.title, organiser=plan.organiser, governing_body=plan.governing_body,
        venue=plan.venue, start_date=first, end_date=last,
        currency=plan.currency, mandate=plan.mandate, principal_organ=plan.principal_organ,
        commission=plan.commission, session=plan.session,
        members_heading=plan.members_heading, non_members_heading=plan.non_members_heading,
    )


def document(session: Session, plan_id: int, kind: str) -> printed.DocumentInfo:
    """The document's identity as it prints: the plan's values or their defaults."""
    found = next(i for i in read_identities(session, plan_id) if i.kind == kind)
    return printed.DocumentInfo(
        kind=kind, title=found.title, symbol=found.symbol, issued=found.issued,
        original_language=found.original_language, distribution=found.distribution,
        agenda_item=found.agenda_item, considered_at=found.considered_at)


def participants(session: Session, plan_id: int, *,
                 contacts: bool = False) -> printed.ParticipantList:
    rows = session.execute(
        select(Participant.family_name, Participant.given_name, Participant.honorific,
               Participant.function, Participant.organisation, Participant.country,
               Participant.category, Participant.email, Participant.phone,
               Participant.head_of_delegation, Participant.rank,
               Participant.family_name_latin, Participant.given_name_latin)
        .where(Participant.plan_id == plan_id, Participant.status != "declined")
    )
    people = [
        printed.Person(
            family_name=r.family_name, given_name=r.given_name, honorific=r.honorific,
            function=r.function, organisation=r.organisation, country=r.country,
            category=r.category, email=r.email or "", phone=r.phone,
            head_of_delegation=bool(r.head_of_delegation), rank=r.rank,
            family_name_latin=r.family_name_latin, given_name_latin=r.given_name_latin,
        )
        for r in rows
    ]
    members = session.scalars(select(MemberState.country).where(MemberState.plan_id == plan_id))
    columns = printed.DEFAULT_COLUMNS + (printed.CONTACT_COLUMNS if contacts else ())
    return printed.ParticipantList(
        meeting=meeting(session, plan_id), document=document(session, plan_id, "participants"),
        people=people, member_states=frozenset(members), columns=columns,
    )


def agenda(session: Session, plan_id: int, lang: str = "en") -> printed.Agenda:
    """The agenda's data; its chairs and speakers named as the version in `lang`
    prints people (domain/names.py: the title in `lang`, Latin letters but in Russian)."""
    names = {
        r.id: plain_name(for_language(r.given_name, r.given_name_latin, lang),
                         for_language(r.family_name, r.family_name_latin, lang),
                         r.honorific, lang)
        for r in session.execute(
            select(Participant.id, Participant.honorific, Participant.given_name,
                   Participant.family_name, Participant.given_name_latin,
                   Participant.family_name_latin).where(Participant.plan_id == plan_id))
    }
    speakers: dict[int, list[str]] = {}
    for item_id, participant_id in session.execute(
        select(agenda_speaker.c.item_id, agenda_speaker.c.participant_id)
        .order_by(agenda_speaker.c.item_id, agenda_speaker.c.position)
    ):
        speakers.setdefault(item_id, []).append(names.get(participant_id, ""))
    rows = session.execute(
        select(AgendaItem.id, AgendaItem.title, AgendaItem.number, AgendaItem.parent_id,
               AgendaItem.kind, AgendaItem.annotation, AgendaItem.documents, AgendaItem.day,
               AgendaItem.start_time, AgendaItem.end_time, AgendaItem.room,
               AgendaItem.chair_id)
        .where(AgendaItem.plan_id == plan_id).order_by(AgendaItem.position, AgendaItem.id)
    )
    items = [
        printed.AgendaEntry(
            id=r.id, title=r.title, number=r.number, parent_id=r.parent_id, kind=r.kind,
            annotation=r.annotation,
            documents=tuple(line.strip() for line in r.documents.splitlines() if line.strip()),
            day=r.day, start=r.start_time, end=r.end_time, room=r.room,
            chair=names.get(r.chair_id, "") if r.chair_id else "",
            speakers=tuple(speakers.get(r.id, ())),
        )
        for r in rows
    ]
    about = meeting(session, plan_id)
    titles = {found.symbol: documents.printed_title(found.kind, about.title)
              for found in read_identities(session, plan_id) if found.symbol}
    return printed.Agenda(meeting=about, document=document(session, plan_id, "agenda"),
                          items=items, document_titles=titles)


def _options(session: Session, plan_id: int, label: str | None) -> list[Any]:
    query = select(
        Option.id, Option.label, Option.title, Option.format, Option.description,
        Option.proposed_start, Option.proposed_end, Option.days, Option.venue,
        Option.expected_participants, Option.resources_needed, Option.benefits, Option.risks,
        Option.status,
    ).where(Option.plan_id == plan_id).order_by(Option.position, Option.label)
    options = list(session.execute(query))
    if label is not None:
        chosen = [o for o in options if o.label == label]
        if not chosen:
            from consult_desktop.domain.vocab import no_such

            raise PrintDataError(no_such("option", label, [o.label for o in options]))
        return chosen
    return options


def option_budget(session: Session, option_id: int, label: str,
                  title: str) -> printed.OptionBudget:
    lines = budget_lines(session, option_id)
    details = session.execute(
        select(BudgetLine.description, BudgetLine.unit).where(BudgetLine.option_id == option_id)
        .order_by(BudgetLine.position, BudgetLine.id)
    ).all()
    rows = [
        printed.BudgetRow(
            category=line.category, description=detail.description, quantity=line.quantity,
            unit=detail.unit, unit_cost=line.unit_cost, multiplier=line.multiplier,
            amount=line.amount, source=line.source,
        )
        for line, detail in zip(lines, details, strict=True)
    ]
    return printed.OptionBudget(label=label, title=title, rows=rows,
                                totals=budget.totals(lines))


def budget_data(session: Session, plan_id: int, option: str | None = None) -> printed.Budget:
    options = [option_budget(session, o.id, o.label, o.title)
               for o in _options(session, plan_id, option)]
    return printed.Budget(meeting=meeting(session, plan_id),
                          document=document(session, plan_id, "budget"), options=options)


def options_note(session: Session, plan_id: int) -> printed.OptionsNote:
    notes = []
    for o in _options(session, plan_id, None):
        totals = budget.totals(budget_lines(session, o.id))
        notes.append(printed.OptionNote(
            label=o.label, title=o.title, format=o.format, description=o.description,
            proposed_start=o.proposed_start, proposed_end=o.proposed_end, days=o.days,
            venue=o.venue, expected_participants=o.expected_participants,
            resources_needed=o.resources_needed, benefits=o.benefits, risks=o.risks,
            total=totals.total, psc=totals.psc, status=o.status,
        ))
    milestones = [
        printed.Milestone(title=m.title, date=m.date, end_date=m.end_date)
        for m in session.execute(
            select(Milestone.title, Milestone.date, Milestone.end_date)
            .where(Milestone.plan_id == plan_id).order_by(Milestone.date, Milestone.id))
    ]
    return printed.OptionsNote(meeting=meeting(session, plan_id),
                               document=document(session, plan_id, "options_note"),
                               options=notes, milestones=milestones)


def summary(session: Session, plan_id: int) -> printed.Summary:
    rows = session.execute(
        select(SummarySection.heading, SummarySection.body, SummarySection.kind,
               AgendaItem.number, AgendaItem.title)
        .outerjoin(AgendaItem, SummarySection.agenda_item_id == AgendaItem.id)
        .where(SummarySection.plan_id == plan_id)
        .order_by(SummarySection.position, SummarySection.id)
    )
    sections = [
        printed.SummaryEntry(heading=r.heading, body=r.body, kind=r.kind,
                             item_number=r.number or "", item_title=r.title or "")
        for r in rows
    ]
    return printed.Summary(meeting=meeting(session, plan_id),
                           document=document(session, plan_id, "summary"), sections=sections)
