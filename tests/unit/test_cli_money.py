"""Issue 23 from the command line: rates imported, a CHF line converted at its month's
rate, a line without a rate reported (never 1:1), budget lines from a file (all or
nothing), the travel table, and the budget as a workbook that recomputes the program's
totals to the cent."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from openpyxl import load_workbook

from consult_desktop.cli import main
from consult_desktop.services import budget as money
from consult_desktop.store import budget_queries as bq
from consult_desktop.store.plan_file import open_plan
from tests.unit.interchange.formulas import Book

HEADER = "Category,Description,Quantity,Unit,Unit cost,Currency,Days,Funding source\n"


@pytest.fixture
def plan(tmp_path):
    path = tmp_path / "demo.consult"
    assert main(["demo", str(path)]) == 0
    return path


def _compared(path):
    plan_file = open_plan(path)
    try:
        with plan_file.read() as session:
            return {c.option.label: c for c in bq.comparison(session, plan_file.plan_id)}
    finally:
        plan_file.close()


def _write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def test_a_chf_line_converts_at_the_rate_of_its_month(plan, tmp_path, capsys):
    rates = _write(tmp_path / "rates.csv", "Currency,Month,Units per USD\nCHF,2017-11,0.95\n"
                   "CHF,2017-12,0.99\n")
    assert main(["rates", str(plan), "--import-exchange", str(rates)]) == 0
    assert "(1 new)" in capsys.readouterr().out  # CHF Nov 2017 replaced, Dec added
    before = _compared(plan)["a"].totals
    lines = _write(tmp_path / "lines.csv", HEADER
                   + "Rooms,Catering (CHF),2,day,950.00,CHF,1,Extrabudgetary\n")
    assert main(["budget", str(plan), "--option", "a", "--import", str(lines)]) == 0
    a = _compared(plan)["a"]
    line = a.lines[-1]
    # The meeting opens in November 2017: 1,900.00 CHF at 0.95 CHF to the dollar.
    assert (line.currency, line.rate_month, line.per_usd) == (
        "CHF", dt.date(2017, 11, 1), D("0.95"))
    assert (line.own_amount, line.amount) == (D("1900.00"), D("2000.00"))
    assert a.totals.subtotal == before.subtotal + D("2000.00")
    assert a.totals.psc == before.psc + D("260.00")
    capsys.readouterr()
    assert main(["budget", str(plan), "--option", "a"]) == 0
    out = capsys.readouterr().out
    assert "1,900.00 CHF" in out and "$2,000.00" in out  # both amounts shown


def test_a_line_without_its_rate_counts_nothing_and_check_says_so(plan, tmp_path, capsys):
    lines = _write(tmp_path / "lines.xlsx", "")
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(HEADER.strip().split(","))
    book.active.append(["Other", "Visas", 4, "person", 80, "GBP", 1, "Extrabudgetary"])
    book.save(lines)
    before = _compared(plan)["a"].totals
    assert main(["budget", str(plan), "--option", "(a)", "--import", str(lines)]) == 0
    a = _compared(plan)["a"]
    assert a.lines[-1].rate_problem == (
        "no rate of exchange for GBP in November 2017 (rates PLAN --import-exchange)")
    assert a.totals.total == before.total  # not 320 "dollars"
    capsys.readouterr()
    assert main(["check", str(plan)]) == 1
    assert ("budget (a), line 7 (Visas): no rate of exchange for GBP in November 2017"
            in capsys.readouterr().out)
    assert main(["budget", str(plan), "--format", "xlsx", "-o",
                 str(tmp_path / "b.xlsx")]) == 1
    assert ("cannot export the budget: (a) line 7: no rate of exchange for GBP in November"
            " 2017 (rates PLAN --import-exchange)") in capsys.readouterr().err
    assert not (tmp_path / "b.xlsx").exists()


def test_bad_rows_are_all_reported_and_nothing_is_imported(plan, tmp_path, capsys):
    lines = _write(tmp_path / "lines.csv", HEADER
                   + "Rooms,Good line,1,day,100,,1,Extrabudgetary\n"
                   + "Catering,Unknown category,1,day,100,,1,\n"
                   + "Other,Negative,-2,day,100,,1,\n"
                   + "Other,Bad currency,1,day,100,Swiss francs,1,\n"
                   + "Other,No such source,1,day,100,,1,Extrabudgetory\n")
    before = _compared(plan)["a"]
    assert main(["budget", str(plan), "--option", "a", "--import", str(lines)]) == 1
    err = capsys.readouterr().err
    assert f"{lines}: row 3, column Category: 'Catering' is not a budget category" in err
    assert "row 4, column Quantity: Quantity cannot be negative" in err
    assert "row 5, column Currency: Currency: 'Swiss francs' is not a three-letter code" in err
    assert ("row 6, column Funding source: no funding source 'Extrabudgetory';"
            " did you mean 'Extrabudgetary'?" in err)
    assert "nothing imported (4 problems)" in err
    assert len(_compared(plan)["a"].lines) == len(before.lines)


def test_a_file_without_the_columns_is_refused_by_name(plan, tmp_path, capsys):
    lines = _write(tmp_path / "lines.csv", "Item,Cost\nRooms,100\n")
    assert main(["budget", str(plan), "--option", "a", "--import", str(lines)]) == 1
    # "Cost" is read as the unit cost.
    assert "the header row has no column Category, Quantity (found: Item, Cost)" in (
        capsys.readouterr().err)


def test_dsa_import_costs_the_travellers_and_the_travel_line_follows(plan, tmp_path, capsys):
    plan_file = open_plan(plan)
    try:
        from consult_desktop.services.edits import run
        from consult_desktop.services.options import options

        (line,) = [x for x in options(plan_file).compared[0].lines
                   if x.category == "participant_travel"]
        run(plan_file, money.edit_line(plan_file, line.id, {"travel_rule": "approved_sum"}))
    finally:
        plan_file.close()
    dsa = _write(tmp_path / "dsa.csv", "Country,Location,Rate (USD),Effective date\n"
                 "Switzerland,Geneva,410,2017-10-01\nSwitzerland,Geneva,999,2017-11-02\n")
    assert main(["rates", str(plan), "--import-dsa", str(dsa)]) == 0
    capsys.readouterr()
    assert main(["travel", str(plan), "--format", "csv"]) == 0
    rows = capsys.readouterr().out.splitlines()
    # Arrival 1 November (the day before 2 November): the rate of 1 October holds.
    assert "Ms. Aigerim Seitkali,yes,1000.00,2,410.00,820.00,50.00,1870.00," in rows
    assert rows[-1] == "Approved travellers,2,,,,,,3270.00,"
    a = _compared(plan)["a"]
    (travel,) = [x for x in a.lines if x.category == "participant_travel"]
    assert travel.amount == D("3270.00")  # the sum of the approved travellers
    assert main(["check", str(plan)]) == 0  # the recorded amount followed the new rate


def test_rate_files_with_bad_rows_import_nothing(plan, tmp_path, capsys):
    rates = _write(tmp_path / "rates.csv", "Currency,Month,Units per USD\nCHF,2017-13,0.95\n"
                   "EURO,2017-11,0.85\nJPY,2017-11,0\n")
    assert main(["rates", str(plan), "--import-exchange", str(rates)]) == 1
    err = capsys.readouterr().err
    assert "row 2, column Month: '2017-13' is not a month (YYYY-MM)" in err
    assert "row 3, column Currency: Currency: 'EURO' is not a three-letter code" in err
    assert "row 4, column Units per USD: Units per USD cannot be zero" in err
    capsys.readouterr()
    assert main(["rates", str(plan)]) == 0
    assert "JPY" not in capsys.readouterr().out


def test_the_workbook_recomputes_the_programs_totals_to_the_cent(plan, tmp_path):
    """Every total is a formula: evaluated as a spreadsheet does (floating point,
    ROUND half away from zero), it gives the program's figures."""
    rates = _write(tmp_path / "rates.csv", "Currency,Month,Units per USD\nCHF,2017-11,0.968\n"
                   "EUR,2017-10,0.851\n")
    assert main(["rates", str(plan), "--import-exchange", str(rates)]) == 0
    # Amounts chosen for their half cents: 3 x 333.33 x 1.5 = 1,499.985.
    lines = _write(tmp_path / "lines.csv", HEADER
                   + "Rooms,Catering (CHF),2,day,1234.57,CHF,1,Extrabudgetary\n"
                   + "Other,Transport,3,lump sum,333.33,EUR,1.5,Extrabudgetary\n"
                   + "Other,Local costs,7,day,12.345,,1,Regular budget\n".replace(
                       "12.345", "12.35"))
    assert main(["budget", str(plan), "--option", "a", "--import", str(lines)]) == 0
    plan_file = open_plan(plan)
    try:
        (eur,) = [x for x in money.line_rows(plan_file, _compared(plan)["a"].option.id)
                  if x.currency == "EUR"]
        from consult_desktop.services.edits import run

        run(plan_file, money.edit_line(plan_file, eur.id, {"rate_month": dt.date(2017, 10, 1)}))
    finally:
        plan_file.close()
    out = tmp_path / "budget.xlsx"
    assert main(["budget", str(plan), "--format", "xlsx", "-o", str(out)]) == 0
    compared = _compared(plan)
    book = load_workbook(out)
    assert book.sheetnames == ["Options side by side", "Option a", "Option b"]
    cells = Book(book)
    sheet = book["Option a"]
    by_label = {row[0].value: row for row in sheet.iter_rows(min_row=5)
                if row[0].value and row[10].value}
    for label, option in compared.items():
        name = f"Option {label}"
        rows = {r[0].value: r[0].row for r in book[name].iter_rows() if r[0].value}
        assert cells.value(name, f"K{rows['Subtotal']}") == pytest.approx(
            float(option.totals.subtotal), abs=0.001)
        assert cells.value(name, f"K{rows['Programme support costs']}") == pytest.approx(
            float(option.totals.psc), abs=0.001)
        assert cells.value(name, f"K{rows['Total']}") == pytest.approx(
            float(option.totals.total), abs=0.001)
        side = {r[0].value: r[0].row for r in book["Options side by side"].iter_rows()
                if r[0].value}
        column = "B" if label == "a" else "C"
        assert cells.value("Options side by side", f"{column}{side['Total']}") == \
            pytest.approx(float(option.totals.total), abs=0.001)
    # The formulas are live, over the inputs: amount = quantity x unit cost x days.
    transport = next(r for r in sheet.iter_rows(min_row=5) if r[1].value == "Transport")
    n = transport[0].row
    assert sheet[f"H{n}"].value == f"=ROUND(C{n}*E{n}*G{n},2)"
    assert sheet[f"K{n}"].value == f"=ROUND(H{n}/J{n},2)"
    assert cells.value("Option a", f"H{n}") == 1499.99
    assert (sheet[f"I{n}"].value.date(), sheet[f"J{n}"].value) == (dt.date(2017, 10, 1), 0.851)
    assert sheet[f"H{n}"].number_format == "#,##0.00"
    # The PSC rate of each funding source is visible beside its PSC.
    psc_rows = [r for r in sheet.iter_rows() if r[4].number_format == "0.00%"
                and r[4].value is not None]
    assert {(r[0].value, r[4].value) for r in psc_rows} == {("Extrabudgetary", 0.13),
                                                           ("Regular budget", 0)}
    assert by_label  # the lines are there


def test_xlsx_needs_an_output_file_and_a_known_option(plan, tmp_path, capsys):
    assert main(["budget", str(plan), "--format", "xlsx"]) == 1
    assert "--format xlsx needs -o FILE.xlsx" in capsys.readouterr().err
    assert main(["budget", str(plan), "--option", "z", "--format", "xlsx", "-o",
                 str(tmp_path / "b.xlsx")]) == 1
    assert "no option 'z'" in capsys.readouterr().err
    assert main(["budget", str(plan), "--option", "b", "--format", "xlsx", "-o",
                 str(tmp_path / "b.xlsx")]) == 0
    assert load_workbook(tmp_path / "b.xlsx").sheetnames == ["Option b"]


def test_the_printed_budget_names_the_currency_of_a_unit_cost_in_another(plan, tmp_path):
    from consult_desktop.printing.budget import detail_rows
    from consult_desktop.store.print_data import option_budget

    rates = _write(tmp_path / "rates.csv", "Currency,Month,Units per USD\nCHF,2017-11,0.95\n")
    assert main(["rates", str(plan), "--import-exchange", str(rates)]) == 0
    lines = _write(tmp_path / "lines.csv", HEADER
                   + "Rooms,Catering (CHF),2,day,950.00,CHF,1,Extrabudgetary\n")
    assert main(["budget", str(plan), "--option", "a", "--import", str(lines)]) == 0
    a = _compared(plan)["a"]
    plan_file = open_plan(plan)
    try:
        with plan_file.read() as session:
            printed = option_budget(session, a.option.id, "a", a.option.title)
    finally:
        plan_file.close()
    *_, catering = detail_rows(printed)
    assert catering[3:5] == ["CHF 950", "2,000"]  # the amount in dollars
    assert printed.totals.total == a.totals.total


def test_the_dsa_location_is_chosen_when_the_venue_names_none(plan, tmp_path, capsys):
    from consult_desktop.services.edits import run
    from consult_desktop.services.plan import EditPlanDetails, details

    plan_file = open_plan(plan)
    try:
        run(plan_file, EditPlanDetails(details(plan_file), {"venue": "Palais des Nations"}))
    finally:
        plan_file.close()
    capsys.readouterr()
    assert main(["check", str(plan)]) == 1
    assert ("travel of Ms. Aigerim Seitkali: no DSA location: name it in Plan details"
            in capsys.readouterr().out)
    assert main(["rates", str(plan), "--dsa-location", "geneva"]) == 0
    capsys.readouterr()
    assert main(["check", str(plan)]) == 0


def test_the_workbooks_travel_line_follows_its_travel_sheet(plan, tmp_path):
    """The participants' travel line counts the approved travellers' sum: in the
    workbook its unit cost is the Travel sheet's total, each trip a formula."""
    from consult_desktop.services.edits import run

    plan_file = open_plan(plan)
    try:
        compared = money.budget(plan_file).compared
        (line,) = [x for x in compared[0].lines if x.category == "participant_travel"]
        run(plan_file, money.edit_line(plan_file, line.id, {"travel_rule": "approved_sum"}))
        (trip_b,) = [x for x in compared[1].lines if x.category == "participant_travel"]
        run(plan_file, money.edit_line(plan_file, trip_b.id, {"travel_rule": "per_trip"}))
        travellers = {t.titled(): t for t in money.travel(plan_file).travellers}
        petrovic = travellers["Ms. Ana Petrović"]
        run(plan_file, money.set_trip(plan_file, petrovic.id, D("612.35"), D("38.00"), 3,
                                      D("411.67")))
    finally:
        plan_file.close()
    out = tmp_path / "budget.xlsx"
    assert main(["budget", str(plan), "--format", "xlsx", "-o", str(out)]) == 0
    book = load_workbook(out)
    assert book.sheetnames == ["Options side by side", "Option a", "Option b", "Travel"]
    cells = Book(book)
    a, b = _compared(plan)["a"], _compared(plan)["b"]
    (travel_a,) = [x for x in a.lines if x.category == "participant_travel"]
    # 612.35 + 3 x 411.67 + 38.00 = 1,885.36; with Ms. Seitkali's 1,850.00: 3,735.36.
    assert travel_a.amount == D("3735.36")
    sheet = book["Option a"]
    n = next(r[0].row for r in sheet.iter_rows(min_row=5) if r[0].value == "Participants' travel")
    assert sheet[f"E{n}"].value == "='Travel'!$J$9"
    assert cells.value("Option a", f"K{n}") == pytest.approx(3735.36, abs=0.001)
    rows = {r[0].value: r[0].row for r in book["Option b"].iter_rows() if r[0].value}
    assert cells.value("Option b", f"K{rows['Total']}") == pytest.approx(
        float(b.totals.total), abs=0.001)
    rows = {r[0].value: r[0].row for r in sheet.iter_rows() if r[0].value}
    assert cells.value("Option a", f"K{rows['Total']}") == pytest.approx(
        float(a.totals.total), abs=0.001)


def test_printing_a_budget_with_an_unconverted_line_says_so(plan, tmp_path, capsys):
    lines = _write(tmp_path / "lines.csv", HEADER
                   + "Other,Visas,4,person,80,GBP,1,Extrabudgetary\n")
    assert main(["budget", str(plan), "--option", "a", "--import", str(lines)]) == 0
    capsys.readouterr()
    assert main(["print", str(plan), "budget", "-o", str(tmp_path / "b.pdf")]) == 0
    assert ("note: budget (a), line 7 (Visas): no rate of exchange for GBP in November 2017"
            in capsys.readouterr().err)
