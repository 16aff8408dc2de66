"""Name tents: one folded A4 card per delegation (the member States of the body, then
the other States, then the organisations, in the list of participants' order), the
delegation's name on both faces. The sheet is A4 landscape folded along its middle:
the lower face reads upright, the upper one is turned half round so that it reads
from the other side of the table once folded."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas

from consult_desktop.domain.printed import ParticipantList
from consult_desktop.printing.fitting import LEADING, Fitted, fit
from consult_desktop.printing.styles import BOLD, GREY, register_fonts

WIDTH, HEIGHT = landscape(A4)
MARGIN = 1.5 * cm
LARGEST, SMALLEST = 96, 40


def delegations(data: ParticipantList) -> list[str]:
    """The delegations that sit at the table, in seating order, each once."""
    from consult_desktop.printing.participants import grouped

    return [name for _, groups in grouped(data) for name, _ in groups]


def face(canvas: Canvas, fitted: Fitted) -> None:
    """The name centred in the lower half of the sheet (0, 0)-(WIDTH, HEIGHT / 2)."""
    line_height = fitted.size * LEADING
    top = HEIGHT / 4 + fitted.height / 2
    canvas.setFont(BOLD, fitted.size)
    for number, line in enumerate(fitted.lines):
        baseline = top - line_height * number - fitted.size
        canvas.drawCentredString(WIDTH / 2, baseline, line)


def build(data: ParticipantList) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(WIDTH, HEIGHT), pageCompression=1, lang="en")
    canvas.setTitle("Name tents")  # as File > Print names them
    canvas.setSubject(data.meeting.title)
    canvas.setCreator("Consult Desktop")
    names = delegations(data)
    for name in names:
        fitted = fit(name, BOLD, WIDTH - 2 * MARGIN, HEIGHT / 2 - 2 * MARGIN,
                     largest=LARGEST, smallest=SMALLEST)
        face(canvas, fitted)
        canvas.saveState()  # the upper face, turned half round about the sheet's centre
        canvas.translate(WIDTH, HEIGHT)
        canvas.rotate(180)
        face(canvas, fitted)
        canvas.restoreState()
        canvas.setStrokeColor(GREY)
        canvas.setDash(2, 4)
        canvas.setLineWidth(0.3)
        canvas.line(0, HEIGHT / 2, WIDTH, HEIGHT / 2)  # where to fold
        canvas.showPage()
    if not names:
        canvas.setFont(BOLD, 14)
        canvas.drawString(MARGIN, HEIGHT - 2 * MARGIN, "No participants yet.")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
