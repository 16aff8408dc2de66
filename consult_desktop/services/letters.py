"""Letters of invitation: one per addressee (each member State's permanent mission,
or each participant), from the built-in letter or a user's Word template with named
fields.

Everything is checked, and every letter built in memory, before the first file is
written: a field the template names that the plan cannot fill is an error naming
the field, and nothing is written.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from consult_desktop.domain import printed
from consult_desktop.domain.names import plain_name
from consult_desktop.domain.phrases import Hint, phrase
from consult_desktop.printing.word import presentation
from consult_desktop.store import print_data
from consult_desktop.store.models import MemberState, Milestone, Participant

if TYPE_CHECKING:
    from consult_desktop.store.plan_file import PlanFile

ADDRESSEES = ("states", "participants")
# The fields a template may name, and what each holds (the README lists them too).
FIELDS = {
    "addressee": "the permanent mission, or the participant's name",
    "country": "the State's short name",
    "organisation": "the participant's organization",
    "function": "the participant's function",
    "meeting_title": "the meeting's title",
    "organiser": "the organiser (the secretariat's body)",
    "governing_body": "the governing body",
    "venue": "where the meeting is held",
    "city": "the venue's last part, e.g. Geneva",
    "dates": "the meeting's dates, e.g. 2-3 November 2017",
    "deadline": "the deadline for nominations",
    "contact": "the secretariat's contact: name and e-mail",
    "date": "the date of the letter",
}
WHY_EMPTY = {
    "deadline": phrase("the plan has no milestone about nominations; {hint}",
                       hint=Hint("give --deadline",
                                 phrase("add one on the Timeline tab"))),
    "contact": phrase("the plan has no secretariat participant with an e-mail address"),
    "dates": phrase("the plan has no meeting dates"),
    "venue": phrase("the plan has no venue"),
}


class LetterError(ValueError):
    """The letters cannot be written; the message (a phrase: English for the command
    line, the window's language) says why. Nothing was written."""


@dataclass(frozen=True)
class Letter:
    name: str  # the file's name without its suffix
    values: dict[str, str]


def _slug(text: str) -> str:
    plain = unicodedata.normalize("NFKC", text)
    plain = re.sub(r"[^\w\- ]+", "", plain, flags=re.UNICODE).strip()
    return re.sub(r"\s+", "-", plain)[:60] or "letter"


def _deadline(session: Session, plan_id: int) -> dt.date | None:
    for title, date in session.execute(
            select(Milestone.title, Milestone.date).where(Milestone.plan_id == plan_id)
            .order_by(Milestone.date)):
        if "nominat" in title.casefold():
            return date
    return None


def _contact(session: Session, plan_id: int, lang: str) -> str:
    """"Mr. Daniel Novak (d.novak@example.org)", the title in the letter's language
    ("M. Daniel Novak"); Russian leaves it out, as "у г-н" would want its case."""
    row = session.execute(
        select(Participant.honorific, Participant.given_name, Participant.family_name,
               Participant.email)
        .where(Participant.plan_id == plan_id, Participant.category == "secretariat",
               Participant.email.is_not(None), Participant.email != "")
        .order_by(Participant.id)).first()
    if row is None:
        return ""
    title = "" if lang == "ru" else row.honorific or ""
    return f"{plain_name(row.given_name or '', row.family_name, title, lang)} ({row.email})"


def read_letters(session: Session, plan_id: int, *, to: str = "states", lang: str = "en",
                 deadline: dt.date | None = None,
                 today: dt.date | None = None) -> list[Letter]:
    """Each addressee's letter fields, in the list of participants' order."""
    if to not in ADDRESSEES:
        raise LetterError(phrase("no addressees {to} (choose {known})", to=repr(to),
                                 known=" or ".join(ADDRESSEES)))
    meeting = print_data.meeting(session, plan_id)
    deadline = deadline or _deadline(session, plan_id)
    common = {
        "meeting_title": meeting.title, "organiser": meeting.organiser or "United Nations",
        "governing_body": meeting.governing_body, "venue": meeting.venue,
        "city": meeting.venue.rsplit(",", 1)[-1].strip(),
        "dates": presentation.meeting_dates(meeting, lang),
        "deadline": presentation.long_date(deadline, lang),
        "contact": _contact(session, plan_id, lang),
        "date": presentation.long_date(today or dt.date.today(), lang),
        "country": "", "organisation": "", "function": "",
    }
    if to == "states":
        from consult_desktop.printing.word.letters import ADDRESSEES as MISSIONS

        codes = list(session.scalars(select(MemberState.country)
                                     .where(MemberState.plan_id == plan_id)))
        if not codes:
            raise LetterError(phrase(
                "the plan lists no member States; add them to the plan or write to the"
                " participants ({hint})",
                hint=Hint("--to participants", phrase("To: Each participant"))))
        names = sorted((presentation.country(code, lang) for code in codes),
                       key=lambda name: presentation.sort_key(name, lang))
        mission = MISSIONS.get(lang, MISSIONS["en"])
        return [Letter(f"{number:03d}-{_slug(name)}",
                       {**common, "country": name, "addressee": mission.format(country=name)})
                for number, name in enumerate(names, start=1)]
    data = print_data.participants(session, plan_id, lang=lang)
    from consult_desktop.printing.participants import grouped

    people: list[tuple[str, printed.Person]] = [
        (delegation, person) for _, groups in grouped(data)
        for delegation, persons in groups for person in persons]
    if not people:
        raise LetterError(phrase("the plan has no participants to write to"))
    return [Letter(f"{number:03d}-{_slug(person.family_name + ' ' + person.given_name)}",
                   {**common, "addressee": presentation.person_name(person, lang),
                    "country": presentation.country(person.country, lang),
                    "organisation": person.organisation or delegation,
                    "function": person.function})
            for number, (delegation, person) in enumerate(people, start=1)]


def check_template(named: list[str], letters: list[Letter]) -> None:
    """LetterError naming the first field the template names that the plan cannot fill."""
    for name in named:
        if name not in FIELDS:
            raise LetterError(phrase("the template names the field {field}, which is not"
                                     " one of {known}", field=f"{{{{ {name} }}}}",
                                     known=", ".join(FIELDS)))
        for letter in letters:
            if not letter.values.get(name):
                why = WHY_EMPTY.get(name) or phrase("it is empty for {addressee}",
                                                    addressee=letter.values["addressee"])
                raise LetterError(phrase("the template names the field {field}, which the"
                                         " plan cannot fill: {why}",
                                         field=f"{{{{ {name} }}}}", why=why))


def render(letters: list[Letter], *, to: str, lang: str, template: bytes | None = None,
           limit: int | None = None) -> list[tuple[str, bytes]]:
    """(file name, .docx bytes) for each letter (the first `limit` only, when given);
    LetterError before any is built when the template names a field the plan cannot
    fill for any of the letters."""
    from consult_desktop.printing.word import fill
    from consult_desktop.printing.word import letters as builtin
    from consult_desktop.printing.word.document import xml_safe

    letters = [Letter(letter.name, xml_safe(letter.values)) for letter in letters]

    if template is None:
        letters = letters[:limit]
        return [(f"{letter.name}.docx", builtin.build_letter(letter.values, to=to, lang=lang))
                for letter in letters]
    try:
        named = fill.fields(template)
    except fill.TemplateError as error:
        raise LetterError(phrase("the template is {error}", error=error.args[0])) from None
    if not named:
        raise LetterError(phrase("the template names no field such as {example}; every"
                                 " letter would be the same", example="{{ addressee }}"))
    check_template(named, letters)
    return [(f"{letter.name}.docx", fill.fill(template, letter.values))
            for letter in letters[:limit]]


def preview(plan_file: PlanFile, *, to: str = "states", lang: str = "en",
            template: Path | None = None,
            deadline: dt.date | None = None) -> tuple[int, str, str]:
    """What write_letters would write, without writing: how many letters, the first
    one's file name and its text (paragraphs and tables, read back from the .docx);
    LetterError as write_letters would raise it."""
    from docx import Document
    from docx.table import Table

    template_bytes = template.read_bytes() if template is not None else None
    with plan_file.read() as session:
        letters = read_letters(session, plan_file.plan_id, to=to, lang=lang,
                               deadline=deadline)
    name, content = render(letters, to=to, lang=lang, template=template_bytes, limit=1)[0]
    document = Document(io.BytesIO(content))
    lines = []
    for block in document.iter_inner_content():  # in the document's order
        if isinstance(block, Table):
            lines += [cell.text for row in block.rows for cell in row.cells]
        else:
            lines.append(block.text)
    return len(letters), name, "\n".join(lines).strip()


def write_letters(plan_file: PlanFile, folder: Path, *, to: str = "states", lang: str = "en",
                  template: Path | None = None, deadline: dt.date | None = None,
                  to_pdf: Callable[[list[Path]], None] | None = None) -> list[Path]:
    """Write every letter into `folder` (each file whole); the paths written. With
    `to_pdf`, it is called on the written .docx files to make PDFs beside them."""
    from consult_desktop.files import write_bytes

    if not folder.is_dir():
        raise LetterError(phrase("{path}: no such folder", path=folder))
    template_bytes = template.read_bytes() if template is not None else None
    with plan_file.read() as session:
        letters = read_letters(session, plan_file.plan_id, to=to, lang=lang,
                               deadline=deadline)
    built = render(letters, to=to, lang=lang, template=template_bytes)
    written = []
    for name, content in built:
        path = folder / name
        write_bytes(path, content)
        written.append(path)
    if to_pdf is not None:
        to_pdf(written)
    return written
