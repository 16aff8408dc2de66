"""User texts in other languages (table `translation`, schema 0004): read them for a
document, list every translatable text of a plan, write a set of versions."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from sqlalchemy import String, delete, select
from sqlalchemy.orm import Session

from consult_desktop.domain import vocab
from consult_desktop.domain.phrases import Label, Phrase, phrase
from consult_desktop.domain.translatable import FIELDS, Key, Text, field_name
from consult_desktop.store.models import (
    AgendaItem,
    Base,
    BudgetLine,
    Document,
    FundingSource,
    Milestone,
    Option,
    Plan,
    SummarySection,
    Translation,
)

Lookup = Callable[[str, int, str, str], str]


def original_language(session: Session, plan_id: int) -> str:
    return session.scalars(select(Plan.original_language).where(Plan.id == plan_id)).one()


def versions(session: Session, plan_id: int, lang: str) -> dict[Key, str]:
    rows = session.execute(select(Translation.kind, Translation.row_id, Translation.field,
                                  Translation.text)
                           .where(Translation.plan_id == plan_id, Translation.lang == lang))
    return {Key(kind, row_id, field): text for kind, row_id, field, text in rows}


def lookup(session: Session, plan_id: int, lang: str) -> Lookup:
    """tx(kind, id, field, original): the text in `lang`, or the original when `lang` is
    the plan's own language or the text has no version in it (the fallback)."""
    if lang == original_language(session, plan_id):
        return lambda _kind, _id, _field, original: original
    found = versions(session, plan_id, lang)

    def tx(kind: str, row_id: int, field: str, original: str) -> str:
        if not original:
            return original
        return found.get(Key(kind, row_id, field)) or original

    return tx


def _rows(session: Session,
          plan_id: int) -> Iterable[tuple[str, int, Phrase, dict[str, str]]]:
    """(kind, id, how a person knows the row, {field: original}) for every row that
    holds translatable texts, in the order of the documents."""
    plan = session.get(Plan, plan_id)
    assert plan is not None
    yield "plan", plan.id, phrase("the plan"), {f: getattr(plan, f) for f in FIELDS["plan"]}
    for document in session.scalars(select(Document).where(Document.plan_id == plan_id)
                                    .order_by(Document.id)):
        if document.kind is None:  # written elsewhere: its title prints in the lists
            yield "document", document.id, phrase(
                "document {name}", name=document.symbol or document.id), {
                "considered_at": document.considered_at, "title": document.title}
        else:
            yield "document", document.id, phrase("document {name}", name=Label(
                vocab.label(vocab.DOCUMENT_KINDS, document.kind))), {
                "considered_at": document.considered_at}
    for option in session.scalars(select(Option).where(Option.plan_id == plan_id)
                                  .order_by(Option.position, Option.id)):
        yield "option", option.id, phrase("option ({label})", label=option.label), {
            f: getattr(option, f) for f in FIELDS["option"]}
    for source in session.scalars(select(FundingSource)
                                  .where(FundingSource.plan_id == plan_id)
                                  .order_by(FundingSource.id)):
        yield "funding_source", source.id, phrase("funding source {name}",
                                                  name=repr(source.name)), {
            "name": source.name}
    for line, label in session.execute(
            select(BudgetLine, Option.label).join(Option, BudgetLine.option_id == Option.id)
            .where(Option.plan_id == plan_id)
            .order_by(Option.position, BudgetLine.position, BudgetLine.id)).all():
        yield "budget_line", line.id, phrase("budget line {number} of option ({label})",
                                             number=line.position + 1, label=label), {
            "description": line.description}
    for item in session.scalars(select(AgendaItem).where(AgendaItem.plan_id == plan_id)
                                .order_by(AgendaItem.position, AgendaItem.id)):
        where = (phrase("agenda item {number}", number=item.number) if item.number.strip()
                 else phrase("agenda entry {title}", title=repr(item.title)))
        yield "agenda_item", item.id, where, {f: getattr(item, f)
                                              for f in FIELDS["agenda_item"]}
    for milestone in session.scalars(select(Milestone).where(Milestone.plan_id == plan_id)
                                     .order_by(Milestone.date, Milestone.id)):
        yield "milestone", milestone.id, phrase("milestone of {date}",
                                                date=f"{milestone.date:%Y-%m-%d}"), {
            "title": milestone.title}
    for number, section in enumerate(session.scalars(
            select(SummarySection).where(SummarySection.plan_id == plan_id)
            .order_by(SummarySection.position, SummarySection.id)), start=1):
        yield "summary_section", section.id, phrase("summary section {number}",
                                                    number=number), {
            f: getattr(section, f) for f in FIELDS["summary_section"]}


def limit(kind: str, field: str) -> int | None:
    column = Base.metadata.tables[kind].c[field]
    return column.type.length if isinstance(column.type, String) else None


def texts(session: Session, plan_id: int, lang: str) -> list[Text]:
    """Every non-empty translatable text of the plan, with its version in `lang`."""
    found = versions(session, plan_id, lang)
    result = []
    for kind, row_id, where, fields in _rows(session, plan_id):
        for field, source in fields.items():
            if source and source.strip():
                key = Key(kind, row_id, field)
                result.append(Text(key, phrase("{row}, {field}", row=where,
                                               field=field_name(field)), source,
                                   found.get(key, ""), limit(kind, field)))
    return result


def write(session: Session, plan_id: int, lang: str, targets: Mapping[Key, str]) -> None:
    """Set the versions in `lang` of the texts named; an empty text removes one."""
    for key, text in targets.items():
        session.execute(delete(Translation).where(
            Translation.kind == key.kind, Translation.row_id == key.row_id,
            Translation.field == key.field, Translation.lang == lang))
        if text.strip():
            session.add(Translation(plan_id=plan_id, kind=key.kind, row_id=key.row_id,
                                    field=key.field, lang=lang, text=text))
    session.flush()
