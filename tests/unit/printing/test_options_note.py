"""The options note: shaped like the secretariat's note to the governing body."""

from __future__ import annotations

import re

from consult_desktop.domain.printed import OptionNote, OptionsNote
from consult_desktop.printing import options_note
from consult_desktop.store import print_data

from .helpers import HOSTILE, a_meeting, check_every_page, flat, in_order, info, read_pages


def test_the_demo_note_has_mandate_options_timing_and_guidance_in_order(demo_plan):
    with demo_plan.read() as session:
        data = print_data.options_note(session, demo_plan.plan_id)
    pages = read_pages(options_note.build(data))
    text = flat(pages)

    assert in_order(
        text, "Regional consultation on the global compact for migration: options",
        "Note by the secretariat", "I. Background and mandate",
        "Draft General Assembly resolution A/71/L.58, paragraph 22 (a)",
        "II. Options", "The secretariat has explored two options:",
        "(a) Full-fledged regional consultation",
        "2 and 3 November 2017; two days; Palais des Nations",
        # Whole dollars, as UN documents write sums in running text.
        "Cost: $157,974, including programme support costs of $18,174",
        "Resources needed:", "Benefits:", "Risks: Duplicating",
        "(b) Extended session of EXCOM", "Cost: $23,425",
        "III. Timing", "7 April 2017: EXCOM guidance on the options",
        "10 and 11 October 2017: 7th Global Meeting", "27\u201329 November 2017",
        "IV. Guidance sought",
        "The Executive Committee (EXCOM) is invited to provide guidance",
        "on options (a) and (b)",
    )
    numbers = [int(n) for n in re.findall(r"(?:^|\n)(\d+)\.\s", "\n".join(pages))]
    assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) >= 5
    check_every_page(pages, "Executive Committee (EXCOM)", "ECE/EX/2017/L.7", "Limited")


def test_hostile_option_text_prints_as_typed():
    options = [OptionNote(label="a", title=HOSTILE[0], description=HOSTILE[1],
                          resources_needed=HOSTILE[2], benefits=HOSTILE[3], risks="x" * 20000)]
    pages = read_pages(options_note.build(OptionsNote(a_meeting(), info("options_note"),
                                                      options)))
    text = flat(pages)
    assert in_order(text, f"(a) {HOSTILE[0]}", HOSTILE[1], f"Resources needed: {HOSTILE[2]}",
                    f"Benefits: {HOSTILE[3]}", "Risks: xxx")
    # Split over pages (headers come between the parts), none lost.
    assert sum(len(run) for run in re.findall(r"x{50,}", text.replace(" ", ""))) == 20000
    assert len(pages) >= 3


def test_an_empty_plan_asks_the_governing_body_without_a_stray_article():
    from dataclasses import replace

    for body, expected in (("", "the governing body"), ("The Bureau", "The Bureau"),
                           ("Executive Committee", "the Executive Committee")):
        note = OptionsNote(replace(a_meeting(), governing_body=body), info("options_note"), [])
        text = flat(read_pages(options_note.build(note)))
        assert f"seeks the guidance of {expected}." in text.replace("of The", "of The")
        assert "the the" not in text.casefold() and "the The" not in text


def test_counts_under_ten_are_words_and_the_noun_agrees():
    assert options_note.count(1, "option") == "one option"
    assert options_note.count(2, "day") == "two days"
    assert options_note.count(12, "participant") == "12 participants"
    assert options_note.count(1200, "participant") == "1,200 participants"


def test_once_an_option_is_chosen_the_note_says_so_instead_of_inviting_guidance():
    options = [OptionNote("a", "Full consultation"),
               OptionNote("b", "Extended session", status="chosen")]
    text = flat(read_pages(options_note.build(OptionsNote(a_meeting(), info("options_note"),
                                                          options))))
    assert in_order(text, "III. Decision", "The Conference of European Statisticians chose "
                    "option (b), Extended session.")
    assert "Guidance sought" not in text and "invited to provide guidance" not in text
    one = OptionsNote(a_meeting(), info("options_note"), options[:1])
    assert "guidance to the secretariat on option (a) for" in flat(
        read_pages(options_note.build(one)))
