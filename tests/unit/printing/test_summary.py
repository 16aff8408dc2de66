"""The summary of discussions, from the plan's summary sections."""

from __future__ import annotations

from consult_desktop.domain.printed import Summary, SummaryEntry
from consult_desktop.printing import summary

from .helpers import HOSTILE, a_meeting, check_every_page, flat, in_order, info, read_pages


def test_sections_print_in_order_with_numbered_paragraphs():
    sections = [
        SummaryEntry("", "Delegations welcomed the meeting.\n\nThey noted the work.",
                     kind="item", item_number="3", item_title="Regional aspects"),
        SummaryEntry("Key messages", "Migration is regional.", kind="key_messages"),
        SummaryEntry("", "Hold a follow-up.", kind="recommendations"),
    ]
    pages = read_pages(summary.build(Summary(a_meeting(), info("summary"), sections)))
    assert in_order(flat(pages), "Summary", "I. Regional aspects (agenda item 3)",
                    "1. Delegations welcomed", "2. They noted", "II. Key messages",
                    "3. Migration is regional.", "III. Recommendations",
                    "4. Hold a follow-up.")
    check_every_page(pages, "Conference of European Statisticians", "ECE/CES/2026/1")


def test_hostile_headings_and_bodies_print_as_typed():
    sections = [SummaryEntry(text, text) for text in HOSTILE]
    text = flat(read_pages(summary.build(Summary(a_meeting(), info("summary"), sections))))
    for hostile in HOSTILE:
        assert text.count(hostile) == 2


def test_bulleted_lists_print_as_bullets_not_as_typed_dashes():
    body = "Delegations stressed:\n- reliable statistics;\n• the needs of older migrants.\n\nDone."
    flow = summary.story(Summary(a_meeting(), info("summary"), [SummaryEntry("Views", body)]))
    marks = [(p.getPlainText(), p.bulletText) for p in flow if getattr(p, "bulletText", None)]
    assert marks == [("Delegations stressed:", "1."), ("reliable statistics;", "\u2022"),
                     ("the needs of older migrants.", "\u2022"), ("Done.", "2.")]
    text = flat(read_pages(summary.build(Summary(a_meeting(), info("summary"),
                                                 [SummaryEntry("Views", body)]))))
    assert "- reliable" not in text and in_order(text, "reliable statistics;", "2. Done.")


def test_chapters_take_roman_numbers():
    assert [summary.roman(n) for n in (1, 4, 9, 14, 40, 1990)] == [
        "I", "IV", "IX", "XIV", "XL", "MCMXC"]
