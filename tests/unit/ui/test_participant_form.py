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
