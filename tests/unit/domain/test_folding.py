"""Accent folding: one way to compare, search and sort text."""

from __future__ import annotations

from consult_desktop.domain.folding import fold, fold_words, sort_key


def test_folding_drops_case_and_accents_in_any_script():
    assert fold("Élodie") == "elodie"
    assert fold("ÅLAND") == "aland"
    assert fold("Straße") == "strasse"
    assert fold("Ёлкин") == "елкин" and fold("Йемен") == "иемен"
    assert fold("O'Brien") == "o'brien"


def test_word_folding_turns_punctuation_into_single_spaces():
    assert fold_words("  Côte d'Ivoire ") == "cote d ivoire"
    assert fold_words("family_name") == "family name"
    assert fold_words("Nom de famille") == "nom de famille"


def test_the_sort_key_files_accented_letters_with_their_base():
    assert sorted(["Zambia", "Åland", "Austria"], key=sort_key) == ["Åland", "Austria", "Zambia"]


def test_french_and_russian_order_follow_the_collation_algorithm():
    from consult_desktop.domain.folding import order_key

    french = ["Turquie", "États-Unis d'Amérique", "Belgique", "Bélarus", "Allemagne"]
    assert sorted(french, key=lambda t: order_key(t, "fr")) == \
        ["Allemagne", "Bélarus", "Belgique", "États-Unis d'Amérique", "Turquie"]
    # What plain code-point order gets wrong: É after T.
    assert sorted(french)[-1] == "États-Unis d'Amérique"
    russian = ["Соединенные Штаты Америки", "Германия", "Бельгия", "Беларусь", "Австрия"]
    assert sorted(russian, key=lambda t: order_key(t, "ru")) == \
        ["Австрия", "Беларусь", "Бельгия", "Германия", "Соединенные Штаты Америки"]
