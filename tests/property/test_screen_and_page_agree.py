"""The window, the printed documents and the command line say the same thing: the
meeting's days, the names and order of the States, the options' date ranges and the
amounts. Each rule has one owner in domain/; these tests read what each face shows,
for the demo plan (down to the PDF's text) and for generated plans (the window's
models, the printed documents' data and `consult-desktop info`).

The meeting's days are also checked against an oracle written here from the rule as
the issue states it: chosen option, then recommended, then the first dated option,
then the plan's dates; a rejected option never decides.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import re
from decimal import Decimal
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from consult_desktop import cli
from consult_desktop.domain import countries
from consult_desktop.domain.dates import date_range, long_date, short_day_and_date
from consult_desktop.domain.money import format_amount
from consult_desktop.printing import options_note as printed_note
from consult_desktop.printing import participants as printed_list
from consult_desktop.services import options as option_service
from consult_desktop.store import agenda_store, print_data, timeline_store
from consult_desktop.store.models import BudgetLine, MemberState, Option, Participant, Plan
from consult_desktop.store.plan_file import create_plan
from consult_desktop.ui.agenda_tab import AgendaTab
from consult_desktop.ui.context import PlanContext
from consult_desktop.ui.options_models import ComparisonModel
from consult_desktop.ui.participants_tab import ParticipantsTab
from consult_desktop.ui.timeline_tab import TimelineTab
from tests.property.limits import examples
from tests.unit.printing.helpers import flat, read_pages

D = dt.date
STATUSES = ("proposed", "recommended", "chosen", "rejected")
# States whose UN name differs from ISO's, accents and particles, Cyrillic order, and a
# territory that is no State of the UN.
CODES = ("IR", "TR", "TM", "TN", "GB", "US", "MD", "CI", "HR", "VA", "PS", "KR", "KP",
         "DE", "FR", "RU", "KZ", "MX", "HK", "NL")


# ----- reading each face ----------------------------------------------------------------
def cli_info(path: Path) -> dict[str, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert cli.main(["info", str(path)]) == 0
    text = out.getvalue()
    totals = dict(re.findall(r"^  \((\w+)\) .*\[\w+\]: (.*)$", text, re.MULTILINE))
    (days,) = re.findall(r"^Meeting days: (.*)$", text, re.MULTILINE)
    return {"days": days, **totals}


def window_faces(context: PlanContext) -> dict[str, object]:
    """What the tabs show: the agenda's day bar, the deadlines' anchor, the options'
    dates and totals, the countries of the Participants tab's filter, in its order."""
    agenda = AgendaTab(context)
    timeline = TimelineTab(context, today=lambda: D(2016, 1, 1))
    people = ParticipantsTab(context)
    try:
        comparison = ComparisonModel()
        shown = option_service.options(context.plan_file)
        comparison.set_rows(shown.compared, shown.currency)
        rows = {comparison.headerData(r, Qt.Orientation.Vertical): r
                for r in range(comparison.rowCount())}
        options = {
            comparison.headerData(c, Qt.Orientation.Horizontal).strip("()"): (
                comparison.index(rows["Dates"], c).data(),
                comparison.index(rows["Total cost"], c).data())
            for c in range(comparison.columnCount())}
        combo = people.country_filter
        return {
            "day_bar": [agenda.day_bar.tabText(n) for n in range(agenda.day_bar.count())],
            "anchor": timeline.suggestions_label.text(),
            "options": options,
            "countries": [combo.itemText(n).removesuffix(" ★") for n in range(1, combo.count())],
        }
    finally:
        for widget in (agenda, timeline, people):
            widget.deleteLater()


def expected_days(options: list[dict], plan: tuple[D | None, D | None]
                  ) -> tuple[D | None, D | None]:
    """The rule as the issue states it, written again here as an oracle."""
    alive = [o for o in options if o["status"] != "rejected"]
    chosen = [o for o in alive if o["status"] == "chosen"]
    if chosen:
        pick = next((o for o in chosen if o["start"]), None)
    else:
        dated = [o for o in alive if o["start"]]
        pick = next((o for o in dated if o["status"] == "recommended"),
                    dated[0] if dated else None)
    start, end = (pick["start"], pick["end"]) if pick else plan
    if start is None:
        return None, None
    return start, end if end is not None and end >= start else start


def check_all_faces_agree(path: Path, context: PlanContext, days: tuple[D | None, D | None]
                          ) -> dict[str, object]:
    plan_id = context.plan_id
    first, last = days
    shown = window_faces(context)
    cli_says = cli_info(path)
    with context.plan_file.read() as session:
        agenda_meeting, _ = agenda_store.load_meeting(session, plan_id)
        timeline = timeline_store.load_timeline(session, plan_id)
        note = print_data.options_note(session, plan_id)
        people = print_data.participants(session, plan_id)

    # The meeting's days.
    assert (agenda_meeting.first_day, agenda_meeting.last_day) == days
    assert timeline.meeting_start == first
    assert (note.meeting.start_date, note.meeting.end_date) == days
    assert (people.meeting.start_date, people.meeting.end_date) == days
    assert cli_says["days"] == (date_range(first, last) or "-")
    meeting_days = agenda_meeting.days
    assert [d for d in shown["day_bar"] if d != "Unscheduled"] == [
        short_day_and_date(d) for d in meeting_days]
    anchor = f"from the first day, {long_date(first)}" if first else "(no meeting dates yet)"
    assert anchor in shown["anchor"]

    # Each option's dates and total: window, printed note and command line.
    for option in note.options:
        window_dates, window_total = shown["options"][option.label]
        assert window_dates == printed_note.span(option.proposed_start, option.proposed_end)
        assert window_dates == date_range(option.proposed_start, option.proposed_end)
        written = format_amount(option.total or Decimal(0), note.meeting.currency)
        assert window_total == written == cli_says[option.label]

    # The States: the same names, and in the printed groups the window's order.
    printed_states = [name for code, group in printed_list.grouped(people)
                      if code in printed_list.STATES for name, _ in group]
    state_codes = {p.country for p in people.people if p.country}
    assert set(shown["countries"]) == {countries.name(c) for c in state_codes}
    for code, group in printed_list.grouped(people):
        if code in printed_list.STATES:
            names = [name for name, _ in group if name in shown["countries"]]
            assert names == [n for n in shown["countries"] if n in names]
    assert set(printed_states) <= set(shown["countries"]) | {"(no country)"}
    return shown


# ----- the demo, down to the printed page ------------------------------------------------
def test_the_demo_says_2_and_3_november_everywhere(context, demo_path):
    shown = check_all_faces_agree(demo_path, context, (D(2017, 11, 2), D(2017, 11, 3)))
    assert shown["day_bar"] == ["Thu 02 Nov 2017", "Fri 03 Nov 2017"]
    assert "3 November 2017" not in shown["anchor"]  # the deadlines count from the 2nd
    with context.plan_file.read() as session:
        note = print_data.options_note(session, context.plan_id)
        agenda = print_data.agenda(session, context.plan_id)
    from consult_desktop.printing import agenda as agenda_pdf
    from consult_desktop.printing import options_note as note_pdf

    agenda_text = flat(read_pages(agenda_pdf.build(agenda)))
    assert "Geneva, 2 and 3 November 2017" in agenda_text  # its masthead
    assert "3 November 2017" not in agenda_text.replace("2 and 3 November 2017", "")[:300]
    # The note's masthead names the meeting that considers it; its option (a), the
    # chosen way to hold the meeting, gives the same days.
    note_text = flat(read_pages(note_pdf.build(note)))
    assert "Format, dates and venue: Self-standing multi-stakeholder meeting; 2 and 3 " \
        "November 2017" in note_text
    # The same sum: in whole dollars in the note's running text, to the cent on screen.
    assert "Cost: $157,974, including" in note_text
    assert "$157,974.00" in cli_info(demo_path)["a"]


def test_the_demo_list_of_participants_prints_the_windows_names_in_its_order(
        context, qapp):
    shown = window_faces(context)
    with context.plan_file.read() as session:
        data = print_data.participants(session, context.plan_id)
    text = flat(read_pages(printed_list.build(data)))
    printed = [name for name in shown["countries"] if name in text]
    assert printed == shown["countries"] and "Türkiye" in printed
    positions = [text.index(name) for name in printed if name in ("France", "Germany",
                                                                  "Italy", "Türkiye")]
    assert positions == sorted(positions)


# ----- generated plans ----------------------------------------------------------------
dates = st.dates(min_value=D(2016, 12, 20), max_value=D(2018, 1, 10))
options = st.lists(st.fixed_dictionaries({
    "status": st.sampled_from(STATUSES),
    "start": st.none() | dates,
    "length": st.integers(min_value=-1, max_value=40),
    "lines": st.lists(st.decimals(min_value=0, max_value=10**7, places=2), max_size=3),
}), max_size=4)
people = st.lists(st.tuples(st.sampled_from(CODES), st.sampled_from(
    ["member_state", "other_state"])), max_size=8)


def _end(option: dict) -> D | None:
    if option["start"] is None or option["length"] < 0:
        return None
    return option["start"] + dt.timedelta(days=option["length"])


@examples(25)
@example(options=[{"status": "rejected", "start": D(2017, 10, 30), "length": 4, "lines": []},
                  {"status": "recommended", "start": D(2017, 12, 31), "length": 2,
                   "lines": [Decimal("0.05"), Decimal("1234567.89")]}],
         plan_start=D(2017, 11, 3), plan_length=0, members={"FR", "TR"},
         people=[(code, "other_state") for code in CODES])  # every State in one group
@given(options=options, plan_start=st.none() | dates, plan_length=st.integers(0, 5),
       people=people, members=st.sets(st.sampled_from(CODES), max_size=4))
def test_a_generated_plan_reads_alike_on_screen_on_paper_and_on_the_command_line(
        qapp, tmp_path_factory, options, plan_start, plan_length, people, members):
    path = tmp_path_factory.mktemp("agree") / "plan.consult"
    plan_file = create_plan(path, "Generated")
    plan_end = plan_start + dt.timedelta(days=plan_length) if plan_start else None
    for option in options:
        option["end"] = _end(option)
    with plan_file.begin() as session:
        plan = session.get_one(Plan, plan_file.plan_id)
        plan.start_date, plan.end_date = plan_start, plan_end
        for n, option in enumerate(options):
            row = Option(plan_id=plan.id, label="abcd"[n], title=f"Option {n}", position=n,
                         status=option["status"], proposed_start=option["start"],
                         proposed_end=option["end"])
            session.add(row)
            session.flush()
            session.add_all(BudgetLine(option_id=row.id, category="other", unit_cost=cost,
                                       quantity=Decimal(1)) for cost in option["lines"])
        session.add_all(Participant(plan_id=plan.id, family_name=f"Delegate {n}",
                                    country=code, category=category)
                        for n, (code, category) in enumerate(people))
        session.add_all(MemberState(plan_id=plan.id, country=code) for code in members)
    context = PlanContext(plan_file)
    try:
        check_all_faces_agree(path, context, expected_days(options, (plan_start, plan_end)))
    finally:
        context.close()
