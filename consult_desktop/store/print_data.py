"""The printed documents' plain data, read from a plan with Core selects.

Budget figures go through queries.budget_lines and domain.budget.totals, the same
path as the window's Budget tab, so the print and the window agree to the cent.

Each loader takes the language of the version printed (`lang`): the user's texts come
in that language where they have a version in it, else as written (store/
translation_store.py `lookup`).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from consult_desktop.domain import budget, documents, printed
from consult_desktop.domain import document_list as lists
from consult_desktop.domain.meeting_days import meeting_days
from consult_desktop.domain.names import for_language, plain_name
from consult_desktop.store.agenda_store import option_dates
from consult_desktop.store.document_store import read_identities, read_list
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
from consult_desktop.store.translation_store import Lookup, lookup


class PrintDataError(ValueError):
    """The document cannot be printed from this plan; the message says why."""


def meeting(session: Session, plan_id: int, lang: str = "en",
            tx: Lookup | None = None) -> printed.Meeting:
    tx = tx or lookup(session, plan_id, lang)
    plan = session.execute(
        select(Plan.id, Plan.title, Plan.organiser, Plan.governing_body, Plan.venue,
               Plan.start_date,
               Plan.end_date, Plan.currency, Plan.mandate, Plan.principal_organ,
               Plan.commission, Plan.session, Plan.members_heading,
               Plan.non_members_heading).where(Plan.id == plan_id)
    ).one()
    first, last = meeting_days(option_dates(session, plan_id), plan.start_date, plan.end_date)
    def text(field: str) -> str:
        return tx("plan", plan.id, field, getattr(plan, field))

    return printed.Meeting(
        title=text("title"), organiser=text("organiser"),
        governing_body=text("governing_body"), venue=text("venue"), start_date=first,
        end_date=last, currency=plan.currency, mandate=text("mandate"),
        principal_organ=text("principal_organ"), commission=text("commission"),
        session=text("session"), members_heading=text("members_heading"),
        non_members_heading=text("non_members_heading"),
    )


def document(session: Session, plan_id: int, kind: str, lang: str = "en",
             tx: Lookup | None = None) -> printed.DocumentInfo:
    """The document's identity as it prints: the plan's values or their defaults."""
    found = next(i for i in read_identities(session, plan_id) if i.kind == kind)
    considered_at = found.considered_at
    if considered_at:
        from consult_desktop.store.models import Document

        row = session.scalars(select(Document.id).where(
            Document.plan_id == plan_id, Document.kind == kind)).first()
        if row is not None:
            considered_at = (tx or lookup(session, plan_id, lang))(
                "document", row, "considered_at", considered_at)
    return printed.DocumentInfo(
        kind=kind, title=found.title, symbol=found.symbol, issued=found.issued,
        original_language=found.original_language, distribution=found.distribution,
        agenda_item=found.agenda_item, considered_at=considered_at, lang=lang)


def _listed_title(entry: lists.Entry, tx: Lookup) -> str:
    if entry.kind is None and entry.id is not None:
        return tx("document", entry.id, "title", entry.title)
    return entry.title


def document_list(session: Session, plan_id: int, lang: str = "en") -> printed.DocumentList:
    """The list of documents of the session by agenda item, in the agenda's order; a
    printed document under its kind's title in `lang` (the printing translates it)."""
    tx = lookup(session, plan_id, lang)
    items = session.execute(
        select(AgendaItem.id, AgendaItem.number, AgendaItem.title)
        .where(AgendaItem.plan_id == plan_id, AgendaItem.number != "")
        .order_by(AgendaItem.position, AgendaItem.id)).all()
    titles = {r.number: tx("agenda_item", r.id, "title", r.title) for r in items}
    about = meeting(session, plan_id, lang, tx)
    groups = []
    for number, entries in lists.item_order([r.number for r in items],
                                            read_list(session, plan_id)):
        groups.append(printed.DocumentGroup(number, titles.get(number, ""), tuple(
            printed.ListedDocument(
                entry.symbol, documents.printed_title(entry.kind, about.title)
                if entry.kind is not None else _listed_title(entry, tx),
                entry.doc_type, entry.languages, entry.kind) for entry in entries)))
    return printed.DocumentList(meeting=about,
                                document=document(session, plan_id, "documents", lang, tx),
                                groups=groups)


def participants(session: Session, plan_id: int, *, contacts: bool = False,
                 lang: str = "en") -> printed.ParticipantList:
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
    tx = lookup(session, plan_id, lang)
    return printed.ParticipantList(
        meeting=meeting(session, plan_id, lang, tx),
        document=document(session, plan_id, "participants", lang, tx),
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
    tx = lookup(session, plan_id, lang)
    rows = session.execute(
        select(AgendaItem.id, AgendaItem.title, AgendaItem.number, AgendaItem.parent_id,
               AgendaItem.kind, AgendaItem.annotation, AgendaItem.documents, AgendaItem.day,
               AgendaItem.start_time, AgendaItem.end_time, AgendaItem.room,
               AgendaItem.chair_id)
        .where(AgendaItem.plan_id == plan_id).order_by(AgendaItem.position, AgendaItem.id)
    )
    items = [
        printed.AgendaEntry(
            id=r.id, title=tx("agenda_item", r.id, "title", r.title), number=r.number,
            parent_id=r.parent_id, kind=r.kind,
            annotation=tx("agenda_item", r.id, "annotation", r.annotation),
            documents=tuple(line.strip() for line in r.documents.splitlines() if line.strip()),
            day=r.day, start=r.start_time, end=r.end_time,
            room=tx("agenda_item", r.id, "room", r.room),
            chair=names.get(r.chair_id, "") if r.chair_id else "",
            speakers=tuple(speakers.get(r.id, ())),
        )
        for r in rows
    ]
    about = meeting(session, plan_id, lang, tx)
    titles = {found.symbol: documents.printed_title(found.kind, about.title)
              for found in read_identities(session, plan_id) if found.symbol}
    # The Documentation of each item: what the list of documents puts under it, then
    # any symbol typed on the item itself (issue 22).
    listed = read_list(session, plan_id)
    titles |= {entry.symbol: _listed_title(entry, tx) for entry in listed
               if entry.symbol and entry.kind is None}
    items = [dataclasses.replace(entry, documents=tuple(dict.fromkeys(
        (*(e.symbol or e.title for e in lists.for_item(entry.number, listed)),
         *entry.documents)))) for entry in items]
    return printed.Agenda(meeting=about,
                          document=document(session, plan_id, "agenda", lang, tx),
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
                  title: str, tx: Lookup | None = None,
                  sources: dict[str, str] | None = None) -> printed.OptionBudget:
    """One option's budget; `tx` gives the descriptions in the version's language and
    `sources` the funding sources' names in it (name as written -> name printed)."""
    from consult_desktop.store.budget_queries import line_rows

    plan_id = session.scalar(select(Option.plan_id).where(Option.id == option_id))
    found = line_rows(session, int(plan_id or 0), option_id)
    lines = [row.line for row in found]
    details = session.execute(
        select(BudgetLine.id, BudgetLine.description, BudgetLine.unit)
        .where(BudgetLine.option_id == option_id)
        .order_by(BudgetLine.position, BudgetLine.id)
    ).all()
    sources = sources or {}
    rows = [
        printed.BudgetRow(
            category=line.category,
            description=tx("budget_line", detail.id, "description", detail.description)
            if tx else detail.description, quantity=line.quantity,
            unit=detail.unit, unit_cost=line.unit_cost, multiplier=line.multiplier,
            amount=line.amount, source=sources.get(line.source, line.source),
            currency=row.currency if row.foreign else "",
            unconverted=bool(row.rate_problem),
        )
        for line, detail, row in zip(lines, details, found, strict=True)
    ]
    totals = budget.totals(lines)
    if sources:
        totals = dataclasses.replace(
            totals, by_source={sources.get(k, k): v for k, v in totals.by_source.items()},
            psc_by_source={sources.get(k, k): v for k, v in totals.psc_by_source.items()})
    return printed.OptionBudget(label=label, title=title, rows=rows, totals=totals)


def source_names(session: Session, plan_id: int, tx: Lookup) -> dict[str, str]:
    """The funding sources' names in the version's language, by the name as written."""
    from consult_desktop.store.models import FundingSource

    return {name: tx("funding_source", ident, "name", name)
            for ident, name in session.execute(select(FundingSource.id, FundingSource.name)
                                               .where(FundingSource.plan_id == plan_id))}


def budget_data(session: Session, plan_id: int, option: str | None = None,
                lang: str = "en") -> printed.Budget:
    tx = lookup(session, plan_id, lang)
    sources = source_names(session, plan_id, tx)
    options = [option_budget(session, o.id, o.label, tx("option", o.id, "title", o.title), tx,
                             sources)
               for o in _options(session, plan_id, option)]
    return printed.Budget(meeting=meeting(session, plan_id, lang, tx),
                          document=document(session, plan_id, "budget", lang, tx),
                          options=options)


def options_note(session: Session, plan_id: int, lang: str = "en") -> printed.OptionsNote:
    tx = lookup(session, plan_id, lang)
    notes = []
    for o in _options(session, plan_id, None):
        totals = budget.totals(budget_lines(session, o.id))

        def text(field: str, option: Any = o) -> str:
            return tx("option", option.id, field, getattr(option, field))

        notes.append(printed.OptionNote(
            label=o.label, title=text("title"), format=o.format,
            description=text("description"), proposed_start=o.proposed_start,
            proposed_end=o.proposed_end, days=o.days, venue=text("venue"),
            expected_participants=o.expected_participants,
            resources_needed=text("resources_needed"), benefits=text("benefits"),
            risks=text("risks"), total=totals.total, psc=totals.psc, status=o.status,
        ))
    milestones = [
        printed.Milestone(title=tx("milestone", m.id, "title", m.title), date=m.date,
                          end_date=m.end_date)
        for m in session.execute(
            select(Milestone.id, Milestone.title, Milestone.date, Milestone.end_date)
            .where(Milestone.plan_id == plan_id).order_by(Milestone.date, Milestone.id))
    ]
    return printed.OptionsNote(meeting=meeting(session, plan_id, lang, tx),
                               document=document(session, plan_id, "options_note", lang, tx),
                               options=notes, milestones=milestones)


def summary(session: Session, plan_id: int, lang: str = "en") -> printed.Summary:
    tx = lookup(session, plan_id, lang)
    rows = session.execute(
        select(SummarySection.id, SummarySection.heading, SummarySection.body,
               SummarySection.kind, AgendaItem.id.label("item_id"), AgendaItem.number,
               AgendaItem.title)
        .outerjoin(AgendaItem, SummarySection.agenda_item_id == AgendaItem.id)
        .where(SummarySection.plan_id == plan_id)
        .order_by(SummarySection.position, SummarySection.id)
    )
    sections = [
        printed.SummaryEntry(
            heading=tx("summary_section", r.id, "heading", r.heading),
            body=tx("summary_section", r.id, "body", r.body), kind=r.kind,
            item_number=r.number or "",
            item_title=tx("agenda_item", r.item_id, "title", r.title) if r.title else "")
        for r in rows
    ]
    return printed.Summary(meeting=meeting(session, plan_id, lang, tx),
                           document=document(session, plan_id, "summary", lang, tx),
                           sections=sections)
