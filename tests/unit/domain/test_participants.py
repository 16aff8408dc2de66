"""Reading a participant from spreadsheet cells, and the checks a participant must pass."""

from __future__ import annotations

from decimal import Decimal

import pytest

from consult_desktop.domain import countries
from consult_desktop.domain.participants import (
    Person,
    check,
    find_duplicate,
    match_headers,
    merge,
    read_amount,
    read_person,
    to_cells,
)


def test_headers_match_in_french_and_english_whatever_the_case_and_accents():
    headers = ["NOM", "Prénom", "pays", "Courriel", "E-mail", "CATEGORIE", "Statut",
               "Téléphone", "Organization", "Fonction", "Colour"]
    mapping = match_headers(headers)
    assert mapping == {0: "family_name", 1: "given_name", 2: "country", 3: "email",
                       5: "category", 6: "status", 7: "phone", 8: "organisation",
                       9: "function"}  # the second email column and "Colour" are left out


@pytest.mark.parametrize(("text", "code"), [
    ("CH", "CH"), ("che", "CH"), ("Switzerland", "CH"), ("Suisse", "CH"),
    ("allemagne", "DE"), ("Türkiye", "TR"), ("Turkey", "TR"), ("Russia", "RU"),
    ("Côte d'Ivoire", "CI"), ("Narnia", None), ("", None),
])
def test_a_country_is_read_from_its_code_or_its_english_or_french_name(text, code):
    assert countries.lookup(text) == code


def test_a_valid_row_becomes_a_person_with_codes_and_defaults():
    person, problems = read_person({
        "family_name": " Dupont ", "category": "État membre", "country": "France",
        "email": "j.dupont@example.fr", "travel_requested": "oui", "travel_amount": "1 850,5",
    })
    assert problems == []
    assert person == Person(family_name="Dupont", category="member_state", country="FR",
                            email="j.dupont@example.fr", status="invited",
                            travel_requested=True, travel_amount=Decimal("1850.50"))


def test_every_problem_of_a_row_is_reported_with_its_field():
    person, problems = read_person({"family_name": "", "category": "", "status": "maybe",
                                    "country": "Atlantis", "email": "not-an-address",
                                    "travel_approved": "perhaps", "travel_amount": "-5"})
    assert person is None
    assert {p.field for p in problems} == {"family_name", "category", "status", "country",
                                           "email", "travel_approved", "travel_amount"}
    assert any("Atlantis" in p.message for p in problems)


@pytest.mark.parametrize(("text", "amount"), [
    ("1850", "1850.00"), ("1,850.50", "1850.50"), ("1.850,50", "1850.50"), ("1 850", "1850.00"),
    ("12,5", "12.50"), ("1,850", "1850.00"),
])
def test_amounts_read_with_either_decimal_mark(text, amount):
    assert read_amount(text) == Decimal(amount)


@pytest.mark.parametrize("text", ["abc", "-1", "1.234", "NaN"])
def test_bad_amounts_are_refused(text):
    with pytest.raises(ValueError):
        read_amount(text)


def test_a_person_written_as_cells_reads_back_the_same():
    person = Person(family_name="Воронцов", given_name="Алексей", category="member_state",
                    country="RU", status="confirmed", email="a@example.ru", phone="+7 495",
                    travel_requested=True, travel_approved=True,
                    travel_amount=Decimal("1400.00"), notes="=not a formula")
    assert read_person(to_cells(person)) == (person, [])
    assert check(person) == []
    assert [p.field for p in check(Person(family_name=" ", category="expert"))] == [
        "family_name"]


def test_duplicates_are_found_by_email_then_by_names_and_organisation():
    others = [(1, Person("Dupont", "ngo", given_name="Jean", organisation="ONG A")),
              (2, Person("Martin", "ngo", email="Marie@Example.org"))]
    assert find_duplicate(Person("Other", "ngo", email="marie@example.org"), others) == (
        2, "email")
    assert find_duplicate(Person("DUPONT", "expert", given_name="Jéan",
                                 organisation="ong a"), others) == (1, "name")
    assert find_duplicate(Person("Dupont", "ngo", given_name="Jean",
                                 organisation="ONG B"), others) is None


def test_merge_keeps_old_values_where_the_new_person_says_nothing():
    old = Person("Dupont", "ngo", given_name="Jean", phone="123", travel_requested=True)
    new = Person("Dupont", "expert", email="j@example.org")
    merged = merge(old, new)
    assert merged == Person("Dupont", "expert", given_name="Jean", phone="123",
                            email="j@example.org", travel_requested=True)
