"""Badges: eight to an A4 page (two across, four down) with cut marks, each with the
person's name as the list of participants prints it, the delegation, and the
category as a coloured band along the foot, named in the band."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from consult_desktop.domain import vocab
from consult_desktop.domain.printed import ParticipantList, Person
from consult_desktop.printing.fitting import LEADING, Fitted, fit
from consult_desktop.printing.styles import BOLD, FONT, register_fonts

COLUMNS, ROWS = 2, 4
BADGE_W, BADGE_H = 90 * mm, 60 * mm
PAGE_W, PAGE_H = A4
LEFT = (PAGE_W - COLUMNS * BADGE_W) / 2
BOTTOM = (PAGE_H - ROWS * BADGE_H) / 2
PAD = 5 * mm
BAND = 11 * mm
MARK = 4 * mm  # cut marks, drawn outside the badges
# The band's colour per group: States blue, the UN green, organisations orange...
BAND_COLOURS = {
    "member_state": colors.HexColor("#1F4E9A"),
    "other_state": colors.HexColor("#4A7CC4"),
    "un_secretariat": colors.HexColor("#2E7D32"),
    "un_body": colors.HexColor("#43A047"),
    "specialized_agency": colors.HexColor("#00897B"),
    "igo": colors.HexColor("#EF6C00"),
    "ngo": colors.HexColor("#8E24AA"),
    "expert": colors.HexColor("#6D4C41"),
    "secretariat": colors.HexColor("#C62828"),
}
OTHER = colors.HexColor("#616161")


def people(data: ParticipantList) -> list[tuple[str, str, Person]]:
    """(group, delegation, person) in the list of participants' order."""
    from consult_desktop.printing.participants import grouped

    return [(code, name, person) for code, groups in grouped(data)
            for name, persons in groups for person in persons]


def category_label(code: str) -> str:
    if code == "member_state":
        return "Member State"
    return vocab.label(vocab.PARTICIPANT_CATEGORIES, code)


def draw_lines(canvas: Canvas, fitted: Fitted, font: str, centre_x: float,
               top: float) -> float:
    canvas.setFont(font, fitted.size)
    y = top
    for line in fitted.lines:
        y -= fitted.size
        canvas.drawCentredString(centre_x, y, line)
        y -= fitted.size * (LEADING - 1)
    return y


def badge(canvas: Canvas, x: float, y: float, code: str, delegation: str,
          person: Person) -> None:
    from consult_desktop.printing.word import presentation

    width = BADGE_W - 2 * PAD
    canvas.setFillColor(BAND_COLOURS.get(code, OTHER))
    canvas.rect(x, y, BADGE_W, BAND, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    label = fit(category_label(code).upper(), BOLD, width, BAND - 3 * mm, largest=12,
                smallest=7, lines=1)
    canvas.setFont(BOLD, label.size)
    canvas.drawCentredString(x + BADGE_W / 2, y + (BAND - label.size * 0.7) / 2,
                             label.lines[0])
    canvas.setFillColor(colors.black)
    top = y + BADGE_H - PAD
    name = fit(presentation.person_name(person), BOLD, width, 22 * mm, largest=22,
               smallest=11)
    below = draw_lines(canvas, name, BOLD, x + BADGE_W / 2, top)
    room = below - (y + BAND + 2 * mm)
    where = fit(delegation, FONT, width, max(room - 2 * mm, 6), largest=13, smallest=8)
    draw_lines(canvas, where, FONT, x + BADGE_W / 2, below - 2 * mm)


def cut_marks(canvas: Canvas) -> None:
    canvas.setLineWidth(0.3)
    canvas.setStrokeColor(colors.black)
    xs = [LEFT + BADGE_W * n for n in range(COLUMNS + 1)]
    ys = [BOTTOM + BADGE_H * n for n in range(ROWS + 1)]
    for x in xs:
        canvas.line(x, BOTTOM - MARK - 1 * mm, x, BOTTOM - 1 * mm)
        canvas.line(x, ys[-1] + 1 * mm, x, ys[-1] + MARK + 1 * mm)
    for y in ys:
        canvas.line(LEFT - MARK - 1 * mm, y, LEFT - 1 * mm, y)
        canvas.line(xs[-1] + 1 * mm, y, xs[-1] + MARK + 1 * mm, y)


def build(data: ParticipantList) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1, lang="en")
    canvas.setTitle("Badges")  # as File > Print names them
    canvas.setSubject(data.meeting.title)
    canvas.setCreator("Consult Desktop")
    everyone = people(data)
    per_page = COLUMNS * ROWS
    for first in range(0, max(len(everyone), 1), per_page):
        for number, (code, delegation, person) in enumerate(everyone[first:first + per_page]):
            column, row = number % COLUMNS, number // COLUMNS
            badge(canvas, LEFT + column * BADGE_W, BOTTOM + (ROWS - 1 - row) * BADGE_H,
                  code, delegation, person)
        cut_marks(canvas)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
