"""A person's name: one builder for the window, the agenda and the printed list."""

from __future__ import annotations

from consult_desktop.domain import names


def test_plain_names_leave_out_what_is_empty():
    assert names.plain_name("John", "Smith", "Mr.") == "Mr. John Smith"
    assert names.plain_name("", "Smith", "Ms.") == "Ms. Smith"
    assert names.plain_name("John", "Smith") == "John Smith"
    assert names.plain_name("", "") == ""


def test_the_list_of_participants_writes_family_names_in_capitals():
    assert names.list_name("John", "Smith", "Mr.") == "Mr. John SMITH"
    assert names.list_name("Anne", "de la Fontaine", "Ms.") == "Ms. Anne DE LA FONTAINE"
    assert names.list_name("Иван", "Петров", "Г-н") == "Г-н Иван ПЕТРОВ"
    assert names.list_name("Élodie", "Müller") == "Élodie MÜLLER"


def test_people_sort_by_family_then_given_name_without_regard_to_accents_or_case():
    people = [("Zoe", "Ávila"), ("Anna", "avila"), ("Bo", "de la Fontaine"),
              ("Al", "Dupont"), ("Ян", "Жуков"), ("Иван", "Ёлкин")]
    ordered = sorted(people, key=lambda p: names.sort_key(p[1], p[0]))
    assert ordered == [("Anna", "avila"), ("Zoe", "Ávila"), ("Bo", "de la Fontaine"),
                       ("Al", "Dupont"), ("Иван", "Ёлкин"), ("Ян", "Жуков")]
