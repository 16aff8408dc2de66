"""The list of participants: grouped by category in UN order, States in the
alphabetical order of their names, the columns chosen at print time, a count per
group. Large lists go out as tables of 500 rows: one table of 10,000 rows takes
ReportLab four times as long."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table, TableStyle

from consult_desktop.domain import countries, names, vocab
from consult_desktop.domain.folding import order_key
from consult_desktop.domain.printed import (
    CONTACT_COLUMNS,
    PARTICIPANT_COLUMNS,
    Meeting,
    ParticipantList,
    Person,
)
from consult_desktop.printing.cells import PlainTable, longest_word, row_heights, wrapped
from consult_desktop.printing.masthead import fit
from consult_desktop.printing.page import FRAME_WIDTH, Part, build_pdf, title_block
from consult_desktop.printing.styles import BOLD, FONT, RULE, SHADE, Styles, stylesheet, text
from consult_desktop.printing.words import N_, ntr, tr

CHUNK = 500
SIZE, SMALL, LEADING, PADDING = 8.5, 7.5, 10.5, 6  # PADDING: ReportLab's, each side
STATES = ("member_state", "other_state")
# Relative widths of the columns; the delegation column takes what is left.
WIDTHS = {"name": 2.8, "function": 2.6, "organisation": 2.8, "email": 4.0, "phone": 2.0}


def country_name(code: str | None, lang: str = "en") -> str:
    return countries.name(code, lang) if code else ""


def group_of(person: Person, member_states: frozenset[str]) -> str:
    """The person's group: a State's delegate is in the member States' group when the
    State is a member of the body, whatever category was typed."""
    if person.category in STATES and member_states and person.country:
        return "member_state" if person.country.upper() in member_states else "other_state"
    return person.category


def delegation(person: Person, lang: str = "en") -> str:
    if person.category in STATES:
        return (country_name(person.country, lang) or person.organisation
                or tr(lang, "(no country)"))
    return person.organisation or tr(lang, "(no organization)")


def grouped(data: ParticipantList) -> list[tuple[str, list[tuple[str, list[Person]]]]]:
    """(group code, [(delegation, people)]) in UN order; delegations in the
    alphabetical order of the document's language, each led by its head (see
    delegation_order)."""
    lang = data.document.lang
    groups: dict[str, dict[str, list[Person]]] = defaultdict(lambda: defaultdict(list))
    for person in data.people:
        groups[group_of(person, data.member_states)][delegation(person, lang)].append(person)
    ordered: list[tuple[str, list[tuple[str, list[Person]]]]] = []
    for code in (*vocab.codes(vocab.PARTICIPANT_CATEGORIES), *sorted(groups)):
        if code not in groups or any(code == done for done, _ in ordered):
            continue
        delegations = sorted(groups[code].items(), key=lambda item: order_key(item[0], lang))
        ordered.append((code, [(name, sorted(people, key=delegation_order))
                               for name, people in delegations]))
    return ordered


def delegation_order(person: Person) -> tuple[bool, bool, int, tuple[str, str]]:
    """The head of delegation first, then the order of rank given, then those without
    a rank by family name."""
    return (not person.head_of_delegation, person.rank is None, person.rank or 0,
            names.sort_key(person.family_name, person.given_name))


GROUP_TITLES = {
    "un_secretariat": N_("United Nations Secretariat"),
    "un_body": N_("United Nations bodies and regional commissions"),
    "specialized_agency": N_("Specialized agencies"),
    "igo": N_("Intergovernmental organizations"),
    "ngo": N_("Non-governmental organizations and other stakeholders"),
    "expert": N_("Experts"),
    "secretariat": N_("Secretariat"),
}


def group_title(code: str, body: str, meeting: Meeting | None = None,
                lang: str = "en") -> str:
    """A group's heading: the States' in the body's own words where the plan gives
    them ("States members of the Commission"), else named after the commission or the
    body."""
    named = (meeting.commission or body) if meeting else body
    if code == "member_state":
        if meeting and meeting.members_heading.strip():
            return tr(lang, meeting.members_heading.strip())
        return tr(lang, "States members of the {body}", body=named) if named \
            else tr(lang, "Member States")
    if code == "other_state":
        if meeting and meeting.non_members_heading.strip():
            return tr(lang, meeting.non_members_heading.strip())
        return tr(lang, "States not members of the {body}", body=named) if named \
            else tr(lang, "Other States")
    if code in GROUP_TITLES:
        return tr(lang, GROUP_TITLES[code])
    return vocab.label(vocab.PARTICIPANT_CATEGORIES, code)


def cell(person: Person, column: str, lang: str = "en") -> str:
    return person.name_in(lang) if column == "name" else str(getattr(person, column) or "")


def column_widths(columns: tuple[str, ...],
                  minimums: list[float] | None = None) -> list[float]:
    """The columns' widths across the frame, by weight; a column whose longest word
    would not fit (`minimums`, padding included) is widened at the others' expense, so
    words are cut only when the page cannot hold them all."""
    weights = [3.0, *(WIDTHS[c] for c in columns)]
    widths = [FRAME_WIDTH * w / sum(weights) for w in weights]
    if not minimums or sum(minimums) > FRAME_WIDTH:
        return widths
    fixed: set[int] = set()
    while True:
        short = [n for n, w in enumerate(widths) if n not in fixed and w < minimums[n]]
        if not short:
            return widths
        fixed.update(short)
        left = FRAME_WIDTH - sum(minimums[n] for n in fixed)
        free = sum(w for n, w in enumerate(weights) if n not in fixed)
        widths = [minimums[n] if n in fixed else left * weights[n] / free
                  for n in range(len(weights))]


class DelegationTable(PlainTable):
    """A table of people that, when it runs onto a new page, names the delegation of
    the page's first row again, "(continued)", so no page starts with nameless rows."""

    continued: tuple[str, ...] = ()  # a row: what to show atop a page ("": its own)
    group = ""  # the group's heading, repeated "(continued)" above a part on a new page
    lang = "en"
    heading_again = ""
    _heading_width = 0.0

    def _heading(self, width: float) -> tuple[float, tuple[str, ...]]:
        """The heading's size and lines: shrunk to the width, or wrapped, never cut."""
        if not self.heading_again:
            return 0.0, ()
        return fit(self.heading_again, BOLD, (12, 8), width, 1)

    def _room(self, width: float) -> float:
        size, lines = self._heading(width)
        return size * 1.2 * len(lines) + 8 if lines else 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._heading_width = available_width
        room = self._room(available_width)
        width, height = super().wrap(available_width, available_height - room)
        return width, height + room

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        size, lines = self._heading(self._heading_width)
        if lines:  # first, so that it reads before the rows
            canvas.saveState()
            canvas.setFont(BOLD, size)
            top = y + self._height + self._room(self._heading_width) - 4
            for number, line in enumerate(lines):
                canvas.drawString(x, top - size * (1 + 1.2 * number), line)
            canvas.restoreState()
        super().drawOn(canvas, x, y, _sW)

    def split(self, width: float, height: float) -> list[Flowable]:
        parts = super().split(width, height - self._room(width))
        if len(parts) == 2 and isinstance(parts[1], DelegationTable):
            first, rest = parts
            first.group, rest.group = self.group, self.group
            first.lang, rest.lang = self.lang, self.lang
            first.heading_again = self.heading_again
            rest.heading_again = tr(self.lang, "{name} (continued)", name=self.group) \
                if self.group else ""
            # 1 when a row too tall for a page was split in two (splitInRow).
            cut = len(first._cellvalues) + len(rest._cellvalues) - 1 - len(self._cellvalues)
            rest.continued = ("", *self.continued[len(first._cellvalues) - cut:])
            if len(rest._cellvalues) > 1 and len(rest.continued) > 1 and rest.continued[1]:
                rest._cellvalues[1] = [rest.continued[1], *rest._cellvalues[1][1:]]
        return parts


def tables(rows: list[list[str]], header: list[str], widths: list[float],
           starts: list[int], small: list[int], continued: list[str],
           group: str = "", lang: str = "en") -> Iterable[Table]:
    """The rows as tables of at most CHUNK rows, each repeating the column headings,
    cut between delegations where one ends in the chunk; `starts` are the rows that
    open a delegation (a rule above them)."""
    first = 0
    while first < len(rows):
        end = first + CHUNK
        if end < len(rows):
            end = max((row for row in starts if first < row <= end), default=end)
        chunk = rows[first:end]
        # Few commands over the whole table: each is applied cell by cell, and with
        # 500 rows that is most of the cost of styling. Paddings are ReportLab's.
        commands = [
            ("FONT", (0, 0), (-1, -1), FONT, SIZE, LEADING),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONT", (0, 0), (-1, 0), BOLD, SIZE, LEADING),
            ("FONT", (0, 1), (0, -1), BOLD, SIZE, LEADING),
            *(("FONT", (c, 1), (c, -1), FONT, SMALL, LEADING) for c in small),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
        ]
        commands += [("LINEABOVE", (0, row - first + 1), (-1, row - first + 1), 0.3, RULE)
                     for row in starts if first < row < end]
        if continued[first]:  # a chunk that begins inside a delegation
            chunk[0] = [continued[first], *chunk[0][1:]]
        # A row taller than a page (a very long name in a narrow column) splits.
        table = DelegationTable([header, *chunk], colWidths=widths, repeatRows=1,
                                splitInRow=1, rowHeights=row_heights([header, *chunk], LEADING))
        table.setStyle(TableStyle(commands))
        table.continued = ("", *continued[first:end])
        table.group = group
        table.lang = lang
        yield table
        first = end


def story(data: ParticipantList, styles: Styles | None = None) -> list[Flowable]:
    styles = styles or stylesheet()
    lang = data.document.lang
    columns = tuple(c for c, _ in PARTICIPANT_COLUMNS if c in data.columns)
    headings = {key: tr(lang, heading) for key, heading in PARTICIPANT_COLUMNS}
    body = data.meeting.governing_body or data.meeting.organiser
    groups = grouped(data)
    total = sum(len(p) for _, delegations in groups for _, p in delegations)
    flow: list[Flowable] = title_block(
        data.meeting, tr(lang, data.document.title),
        ntr(lang, "{count} participant", "{count} participants", total))
    for code, delegations in groups:
        # An organization's name heads its rows: no need to repeat it in a column.
        shown = columns if code in STATES else tuple(c for c in columns if c != "organisation")
        people_here = [p for _, people in delegations for p in people]
        # Contact columns that nobody in the group fills are left out.
        shown = tuple(c for c in shown if c not in CONTACT_COLUMNS
                      or any(getattr(p, c) for p in people_here))
        minimums = [longest_word({name for name, _ in delegations}, BOLD, SIZE)] + [
            longest_word({cell(p, c, lang) for p in people_here}, FONT,
                         SMALL if c in CONTACT_COLUMNS else SIZE)
            for c in shown]
        widths = column_widths(shown, [m + 2 * PADDING + 1 for m in minimums])
        room = [w - 2 * PADDING for w in widths]
        count = sum(len(people) for _, people in delegations)
        # Not "keep with next": a heading kept with a 500-row table would push the
        # whole table to the next page. Start a new page only when the room is short.
        flow.append(CondPageBreak(4 * cm))
        title = group_title(code, body, data.meeting, lang)
        flow.append(Paragraph(f"{text(title)} ({count})", styles.group_heading))
        header = [tr(lang, "State") if code in STATES else tr(lang, "Organization"),
                  *(headings[c] for c in shown)]
        rows: list[list[str]] = []
        starts: list[int] = []
        continued: list[str] = []
        for name, people in delegations:
            starts.append(len(rows))
            again = wrapped(tr(lang, "{name} (continued)", name=name), BOLD, SIZE, room[0])
            continued += ["", *([again] * (len(people) - 1))]
            for number, person in enumerate(people):
                rows.append([
                    wrapped(name, BOLD, SIZE, room[0]) if number == 0 else "",
                    *(wrapped(cell(person, c, lang), FONT,
                              SMALL if c in CONTACT_COLUMNS else SIZE, width)
                      for c, width in zip(shown, room[1:], strict=True)),
                ])
        small = [n for n, c in enumerate(shown, start=1) if c in CONTACT_COLUMNS]
        flow.extend(tables(rows, header, widths, starts, small, continued, title, lang))
    if not groups:
        flow.append(Paragraph(tr(lang, "No participants yet."), styles.body))
    return flow


def part(data: ParticipantList) -> Part:
    return Part(data.document, story(data))


def build(data: ParticipantList) -> bytes:
    return build_pdf(data.meeting, [part(data)], lang=data.document.lang)
