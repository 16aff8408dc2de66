"""How long the meeting pack takes to print, against a plain ReportLab build of the
same content measured in the same run.

The pack: 1,000 participants (then 10,000) and 60 agenda items with annotations,
plus the budget and the options note. The baseline lays out the same agenda paragraphs,
timetable, budget lines and participant rows (plain-string cells, already broken into
lines as the pack breaks them, in tables of 500 rows) in DejaVu Sans,
with a SimpleDocTemplate: no headers, no "x / y" numbering, no contents, no grouping,
no measuring of columns. Both run in turn, several times; medians and spread are shown.
Goals: pack <= 1.3 x baseline and <= 1.5 s at 1,000 participants; <= 3 s at 10,000.
"""

from __future__ import annotations

import datetime as dt
import io
import random
from decimal import Decimal
from typing import Any

from benchmarks.common import Result, Sample, compare, interleaved, timed
from consult_desktop.domain import budget as rules
from consult_desktop.domain import printed

COUNTRIES = "AT BE BG CA CH CY CZ DE DK EE ES FI FR GB GR HR HU IE IT KZ MX RU TR UA US".split()
CATEGORIES = ("member_state",) * 6 + ("other_state", "un_body", "igo", "ngo", "expert")
GIVEN = ("Élodie", "Алексей", "Jonas", "Aigerim", "Zeynep", "Marco", "Ana", "Luis", "Grace")
FAMILY = ("Marchand", "Воронцов", "Albrecht", "Seitkali", "Aydın", "Bellini", "Petrović")


def sample_pack(people: int, items: int = 60, seed: int = 1) -> printed.Pack:
    rnd = random.Random(seed)
    day = dt.date(2026, 5, 4)
    meeting = printed.Meeting("Regional consultation on migration", "ECE",
                              "Executive Committee (EXCOM)", "Geneva", day, day,
                              mandate="Resolution 71/1, paragraph 22. " * 20)

    def info(kind: str) -> printed.DocumentInfo:
        return printed.DocumentInfo(kind, kind.capitalize(), f"ECE/EX/2026/{kind}", day)

    persons = [
        printed.Person(f"{rnd.choice(FAMILY)}{n}", rnd.choice(GIVEN), "Ms.",
                       "Deputy Permanent Representative", "Permanent Mission",
                       rnd.choice(COUNTRIES), rnd.choice(CATEGORIES))
        for n in range(people)
    ]
    entries = [
        printed.AgendaEntry(n, f"Agenda item number {n} on regional aspects", number=str(n),
                            annotation="The Committee will consider the matter. " * 12,
                            documents=(f"ECE/EX/2026/L.{n}",), day=day,
                            start=dt.time(9 + n % 9, n % 60))
        for n in range(1, items + 1)
    ]
    lines = [rules.Line("consultants", Decimal(2), Decimal(11000), psc_rate=Decimal("0.13"),
                        source="Extrabudgetary")]
    rows = [printed.BudgetRow("consultants", "Consultant", Decimal(2), "work_month",
                              Decimal(11000), Decimal(1), lines[0].amount, "Extrabudgetary")]
    option = printed.OptionBudget("a", "Full consultation", rows, rules.totals(lines))
    note = printed.OptionNote("a", "Full consultation", description="A meeting. " * 20,
                              total=option.totals.total, psc=option.totals.psc)
    return printed.Pack(meeting, info("pack"), parts=(
        ("agenda", printed.Agenda(meeting, info("agenda"), entries)),
        ("participants", printed.ParticipantList(meeting, info("participants"), persons,
                                                 frozenset(COUNTRIES[:15]))),
        ("budget", printed.Budget(meeting, info("budget"), [option])),
        ("options_note", printed.OptionsNote(meeting, info("options_note"), [note])),
    ))


def ours(data: printed.Pack) -> bytes:
    from consult_desktop.services import printables

    return printables.build("pack", data)


def same_cells(data: printed.Pack) -> tuple[list[list[str]], list[float]]:
    """The participant rows as the pack's tables hold them (lines already broken), and
    the column widths, made before the baseline's clock starts."""
    from consult_desktop.printing import participants
    from consult_desktop.printing.cells import wrapped
    from consult_desktop.printing.styles import register_fonts

    register_fonts()
    part: dict[str, Any] = dict(data.parts)
    widths = participants.column_widths(part["participants"].columns)
    rows = [[wrapped(text, participants.FONT, participants.SIZE, width - 12)
             for text, width in zip((participants.country_name(p.country), p.full_name,
                                     p.function, p.organisation), widths, strict=True)]
            for p in part["participants"].people]
    return rows, widths


def baseline(data: printed.Pack, cells: tuple[list[list[str]], list[float]]) -> bytes:
    """The same paragraphs and rows, laid out plainly."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table

    from consult_desktop.printing.styles import stylesheet, text

    styles = stylesheet()
    part: dict[str, Any] = dict(data.parts)
    rows, widths = cells
    story: list = []
    for entry in part["agenda"].items:
        story.append(Paragraph(f"{entry.number}. {text(entry.title)}", styles.item))
    for entry in part["agenda"].items:
        story += [Paragraph(text(entry.title), styles.subheading),
                  Paragraph(text(entry.annotation), styles.body)]
    story.append(PageBreak())
    for first in range(0, len(rows), 500):
        story.append(Table(rows[first:first + 500], colWidths=widths,
                           style=[("FONT", (0, 0), (-1, -1), "DejaVuSans", 8.5, 10.5)]))
    story.append(Table([[f"{e.start:%H:%M}", f"{e.number}. {e.title}"]
                        for e in part["agenda"].items if e.start]))
    story.append(PageBreak())
    story.append(Table([[r.description, r.category, str(r.quantity), str(r.unit_cost),
                         str(r.amount), r.source]
                        for o in part["budget"].options for r in o.rows]))
    story.append(PageBreak())
    story.append(Paragraph(text(part["options_note"].options[0].description), styles.body))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


def participants_cache_clear() -> None:
    """Forget the wrapped cells and words measured, so each run measures them again."""
    from consult_desktop.printing.cells import forget_measures

    forget_measures()


def measure(people: int, runs: int) -> tuple[Sample, Sample]:
    data = sample_pack(people)
    cells = same_cells(data)
    ours(data), baseline(data, cells)  # warm up: imports, font registration

    def mine() -> float:
        participants_cache_clear()
        return timed(lambda: ours(data))

    return interleaved(runs, mine, lambda: timed(lambda: baseline(data, cells)))


def run(runs: int, sizes: tuple[int, ...]) -> list[Result]:
    results = []
    for people in sizes:
        mine, plain = measure(people, runs if people <= 1000 else max(3, runs // 2))
        limits = {"at_most": 1500.0, "ratio_at_most": 1.3} if people <= 1000 else \
            {"at_most": 3000.0}
        results.append(compare(f"meeting pack PDF, {people:,} participants, 60 items", mine,
                               plain, "ms", baseline_name="plain ReportLab", paired=True,
                               **limits))
    return results
