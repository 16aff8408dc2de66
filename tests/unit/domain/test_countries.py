"""Country names: the UN short names of the States, ISO's for other territories, one
order for the window and the printed list, and countries read from what people write."""

from __future__ import annotations

import csv

import pycountry
import pytest

from consult_desktop.domain import countries


def test_the_states_carry_their_un_short_names_not_iso_names():
    assert countries.name("IR") == "Iran (Islamic Republic of)"
    assert countries.name("TR") == "Türkiye"
    assert countries.name("MD") == "Republic of Moldova"
    assert countries.name("GB") == "United Kingdom of Great Britain and Northern Ireland"
    assert countries.name("US") == "United States of America"
    assert countries.name("VA") == "Holy See"
    assert countries.name("PS") == "State of Palestine"
    assert countries.name("RU") == "Russian Federation"


@pytest.mark.parametrize(("code", "lang", "expected"), [
    ("TR", "ru", "Тюркийе"),
    ("IR", "fr", "Iran (République islamique d')"),
    ("IR", "ru", "Иран (Исламская Республика)"),
    ("MD", "fr", "République de Moldova"),
    ("GB", "ru", "Соединенное Королевство Великобритании и Северной Ирландии"),
    ("DE", "fr", "Allemagne"),
])
def test_french_and_russian_names_come_from_the_same_table(code, lang, expected):
    assert countries.name(code, lang) == expected


def test_the_table_holds_every_member_and_observer_state_in_three_languages():
    with countries.UN_NAMES.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    statuses = [row["status"] for row in rows]
    assert statuses.count("member") == 193 and statuses.count("observer") == 2
    assert len({row["alpha_2"] for row in rows}) == 195
    for row in rows:
        assert pycountry.countries.get(alpha_2=row["alpha_2"]).alpha_3 == row["alpha_3"]
        assert all(row[lang].strip() == row[lang] and row[lang] for lang in ("en", "fr", "ru"))
        assert "," not in row["en"], row  # ISO's inverted "Moldova, Republic of" is no UN name
        assert any("\u0400" <= ch <= "\u04ff" for ch in row["ru"]), row


def test_territories_outside_the_un_keep_iso_names_and_unknown_codes_show_as_themselves():
    assert countries.name("HK") == pycountry.countries.get(alpha_2="HK").name
    assert countries.name("XZ") == "XZ"
    assert countries.name("ir") == "Iran (Islamic Republic of)"


def test_states_are_ordered_by_their_folded_names_in_the_language():
    codes = countries.all_codes()
    assert codes.index("TN") < codes.index("TR") < codes.index("TM")  # Tunisia, Türkiye, Turkm.
    assert codes.index("CI") < codes.index("HR")  # Côte d'Ivoire files under C
    assert countries.sort_key("TR") == "turkiye"
    russian = countries.all_codes("ru")
    assert russian.index("AT") < russian.index("AZ")  # Австрия before Азербайджан


def test_names_and_codes_are_read_back_to_codes():
    assert countries.lookup("Fédération de Russie") == "RU"
    assert countries.lookup("russia") == "RU"
    assert countries.lookup("CHE") == "CH"
    assert countries.lookup("Iran (Islamic Republic of)") == "IR"
    assert countries.lookup("Тюркийе") == "TR"
    assert countries.lookup("Atlantis") is None


def test_every_un_name_and_every_iso_name_reads_back_to_its_own_code():
    """Dropping the article and turning inverted names round never lands on another State."""
    with countries.UN_NAMES.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            for lang in ("en", "fr", "ru"):
                assert countries.lookup(row[lang]) == row["alpha_2"], row[lang]
    for country in pycountry.countries:
        assert countries.lookup(country.name) == country.alpha_2, country.name
        assert countries.lookup(country.alpha_3) == country.alpha_2


@pytest.mark.parametrize(("typed", "code"), [
    # ISO 3166's own short names, with "(the)", as on ISO's site
    ("Korea (the Republic of)", "KR"), ("Bahamas (the)", "BS"),
    ("Congo (the Democratic Republic of the)", "CD"), ("Netherlands (the)", "NL"),
    ("Moldova (the Republic of)", "MD"), ("Tanzania, the United Republic of", "TZ"),
    # pycountry's inverted names, the UN's own list's spelling, an article typed
    ("Korea, Republic of", "KR"), ("Gambia (Republic of The)", "GM"), ("the Gambia", "GM"),
    ("the Sudan", "SD"), ("the Congo", "CG"),
    # former UN short names people still type
    ("Swaziland", "SZ"), ("Cape Verde", "CV"), ("Czech Republic", "CZ"),
    ("The former Yugoslav Republic of Macedonia", "MK"), ("U.S.A.", "US"),
])
def test_iso_and_former_names_people_type_are_understood(typed, code):
    assert countries.lookup(typed) == code


def test_a_name_that_could_be_two_states_is_not_guessed():
    assert countries.lookup("Korea") is None
    assert countries.lookup("Guinea") == "GN" and countries.lookup("Niger") == "NE"


@pytest.mark.parametrize(("code", "un_name"), [
    # The States whose UN short name differs from ISO's or changed, as the UN's list of
    # Member States writes them today.
    ("BO", "Bolivia (Plurinational State of)"), ("CV", "Cabo Verde"), ("CZ", "Czechia"),
    ("CI", "Côte d'Ivoire"), ("KP", "Democratic People's Republic of Korea"),
    ("CD", "Democratic Republic of the Congo"), ("SZ", "Eswatini"),
    ("FM", "Micronesia (Federated States of)"), ("NL", "Netherlands (Kingdom of the)"),
    ("MK", "North Macedonia"), ("KR", "Republic of Korea"),
    ("LA", "Lao People's Democratic Republic"), ("SY", "Syrian Arab Republic"),
    ("TZ", "United Republic of Tanzania"), ("VE", "Venezuela (Bolivarian Republic of)"),
    ("VN", "Viet Nam"), ("BN", "Brunei Darussalam"), ("TL", "Timor-Leste"),
    ("CG", "Congo"), ("GM", "Gambia"), ("BS", "Bahamas"),
])
def test_english_names_are_the_un_short_names(code, un_name):
    assert countries.name(code) == un_name


def test_no_printed_name_is_an_iso_inverted_form():
    """"Virgin Islands, British" and "Taiwan, Province of China" are ISO's forms; the
    few commas left belong to the names themselves."""
    inverted = {code: countries.name(code) for code in countries.all_codes()
                if "," in countries.name(code)}
    assert set(inverted) <= {"BQ", "SH"}, inverted  # "Bonaire, Sint Eustatius and Saba"
    assert countries.name("VG") == "British Virgin Islands"
    assert countries.name("TW") == "Taiwan Province of China"
    assert countries.lookup("Taiwan, Province of China") == "TW"
    assert countries.lookup("United States Virgin Islands") == "VI"
