"""Putting rows back exactly as they were, for undo."""

from __future__ import annotations

from consult_desktop.store import budget_queries as bq
from consult_desktop.store import budget_writes as bw


def test_a_deleted_option_comes_back_with_its_lines_and_ids(any_plan):
    with any_plan.read() as session:
        before = bq.comparison(session, any_plan.plan_id)
    option_id = before[0].option.id
    with any_plan.begin() as session:
        option, lines = bw.snapshot_option(session, option_id)
        bw.delete_ids(session, bw.OPTIONS, [option_id])
    with any_plan.read() as session:
        assert [c.option.label for c in bq.comparison(session, any_plan.plan_id)] == ["b"]
        assert bq.line_rows(session, any_plan.plan_id, option_id) == []
    with any_plan.begin() as session:
        bw.restore_option(session, option, lines)
    with any_plan.read() as session:
        assert bq.comparison(session, any_plan.plan_id) == before


def test_a_copy_has_new_ids_the_same_lines_and_no_decision(any_plan):
    with any_plan.read() as session:
        (a, b) = bq.options(session, any_plan.plan_id)
    with any_plan.begin() as session:
        option, lines = bw.copy_of_option(session, any_plan.plan_id, a.id, "c", "Copy of (a)")
        bw.restore_option(session, option, lines)
    with any_plan.read() as session:
        options = bq.comparison(session, any_plan.plan_id)
    assert [c.option.label for c in options] == ["a", "b", "c"]
    original, copy = options[0], options[2]
    assert copy.option.id not in (a.id, b.id) and copy.option.status == "proposed"
    assert copy.totals == original.totals
    assert [line.description for line in copy.lines] == [x.description for x in original.lines]


def test_sources_can_swap_names_and_a_removed_source_unlinks_its_lines(any_plan):
    with any_plan.read() as session:
        xb, rb = bw.rows_where(session, bw.SOURCES)
        links = bw.source_links(session)
    with any_plan.begin() as session:
        bw.write_sources(session, any_plan.plan_id,
                         [{**xb, "name": rb["name"]}, {**rb, "name": xb["name"]}], {})
    with any_plan.read() as session:
        names = [s.name for s in bq.funding_sources(session, any_plan.plan_id)]
        assert names == ["Regular budget", "Extrabudgetary"]
    with any_plan.begin() as session:
        bw.write_sources(session, any_plan.plan_id, [xb], {})
    with any_plan.read() as session:
        names = [s.name for s in bq.funding_sources(session, any_plan.plan_id)]
        assert names == ["Extrabudgetary"]
        assert None in bw.source_links(session).values()
    with any_plan.begin() as session:
        bw.write_sources(session, any_plan.plan_id, [xb, rb], links)
    with any_plan.read() as session:
        assert bw.source_links(session) == links
        assert [s.lines for s in bq.funding_sources(session, any_plan.plan_id)] == [8, 1]
