"""The summary's slots follow the agenda; a section whose item is gone keeps its text."""

from __future__ import annotations

from consult_desktop.domain.summary_slots import AgendaEntry, Section, build_slots


def test_a_slot_per_item_then_the_fixed_ones_then_the_rest():
    agenda = [AgendaEntry(1, "1", "Opening", 0), AgendaEntry(2, "3 (a)", "Outcomes", 3)]
    sections = [Section(7, 3, "item", 2, "Outcomes", "Said."),
                Section(8, 10_000, "key_messages", None, "Key messages", "Key."),
                Section(9, 4, "item", 99, "Deleted item", "Kept."),
                Section(10, 10_002, "general", None, "", "Loose.")]
    slots = build_slots(agenda, sections)
    assert [s.heading for s in slots] == ["1. Opening", "3 (a) Outcomes", "Key messages",
                                          "Recommendations", "Deleted item",
                                          "Untitled section"]
    assert [s.body for s in slots] == ["", "Said.", "Key.", "", "Kept.", "Loose."]
    assert [s.section_id for s in slots] == [None, 7, 8, None, 9, 10]
    assert slots[0].stored_heading == "Opening" and slots[4].key == "section:9"
