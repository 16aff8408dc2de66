"""The participant form's delegation fields: head of delegation and rank."""

from __future__ import annotations

from consult_desktop.domain.participants import Person
from consult_desktop.ui.participant_form import ParticipantDialog


def test_head_of_delegation_and_rank_are_read_and_shown(qtbot):
    head = Person("Zola", "member_state", given_name="Emile", country="FR",
                  head_of_delegation=True, rank=1)
    form = ParticipantDialog(head, {"FR"})
    qtbot.addWidget(form)
    assert form.head_of_delegation.isChecked() and form.rank.text() == "1"
    form.head_of_delegation.setChecked(False)
    form.rank.setText("3")
    form.accept()
    assert form.person == head._replace(head_of_delegation=False, rank=3)


def test_a_rank_in_words_is_refused_in_the_form(qtbot):
    form = ParticipantDialog(Person("Zola", "member_state"), set())
    qtbot.addWidget(form)
    form.rank.setText("second")
    form.accept()
    assert form.person is None
    assert "Rank: expected a whole number" in form.problems.text()


def test_a_cyrillic_name_shows_its_transliteration_and_takes_a_correction(qtbot):
    form = ParticipantDialog(None, {"RU"})
    qtbot.addWidget(form)
    form.family_name.setText("Щукин")  # (QTest types Latin-1 letters only)
    form.given_name.setText("Алексей")
    # Left empty, the English and French lists print the ICAO transliteration, shown.
    assert form.family_name_latin.placeholderText() == "Shchukin (automatic)"
    assert form.given_name_latin.placeholderText() == "Aleksei (automatic)"
    qtbot.keyClicks(form.given_name_latin, "Alexey")  # as in the passport
    form.category.setCurrentIndex(form.category.findData("member_state"))
    form.accept()
    assert form.person is not None
    assert (form.person.given_name_latin, form.person.family_name_latin) == ("Alexey", "")
    again = ParticipantDialog(form.person, {"RU"})
    qtbot.addWidget(again)
    assert again.given_name_latin.text() == "Alexey"


def test_the_latin_names_print_in_english_and_the_cyrillic_in_russian(context, tmp_path):
    """From an import with a "Family name (Latin)" column to the printed lists."""
    from consult_desktop.cli import main
    from consult_desktop.services import printables
    from tests.unit.printing.helpers import flat, read_pages

    path = tmp_path / "ru.csv"
    path.write_text("Family name,Given name,Family name (Latin),Given name (Latin),Category\n"
                    "Щукина,Мария,Shchukina,Maria,Member State\n", encoding="utf-8")
    plan = context.plan_file.path
    context.plan_file.close()
    assert main(["import", str(plan), str(path)]) == 0
    from consult_desktop.store.plan_file import open_plan

    reopened = open_plan(plan)
    try:
        english = flat(read_pages(printables.make(reopened, "participants")))
        russian = flat(read_pages(printables.make(
            reopened, "participants", choices=printables.Choices(lang="ru"))))
    finally:
        reopened.close()
    assert "Maria Shchukina" in english and "Mariia" not in english
    assert "Мария Щукина" in russian
