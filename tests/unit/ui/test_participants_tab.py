"""The Participants tab as an officer uses it: form, duplicates, bulk status, undo,
import and export. Dialogs are replaced through their `ask` classmethods."""

from __future__ import annotations

import csv
import subprocess
import sys

import pytest

from consult_desktop.domain.participants import COLUMNS, Person
from consult_desktop.interchange.participants_io import Reading
from consult_desktop.store import participants_store as store
from consult_desktop.ui.import_dialog import ImportDialog
from consult_desktop.ui.participant_form import DuplicateDialog, ParticipantDialog
from consult_desktop.ui.participants_tab import ConfirmDelete, ParticipantsTab


@pytest.fixture
def tab(open_tab):
    return open_tab(ParticipantsTab)


def _on_disk(context) -> dict[str, Person]:
    with context.plan_file.read() as session:
        return {p.family_name: p for _, p in store.load_people(session, context.plan_id)}


def _answer(monkeypatch, cls, value, calls=None):
    def ask(_cls, *args, **kwargs):
        if calls is not None:
            calls.append((*args, kwargs))
        return value
    monkeypatch.setattr(cls, "ask", classmethod(ask))


def _typed(monkeypatch, person, closed=None):
    """The form as a user fills it and presses OK: the tab's question about a duplicate
    is asked before it closes; when that is cancelled the form stays open, and the user
    then cancels it (`closed` records whether OK closed it)."""
    def ask(_cls, parent, shown, members, vet=None):
        ok = vet is None or vet(person, parent)
        if closed is not None:
            closed.append(ok)
        return person if ok else None
    monkeypatch.setattr(ParticipantDialog, "ask", classmethod(ask))


def _press_import(monkeypatch, calls):
    """The preview, accepted as first shown; `calls` gets the file as read."""
    def ask(_cls, parent, path, source):
        calls.append(source)
        return source.plan()
    monkeypatch.setattr(ImportDialog, "ask", classmethod(ask))


def _select(tab, *families):
    ids = [row[0] for row in tab.model.rows if row[1] in families]
    tab.select_ids(ids)
    assert len(tab.selected_ids()) == len(families)


def test_the_demo_list_shows_counts_and_filters_as_you_type(tab):
    assert tab.proxy.rowCount() == 13
    assert tab.counts.text() == (
        "13 participants · 7 confirmed · 2 with funded travel (3,250.00 USD)")
    tab.search.setText("perm")  # "Permanent Mission of ..."
    assert tab.proxy.rowCount() == 5
    assert tab.counts.text().startswith("5 of 13 participants shown")
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("confirmed"))
    assert tab.proxy.rowCount() == 3  # France, Russian Federation, Italy
    tab.country_filter.setCurrentIndex(tab.country_filter.findData("FR"))
    assert [tab.proxy.index(r, 1).data() for r in range(tab.proxy.rowCount())] == ["Marchand"]


def test_the_search_looks_at_visible_columns_only(tab, context, monkeypatch):
    person = Person("Kovač", "expert", phone="+385 1 4567", notes="vegetarian")
    _typed(monkeypatch, person)
    tab.add_participant()
    tab.search.setText("vegetarian")  # the Notes column is hidden at first
    assert tab.proxy.rowCount() == 0
    tab.show_column(COLUMNS.index("notes"), True)
    assert [tab.proxy.index(r, 1).data() for r in range(tab.proxy.rowCount())] == ["Kovač"]


def test_adding_through_the_form_is_saved_and_undone_and_redone_under_one_id(tab, context,
                                                                           monkeypatch):
    person = Person("Kovač", "expert", given_name="Ivana", country="HR", email="i@example.hr")
    _typed(monkeypatch, person)
    with_signal = []
    context.changed.connect(with_signal.append)
    tab.add_action.trigger()
    assert _on_disk(context)["Kovač"] == person
    assert "participants" in [change.topic for change in with_signal]
    (ident,) = tab.selected_ids()
    assert tab.model.rows[tab.model.row_of(ident)][1] == "Kovač"
    context.undo_stack.undo()
    assert "Kovač" not in _on_disk(context) and tab.proxy.rowCount() == 13
    context.undo_stack.redo()
    assert tab.model.row_of(ident) >= 0


def test_a_duplicate_email_can_be_merged_into_the_existing_entry(tab, context, monkeypatch):
    new = Person("Marchand-Dupuis", "member_state", email="E.MARCHAND@example.fr",
                 phone="+33 1 23")
    _typed(monkeypatch, new)
    calls: list = []
    _answer(monkeypatch, DuplicateDialog, "merge", calls)
    tab.add_participant()
    assert calls[0][3] == "email"
    people = _on_disk(context)
    assert len(people) == 13 and "Marchand" not in people
    assert people["Marchand-Dupuis"].phone == "+33 1 23"
    assert people["Marchand-Dupuis"].given_name == "Élodie"  # kept from the old entry
    context.undo_stack.undo()
    assert _on_disk(context)["Marchand"].phone == ""


def test_same_names_and_organisation_can_be_kept_as_two_people(tab, context, monkeypatch):
    old = _on_disk(context)["Bellini"]
    closed: list[bool] = []
    _typed(monkeypatch, old._replace(email=None), closed)
    calls: list = []
    _answer(monkeypatch, DuplicateDialog, "keep", calls)
    tab.add_participant()
    assert calls[0][3] == "name"
    assert tab.proxy.rowCount() == 14
    _answer(monkeypatch, DuplicateDialog, None)
    tab.add_participant()  # cancelled at the question: back to the form, nothing added
    assert closed == [True, False] and tab.proxy.rowCount() == 14


def test_a_second_delegate_of_a_mission_email_is_added_as_a_separate_person(tab, context,
                                                                          monkeypatch):
    marchand = _on_disk(context)["Marchand"]
    colleague = Person("Girard", "member_state", given_name="Luc", email=marchand.email)
    _typed(monkeypatch, colleague)
    calls: list = []
    _answer(monkeypatch, DuplicateDialog, "keep", calls)
    tab.add_participant()
    assert calls[0][3] == "email" and calls[0][4] == {"can_merge": True}
    people = _on_disk(context)
    assert people["Marchand"] == marchand and len(people) == 14
    # Both delegates keep the mission's address.
    assert people["Girard"] == colleague


def test_cancel_at_the_duplicate_question_returns_to_the_form_as_typed(tab, qtbot,
                                                                       monkeypatch):
    from PySide6.QtWidgets import QDialog

    answers = [None, "keep"]
    asked: list = []

    def ask(_cls, parent, new, existing, how, can_merge=True):
        asked.append((parent, how))
        return answers.pop(0)
    monkeypatch.setattr(DuplicateDialog, "ask", classmethod(ask))
    vet, answer = tab._vetting(tab.people(), can_merge=True)
    form = ParticipantDialog(None, tab.members, tab, vet)
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.family_name, "Girard")
    qtbot.keyClicks(form.given_name, "Luc")
    form.category.setCurrentIndex(form.category.findData("member_state"))
    qtbot.keyClicks(form.email, "e.marchand@example.fr")
    form.accept()  # OK
    assert asked == [(form, "email")]
    assert form.isVisible() and form.result() != QDialog.DialogCode.Accepted
    assert (form.family_name.text(), form.given_name.text(), form.email.text()) == (
        "Girard", "Luc", "e.marchand@example.fr")
    form.accept()  # OK again, then "Add as a separate person"
    assert form.result() == QDialog.DialogCode.Accepted and answer["choice"] == "keep"
    assert form.person.family_name == "Girard"


def test_editing_the_selected_person_is_one_undoable_step(tab, context, monkeypatch):
    _select(tab, "Rossi")
    old = _on_disk(context)["Rossi"]
    _typed(monkeypatch, old._replace(status="confirmed", notes="Speaker"))
    tab.edit_action.trigger()
    assert _on_disk(context)["Rossi"].notes == "Speaker"
    context.undo_stack.undo()
    assert _on_disk(context)["Rossi"] == old


def test_an_edit_to_another_persons_email_asks_and_never_merges(tab, context, monkeypatch):
    _select(tab, "Rossi")
    old = _on_disk(context)["Rossi"]
    _typed(monkeypatch, old._replace(email="d.novak@example.org", phone="+39 06"))
    calls: list = []
    _answer(monkeypatch, DuplicateDialog, None, calls)
    tab.edit_selected()
    assert calls[0][3] == "email" and calls[0][4] == {"can_merge": False}
    assert _on_disk(context)["Rossi"] == old  # cancelled
    _answer(monkeypatch, DuplicateDialog, "keep")
    tab.edit_selected()
    # Kept as another person: the email is shared, Rossi stays Rossi.
    assert _on_disk(context)["Rossi"] == old._replace(email="d.novak@example.org",
                                                      phone="+39 06")


def test_the_status_of_a_selection_changes_at_once_and_undo_restores_each(tab, context):
    before = {k: p.status for k, p in _on_disk(context).items()}
    _select(tab, "Rossi", "Petrović", "Bellini")
    tab.set_status_of_selection("declined")
    after = _on_disk(context)
    assert {after[k].status for k in ("Rossi", "Petrović", "Bellini")} == {"declined"}
    assert len(tab.selected_ids()) == 3  # the selection survives the reload
    context.undo_stack.undo()
    assert {k: p.status for k, p in _on_disk(context).items()} == before


def _agenda_links(context):
    from sqlalchemy import select

    from consult_desktop.store.models import AgendaItem, agenda_speaker

    with context.plan_file.read() as session:
        speakers = sorted(tuple(r) for r in session.execute(select(agenda_speaker)))
        chairs = sorted(tuple(r) for r in session.execute(
            select(AgendaItem.id, AgendaItem.chair_id)))
    return speakers, chairs


def test_deleting_a_selection_is_undone(tab, context, monkeypatch):
    before = _on_disk(context)
    _select(tab, "Novak", "Okafor")
    _answer(monkeypatch, ConfirmDelete, True)
    tab.delete_action.trigger()
    assert set(_on_disk(context)) == set(before) - {"Novak", "Okafor"}
    context.undo_stack.undo()
    assert _on_disk(context) == before


def test_deleting_a_speaker_says_what_else_changes_asks_and_undo_restores_the_links(
        tab, context, monkeypatch):
    links = _agenda_links(context)
    speaker = links[0][0][1]  # a participant who speaks at an agenda item
    spoken = len({item for item, who, _ in links[0] if who == speaker})
    chaired = len({item for item, chair in links[1] if chair == speaker})
    tab.select_ids([speaker])
    name = tab.model.rows[tab.model.row_of(speaker)][1]
    questions: list = []
    _answer(monkeypatch, ConfirmDelete, False, questions)
    tab.delete_action.trigger()
    text = questions[0][1]
    assert text.startswith("Delete ") and name in text.splitlines()[0]
    plural = "s" if spoken != 1 else ""
    assert f"This also removes this person as speaker of {spoken} agenda item{plural}" in text
    assert ("as chair of" in text) == bool(chaired)
    assert name in _on_disk(context) and _agenda_links(context) == links  # "No": nothing
    _answer(monkeypatch, ConfirmDelete, True)
    tab.delete_action.trigger()
    assert name not in _on_disk(context)
    assert speaker not in {who for _, who, _ in _agenda_links(context)[0]}
    context.undo_stack.undo()
    assert _on_disk(context)[name] and _agenda_links(context) == links


def test_an_import_from_the_tab_is_one_undo_step(tab, context, monkeypatch, tmp_path):
    path = tmp_path / "update.csv"
    path.write_text("Nom;Prénom;Courriel;Catégorie;Statut\n"
                    "Marchand;Élodie;e.marchand@example.fr;État membre;Présente\n"
                    "Kowalski;Jan;j.kowalski@example.pl;Expert;\n"
                    "Nowak;Anna;a.nowak@example.pl;ONG;Confirmée\n", encoding="utf-8")
    before = _on_disk(context)
    monkeypatch.setattr(tab, "ask_import_path", lambda: path)
    calls: list = []
    _press_import(monkeypatch, calls)
    tab.import_action.trigger()
    assert calls and len(calls[0].plan().added) == 2
    after = _on_disk(context)
    assert len(after) == 15 and after["Marchand"].status == "attended"
    assert "Imported update.csv: 2 to add, 1 to update" in tab.message.text()
    assert context.undo_stack.count() == 1
    context.undo_stack.undo()
    assert _on_disk(context) == before
    context.undo_stack.redo()
    assert _on_disk(context) == after


def test_the_preview_refuses_a_file_with_problems_until_valid_rows_only_is_chosen(
        qtbot, context, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("Family name,Category,Country\nA,expert,Narnia\nB,expert,Chile\n",
                    encoding="utf-8")
    dialog = ImportDialog(path, Reading(context.plan_file, path))
    qtbot.addWidget(dialog)
    assert dialog.mapping.cellWidget(2, 1).currentText() == "Country"
    assert [dialog.problems.item(0, c).text() for c in range(3)] == [
        "2", "Country", "unknown country 'Narnia'"]
    assert not dialog.import_button.isEnabled()
    dialog.skip_invalid.setChecked(True)
    assert dialog.import_button.isEnabled()


def test_export_writes_the_rows_shown_with_the_visible_columns(tab, monkeypatch, tmp_path):
    tab.category_filter.setCurrentIndex(tab.category_filter.findData("member_state"))
    tab.show_column(tab.visible_columns()[2], False)  # hide "Function"
    path = tmp_path / "members.csv"
    monkeypatch.setattr(tab, "ask_export_path", lambda: path)
    tab.export_action.trigger()
    with open(path, encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0][:4] == ["Family name", "Given name", "Organisation", "Country"]
    assert "Function" not in rows[0] and "Phone" not in rows[0]
    assert len(rows) == 1 + 7 and rows[1][0] == "Albrecht"


def test_the_form_refuses_a_person_without_family_name_and_marks_member_states(qtbot):
    dialog = ParticipantDialog(None, {"FR", "DE"})
    qtbot.addWidget(dialog)
    dialog.email.setText("not an address")
    dialog.accept()
    assert dialog.person is None
    assert "Family name: the family name is required" in dialog.problems.text()
    assert "Email: not an email address" in dialog.problems.text()
    assert [dialog.country.itemText(i) for i in range(1, 4)] == [
        "— Member States of the body —", "France ★", "Germany ★"]
    dialog.family_name.setText("Dupont")
    dialog.category.setCurrentIndex(dialog.category.findData("expert"))
    dialog.email.setText("j.dupont@example.org")
    dialog.country.setCurrentIndex(dialog.country.findData("FR"))
    dialog.accept()
    assert dialog.person == Person("Dupont", "expert", country="FR",
                                   email="j.dupont@example.org")


def test_opening_the_window_on_a_plan_does_not_load_openpyxl(demo_path):
    code = (
        "import sys; from PySide6.QtWidgets import QApplication; app = QApplication([]);"
        "from PySide6.QtCore import QSettings;"
        "from consult_desktop.ui.main_window import MainWindow;"
        f"w = MainWindow(QSettings('{demo_path.parent}/s.ini', QSettings.Format.IniFormat));"
        "assert 'pycountry' not in sys.modules;"
        f"assert w.open_path(__import__('pathlib').Path('{demo_path}'));"
        "print('openpyxl' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "False"


def test_an_unreadable_file_is_reported_and_nothing_is_asked(tab, context, monkeypatch,
                                                             tmp_path):
    bad = tmp_path / "list.xlsx"
    bad.write_text("not a workbook")
    messages: list[str] = []
    context.failed.connect(messages.append)
    calls: list = []
    _press_import(monkeypatch, calls)
    tab.import_path(bad)
    tab.import_path(tmp_path / "missing.csv")
    assert calls == [] and context.undo_stack.count() == 0
    assert "list.xlsx: not an Excel workbook" in messages[0]
    assert "missing.csv" in messages[1]


def test_a_workbook_without_a_recognised_sheet_asks_which_one(tab, context, monkeypatch,
                                                              tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    book.active.title = "Read me"
    book.active.append(["This workbook lists the delegations."])
    sheet = book.create_sheet("Delegations")
    sheet.append(["Surname", "Kind"])
    sheet.append(["Nowak", "expert"])
    path = tmp_path / "list.xlsx"
    book.save(path)
    asked: list = []
    monkeypatch.setattr(tab, "ask_sheet", lambda p, sheets: asked.append(sheets) or None)
    calls: list = []
    _press_import(monkeypatch, calls)
    tab.import_path(path)
    assert asked == [["Read me", "Delegations"]] and calls == []
    monkeypatch.setattr(tab, "ask_sheet", lambda p, sheets: "Delegations")
    tab.import_path(path)
    assert calls and calls[0].plan().headers == ["Surname", "Kind"]


def _preview_rows(dialog):
    table = dialog.rows
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    return [dict(zip(headers, (table.item(r, c).text() for c in range(len(headers))),
                     strict=True)) for r in range(table.rowCount())]


def test_a_list_without_a_category_column_is_mapped_and_given_a_category_for_all(
        qtbot, tab, context, monkeypatch, tmp_path):
    path = tmp_path / "colleague.csv"
    path.write_text("Surname,First name,Delegation,Remarks,Seat\n"
                    "Yilmaz,Ayse,Turkey,head of delegation,12\n"
                    "Demir,Can,Turkey,,13\n", encoding="utf-8")
    dialog = ImportDialog(path, Reading(context.plan_file, path))
    qtbot.addWidget(dialog)
    assert dialog.plan.fatal and not dialog.import_button.isEnabled()
    assert dialog.pages.currentIndex() == 1  # the Columns page, where it is settled
    assert "Category" in dialog.note.text()
    dialog.set_default("category", "member_state")
    assert not dialog.plan.fatal and dialog.import_button.isEnabled()
    dialog.map_column(2, "country")  # "Delegation"
    dialog.map_column(3, "notes")  # "Remarks"
    dialog.map_column(1, "")  # the first names left out
    rows = _preview_rows(dialog)
    assert [(r["Row"], r["Outcome"], r["Family name"], r["Country"], r["Category"],
             r["Notes"]) for r in rows] == [
        ("2", "Add", "Yilmaz", "Türkiye", "Member State of the body", "head of delegation"),
        ("3", "Add", "Demir", "Türkiye", "Member State of the body", "")]
    assert "Given name" not in rows[0]
    dialog.map_column(3, "country")  # one column per field: "Delegation" gives it up
    assert dialog.mapping.cellWidget(2, 1).currentText() == "(not imported)"
    dialog.map_column(2, "country")
    monkeypatch.setattr(ImportDialog, "ask", classmethod(lambda *a: dialog.plan))
    tab.import_path(path)
    people = _on_disk(context)
    assert people["Yilmaz"].country == "TR" and people["Yilmaz"].category == "member_state"
    assert people["Yilmaz"].given_name == ""


def test_the_preview_shows_the_encoding_and_flags_damaged_names_until_it_is_changed(
        qtbot, context, tmp_path):
    path = tmp_path / "mission.csv"
    # UTF-8 names, and one byte from a Windows editor: the file is not valid UTF-8, so
    # it is read as Windows-1252 and the Turkish names come out garbled.
    path.write_bytes("Family name,Given name,Category\nYılmaz,Ayşe,Member State\n"
                     "Öztürk,Can,Member State\n".encode() + b"Caf\xe9,Ali,Expert\n")
    dialog = ImportDialog(path, Reading(context.plan_file, path))
    qtbot.addWidget(dialog)
    assert dialog.encoding.currentData() == "cp1252"
    assert "read as Windows-1252" in dialog.encoding_found.text()
    problems = [(p.row, p.column) for p in dialog.plan.problems]
    assert (2, "Family name") in problems and (3, "Family name") in problems
    assert "'Yılmaz'" in dialog.plan.problems[0].message
    assert [r["Outcome"] for r in _preview_rows(dialog)] == ["Problem", "Problem", "Add"]
    assert not dialog.import_button.isEnabled()
    dialog.encoding.setCurrentIndex(dialog.encoding.findData("utf-8"))
    rows = _preview_rows(dialog)
    assert [(r["Family name"], r["Given name"]) for r in rows[:2]] == [
        ("Yılmaz", "Ayşe"), ("Öztürk", "Can")]
    assert [(p.row, p.column) for p in dialog.plan.problems] == [(4, "Family name")]


def test_a_name_saved_with_question_marks_is_a_problem_of_its_row(qtbot, context, tmp_path):
    path = tmp_path / "saved-as-ansi.csv"
    path.write_bytes(b"Family name,Given name,Category\nY?lmaz,Ay?e,Expert\n")
    dialog = ImportDialog(path, Reading(context.plan_file, path))
    qtbot.addWidget(dialog)
    assert dialog.encoding.currentData() == "utf-8"
    assert [(dialog.problems.item(r, 0).text(), dialog.problems.item(r, 1).text())
            for r in range(dialog.problems.rowCount())] == [("2", "Family name"),
                                                             ("2", "Given name")]
    assert dialog.pages.tabText(2) == "Problems (2)"


def test_a_shared_email_in_the_file_is_a_notice_in_the_preview_not_a_merge(
        qtbot, context, tmp_path):
    path = tmp_path / "mission.csv"
    path.write_text("Family name,Given name,Email,Category\n"
                    "Yilmaz,Ayse,mission@example.org,Member State\n"
                    "Demir,Can,mission@example.org,Member State\n", encoding="utf-8")
    dialog = ImportDialog(path, Reading(context.plan_file, path))
    qtbot.addWidget(dialog)
    assert [r["Outcome"] for r in _preview_rows(dialog)] == ["Add", "Add (see Notices)"]
    assert dialog.pages.isTabVisible(3) and dialog.pages.tabText(3) == "Notices (1)"
    assert dialog.notices.item(0, 0).text() == "3"
    assert "other names, so another person" in dialog.notices.item(0, 2).text()
    assert dialog.import_button.isEnabled()


def test_a_long_note_in_the_import_preview_wraps_instead_of_being_cut(context, qtbot, tmp_path):
    path = tmp_path / "notes.csv"
    long_note = ("Arrives on the evening of 1 November from Ankara via Istanbul; needs a visa"
                 " letter addressed to the Swiss consulate and a wheelchair at the airport")
    path.write_text("Family name,Category,Notes\n"
                    f"Yilmaz,Member State,{long_note}\nDemir,Member State,Short\n",
                    encoding="utf-8")
    dialog = ImportDialog(path, Reading(context.plan_file, path))
    qtbot.addWidget(dialog)
    dialog.resize(1024, 560)
    dialog.show()
    qtbot.waitExposed(dialog)
    rows = dialog.rows
    notes = next(c for c in range(rows.columnCount())
                 if rows.horizontalHeaderItem(c).text() == "Notes")
    assert rows.item(0, notes).text() == long_note
    assert rows.columnWidth(notes) < rows.fontMetrics().horizontalAdvance(long_note)
    assert rows.rowHeight(0) > 1.5 * rows.rowHeight(1)  # the whole note, on two lines or more
