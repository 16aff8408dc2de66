"""Country names as the tables show them, and countries read from what people write."""

from __future__ import annotations

import pycountry

from consult_desktop.domain import countries


def test_every_code_shows_the_english_name_pycountry_gives():
    expected = {country.alpha_2: country.name for country in pycountry.countries}
    assert {code: countries.name(code) for code in expected} == expected
    assert countries.name("RU") == "Russian Federation"


def test_an_unknown_code_shows_as_itself():
    assert countries.name("XZ") == "XZ"


def test_names_and_codes_are_read_back_to_codes():
    assert countries.lookup("Fédération de Russie") == "RU"
    assert countries.lookup("russia") == "RU"
    assert countries.lookup("CHE") == "CH"
    assert countries.lookup("Atlantis") is None
