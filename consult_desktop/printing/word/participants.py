"""The list of participants as a Word file: the groups in UN order, one table per
group whose heading row repeats on each page; grouping, order (the head of
delegation first), group headings in the body's own words and columns are the PDF's
own (printing/participants.py)."""

from __future__ import annotations

from dataclasses import replace

from docx.document import Document

from consult_desktop.domain.printed import CONTACT_COLUMNS, PARTICIPANT_COLUMNS, ParticipantList
from consult_desktop.printing.participants import STATES, cell, group_title, grouped
from consult_desktop.printing.word.document import Masthead, opening, table
from consult_desktop.printing.words import ntr, tr

WIDTHS = {"name": 2.8, "function": 2.6, "organisation": 2.8, "email": 4.0, "phone": 2.0}


def write(document: Document, data: ParticipantList, masthead: Masthead, lang: str) -> None:
    columns = tuple(c for c, _ in PARTICIPANT_COLUMNS if c in data.columns)
    headings = {key: tr(lang, heading) for key, heading in PARTICIPANT_COLUMNS}
    body = data.meeting.governing_body or data.meeting.organiser
    # States in the order, and people in the script, of `lang` (printing/participants.py).
    groups = grouped(replace(data, document=replace(data.document, lang=lang)))
    total = sum(len(people) for _, delegations in groups for _, people in delegations)
    opening(document, data.meeting, masthead, data.document.title,
            ntr(lang, "{count} participant", "{count} participants", total), lang=lang)
    for code, delegations in groups:
        shown = columns if code in STATES else tuple(c for c in columns if c != "organisation")
        people_here = [p for _, people in delegations for p in people]
        shown = tuple(c for c in shown if c not in CONTACT_COLUMNS
                      or any(getattr(p, c) for p in people_here))
        document.add_heading(f"{group_title(code, body, data.meeting, lang)} ({len(people_here)})",
                              level=2)
        header = [tr(lang, "State") if code in STATES else tr(lang, "Organization"),
                  *(headings[c] for c in shown)]
        rows = []
        for name, people in delegations:
            for number, person in enumerate(people):
                rows.append([name if number == 0 else "",
                             *(cell(person, c, lang) for c in shown)])
        table(document, header, rows, widths=[3.0, *(WIDTHS[c] for c in shown)],
              bold_first_column=True)
    if not groups:
        document.add_paragraph(tr(lang, "No participants yet."))
