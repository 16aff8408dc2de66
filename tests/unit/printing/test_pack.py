"""The meeting pack: cover, contents that point at the right pages, the documents in
order, the summary only once written, "x / y" on every page."""

from __future__ import annotations

import re

from sqlalchemy import select, update

from consult_desktop.services import printables
from consult_desktop.store.models import AgendaItem, Plan, SummarySection

from .helpers import HOSTILE, PAGE_NUMBER, flat, in_order, read_pages

TITLES = ("Provisional annotated agenda", "List of participants", "Budget", "Options note")


def demo_pack(demo_plan):
    with demo_plan.read() as session:
        return printables.load(session, demo_plan.plan_id, "pack")


def contents(pages: list[str]) -> dict[str, int]:
    return {title: int(number) for title, number in
            re.findall(r"([A-Z][A-Za-z ]+?)\s+(\d+)\n", pages[1])
            if title in (*TITLES, "Summary of discussions")}


def without_summary(demo_plan) -> None:
    with demo_plan.begin() as session:
        session.execute(SummarySection.__table__.delete())


def test_the_demo_pack_has_cover_contents_and_documents_in_order(demo_plan):
    without_summary(demo_plan)
    data = demo_pack(demo_plan)
    assert data.part("summary") is None
    pages = read_pages(printables.build("pack", data))
    assert "Meeting pack" in pages[0] and "Regional consultation" in pages[0]
    assert "Contents" in pages[1]
    listed = contents(pages)
    assert list(listed) == list(TITLES)  # no summary: left out without error
    headings = {**{t: t for t in TITLES}, "Options note": "migration: options"}
    for title, number in listed.items():
        assert headings[title] in pages[number - 1], f"{title} not on page {number}"
        if number > 3:  # the page before, unless it is the contents
            assert headings[title] not in pages[number - 2], f"{title} before page {number}"
    assert list(listed.values()) == sorted(listed.values())
    assert in_order(flat(pages), *TITLES)
    for number, page in enumerate(pages, start=1):
        assert (str(number), str(len(pages))) in PAGE_NUMBER.findall(page)
    # Each part opens with its own masthead.
    for number in (1, *listed.values()):
        page = pages[number - 1]
        assert "Economic and Social Council" in page and "Original: English" in page
        assert "Executive Committee (EXCOM)" in page
    # Each document's pages carry that document's symbol.
    assert "ECE/EX/2017/L.8" in pages[listed["Provisional annotated agenda"] - 1]
    assert "ECE/EX/2017/INF.4" in pages[listed["List of participants"] - 1]
    assert "ECE/EX/2017/L.7" in pages[-1]
    assert 8 <= len(pages) <= 16


def test_the_summary_joins_the_pack_once_written(demo_plan):
    plan_id = demo_plan.plan_id
    with demo_plan.begin() as session:
        item = session.scalar(select(AgendaItem.id).where(AgendaItem.number == "3"))
        session.add(SummarySection(plan_id=plan_id, position=0, kind="item",
                                   agenda_item_id=item, body="Delegations shared views."))
    pages = read_pages(printables.build("pack", demo_pack(demo_plan)))
    listed = contents(pages)
    assert list(listed) == [*TITLES, "Summary of discussions"]
    summary_page = pages[listed["Summary of discussions"] - 1]
    assert "ECE/EX/2017/L.9" in summary_page
    assert in_order(flat([summary_page]),
                    "I. Regional and subregional aspects of international migration "
                    "(agenda item 3)",
                    "1. Delegations shared views.")


def test_a_hostile_500_character_title_prints_whole(demo_plan):
    title = (" ".join(HOSTILE) + " ") * 30
    title = title[:500].strip()
    with demo_plan.begin() as session:
        session.execute(update(Plan).values(title=title, governing_body="AT&T <R&D>"))
    pages = read_pages(printables.build("pack", demo_pack(demo_plan)))
    assert flat([title]) in flat(pages[:1])
    firsts = [1, *contents(pages).values()]  # each part's masthead names the body
    assert all("AT&T <R&D>" in pages[number - 1] for number in firsts)
