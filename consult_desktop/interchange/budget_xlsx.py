"""The budget as a workbook a finance colleague can check: one sheet per option and the
options side by side, every figure the program computes written as a live formula
(amount = quantity x unit cost x days, rounded to the cent; a line in another currency
converted at its month's rate; PSC = the source's rate x the lines it covers; totals),
so that Excel or LibreOffice recomputes the same totals to the cent.

The inputs (quantities, unit costs, days, rates of exchange, PSC rates) are values;
everything after them is a formula over them. Rounding follows domain/budget.py: each
line to the cent, each funding source's PSC to the cent.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from consult_desktop.domain import vocab
from consult_desktop.domain.phrases import phrase
from consult_desktop.files import atomic_write
from consult_desktop.interchange.participants_csv import neutralise
from consult_desktop.store.budget_queries import OptionBudget, SourceRow, TravellerRow

AMOUNT = "#,##0.00"
NIL_DASH = '#,##0.00;-#,##0.00;"\u2013"'  # side by side: an option without it, a dash
FIGURE = "#,##0.###"  # quantities and days: up to three places, none shown when whole
RATE = "0.00%"
UNITS = "0.000###"
MONTH = "yyyy-mm"
HEADER_ROW = 4
TRAVEL = "'Travel'"
# The columns of a line, left to right.
COLUMNS = ("Category", "Description", "Quantity", "Unit", "Unit cost", "Currency", "Days",
           "Amount (own currency)", "Rate month", "Units per USD", "Amount", "Funding source",
           "PSC")
WIDTHS = (30, 40, 10, 11, 14, 9, 8, 16, 10, 13, 16, 24, 6)


@dataclass(frozen=True)
class Cells:
    """Where an option's sheet keeps its totals, for the side-by-side sheet."""

    sheet: str
    by_category: dict[str, str]  # category code -> cell
    subtotal: str
    psc: str
    total: str


class ExportError(Exception):
    """The budget cannot be exported as it stands (a line without its rate); its
    message a phrase (English for the command line, the window's language)."""


def write_budget(path: Path, title: str, currency: str, compared: Sequence[OptionBudget],
                 sources: Sequence[SourceRow], side_by_side: bool = True,
                 travellers: Sequence[TravellerRow] = (),
                 plan_per_usd: Decimal | None = None) -> None:
    """Write the workbook: a sheet per option of `compared`, then (with several, or
    when asked) the options side by side. Refused, nothing written, when a line has
    no rate of exchange: a total in the workbook would differ from the program's."""
    missing = [phrase("({option}) line {number}: {problem}", option=c.option.label,
                      number=n, problem=line.rate_said)
               for c in compared for n, line in enumerate(c.lines, start=1)
               if line.rate_problem]
    if missing:
        problems = missing[0]
        for more in missing[1:]:
            problems = phrase("{first}; {then}", first=problems, then=more)
        raise ExportError(phrase("cannot export the budget: {problems}", problems=problems))
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    follows = any(line.follows_participants for c in compared for line in c.lines)
    travel = _travel_sheet(book, currency, travellers, plan_per_usd) if follows else None
    cells = [_option_sheet(book, title, currency, option, sources, travel)
             for option in compared]
    if side_by_side and len(compared) > 1:
        _side_by_side(book, title, currency, compared, cells)
        book.move_sheet("Options side by side", offset=-len(compared))
    if travel is not None:  # the travellers after the options
        book.move_sheet("Travel", offset=len(book.sheetnames) - 1
                        - book.sheetnames.index("Travel"))
    with atomic_write(path, "wb") as stream:
        book.save(stream)


def sheet_name(option: OptionBudget) -> str:
    """"Option a": a sheet's name holds at most 31 characters and none of []:*?/\\."""
    label = "".join(c for c in option.option.label if c not in "[]:*?/\\'")
    return f"Option {label}"[:31]


def _text(sheet: Any, ref: str, text: str, bold: bool = False) -> None:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font

    cell = sheet[ref]
    cell.value = ILLEGAL_CHARACTERS_RE.sub("", neutralise(text))
    cell.data_type = "s"  # a user's text is never a formula
    if bold:
        cell.font = Font(bold=True)


def _number(sheet: Any, ref: str, value: Any, form: str,
            bold: bool = False) -> None:
    """A value, or a formula when `value` is a string starting with "="."""
    from openpyxl.styles import Font

    cell = sheet[ref]
    cell.value = value
    cell.number_format = form
    if bold:
        cell.font = Font(bold=True)


def _option_sheet(book: Any, title: str, currency: str, option: OptionBudget,
                  sources: Sequence[SourceRow], travel: tuple[str, str] | None) -> Cells:
    from openpyxl.utils import get_column_letter

    name = sheet_name(option)
    sheet = book.create_sheet(name)
    _text(sheet, "A1", f"({option.option.label}) {option.option.title}", bold=True)
    _text(sheet, "A2", f"{title}: amounts in {currency}")
    for at, (header, width) in enumerate(zip(COLUMNS, WIDTHS, strict=True), start=1):
        letter = get_column_letter(at)
        _text(sheet, f"{letter}{HEADER_ROW}", header.replace("Amount", f"Amount ({currency})")
              if header == "Amount" else header, bold=True)
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"A{HEADER_ROW + 1}"
    first = HEADER_ROW + 1
    row = first
    for line in option.lines:
        counted: tuple[Any, Any, Any] = line.counted
        quantity, unit_cost, multiplier = counted
        _text(sheet, f"A{row}", vocab.label(vocab.BUDGET_CATEGORIES, line.category))
        _text(sheet, f"B{row}", line.description)
        if travel is not None and line.rule == "per_trip":  # the approved travellers
            quantity = f"={TRAVEL}!{travel[0]}"
        elif travel is not None and line.rule == "approved_sum":  # their sum
            unit_cost = f"={TRAVEL}!{travel[1]}"
        _number(sheet, f"C{row}", quantity, FIGURE)
        _text(sheet, f"D{row}", vocab.label(vocab.BUDGET_UNITS, line.unit))
        _number(sheet, f"E{row}", unit_cost, AMOUNT)
        _text(sheet, f"F{row}", line.currency)
        _number(sheet, f"G{row}", multiplier, FIGURE)
        _number(sheet, f"H{row}", f"=ROUND(C{row}*E{row}*G{row},2)", AMOUNT)
        if line.foreign:
            assert line.rate_month is not None and line.per_usd is not None
            _number(sheet, f"I{row}", line.rate_month, MONTH)
            _number(sheet, f"J{row}", line.per_usd, UNITS)
            to = "" if line.plan_per_usd == 1 else f"*{line.plan_per_usd}"
            _number(sheet, f"K{row}", f"=ROUND(H{row}{to}/J{row},2)", AMOUNT)
        else:
            _number(sheet, f"K{row}", f"=H{row}", AMOUNT)
        _text(sheet, f"L{row}", line.source)
        _text(sheet, f"M{row}", "yes" if line.psc_applies and line.psc_rate else "no")
        row += 1
    last = max(row - 1, first)
    amounts = f"$K${first}:$K${last}"
    row += 1
    _text(sheet, f"A{row}", "Totals by category", bold=True)
    row += 1
    by_category: dict[str, str] = {}
    for code, label in vocab.BUDGET_CATEGORIES:
        if code not in option.totals.by_category:
            continue
        _text(sheet, f"A{row}", label)
        _number(sheet, f"K{row}", f"=SUMIF($A${first}:$A${last},A{row},{amounts})", AMOUNT)
        by_category[code] = f"K{row}"
        row += 1
    subtotal = f"K{row}"
    _text(sheet, f"A{row}", "Subtotal", bold=True)
    _number(sheet, subtotal, f"=SUM({amounts})", AMOUNT, bold=True)
    row += 2
    _text(sheet, f"A{row}", "Programme support costs by funding source", bold=True)
    row += 1
    for at, header in ((1, "Funding source"), (5, "PSC rate"), (8, "Lines with PSC"),
                       (11, "PSC")):
        _text(sheet, f"{get_column_letter(at)}{row}", header, bold=True)
    row += 1
    psc_first = row
    used = {line.source for line in option.lines}
    for source in sources:
        if source.name not in used:
            continue
        _text(sheet, f"A{row}", source.name)
        _text(sheet, f"B{row}", vocab.label(vocab.FUNDING_KINDS, source.kind))
        _number(sheet, f"E{row}", source.psc_rate, RATE)
        _number(sheet, f"H{row}", f'=SUMIFS({amounts},$L${first}:$L${last},A{row},'
                f'$M${first}:$M${last},"yes")', AMOUNT)
        _number(sheet, f"K{row}", f"=ROUND(H{row}*E{row},2)", AMOUNT)
        row += 1
    psc = f"K{row}"
    _text(sheet, f"A{row}", "Programme support costs", bold=True)
    _number(sheet, psc, f"=SUM(K{psc_first}:K{max(row - 1, psc_first)})"
            if row > psc_first else "=0", AMOUNT, bold=True)
    row += 2
    total = f"K{row}"
    _text(sheet, f"A{row}", "Total", bold=True)
    _number(sheet, total, f"={subtotal}+{psc}", AMOUNT, bold=True)
    return Cells(name, by_category, subtotal, psc, total)


def _side_by_side(book: Any, title: str, currency: str, compared: Sequence[OptionBudget],
                  cells: Sequence[Cells]) -> None:
    from openpyxl.utils import get_column_letter

    sheet = book.create_sheet("Options side by side")
    _text(sheet, "A1", title, bold=True)
    _text(sheet, "A2", f"Amounts in {currency}")
    sheet.column_dimensions["A"].width = 44
    row = 4
    for at, option in enumerate(compared, start=2):
        letter = get_column_letter(at)
        _text(sheet, f"{letter}{row}", f"({option.option.label})", bold=True)
        sheet.column_dimensions[letter].width = 16
    rows: list[tuple[str, list[str | None], bool]] = []
    for code, label in vocab.BUDGET_CATEGORIES:
        found = [c.by_category.get(code) for c in cells]
        if any(found):
            rows.append((label, found, False))
    rows += [("Subtotal", [c.subtotal for c in cells], True),
             ("Programme support costs", [c.psc for c in cells], False),
             ("Total", [c.total for c in cells], True)]
    for label, refs, bold in rows:
        row += 1
        _text(sheet, f"A{row}", label, bold=bold)
        for at, (ref, option_cells) in enumerate(zip(refs, cells, strict=True), start=2):
            value = f"='{option_cells.sheet}'!{ref}" if ref else "=0"
            _number(sheet, f"{get_column_letter(at)}{row}", value, NIL_DASH, bold=bold)


def _travel_sheet(book: Any, currency: str, travellers: Sequence[TravellerRow],
                  plan_per_usd: Decimal | None) -> tuple[str, str]:
    """Each traveller's trip as formulas (ticket + nights x DSA + terminal expenses, the
    DSA converted to the plan's currency and rounded as domain/budget.py does), or the
    amount typed; returns the cells of the approved travellers' count and sum."""
    from openpyxl.utils import get_column_letter

    sheet = book.create_sheet("Travel")
    _text(sheet, "A1", "Travel support of the participants", bold=True)
    _text(sheet, "A2", f"Amounts in {currency}" + ("" if currency == "USD" else
          f"; the DSA in USD, converted at the units of {currency} per USD"))
    headers = ("Traveller", "Approved", "Ticket", "Nights", "DSA a night (USD)",
               "Units per USD", f"DSA a night ({currency})", "Subsistence",
               "Terminal expenses", "Travel support")
    for at, header in enumerate(headers, start=1):
        _text(sheet, f"{get_column_letter(at)}{HEADER_ROW}", header, bold=True)
        sheet.column_dimensions[get_column_letter(at)].width = 30 if at == 1 else 14
    first = row = HEADER_ROW + 1
    for person in travellers:
        _text(sheet, f"A{row}", person.titled())
        _text(sheet, f"B{row}", "yes" if person.approved and person.status != "declined"
              else "no")
        trip = person.trip
        if trip is None:
            _number(sheet, f"J{row}", person.amount, AMOUNT)
        else:
            _number(sheet, f"C{row}", trip.ticket, AMOUNT)
            _number(sheet, f"D{row}", trip.nights, FIGURE)
            if person.dsa_usd is not None and trip.dsa is not None:
                _number(sheet, f"E{row}", person.dsa_usd, AMOUNT)
                _number(sheet, f"F{row}", plan_per_usd or Decimal(1), UNITS)
                _number(sheet, f"G{row}", f"=ROUND(E{row}*F{row},2)", AMOUNT)
            _number(sheet, f"H{row}", f"=ROUND(D{row}*G{row},2)", AMOUNT)
            _number(sheet, f"I{row}", trip.terminal, AMOUNT)
            _number(sheet, f"J{row}", f"=C{row}+H{row}+I{row}", AMOUNT)
        row += 1
    last = max(row - 1, first)
    row += 1
    _text(sheet, f"A{row}", "Approved travellers", bold=True)
    _number(sheet, f"B{row}", f'=COUNTIF(B{first}:B{last},"yes")', "0", bold=True)
    _number(sheet, f"J{row}", f'=SUMIF(B{first}:B{last},"yes",J{first}:J{last})', AMOUNT,
            bold=True)
    return f"$B${row}", f"$J${row}"
