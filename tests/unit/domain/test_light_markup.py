"""The summary's light markup: paragraphs and bullets from plain text."""

from __future__ import annotations

import pytest

from consult_desktop.domain.light_markup import Bullets, Paragraph, parse, to_html


@pytest.mark.parametrize(("text", "blocks"), [
    ("", []),
    ("One line.", [Paragraph("One line.")]),
    ("Two lines\nof one paragraph.", [Paragraph("Two lines of one paragraph.")]),
    ("First.\n\n\nSecond.", [Paragraph("First."), Paragraph("Second.")]),
    ("- a\n• b\n* c", [Bullets(("a", "b", "c"))]),
    ("Intro:\n- a\n  continued\n- b\n\nAfter.",
     [Paragraph("Intro:"), Bullets(("a continued", "b")), Paragraph("After.")]),
    ("- a\n\n- b", [Bullets(("a",)), Bullets(("b",))]),
    ("-not a bullet\n\u2013dash", [Paragraph("-not a bullet \u2013dash")]),
    ("line\r\n\r\nnext", [Paragraph("line"), Paragraph("next")]),
])
def test_blank_lines_split_paragraphs_and_markers_start_bullets(text, blocks):
    assert parse(text) == blocks


def test_the_preview_escapes_what_a_person_typed():
    html = to_html(parse("AT&T <R&D>\n- x<y"))
    assert "<p>AT&amp;T &lt;R&amp;D&gt;</p>" in html
    assert "<ul><li>x&lt;y</li></ul>" in html
