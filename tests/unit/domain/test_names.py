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
    # A typed title is read as its code and printed in the language asked for.
    assert names.list_name("Иван", "Петров", "Г-н", "ru") == "г-н Иван ПЕТРОВ"
    assert names.list_name("Élodie", "Müller") == "Élodie MÜLLER"


def test_people_sort_by_family_then_given_name_without_regard_to_accents_or_case():
    people = [("Zoe", "Ávila"), ("Anna", "avila"), ("Bo", "de la Fontaine"),
              ("Al", "Dupont"), ("Ян", "Жуков"), ("Иван", "Ёлкин")]
    ordered = sorted(people, key=lambda p: names.sort_key(p[1], p[0]))
    assert ordered == [("Anna", "avila"), ("Zoe", "Ávila"), ("Bo", "de la Fontaine"),
                       ("Al", "Dupont"), ("Иван", "Ёлкин"), ("Ян", "Жуков")]


def test_titles_are_read_as_codes_and_printed_in_each_language():
    from consult_desktop.domain.names import plain_name, title_code

    assert [title_code(t) for t in ("Mr.", "M.", "Mme", "Ms.", "Mrs.", "г-жа", "H.E.")] == \
        ["mr", "mr", "ms", "ms", "mrs", "ms", "H.E."]
    assert plain_name("Anne", "Roy", "ms", "en") == "Ms. Anne Roy"
    assert plain_name("Anne", "Roy", "ms", "fr") == "Mme Anne Roy"
    assert plain_name("Анна", "Рой", "ms", "ru") == "г-жа Анна Рой"
    assert plain_name("Jean", "Roy", "M.", "en") == "Mr. Jean Roy"  # a stored "M." too
    assert plain_name("Jean", "Roy", "H.E.", "fr") == "H.E. Jean Roy"


def test_cyrillic_names_are_transliterated_by_icao_9303():
    from consult_desktop.domain.names import for_language, transliterate

    assert transliterate("Юлия Щукина") == "Iuliia Shchukina"
    assert transliterate("ЖУКОВ") == "ZHUKOV"
    assert transliterate("Ельцин-Хрущёв") == "Eltsin-Khrushchev"
    assert for_language("Петров", "Petrov", "fr") == "Petrov"
    assert for_language("Петров", "", "en") == "Petrov"
    assert for_language("Петров", "Petrov", "ru") == "Петров"
