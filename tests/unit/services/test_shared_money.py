"""Two people on one plan's money, on a plan file and on a server alike (`any_plan`):
a traveller's trip someone else changed since the travel table showed it is not
overwritten; lines pasted into an option someone deleted meanwhile are refused; the
undo (and redo) of a rates import never puts back rates over someone's later change."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from consult_desktop.services import budget, options
from consult_desktop.services.edits import Conflicted, Refused, Topic, run
from consult_desktop.services.guarded import Guarded


def _traveller(plan, person_id=None):
    found = budget.travel(plan).travellers
    return found[0] if person_id is None else next(t for t in found if t.id == person_id)


def test_a_trip_changed_since_the_table_showed_it_is_asked_then_kept_mine(any_plan,
                                                                          someone_else):
    person = _traveller(any_plan)
    someone_else("participant", person.id, travel_nights=5)
    edit = budget.set_trip(any_plan, person.id, D("700.00"), D("40.00"), 2, None,
                           name=person.name, read=budget.trip_read(person))
    assert edit is not None
    with pytest.raises(Conflicted) as refused:
        run(any_plan, edit)
    conflict = refused.value
    assert conflict.topic == Topic.PARTICIPANTS
    assert conflict.theirs[person.id]["travel_nights"] == 5
    assert conflict.mine_of(person.id)["travel_nights"] == 2
    assert _traveller(any_plan, person.id).nights == 5  # nothing written
    assert edit.keep_mine(conflict)
    run(any_plan, edit)
    mine = _traveller(any_plan, person.id)
    assert (mine.ticket, mine.nights) == (D("700.00"), 2)
    run(any_plan, edit, "revert")  # undo puts back theirs
    assert _traveller(any_plan, person.id).nights == 5


def test_a_trip_nobody_else_touched_is_saved(any_plan):
    person = _traveller(any_plan)
    edit = budget.set_trip(any_plan, person.id, D("700.00"), None, 1, None,
                           name=person.name, read=budget.trip_read(person))
    assert edit is not None
    run(any_plan, edit)
    assert _traveller(any_plan, person.id).ticket == D("700.00")


def test_lines_pasted_into_an_option_deleted_meanwhile_are_refused(any_plan):
    from consult_desktop.domain.budget_input import LineInput

    option = budget.budget(any_plan).compared[-1].option
    line = LineInput(category="other", description="Pasted", quantity=D(1), unit="lump sum",
                     unit_cost=D(100), currency=None, multiplier=D(1), source="")
    edit = budget.ImportLines(option.id, [line])
    run(any_plan, options.DeleteOption(option.id, option.label))  # as another desk would
    with pytest.raises(Conflicted) as refused:
        run(any_plan, edit)
    assert refused.value.deleted == [option.id]
    assert not any(line.description == "Pasted"
                   for c in budget.budget(any_plan).compared for line in c.lines)


def _import_dsa(plan):
    edit = budget.ImportRates("dsa", [("Switzerland", "Geneva", D("400.00"),
                                       dt.date(2017, 1, 1))])
    guarded = Guarded(edit)
    run(plan, guarded)
    return guarded


def _dsa_rows(plan):
    return budget.rate_tables(plan)[0]


def test_undoing_a_rates_import_over_someone_elses_later_rate_is_refused(any_plan,
                                                                         someone_else):
    from sqlalchemy import select

    from consult_desktop.store import budget_writes as bw

    guarded = _import_dsa(any_plan)
    with any_plan.read() as session:
        rate_id = session.scalar(select(bw.DSA_RATES.c.id).where(
            bw.DSA_RATES.c.location == "Geneva"))
    someone_else("dsa_rate", rate_id, location="Genève")
    with pytest.raises(Refused, match="someone else changed the rates since"):
        run(any_plan, guarded, "revert")
    assert [row[1] for row in _dsa_rows(any_plan)].count("Genève") == 1  # theirs kept


def test_a_rates_import_undone_and_redone_when_nobody_interfered(any_plan):
    before = _dsa_rows(any_plan)
    guarded = _import_dsa(any_plan)
    after = _dsa_rows(any_plan)
    run(any_plan, guarded, "revert")
    assert _dsa_rows(any_plan) == before
    run(any_plan, guarded)
    assert _dsa_rows(any_plan) == after
