"""The benchmarks' synthetic plans keep up with the schema and the domain: a field added
to a participant must not break `python -m benchmarks` (no test times anything)."""

from __future__ import annotations

from benchmarks import synthetic
from consult_desktop.domain.participants import Person


def test_the_synthetic_people_are_the_rows_written_to_a_plan() -> None:
    rows = synthetic.participant_rows(0, 20)
    found = synthetic.people(20)
    assert all(isinstance(person, Person) for person in found)
    assert [p.family_name for p in found] == [row["family_name"] for row in rows]
    assert sum(p.travel_requested for p in found) == sum(bool(r["travel_requested"])
                                                         for r in rows) > 0


def test_a_small_synthetic_plan_opens_with_its_people(tmp_path) -> None:
    from consult_desktop.services.participants import people
    from consult_desktop.store.plan_file import open_plan

    path = synthetic.write_plan(tmp_path / "small.consult", 30, agenda_items=5, options=2,
                                lines=3)
    plan = open_plan(path)
    try:
        assert len(people(plan)) == 30
    finally:
        plan.close()
