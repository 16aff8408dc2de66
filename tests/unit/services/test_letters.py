# Russian text: its Cyrillic letters are meant.
"""Letters of invitation: one per addressee, the built-in note verbale in three
languages, and a user's template whose fields are all checked before anything is
written."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from docx import Document

from consult_desktop.cli import main
from consult_desktop.printing.word import fill
from consult_desktop.services.letters import LetterError, read_letters, write_letters


def template(*paragraphs: str | list[str], header: str = "") -> bytes:
    """A Word file; a list is one paragraph cut into runs (as Word cuts text)."""
    document = Document()
    for paragraph in paragraphs:
        added = document.add_paragraph()
        for run in [paragraph] if isinstance(paragraph, str) else paragraph:
            added.add_run(run)
    if header:
        document.sections[0].header.paragraphs[0].text = header
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def text_of(docx: bytes) -> str:
    document = Document(io.BytesIO(docx))
    parts = [p.text for p in document.paragraphs]
    parts += [p.text for p in document.sections[0].header.paragraphs]
    return "\n".join(parts)


def test_a_field_cut_across_runs_is_filled_keeping_the_text_around_it():
    made = template(["Dear {", "{ addr", "essee }", "}, welcome to {{meeting_title}}."],
                    header="Ref. {{ date }}")
    assert fill.fields(made) == ["addressee", "meeting_title", "date"]
    out = fill.fill(made, {"addressee": "Ms. Élodie", "meeting_title": "Совещание",
                           "date": "2 May 2026"})
    assert text_of(out) == "Dear Ms. Élodie, welcome to Совещание.\nRef. 2 May 2026"


def test_one_note_verbale_per_member_state(demo_plan, tmp_path):
    written = write_letters(demo_plan, tmp_path, deadline=dt.date(2017, 10, 6))
    with demo_plan.read() as session:
        from sqlalchemy import func, select

        from consult_desktop.store.models import MemberState

        members = session.scalar(select(func.count()).select_from(MemberState))
    assert len(written) == members and all(p.suffix == ".docx" for p in written)
    france = next(p for p in written if p.name.endswith("-France.docx"))
    body = text_of(france.read_bytes())
    assert "presents its compliments to the Permanent Mission of France" in body
    assert "Regional consultation on the global compact for migration" in body
    assert "by 6 October 2017" in body
    assert "highest consideration" in body


def test_french_and_russian_letters(demo_plan, tmp_path):
    (tmp_path / "fr").mkdir()
    (tmp_path / "ru").mkdir()
    french = write_letters(demo_plan, tmp_path / "fr", lang="fr",
                           deadline=dt.date(2017, 10, 6))
    body = text_of(french[0].read_bytes())
    assert "présente ses compliments" in body and "6\u00a0octobre 2017" in body
    assert "très haute considération" in body
    russian = write_letters(demo_plan, tmp_path / "ru", lang="ru", to="participants",
                            deadline=dt.date(2017, 10, 6))
    body = text_of(russian[0].read_bytes())
    assert "имею честь пригласить Вас" in body and "6\u00a0октября 2017\u00a0года" in body
    assert "г.." not in body


def test_french_and_russian_letters_name_each_state_in_their_language(demo_plan):
    with demo_plan.read() as session:
        french = read_letters(session, demo_plan.plan_id, lang="fr")
        russian = read_letters(session, demo_plan.plan_id, lang="ru")
        delegates = read_letters(session, demo_plan.plan_id, lang="ru", to="participants")
    addressees = [letter.values["addressee"] for letter in french]
    assert "Mission permanente (Allemagne)" in addressees
    assert not any("Germany" in name for name in addressees)
    # In the alphabetical order of the language the letters are written in.
    assert [letter.values["country"] for letter in russian][:3] == \
        ["Австрия", "Азербайджан", "Албания"]
    assert "Российская Федерация" in {letter.values["country"] for letter in delegates}


def test_the_secretariats_contact_is_titled_in_the_letters_language(demo_plan):
    with demo_plan.read() as session:
        contact = {lang: read_letters(session, demo_plan.plan_id, lang=lang)[0]
                   .values["contact"] for lang in ("en", "fr", "ru")}
    assert contact == {"en": "Mr. Daniel Novak (d.novak@example.org)",
                       "fr": "M. Daniel Novak (d.novak@example.org)",
                       "ru": "Daniel Novak (d.novak@example.org)"}


def test_letters_to_participants_address_each_by_name(demo_plan):
    with demo_plan.read() as session:
        letters = read_letters(session, demo_plan.plan_id, to="participants")
    names = [letter.values["addressee"] for letter in letters]
    # Latin letters in an English letter: the spelling the plan gives for him.
    assert "Mr. Alexey Vorontsov" in names and len(names) == len(set(names)) == 13


def test_a_template_field_the_plan_cannot_fill_is_an_error_and_nothing_is_written(
        demo_plan, tmp_path):
    path = tmp_path / "mine.docx"
    path.write_bytes(template("To {{ addressee }}", "Reply by {{ deadline }}."))
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(LetterError) as refused:
        write_letters(demo_plan, out, template=path)
    assert str(refused.value) == (  # the command line's English, its option named
        "the template names the field {{ deadline }}, which the plan cannot fill: the plan"
        " has no milestone about nominations; give --deadline")
    assert list(out.iterdir()) == []


def test_no_member_states_names_the_commands_option(demo_plan, demo_path):
    import sqlite3

    with sqlite3.connect(demo_path) as db:
        db.execute("DELETE FROM member_state")
    with pytest.raises(LetterError) as refused, demo_plan.read() as session:
        read_letters(session, demo_plan.plan_id)
    assert str(refused.value) == (
        "the plan lists no member States; add them to the plan or write to the participants"
        " (--to participants)")


def test_an_unknown_template_field_is_named(demo_plan, tmp_path):
    path = tmp_path / "mine.docx"
    path.write_bytes(template("To {{ addressee }}", "Room {{ room_number }}"))
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(LetterError, match=r"\{\{ room_number \}\}, which is not one of"):
        write_letters(demo_plan, out, template=path)
    assert list(out.iterdir()) == []


def test_a_field_empty_for_one_addressee_names_it(demo_plan, tmp_path):
    path = tmp_path / "mine.docx"
    path.write_bytes(template("{{ addressee }}, {{ country }}"))  # OHCHR has no country
    with pytest.raises(LetterError, match=r"\{\{ country \}\}.*empty for Ms. Hannah Lindqvist"):
        write_letters(demo_plan, tmp_path, template=path, to="participants")


def test_a_template_is_filled_for_each_addressee(demo_plan, tmp_path):
    path = tmp_path / "mine.docx"
    path.write_bytes(template("Excellency, {{ addressee }} ({{ country }}):",
                              "{{ meeting_title }}, {{ venue }}, {{ dates }}."))
    out = tmp_path / "out"
    out.mkdir()
    written = write_letters(demo_plan, out, template=path)
    body = text_of(next(p for p in written if "Serbia" in p.name).read_bytes())
    assert body.startswith("Excellency, Permanent Mission of Serbia (Serbia):")
    assert "{{" not in body and "3 November 2017" in body


def test_not_a_word_file_and_a_template_with_no_field_are_refused(demo_plan, tmp_path):
    path = tmp_path / "mine.docx"
    path.write_bytes(b"not a zip")
    with pytest.raises(LetterError, match="not a Word"):
        write_letters(demo_plan, tmp_path, template=path)
    path.write_bytes(template("Hello."))
    with pytest.raises(LetterError, match="names no field"):
        write_letters(demo_plan, tmp_path, template=path)


def test_the_command_writes_the_letters(demo_path, tmp_path, capsys):
    out = tmp_path / "letters"
    out.mkdir()
    assert main(["letters", str(demo_path), "-o", str(out), "--to", "participants",
                 "--lang", "fr", "--deadline", "2017-10-06"]) == 0
    assert "wrote 13 letters" in capsys.readouterr().out
    assert len(list(out.glob("*.docx"))) == 13


def test_the_command_reports_a_template_error_in_one_line(demo_path, tmp_path, capsys):
    path = tmp_path / "mine.docx"
    path.write_bytes(template("{{ contact }} {{ nonsense }}"))
    out = tmp_path / "letters"
    out.mkdir()
    assert main(["letters", str(demo_path), "-o", str(out), "--template", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "{{ nonsense }}" in err
    assert list(out.iterdir()) == []


def test_pdf_without_libreoffice_is_refused_before_anything_is_written(
        demo_path, tmp_path, capsys, monkeypatch):
    from consult_desktop.printing.word import convert

    monkeypatch.setattr(convert, "office", lambda: None)
    out = tmp_path / "letters"
    out.mkdir()
    assert main(["letters", str(demo_path), "-o", str(out), "--pdf"]) == 1
    assert "LibreOffice" in capsys.readouterr().err
    assert list(out.iterdir()) == []
