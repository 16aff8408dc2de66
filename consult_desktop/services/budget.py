"""The budget of the open plan: each option's lines with their figures and totals, the
funding sources, and the reversible edits of lines and sources."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from consult_desktop.domain.phrases import Phrase, Text, phrase
from consult_desktop.services.edits import Change, Conflicted, Refused, Topic, Work
from consult_desktop.services.rows import UpdateRows
from consult_desktop.store import budget_queries as bq
from consult_desktop.store import budget_writes as bw
from consult_desktop.store.budget_queries import (
    LineRow,
    OptionBudget,
    SourceRow,
    TravelFacts,
    TravellerRow,
    TravelSetting,
)
from consult_desktop.store.row_versions import check_values

if TYPE_CHECKING:
    import datetime as dt

    from consult_desktop.domain.budget_input import LineInput
    from consult_desktop.store.plan_file import PlanFile

__all__ = ["AddLine", "Budget", "DeleteLines", "ImportLines", "ImportRates", "LineRow",
           "OptionBudget", "SetFundingSources", "SourceRow", "TravelFacts", "TravellerRow",
           "budget", "edit_line", "funding_sources", "line_rows", "line_values", "problems",
           "travel"]
TOPIC = Topic.BUDGET


@dataclass(frozen=True)
class Budget:
    """What the Budget tab shows: every option with its lines and totals, the funding
    sources and the plan's currency."""

    compared: list[OptionBudget]
    sources: list[SourceRow]
    currency: str
    travel: TravelFacts = field(default_factory=TravelFacts)  # what travel may follow


def budget(plan_file: PlanFile) -> Budget:
    plan_id = plan_file.plan_id
    with plan_file.read() as session:
        facts = bq.travel_facts(session, plan_id)
        return Budget(bq.comparison(session, plan_id, facts),
                      bq.funding_sources(session, plan_id), bq.currency(session, plan_id),
                      facts)


def funding_sources(plan_file: PlanFile) -> list[SourceRow]:
    with plan_file.read() as session:
        return bq.funding_sources(session, plan_file.plan_id)


def line_rows(plan_file: PlanFile, option_id: int) -> list[LineRow]:
    with plan_file.read() as session:
        return bq.line_rows(session, plan_file.plan_id, option_id)


class AddLine:
    """A new, empty line at the end of an option, near the one the person was on."""

    text = phrase("Add budget line")

    def __init__(self, option_id: int, category: str, source_id: int | None) -> None:
        self.option_id, self.category, self.source_id = option_id, category, source_id
        self.row: bw.Row | None = None

    @property
    def line_id(self) -> int | None:
        return None if self.row is None else int(self.row["id"])

    def apply(self, work: Work) -> Change:
        if self.row is None:
            self.row = bw.new_line(work.session, self.option_id, self.category, self.source_id)
        bw.insert_rows(work.session, bw.LINES, [self.row])
        return Change.rows(TOPIC, added=[self.row["id"]])

    def revert(self, work: Work) -> Change:
        assert self.row is not None
        bw.delete_ids(work.session, bw.LINES, [self.row["id"]])
        return Change.rows(TOPIC, removed=[self.row["id"]])


# The columns of a line the person sees and edits: a deletion checks them.
LINE_FIELDS = ("category", "description", "quantity", "unit", "unit_cost", "multiplier",
               "funding_source_id", "psc_applies", "actual", "travel_rule")


def line_values(line: LineRow) -> dict[str, Any]:
    """A line's editable values as the person saw them."""
    return {name: getattr(line, name) for name in LINE_FIELDS}


class DeleteLines:
    """`read`: each line's values as the person saw them (`line_values`); then a line
    someone else changed or deleted meanwhile refuses the deletion whole (Conflicted)."""

    def __init__(self, line_ids: list[int],
                 read: Mapping[int, Mapping[str, Any]] | None = None) -> None:
        self.ids = list(line_ids)
        self.text = phrase("Delete %n budget lines", n=len(self.ids),
                           one="Delete budget line")
        self.rows: list[bw.Row] | None = None
        self.read = None if read is None else {i: read[i] for i in self.ids if i in read}

    def keep_mine(self, conflict: Conflicted) -> bool:
        """Delete them all the same (those still there)."""
        self.ids = [i for i in self.ids if i not in conflict.deleted]
        self.read = None
        return bool(self.ids)

    def apply(self, work: Work) -> Change:
        if self.read is not None:
            check_values(work.session, bw.LINES, self.read)
        if self.rows is None:
            self.rows = bw.rows_where(work.session, bw.LINES, bw.LINES.c.id.in_(self.ids))
        bw.delete_ids(work.session, bw.LINES, self.ids)
        return Change.rows(TOPIC, removed=self.ids)

    def revert(self, work: Work) -> Change:
        bw.insert_rows(work.session, bw.LINES, self.rows or [])
        self.read = None  # undone: a redo is the guard's to check
        return Change.rows(TOPIC, added=self.ids)


# What the undo menu says for an edit of a line's cell, by the cell's field.
LINE_EDITS = {
    "category": phrase("Edit category"), "description": phrase("Edit description"),
    "quantity": phrase("Edit quantity"), "unit": phrase("Edit unit"),
    "unit_cost": phrase("Edit unit cost"), "currency": phrase("Edit currency"),
    "multiplier": phrase("Edit days / times"),
    "funding_source_id": phrase("Edit funding source"), "psc_applies": phrase("Edit PSC"),
    "actual": phrase("Edit actual"), "travel_rule": phrase("Edit travel follows"),
    "rate_month": phrase("Edit rate month"),
}


def edit_line(plan_file: PlanFile, line_id: int, values: Mapping[str, Any],
              read: Mapping[str, Any] | None = None) -> UpdateRows | None:
    """An edit of a line's cells (the first names it in the undo menu), or None when
    they already hold these values. `read`: the cells' values as the person saw them;
    then the edit is saved only if nobody changed them since (else Conflicted)."""
    if read is None:
        with plan_file.read() as session:
            old = bw.line_values(session, line_id, values)
    else:
        old = {name: read.get(name) for name in values}
    if old == dict(values):
        return None
    what = LINE_EDITS.get(next(iter(values), ""), phrase("Edit budget line"))
    return UpdateRows(what, TOPIC, [(bw.LINES, line_id, old, dict(values))],
                      checked=read is not None)


class SetFundingSources:
    """Make the plan's funding sources these (rows with name, kind, psc_rate and the id
    of an existing source, or None for a new one); undo restores them and the lines'
    links. Every line may show another source or PSC: the change is the whole budget."""

    text = phrase("Edit funding sources")

    def __init__(self, new: list[dict[str, Any]]) -> None:
        self.wanted = new
        self.old: list[bw.Row] | None = None
        self.new: list[bw.Row] = []
        self.links: dict[int, int | None] = {}

    def apply(self, work: Work) -> Change:
        if self.old is None:
            session = work.session
            self.old = bw.rows_where(session, bw.SOURCES, bw.SOURCES.c.plan_id == work.plan_id)
            self.links = bw.source_links(session)
            next_id = bw.new_source_id(session)
            for row in self.wanted:
                source_id = row.get("id")
                if source_id is None:
                    source_id, next_id = next_id, next_id + 1
                self.new.append({"id": source_id, "plan_id": work.plan_id, "name": row["name"],
                                 "kind": row["kind"], "psc_rate": row["psc_rate"]})
        bw.write_sources(work.session, work.plan_id, self.new, {})
        return Change.everything(TOPIC)

    def revert(self, work: Work) -> Change:
        bw.write_sources(work.session, work.plan_id, self.old or [], self.links)
        return Change.everything(TOPIC)


@dataclass(frozen=True)
class Travel:
    """The travel table: every traveller's trip, and what costs their stay."""

    setting: TravelSetting
    travellers: list[TravellerRow]

    @property
    def approved(self) -> list[TravellerRow]:
        return [t for t in self.travellers if t.approved and t.status != "declined"]

    @property
    def total(self) -> Decimal:
        from consult_desktop.domain.money import ZERO

        return sum((t.amount for t in self.approved), ZERO)


def travel(plan_file: PlanFile) -> Travel:
    with plan_file.read() as session:
        setting = bq.travel_setting(session, plan_file.plan_id)
        return Travel(setting, bq.travellers(session, plan_file.plan_id, setting=setting))


def problems(plan_file: PlanFile) -> list[str]:
    """What `check` says of the money: a line whose rate of exchange is missing, a
    traveller whose trip cannot be costed, or whose amount the rates now change."""
    from consult_desktop.domain import vocab

    found: list[str] = []
    with plan_file.read() as session:
        plan_id = plan_file.plan_id
        for compared in bq.comparison(session, plan_id):
            for number, line in enumerate(compared.lines, start=1):
                if line.rate_problem:
                    what = line.description or vocab.label(vocab.BUDGET_CATEGORIES,
                                                           line.category)
                    found.append(f"budget ({compared.option.label}), line {number}"
                                 f" ({what}): {line.rate_problem}")
        for person in bq.travellers(session, plan_id):
            if person.problem:
                found.append(f"travel of {person.titled()}: {person.problem}")
            elif person.trip is not None and person.typed != person.trip.amount:
                from consult_desktop.domain.money import format_amount

                currency = bq.currency(session, plan_id)
                found.append(f"travel of {person.titled()}: the amount recorded"
                             f" ({format_amount(person.typed or Decimal(0), currency)}) is not"
                             " ticket + nights x DSA + terminal expenses"
                             f" ({format_amount(person.trip.amount, currency)}) with today's"
                             " rates and dates: open and save the participant, or import the"
                             " rates again")
    return found


def _synced_amounts(session: Any, plan_id: int) -> dict[int, Decimal | None]:
    """The travellers costed by ticket whose recorded amount is not their trip's sum
    now: their new amounts."""
    return {t.id: t.trip.amount for t in bq.travellers(session, plan_id)
            if t.trip is not None and not t.problem and t.typed != t.trip.amount}


class ImportRates:
    """DSA rates (country, location, rate, effective date) or rates of exchange
    (currency, month, units per USD) into the plan's table: a rate of the same key takes
    the new figure, others are added. The travellers costed by ticket take the amounts
    the new rates give. One undo step puts back the table and the amounts."""

    def __init__(self, kind: str, rows: list[tuple[Any, ...]]) -> None:
        self.table = bw.DSA_RATES if kind == "dsa" else bw.EXCHANGE_RATES
        names = (("country", "location", "rate", "effective") if kind == "dsa"
                 else ("currency", "month", "units_per_usd"))
        self.rows = [dict(zip(names, row, strict=True)) for row in rows]
        self.text = (phrase("Import %Ln DSA rates", n=len(rows), one="Import 1 DSA rate")
                     if kind == "dsa" else
                     phrase("Import %Ln rates of exchange", n=len(rows),
                            one="Import 1 rate of exchange"))
        self.old: list[bw.Row] | None = None
        self.new: list[bw.Row] = []
        self.amounts: dict[int, Decimal | None] = {}
        self.old_amounts: dict[int, Decimal | None] = {}

    def apply(self, work: Work) -> Change:
        if self.old is None:
            self.old, self.new = bw.merged_rates(work.session, work.plan_id, self.table,
                                                 self.rows)
        else:  # a redo: only over the rates and amounts the undo left
            self._check_still(work, self.old, self.old_amounts)
        bw.write_rates(work.session, work.plan_id, self.table, self.new)
        if not self.amounts:
            self.amounts = _synced_amounts(work.session, work.plan_id)
            rows = bw.rows_where(work.session, bw.PARTICIPANTS,
                                 bw.PARTICIPANTS.c.id.in_(list(self.amounts)))
            self.old_amounts = {row["id"]: row["travel_amount"] for row in rows}
        bw.set_travel_amounts(work.session, self.amounts)
        return Change.everything(TOPIC)

    def revert(self, work: Work) -> Change:
        self._check_still(work, self.new, self.amounts)
        bw.set_travel_amounts(work.session, self.old_amounts)
        bw.write_rates(work.session, work.plan_id, self.table, self.old or [])
        return Change.everything(TOPIC)

    def _check_still(self, work: Work, rates: list[bw.Row],
                     amounts: Mapping[int, Decimal | None]) -> None:
        """Undo and redo write a whole table: refused when someone else changed a rate,
        or a traveller's amount the import set, since this edit's last step."""
        def figures(rows: list[bw.Row]) -> dict[int, dict[str, Any]]:
            return {row["id"]: {k: v for k, v in row.items() if k != "version"}
                    for row in rows}

        now = bw.rows_where(work.session, self.table, self.table.c.plan_id == work.plan_id)
        people = bw.rows_where(work.session, bw.PARTICIPANTS,
                               bw.PARTICIPANTS.c.id.in_(list(amounts)))
        if figures(now) != figures(rates) or any(
                amounts[row["id"]] != row["travel_amount"] for row in people):
            raise Refused(phrase("someone else changed the rates since; their change is kept"))

    @property
    def added(self) -> int:
        return len(self.new) - len(self.old or [])


class ImportLines:
    """Budget lines read from a file or pasted, added at the end of an option as one
    step; undo takes them all out."""

    def __init__(self, option_id: int, lines: list[LineInput]) -> None:
        self.option_id, self.lines = option_id, lines
        self.text = phrase("Add %n budget lines", n=len(lines), one="Add 1 budget line")
        self.rows: list[bw.Row] | None = None

    def apply(self, work: Work) -> Change:
        # The option may have been deleted by someone else since the lines were read.
        check_values(work.session, bw.OPTIONS, {self.option_id: {}})
        if self.rows is None:
            sources = bw.source_ids(work.session, work.plan_id)
            self.rows = bw.new_lines(work.session, self.option_id, [
                {"category": line.category, "description": line.description,
                 "quantity": line.quantity, "unit": line.unit, "unit_cost": line.unit_cost,
                 "currency": line.currency, "multiplier": line.multiplier,
                 "funding_source_id": sources.get(line.source) if line.source else None}
                for line in self.lines])
        bw.insert_rows(work.session, bw.LINES, self.rows)
        return Change.rows(TOPIC, added=[row["id"] for row in self.rows])

    def revert(self, work: Work) -> Change:
        ids = [row["id"] for row in self.rows or []]
        bw.delete_ids(work.session, bw.LINES, ids)
        return Change.rows(TOPIC, removed=ids)


def read_lines(plan_file: PlanFile, table: Any) -> tuple[list[LineInput], list[Phrase]]:
    """The budget lines of a table read from a file or pasted (see
    interchange/budget_tables.py), checked against the plan's funding sources; the
    problems are phrases (str(): English)."""
    from consult_desktop.domain.budget_input import at_row, read_line_rows

    with plan_file.read() as session:
        sources = [s.name for s in bq.funding_sources(session, plan_file.plan_id)]
        currency = bq.currency(session, plan_file.plan_id)
    lines, found = read_line_rows(table.rows, table.found, currency, sources)
    return lines, [at_row(table.where, problem) for problem in found]


def rate_month_of(plan_file: PlanFile) -> dt.date | None:
    """The month a line without its own converts at: the meeting's."""
    with plan_file.read() as session:
        return bq.rates(session, plan_file.plan_id).month


def export_xlsx(plan_file: PlanFile, path: Any, option_label: str | None = None) -> Phrase:
    """The budget as a workbook of live formulas (see interchange/budget_xlsx.py): the
    option named, or every option and the side-by-side. Raises ExportError (nothing
    written) when a line has no rate of exchange, LookupError for no such option."""
    from consult_desktop.interchange.budget_xlsx import write_budget
    from consult_desktop.store.queries import plan_summary

    with plan_file.read() as session:
        plan_id = plan_file.plan_id
        compared = bq.comparison(session, plan_id)
        sources = bq.funding_sources(session, plan_id)
        currency = bq.currency(session, plan_id)
        title = plan_summary(session).title
        setting = bq.travel_setting(session, plan_id)
        travellers = bq.travellers(session, plan_id, setting=setting)
    if option_label is not None:
        compared = [c for c in compared if c.option.label == option_label]
        if not compared:
            raise LookupError(option_label)
    write_budget(path, title, currency, compared, sources, side_by_side=option_label is None,
                 travellers=travellers, plan_per_usd=setting.plan_per_usd)
    count = len(compared)
    return phrase("wrote the budget of %n options to {path}", n=count,
                  one="wrote the budget of 1 option to {path}", path=path)


def import_rates(plan_file: PlanFile, kind: str, path: Any) -> tuple[ImportRates | None,
                                                                     list[Phrase]]:
    """Read a DSA table (kind "dsa") or a table of rates of exchange ("exchange") from
    a CSV or XLSX file: the edit that imports them all, or the problems of every bad
    row (and no edit). Raises TableError for a file that cannot be read as a table."""
    from consult_desktop.domain import budget_input as bi
    from consult_desktop.interchange.budget_tables import read_file

    columns = bi.DSA_COLUMNS if kind == "dsa" else bi.EXCHANGE_COLUMNS
    table = read_file(path, columns)
    rows: list[tuple[Any, ...]]
    if kind == "dsa":
        found_dsa, bad = bi.read_dsa_rows(table.rows, table.found)
        rows = list(found_dsa)
    else:
        found_exchange, bad = bi.read_exchange_rows(table.rows, table.found)
        rows = list(found_exchange)
    if bad:
        return None, [bi.at_row(table.where, problem) for problem in bad]
    if not rows:
        return None, [phrase("{where}: no rates under the header row", where=table.where)]
    return ImportRates(kind, rows), []


def rate_tables(plan_file: PlanFile) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """The plan's DSA rates (country, location, rate, effective) and rates of exchange
    (currency, month, units per USD), in order."""
    with plan_file.read() as session:
        return bq.dsa_rates(session, plan_file.plan_id), bq.exchange_rates(
            session, plan_file.plan_id)


TRIP_FIELDS = ("travel_ticket", "travel_terminal", "travel_nights", "travel_dsa_rate")


def trip_read(person: TravellerRow) -> dict[str, Any]:
    """A traveller's trip as the travel table showed it: what `set_trip` checks."""
    return dict(zip((*TRIP_FIELDS, "travel_amount"), (
        person.ticket, person.terminal, person.nights, person.dsa_rate, person.typed),
        strict=True))


def set_trip(plan_file: PlanFile, person_id: int, ticket: Decimal | None,
             terminal: Decimal | None, nights: int | None, dsa_rate: Decimal | None,
             name: str = "", read: Mapping[str, Any] | None = None) -> UpdateRows | None:
    """Cost a traveller by ticket, nights, DSA and terminal expenses (ticket None: by
    the amount typed, as before); the recorded travel amount becomes their sum. None
    when nothing changes. One undo step. `read`: the trip as the person saw it
    (`trip_read`); then it is saved only if nobody changed it since (else Conflicted)."""
    from consult_desktop.domain import budget as rules
    from consult_desktop.domain.money import ZERO, convert

    with plan_file.read() as session:
        old = bw.line_values_of(session, bw.PARTICIPANTS, person_id,
                                (*TRIP_FIELDS, "travel_amount"))
        setting = bq.travel_setting(session, plan_file.plan_id)
    if read is not None:
        old = {column: read.get(column) for column in old}
    new: dict[str, Any] = dict(zip(TRIP_FIELDS, (ticket, terminal, nights, dsa_rate),
                                   strict=True))
    new["travel_amount"] = old["travel_amount"]
    if ticket is not None:
        counted = nights if nights is not None else setting.nights or 0
        usd = dsa_rate if dsa_rate is not None else setting.dsa_usd
        dsa = (None if usd is None or setting.plan_per_usd is None
               else convert(usd, Decimal(1), setting.plan_per_usd))
        new["travel_amount"] = rules.Trip(ticket, counted, dsa, terminal or ZERO).amount
    if new == old:
        return None
    return UpdateRows(phrase("Edit travel costs of {name}", name=name) if name.strip()
                      else phrase("Edit travel costs"), Topic.PARTICIPANTS,
                      [(bw.PARTICIPANTS, person_id, old, new)], checked=read is not None)


def trip_note(plan_file: PlanFile, person_id: int) -> Text:
    """What a traveller costed by ticket is paid, as the participant's form shows it:
    "Ticket $1,000.00 + 2 × DSA $400.00 + terminal $50.00 = $1,850.00" (a phrase, and
    why the trip cannot be costed, when so); "" for a participant whose amount is
    typed."""
    from sqlalchemy.exc import SQLAlchemyError

    from consult_desktop.domain.money import ZERO, Amount

    try:
        with plan_file.read() as session:
            setting = bq.travel_setting(session, plan_file.plan_id)
            found = [t for t in bq.travellers(session, plan_file.plan_id, setting=setting)
                     if t.id == person_id]
    except SQLAlchemyError:  # the plan's server out of reach: the form opens without it
        return ""
    if not found or found[0].trip is None:
        return ""
    person, trip = found[0], found[0].trip

    def money(value: Decimal | None) -> Amount:
        return Amount(value or ZERO, setting.currency)

    said = phrase("Ticket {ticket} + {nights} \u00d7 DSA {dsa} + terminal {terminal}"
                  " = {amount}", ticket=money(trip.ticket), nights=trip.nights,
                  dsa=money(trip.dsa), terminal=money(trip.terminal),
                  amount=money(trip.amount))
    if not person.problem:
        return said
    return phrase("{note} ({problem})", note=said, problem=person.said)
