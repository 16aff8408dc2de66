"""The mapped classes of a plan file: one plan, and everything it holds.

Constraints live in the schema itself (NOT NULL, CHECK, UNIQUE, foreign keys), so a
bad row is refused whichever code writes it.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from consult_desktop.domain import vocab
from consult_desktop.store.types import Money, Quantity, Rate, UnitsPerDollar

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def one_of(column: str, choices: vocab.Choices, name: str | None = None) -> CheckConstraint:
    allowed = ", ".join(f"'{code}'" for code in vocab.codes(choices))
    return CheckConstraint(f"{column} IN ({allowed})", name=name or f"{column}_valid")


def not_negative(column: str) -> CheckConstraint:
    return CheckConstraint(f"{column} IS NULL OR {column} >= 0", name=f"{column}_not_negative")


def not_blank(column: str) -> CheckConstraint:
    return CheckConstraint(f"trim({column}) <> ''", name=f"{column}_not_blank")


class Plan(Base):
    __tablename__ = "plan"
    __table_args__ = (
        not_blank("title"),
        CheckConstraint("length(currency) = 3", name="currency_code"),
        CheckConstraint("default_psc_rate >= 0 AND default_psc_rate <= 10000", name="psc_rate"),
        CheckConstraint(
            "start_date IS NULL OR end_date IS NULL OR start_date <= end_date",
            name="dates_in_order",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(server_default=text("1"))  # see 0003
    title: Mapped[str] = mapped_column(String(500))
    organiser: Mapped[str] = mapped_column(String(300), default="")
    governing_body: Mapped[str] = mapped_column(String(300), default="")
    mandate: Mapped[str] = mapped_column(Text, default="")
    venue: Mapped[str] = mapped_column(String(300), default="")
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    default_psc_rate: Mapped[Decimal] = mapped_column(Rate(), default=Decimal("0.13"))
    symbol_prefix: Mapped[str] = mapped_column(String(100), default="")
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    day_start: Mapped[dt.time] = mapped_column(Time, default=dt.time(9, 0))
    day_end: Mapped[dt.time] = mapped_column(Time, default=dt.time(18, 0))
    # The masthead (issue 15): "Economic and Social Council", "Economic Commission for
    # Europe", "Ninety-first meeting"; the list of participants' State headings in the
    # body's own words. Empty means the printed default.
    principal_organ: Mapped[str] = mapped_column(String(300), default="")
    commission: Mapped[str] = mapped_column(String(300), default="")
    session: Mapped[str] = mapped_column(String(300), default="")
    members_heading: Mapped[str] = mapped_column(String(300), default="")
    non_members_heading: Mapped[str] = mapped_column(String(300), default="")
    # The language the plan's texts are written in; the others are translations (0004).
    original_language: Mapped[str] = mapped_column(String(2), server_default="en")
    # The location of the DSA table whose rate the travellers get ("Geneva"); empty:
    # the location named in the venue (0006).
    dsa_location: Mapped[str] = mapped_column(String(200), server_default="")

    options: Mapped[list[Option]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="Option.position"
    )
    funding_sources: Mapped[list[FundingSource]] = relationship(cascade="all, delete-orphan")
    participants: Mapped[list[Participant]] = relationship(cascade="all, delete-orphan")
    agenda_items: Mapped[list[AgendaItem]] = relationship(
        cascade="all, delete-orphan", order_by="AgendaItem.position"
    )
    milestones: Mapped[list[Milestone]] = relationship(cascade="all, delete-orphan")
    deadline_rules: Mapped[list[DeadlineRule]] = relationship(cascade="all, delete-orphan")
    summary_sections: Mapped[list[SummarySection]] = relationship(
        cascade="all, delete-orphan", order_by="SummarySection.position"
    )
    member_states: Mapped[list[MemberState]] = relationship(cascade="all, delete-orphan")
    documents: Mapped[list[Document]] = relationship(cascade="all, delete-orphan")
    dsa_rates: Mapped[list[DsaRate]] = relationship(cascade="all, delete-orphan")
    exchange_rates: Mapped[list[ExchangeRate]] = relationship(cascade="all, delete-orphan")


class DsaRate(Base):
    """A daily subsistence allowance rate as the ICSC publishes it: a country, a
    location in it, the rate a night in United States dollars and the date from which
    it holds (0006). A traveller gets the rate in force on the day of arrival."""

    __tablename__ = "dsa_rate"
    __table_args__ = (
        not_blank("location"),
        CheckConstraint("rate > 0", name="rate_positive"),
        UniqueConstraint("plan_id", "country", "location", "effective"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(server_default=text("1"))  # see 0003
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    country: Mapped[str] = mapped_column(String(100))  # as published: "Switzerland"
    location: Mapped[str] = mapped_column(String(200))
    rate: Mapped[Decimal] = mapped_column(Money())  # USD a night
    effective: Mapped[dt.date] = mapped_column(Date)


class ExchangeRate(Base):
    """The UN operational rate of exchange of a currency for a month: how many units
    of it a United States dollar buys (0006). `month` is the month's first day."""

    __tablename__ = "exchange_rate"
    __table_args__ = (
        CheckConstraint("length(currency) = 3", name="currency_code"),
        CheckConstraint("units_per_usd > 0", name="units_positive"),
        UniqueConstraint("plan_id", "currency", "month"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(server_default=text("1"))  # see 0003
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    currency: Mapped[str] = mapped_column(String(3))
    month: Mapped[dt.date] = mapped_column(Date)
    units_per_usd: Mapped[Decimal] = mapped_column(UnitsPerDollar())


class MemberState(Base):
    """A State member of the governing body (ISO 3166-1 alpha-2 code)."""

    __tablename__ = "member_state"
    __table_args__ = (CheckConstraint("length(country) = 2", name="country_code"),)

    plan_id: Mapped[int] = mapped_column(
        ForeignKey("plan.id", ondelete="CASCADE"), primary_key=True
    )
    country: Mapped[str] = mapped_column(String(2), primary_key=True)


class Document(Base):
    """A document of the session (issue 22): those the program prints, one row a kind,
    with their identity (symbol, date of issue, distribution, original language, the
    agenda item that considers it), and those written elsewhere (`kind` NULL): its
    type, author, length, languages required and available, submission deadline and
    how far it has gone, with the date of each step (0007)."""

    __tablename__ = "document"
    __table_args__ = (
        one_of("kind", vocab.DOCUMENT_KINDS),
        one_of("distribution", vocab.DISTRIBUTIONS),
        one_of("doc_type", vocab.DOCUMENT_TYPES),
        one_of("status", vocab.DOCUMENT_STATUSES),
        not_negative("words"),
        UniqueConstraint("plan_id", "kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(server_default=text("1"))  # see 0003
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"))
    kind: Mapped[str | None] = mapped_column(String(30))  # None: written elsewhere
    symbol: Mapped[str] = mapped_column(String(100), default="")
    issued: Mapped[dt.date | None] = mapped_column(Date)
    original_language: Mapped[str] = mapped_column(String(40), default="English")
    distribution: Mapped[str] = mapped_column(String(20), default="general")
    agenda_item: Mapped[str] = mapped_column(String(20), default="")
    # The meeting that considers it, when not the plan's own (an options note goes to the
    # governing body's earlier meeting): "Ninety-first meeting\nGeneva, 20 March 2017".
    considered_at: Mapped[str] = mapped_column(String(300), default="")
    # The list of documents (0007). A printed document's title is its kind's when empty.
    title: Mapped[str] = mapped_column(String(500), server_default="")
    doc_type: Mapped[str] = mapped_column(String(20), server_default="official")
    author: Mapped[str] = mapped_column(String(300), server_default="")
    words: Mapped[int | None] = mapped_column(Integer)
    # Languages as letters, E F R: required to be issued in, and available now.
    languages: Mapped[str] = mapped_column(String(10), server_default="EFR")
    available: Mapped[str] = mapped_column(String(10), server_default="")
    deadline: Mapped[dt.date | None] = mapped_column(Date)  # None: from the rules
    status: Mapped[str] = mapped_column(String(20), server_default="drafting")
    submitted: Mapped[dt.date | None] = mapped_column(Date)
    edited: Mapped[dt.date | None] = mapped_column(Date)
    translated: Mapped[dt.date | None] = mapped_column(Date)


class Option(Base):
    __tablename__ = "option"
    __table_args__ = (
        not_blank("label"),
        not_blank("title"),
        UniqueConstraint("plan_id", "label"),
        one_of("format", vocab.OPTION_FORMATS),
        one_of("status", vocab.OPTION_STATUSES),
        not_negative("days"),
        not_negative("expected_participants"),
        CheckConstraint(
            "proposed_start IS NULL OR proposed_end IS NULL OR proposed_start <= proposed_end",
            name="dates_in_order",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(server_default=text("1"))  # see 0003
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    label: Mapped[str] = mapped_column(String(10))
    title: Mapped[str] = mapped_column(String(500))
    format: Mapped[str] = mapped_column(String(30), default="other")
    description: Mapped[str] = mapped_column(Text, default="")
    proposed_start: Mapped[dt.date | None] = mapped_column(Date)
    proposed_end: Mapped[dt.date | None] = mapped_column(Date)
    days: Mapped[int | None] = mapped_column(Integer)
    venue: Mapped[str] = mapped_column(String(300), default="")
    expected_participants: Mapped[int | None] = mapped_column(Integer)
    resources_needed: Mapped[str] = mapped_column(Text, default="")
    benefits: Mapped[str] = mapped_column(Text, default="")
    risks: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="proposed")
    decision: Mapped[str] = mapped_column(Text, default="")
    decision_date: Mapped[dt.date | None] = mapped_column(Date)

    plan: Mapped[Plan] = relationship(back_populates="options")
    budget_lines: Mapped[list[BudgetLine]] = relationship(
        back_populates="option", cascade="all, delete-orphan", order_by="BudgetLine.position"
    )


class FundingSource(Base):
    __tablename__ = "funding_source"
    __table_args__ = (
        not_blank("name"),
        UniqueConstraint("plan_id", "name"),
        one_of("kind", vocab.FUNDING_KINDS),
        CheckConstraint("psc_rate >= 0 AND psc_rate <= 10000", name="psc_rate"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(server_default=text("1"))  # see 0003
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(30), default="extrabudgetary")
    psc_rate: Mapped[Decimal] = mapped_column(Rate(), default=Decimal("0.13"))


class BudgetLine(Base):
    __tablename__ = "budget_line"
    __table_args__ = (
        one_of("category", vocab.BUDGET_CATEGORIES),
        one_of("unit", vocab.BUDGET_UNITS),
        one_of("travel_rule", vocab.TRAVEL_RULES),
        not_negative("quantity"),
        not_negative("unit_cost"),
        not_negative("multiplier"),
        not_negative("actual"),
        CheckConstraint("currency IS NULL OR length(currency) = 3", name="currency_code"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(server_default=text("1"))  # see 0003
    option_id: Mapped[int] = mapped_column(ForeignKey("option.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    category: Mapped[str] = mapped_column(String(30))
    description: Mapped[str] = mapped_column(String(500), default="")
    quantity: Mapped[Decimal] = mapped_column(Quantity(), default=Decimal(1))
    unit: Mapped[str] = mapped_column(String(20), default="lump_sum")
    unit_cost: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    multiplier: Mapped[Decimal] = mapped_column(Quantity(), default=Decimal(1))
    funding_source_id: Mapped[int | None] = mapped_column(
        ForeignKey("funding_source.id", ondelete="SET NULL")
    )
    psc_applies: Mapped[bool] = mapped_column(default=True)
    actual: Mapped[Decimal | None] = mapped_column(Money())
    travel_rule: Mapped[str] = mapped_column(String(20), default="fixed")
    # A line paid in another currency than the plan's (0006): its unit cost is in
    # `currency`, converted at the UN operational rate of `rate_month` (the first of
    # the month; none: the month the meeting starts). NULL: the plan's currency.
    currency: Mapped[str | None] = mapped_column(String(3))
    rate_month: Mapped[dt.date | None] = mapped_column(Date)

    option: Mapped[Option] = relationship(back_populates="budget_lines")
    funding_source: Mapped[FundingSource | None] = relationship()


class Participant(Base):
    __tablename__ = "participant"
    __table_args__ = (
        not_blank("family_name"),
        CheckConstraint("email IS NULL OR trim(email) <> ''", name="email_null_not_blank"),
        CheckConstraint("country IS NULL OR length(country) = 2", name="country_code"),
        one_of("category", vocab.PARTICIPANT_CATEGORIES),
        one_of("status", vocab.PARTICIPANT_STATUSES),
        not_negative("travel_amount"),
        not_negative("rank"),
        not_negative("travel_ticket"),
        not_negative("travel_terminal"),
        not_negative("travel_nights"),
        not_negative("travel_dsa_rate"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(server_default=text("1"))  # see 0003
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    honorific: Mapped[str] = mapped_column(String(40), default="")
    given_name: Mapped[str] = mapped_column(String(200), default="")
    family_name: Mapped[str] = mapped_column(String(200))
    function: Mapped[str] = mapped_column(String(300), default="")
    organisation: Mapped[str] = mapped_column(String(300), default="")
    country: Mapped[str | None] = mapped_column(String(2))
    category: Mapped[str] = mapped_column(String(30))
    status: Mapped[str] = mapped_column(String(20), default="invited")
    email: Mapped[str | None] = mapped_column(String(320))
    phone: Mapped[str] = mapped_column(String(60), default="")
    travel_requested: Mapped[bool] = mapped_column(default=False)
    travel_approved: Mapped[bool] = mapped_column(default=False)
    travel_amount: Mapped[Decimal | None] = mapped_column(Money())
    notes: Mapped[str] = mapped_column(Text, default="")
    # A delegation prints its head first, then in the order of rank (issue 15).
    # A server default: the bulk insert of participants names only the columns it sets.
    head_of_delegation: Mapped[bool] = mapped_column(server_default=false())
    rank: Mapped[int | None] = mapped_column(Integer)
    # The names in Latin letters when written otherwise; "": transliterated (0004).
    family_name_latin: Mapped[str] = mapped_column(String(200), server_default="")
    given_name_latin: Mapped[str] = mapped_column(String(200), server_default="")
    # Travel costed per traveller (0006): the ticket and the terminal expenses in the
    # plan's currency; the nights (none: the meeting's days, arriving the day before);
    # the DSA rate a night in USD (none: the DSA table's rate for the venue). With a
    # ticket the travel amount is their sum; without, `travel_amount` as typed.
    travel_ticket: Mapped[Decimal | None] = mapped_column(Money())
    travel_terminal: Mapped[Decimal | None] = mapped_column(Money())
    travel_nights: Mapped[int | None] = mapped_column(Integer)
    travel_dsa_rate: Mapped[Decimal | None] = mapped_column(Money())


agenda_speaker = Table(
    "agenda_speaker",
    Base.metadata,
    Column("item_id", ForeignKey("agenda_item.id", ondelete="CASCADE"), primary_key=True),
    Column("participant_id", ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, nullable=False, default=0),
)


class AgendaItem(Base):
    __tablename__ = "agenda_item"
    __table_args__ = (
        not_blank("title"),
        one_of("kind", vocab.AGENDA_KINDS),
        CheckConstraint("end_time IS NULL OR start_time IS NOT NULL", name="end_needs_start"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(server_default=text("1"))  # see 0003
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE")
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    number: Mapped[str] = mapped_column(String(20), default="")
    title: Mapped[str] = mapped_column(String(500))
    annotation: Mapped[str] = mapped_column(Text, default="")
    documents: Mapped[str] = mapped_column(Text, default="")  # one symbol a line
    day: Mapped[dt.date | None] = mapped_column(Date)
    start_time: Mapped[dt.time | None] = mapped_column(Time)
    end_time: Mapped[dt.time | None] = mapped_column(Time)
    kind: Mapped[str] = mapped_column(String(20), default="item")
    room: Mapped[str] = mapped_column(String(200), default="")
    chair_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL")
    )
    notes: Mapped[str] = mapped_column(Text, default="")

    parent: Mapped[AgendaItem | None] = relationship(remote_side=[id])
    chair: Mapped[Participant | None] = relationship()
    speakers: Mapped[list[Participant]] = relationship(
        secondary=agenda_speaker, order_by=agenda_speaker.c.position
    )


class Milestone(Base):
    __tablename__ = "milestone"
    __table_args__ = (
        not_blank("title"),
        one_of("kind", vocab.MILESTONE_KINDS),
        CheckConstraint("end_date IS NULL OR date <= end_date", name="dates_in_order"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(server_default=text("1"))  # see 0003
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(500))
    date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(30), default="other")
    done: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(Text, default="")


class DeadlineRule(Base):
    """A deadline derived from the meeting's first day, e.g. invitations 8 weeks before."""

    __tablename__ = "deadline_rule"
    __table_args__ = (not_blank("title"), not_negative("weeks_before"))

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(server_default=text("1"))  # see 0003
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    weeks_before: Mapped[int] = mapped_column(Integer)


class SummarySection(Base):
    __tablename__ = "summary_section"
    __table_args__ = (one_of("kind", vocab.SUMMARY_KINDS),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(server_default=text("1"))  # see 0003
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(30), default="general")
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL")
    )
    heading: Mapped[str] = mapped_column(String(500), default="")
    body: Mapped[str] = mapped_column(Text, default="")


class Translation(Base):
    """A user's text in another language than the plan's original (issue 17): the
    row's table (`kind`), its id and the field, e.g. ("agenda_item", 12, "title", "fr").
    No foreign key to the row (it may be in any table): a translation whose row is gone
    is ignored when read."""

    __tablename__ = "translation"
    __table_args__ = (UniqueConstraint("kind", "row_id", "field", "lang"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(server_default=text("1"))  # see 0003
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    row_id: Mapped[int] = mapped_column(Integer)
    field: Mapped[str] = mapped_column(String(40))
    lang: Mapped[str] = mapped_column(String(2))
    text: Mapped[str] = mapped_column(Text)
