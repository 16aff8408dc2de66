"""The provisional annotated agenda: Part I the numbered list of items, Part II the
annotations of each item with the documents cited, and a timetable by day and hour
where the times are known."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from itertools import groupby

from reportlab.platypus import Flowable, KeepTogether, Paragraph, TableStyle

from consult_desktop.domain.dates import day_and_date, on_day_and_date, time_of_day, time_range
from consult_desktop.domain.printed import Agenda, AgendaEntry
from consult_desktop.printing.cells import PlainTable, row_heights, wrapped
from consult_desktop.printing.page import FRAME_WIDTH, Part, build_pdf, title_block
from consult_desktop.printing.styles import (
    FONT,
    ITALIC,
    RULE,
    Styles,
    paragraphs,
    stylesheet,
    text,
)
from consult_desktop.printing.words import tr

CHUNK = 500
SIZE, LEADING = 8.5, 10.5  # the timetable's text
LEFT_PADDING, RIGHT_PADDING = 2, 6


SUB_ITEM = re.compile(r".*?\s*(\([^()]+\))")  # "3 (a)": its letter, "(a)"


def item_number(entry: AgendaEntry, *, in_list: bool = True, lang: str = "en") -> str:
    """An entry's number as UN agendas print it: "3." for an item, "(a)" for a sub-item
    in the list under its item (no full stop), "3 (a)" where it stands alone; French
    and Russian write the letter "a)"."""
    number = entry.number.strip()
    if not number:
        return ""
    letter = SUB_ITEM.fullmatch(number) if entry.parent_id is not None else None
    if letter:
        return sub_item_letter(letter.group(1), lang) if in_list else sub_item_number(
            number, lang)
    return number if number.endswith(".") or not in_list else f"{number}."


def sub_item_letter(letter: str, lang: str = "en") -> str:
    """"(a)" in English, "a)" in French and Russian."""
    return letter if lang == "en" else letter[1:]


def sub_item_number(number: str, lang: str = "en") -> str:
    """A sub-item's number standing alone (the timetable, a list of documents): "3 (a)"
    in English, "3 a)" in French and Russian; any other number as it is."""
    letter = SUB_ITEM.fullmatch(number.strip())
    if not letter:
        return number
    return number.replace(letter.group(1), sub_item_letter(letter.group(1), lang))


def numbered_title(entry: AgendaEntry, *, in_list: bool = True, lang: str = "en") -> str:
    """An entry's number and title as Part I (`in_list`) and the timetable print them
    (plain text: escape it for a Paragraph)."""
    number = item_number(entry, in_list=in_list, lang=lang)
    return f"{number}\u00a0\u00a0{entry.title}" if number else entry.title


def items(agenda: Agenda) -> list[AgendaEntry]:
    """The agenda items proper (no breaks, lunches or side events)."""
    return [entry for entry in agenda.items if entry.kind == "item"]


def part_one(agenda: Agenda, styles: Styles) -> list[Flowable]:
    lang = agenda.document.lang
    flow: list[Flowable] = [Paragraph(tr(lang, "I. Provisional agenda"), styles.heading)]
    for entry in items(agenda):
        style = styles.subitem if entry.parent_id is not None else styles.item
        flow.append(Paragraph(text(numbered_title(entry, lang=lang)), style))
    if not items(agenda):
        flow.append(Paragraph(tr(lang, "No agenda items yet."), styles.body))
    return flow


def part_two(agenda: Agenda, styles: Styles) -> list[Flowable]:
    lang = agenda.document.lang
    flow: list[Flowable] = [Paragraph(tr(lang, "II. Annotations to the provisional agenda"),
                                      styles.heading)]
    for entry in items(agenda):
        number = f"{text(item_number(entry, lang=lang))} " if entry.number.strip() else ""
        opening: list[Flowable] = [Paragraph(f"{number}{text(entry.title)}",
                                             styles.subheading)]
        times = when(entry, lang=lang)
        if times:
            opening.append(Paragraph(f"<i>{text(times)}</i>", styles.note))
        people = []
        if entry.chair:
            people.append(tr(lang, "Chair: {name}", name=text(entry.chair)))
        if entry.speakers:
            people.append(tr(lang, "Speakers: {names}", names=text(", ".join(entry.speakers))))
        if people:
            opening.append(Paragraph("; ".join(people), styles.note))
        flow.append(KeepTogether(opening))  # an item's title never ends a page alone
        # Paragraphs (never table cells) so a long annotation splits across pages.
        flow.extend(Paragraph(part, styles.body) for part in paragraphs(entry.annotation))
        if entry.documents:
            flow.append(KeepTogether([  # the heading never ends a page alone
                Paragraph(f"<b>{tr(lang, 'Documentation')}</b>", styles.body),
                Paragraph("<br/>".join(documentation(symbol, agenda.document_titles, lang)
                                       for symbol in entry.documents), styles.note)]))
    return flow


def cited_title(line: str, titles: dict[str, str], lang: str = "en") -> str:
    """The title printed after a symbol under Documentation, in the document's language
    (a printed document's own title, "Summary of discussions", from the catalogs; one
    written elsewhere comes translated already); "" for a line that is no symbol."""
    title = titles.get(line.strip(), "")
    return tr(lang, title) if title else ""


def documentation(line: str, titles: dict[str, str], lang: str = "en") -> str:
    """A line of an item's Documentation, as markup: a symbol of the plan's own
    documents with its title after it in italics, any other line as typed."""
    title = cited_title(line, titles, lang)
    return f"{text(line)}\u2003<i>{text(title)}</i>" if title else text(line)


def when(entry: AgendaEntry, day: Callable[[dt.date], str] | None = None,
         hours: Callable[[dt.time, dt.time | None], str] | None = None,
         lang: str = "en") -> str:
    """"Friday, 3 November 2017, 10 a.m.\u20131 p.m., Room XII" (plain text) in `lang`;
    `day` and `hours`, when given, write the date and the times instead."""
    parts = []
    if entry.day:
        parts.append(day(entry.day) if day else day_and_date(entry.day, lang))
    if entry.start:
        parts.append(hours(entry.start, entry.end) if hours
                     else time_range(entry.start, entry.end, lang))
    if entry.room:
        parts.append(entry.room)
    return ", ".join(parts)


def timed_entries(agenda: Agenda) -> list[AgendaEntry]:
    """The entries with a day and a time, in the order of the day and the hour."""
    return sorted((e for e in agenda.items if e.day is not None and e.start is not None),
                  key=lambda e: (e.day, e.start))


def timetable(agenda: Agenda, styles: Styles) -> list[Flowable]:
    """The timed entries by day and hour, in plain-string cells: breaks and lunches in
    italics, each title wrapped to its column."""
    timed = timed_entries(agenda)
    if not timed:
        return []
    lang = agenda.document.lang
    flow: list[Flowable] = [Paragraph(tr(lang, "III. Timetable"), styles.heading)]
    widths = [FRAME_WIDTH * 0.2, FRAME_WIDTH * 0.8]
    room = [width - LEFT_PADDING - RIGHT_PADDING for width in widths]
    for day, day_entries in groupby(timed, key=lambda e: e.day):
        flow.append(Paragraph(day_and_date(day, lang), styles.subheading))
        rows: list[list[str]] = []
        italic: list[int] = []
        for entry in day_entries:
            times = time_range(entry.start, entry.end, lang) if entry.start else ""
            if entry.kind != "item":
                italic.append(len(rows))
            font = FONT if entry.kind == "item" else ITALIC
            rows.append([wrapped(times, FONT, SIZE, room[0]),
                         wrapped(numbered_title(entry, in_list=False, lang=lang), font, SIZE,
                                 room[1])])
        for first in range(0, len(rows), CHUNK):
            chunk = rows[first:first + CHUNK]
            table = PlainTable(chunk, colWidths=widths, rowHeights=row_heights(chunk, LEADING),
                               splitInRow=1)  # a title taller than a page
            table.setStyle(TableStyle([
                ("FONT", (0, 0), (-1, -1), FONT, SIZE, LEADING),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), LEFT_PADDING),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                *(("FONT", (1, row - first), (1, row - first), ITALIC, SIZE, LEADING)
                  for row in italic if first <= row < first + CHUNK),
            ]))
            flow.append(table)
    return flow


def opening(agenda: Agenda) -> str:
    """Where and when the meeting opens, in running text: "The meeting will be held at
    Palais des Nations, Geneva, starting at 10 a.m. on Friday, 3 November 2017." (plain
    text; empty while no item has a day and a time)."""
    timed = timed_entries(agenda)
    if not timed:
        return ""
    first = timed[0]
    lang = agenda.document.lang
    values = {"time": time_of_day(first.start, lang),  # type: ignore[arg-type]
              "on_day": on_day_and_date(first.day, lang)}  # type: ignore[arg-type]
    venue = agenda.meeting.venue.strip()
    if venue:
        return tr(lang, "The meeting will be held at {venue}, starting at {time} {on_day}.",
                  venue=venue, **values)
    return tr(lang, "The meeting will start at {time} {on_day}.", **values)


def story(agenda: Agenda, styles: Styles | None = None) -> list[Flowable]:
    styles = styles or stylesheet()
    flow = title_block(agenda.meeting, tr(agenda.document.lang, agenda.document.title))
    if opening(agenda):
        flow.append(Paragraph(text(opening(agenda)), styles.body))
    return [*flow, *part_one(agenda, styles), *part_two(agenda, styles),
            *timetable(agenda, styles)]


def part(agenda: Agenda) -> Part:
    return Part(agenda.document, story(agenda))


def build(agenda: Agenda) -> bytes:
    return build_pdf(agenda.meeting, [part(agenda)], lang=agenda.document.lang)
