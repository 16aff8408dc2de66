"""Participants as plain values: reading one from text cells, and the checks it must pass.

Headers of a spreadsheet are matched without regard to case, accents or punctuation,
in English and French; categories, statuses and countries are read from their codes,
their labels or common names. No Qt, no SQL.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

from consult_desktop.domain import countries, names, vocab
from consult_desktop.domain.folding import fold_words
from consult_desktop.domain.money import LIMIT
from consult_desktop.domain.phrases import Phrase, phrase


class Person(NamedTuple):
    """One participant's stored values (without the row id). A named tuple: 10,000 of
    them are made in an import, several times faster than frozen dataclasses."""

    family_name: str
    category: str
    given_name: str = ""
    honorific: str = ""
    function: str = ""
    organisation: str = ""
    country: str | None = None
    status: str = "invited"
    email: str | None = None
    phone: str = ""
    travel_requested: bool = False
    travel_approved: bool = False
    travel_amount: Decimal | None = None
    notes: str = ""
    # A delegation prints its head first, then by rank (1, 2, ...), then by name.
    head_of_delegation: bool = False
    rank: int | None = None
    # The names in Latin letters, for a name written in another script (Cyrillic): the
    # English and French lists print them; empty, the name is transliterated (ICAO).
    family_name_latin: str = ""
    given_name_latin: str = ""


FIELDS: tuple[str, ...] = Person._fields

# The columns of an export and of the table, in order, with their English headers.
HEADERS: dict[str, str] = {
    "honorific": "Honorific",
    "family_name": "Family name",
    "given_name": "Given name",
    "function": "Function",
    "organisation": "Organisation",
    "country": "Country",
    "category": "Category",
    "status": "Status",
    "email": "Email",
    "phone": "Phone",
    "travel_requested": "Travel requested",
    "travel_approved": "Travel approved",
    "travel_amount": "Travel amount",
    "notes": "Notes",
    "head_of_delegation": "Head of delegation",
    "rank": "Rank",
    "family_name_latin": "Family name (Latin)",
    "given_name_latin": "Given name (Latin)",
}
COLUMNS = tuple(HEADERS)
REQUIRED = ("family_name", "category")
# Two people may share an email (a permanent mission's) since schema 0005; names decide
# who is the same person. False would store the second holder without it, and say so.
SHARED_EMAILS = True
ONE_EMAIL = phrase("stored without the email (a plan holds each email once)")

_ALIASES: dict[str, tuple[str, ...]] = {
    "honorific": ("honorific", "title", "salutation", "civilite", "titre", "mr ms"),
    "family_name": ("family name", "last name", "surname", "nom", "nom de famille",
                    "lastname", "familyname"),
    "given_name": ("given name", "first name", "forename", "prenom", "firstname",
                   "givenname", "prenoms"),
    "function": ("function", "position", "job title", "fonction", "poste", "titre du poste"),
    "organisation": ("organisation", "organization", "institution", "agency", "entity",
                     "organisme", "affiliation", "entite"),
    "country": ("country", "pays", "state", "etat", "country code", "code pays"),
    "category": ("category", "categorie", "participant category", "type"),
    "status": ("status", "statut", "state of registration"),
    "email": ("email", "e mail", "courriel", "mail", "email address", "e mail address",
              "adresse electronique", "adresse courriel", "adresse e mail"),
    "phone": ("phone", "telephone", "tel", "mobile", "phone number", "numero de telephone"),
    "travel_requested": ("travel requested", "travel support requested", "voyage demande",
                         "prise en charge demandee", "financement demande"),
    "travel_approved": ("travel approved", "travel support approved", "funded",
                        "voyage approuve", "prise en charge approuvee", "financement approuve"),
    "travel_amount": ("travel amount", "travel cost", "estimated travel cost",
                      "travel estimate", "montant du voyage", "cout du voyage",
                      "montant estime"),
    "notes": ("notes", "note", "remarks", "comments", "observations", "remarques",
              "commentaires"),
    "head_of_delegation": ("head of delegation", "head", "chef de delegation",
                           "chef de la delegation", "глава делегации"),
    "rank": ("rank", "order in delegation", "rang", "ordre", "порядок", "ранг"),
    "family_name_latin": ("family name latin", "family name in latin letters",
                          "surname latin", "last name latin", "nom latin",
                          "nom en caracteres latins", "фамилия латиницей"),
    "given_name_latin": ("given name latin", "given name in latin letters",
                         "first name latin", "prenom latin", "prenom en caracteres latins",
                         "имя латиницей"),
}


@functools.lru_cache(maxsize=4096)
def fold_word(text: str) -> str:
    """`fold_words` for the few words a column repeats (categories, statuses, yes and no)."""
    return fold_words(text)


_HEADER_INDEX = {fold_words(alias): name for name, aliases in _ALIASES.items() for alias in aliases}
_HEADER_INDEX.update({fold_words(header): name for name, header in HEADERS.items()})
_HEADER_INDEX.update({fold_words(name): name for name in FIELDS})


def match_header(header: str) -> str | None:
    """The field a spreadsheet header names, or None."""
    return _HEADER_INDEX.get(fold_words(header))


def match_headers(headers: Iterable[str]) -> dict[int, str]:
    """Column index -> field; a field named twice is taken from its first column."""
    mapping: dict[int, str] = {}
    for index, header in enumerate(headers):
        name = match_header(header)
        if name is not None and name not in mapping.values():
            mapping[index] = name
    return mapping


def _choices_index(choices: vocab.Choices, extra: Mapping[str, str]) -> dict[str, str]:
    index = {fold_words(code): code for code, _ in choices}
    index.update({fold_words(label): code for code, label in choices})
    index.update({fold_words(k): v for k, v in extra.items()})
    return index


_CATEGORIES = _choices_index(vocab.PARTICIPANT_CATEGORIES, {
    "member state": "member_state", "etat membre": "member_state",
    "other state": "other_state", "autre etat": "other_state", "observer state": "other_state",
    "un secretariat": "un_secretariat", "secretariat de l onu": "un_secretariat",
    "secretariat des nations unies": "un_secretariat",
    "un body": "un_body", "regional commission": "un_body", "organe des nations unies": "un_body",
    "specialized agency": "specialized_agency", "specialised agency": "specialized_agency",
    "institution specialisee": "specialized_agency",
    "intergovernmental organisation": "igo", "intergovernmental organization": "igo",
    "organisation intergouvernementale": "igo",
    "ngo": "ngo", "non governmental organisation": "ngo", "non governmental organization": "ngo",
    "ong": "ngo", "organisation non gouvernementale": "ngo", "civil society": "ngo",
    "expert": "expert", "experte": "expert",
    "secretariat staff": "secretariat", "secretariat": "secretariat",
    "personnel du secretariat": "secretariat",
})
_STATUSES = _choices_index(vocab.PARTICIPANT_STATUSES, {
    "invite": "invited", "invitee": "invited", "nomme": "nominated", "nommee": "nominated",
    "designe": "nominated", "designee": "nominated", "inscrit": "registered",
    "inscrite": "registered", "confirme": "confirmed", "confirmee": "confirmed",
    "decline": "declined", "refuse": "declined", "refusee": "declined",
    "present": "attended", "presente": "attended", "attended": "attended",
})
_TRUE = {"yes", "y", "true", "1", "x", "oui", "o", "vrai", "да", "д"}
_FALSE = {"", "no", "n", "false", "0", "non", "faux", "нет", "н"}
RANK_LIMIT = 10_000  # no delegation is that large: a larger rank is a typo
EMAIL = re.compile(r"^[^@\s<>(),;:\"]+@[^@\s<>(),;:\"]+\.[^@\s<>(),;:\".]{2,}$")


def read_category(text: str) -> str | None:
    return _CATEGORIES.get(fold_word(text))


def read_status(text: str) -> str | None:
    return _STATUSES.get(fold_word(text))


def read_flag(text: str) -> bool | None:
    folded = fold_word(text)
    if folded in _TRUE:
        return True
    return False if folded in _FALSE else None


def read_amount(text: str) -> Decimal | None:
    """A non-negative amount with at most 2 places; "1 850,50" and "1,850.50" both read."""
    cleaned = re.sub(r"[\s\u00a0\u202f']", "", text)
    if "," in cleaned and "." in cleaned:
        decimal_mark = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
        cleaned = cleaned.replace("." if decimal_mark == "," else ",", "")
        cleaned = cleaned.replace(",", ".")
    elif "," in cleaned:
        whole, _, tail = cleaned.rpartition(",")
        cleaned = f"{whole.replace(',', '')}.{tail}" if len(tail) != 3 else cleaned.replace(
            ",", "")
    try:
        amount = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(phrase("not an amount: {text}", text=repr(text))) from None
    if not amount.is_finite() or amount < 0:
        raise ValueError(phrase("must be a positive amount: {text}", text=repr(text)))
    if amount >= LIMIT:  # "1e999" is finite, yet no travel costs that much
        raise ValueError(phrase("too large an amount: {text}", text=repr(text)))
    if amount != amount.quantize(Decimal("0.01")):
        raise ValueError(phrase("more than 2 decimal places: {text}", text=repr(text)))
    return amount.quantize(Decimal("0.01"))


@dataclass(frozen=True)
class Problem:
    field: str
    said: Phrase  # the window says it in its language (ui/phrases.py)

    @property
    def message(self) -> str:
        """In English, as an import's report and the command line say it."""
        return str(self.said)


def unquote(text: str) -> str:
    """Undo the quote an export puts before a cell a spreadsheet would take for a formula
    (and before one that starts with such a quote already: "''=x" is "'=x")."""
    if text[:1] == "'" and text.lstrip("'")[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return text[1:]
    return text


def read_person(cells: Mapping[str, str]) -> tuple[Person | None, list[Problem]]:
    """A person from text cells keyed by field; the problems found, one per field."""
    values: dict[str, object] = {}
    problems: list[Problem] = []
    text = dict.fromkeys(FIELDS, "")
    for name, value in cells.items():
        if value:
            value = str(value)
            text[name] = (unquote(value) if value[0] == "'" else value).strip()
    for name in ("family_name", "given_name", "honorific", "function", "organisation",
                 "phone", "notes", "family_name_latin", "given_name_latin"):
        values[name] = text[name]
    values["honorific"] = names.title_code(text["honorific"])  # "Mme" -> "ms" (issue 16)
    if not text["family_name"]:
        problems.append(Problem("family_name", phrase("the family name is required")))
    category = read_category(text["category"])
    if not text["category"]:
        problems.append(Problem("category", phrase("the category is required")))
    elif category is None:
        problems.append(Problem("category", phrase("unknown category {text}",
                                                    text=repr(text["category"]))))
    values["category"] = category or ""
    status = read_status(text["status"]) if text["status"] else "invited"
    if status is None:
        problems.append(Problem("status", phrase("unknown status {text}",
                                                  text=repr(text["status"]))))
    values["status"] = status or "invited"
    country = countries.lookup(text["country"]) if text["country"] else None
    if text["country"] and country is None:
        problems.append(Problem("country", phrase("unknown country {text}",
                                                   text=repr(text["country"]))))
    values["country"] = country
    email = text["email"] or None
    if email is not None and not EMAIL.match(email):
        problems.append(Problem("email", phrase("not an email address: {text}",
                                                 text=repr(email))))
    values["email"] = email
    for name in ("travel_requested", "travel_approved", "head_of_delegation"):
        flag = read_flag(text[name])
        if flag is None:
            problems.append(Problem(name, phrase("expected yes or no, not {text}",
                                                     text=repr(text[name]))))
        values[name] = bool(flag)
    try:
        values["travel_amount"] = read_amount(text["travel_amount"]) if text[
            "travel_amount"] else None
    except ValueError as error:
        problems.append(Problem("travel_amount", error.args[0]))
    values["rank"] = None
    if text["rank"]:
        rank = text["rank"].removesuffix(".")
        if not rank.isascii() or not rank.isdigit() or int(rank) >= RANK_LIMIT:
            problems.append(Problem("rank", phrase("expected a whole number such as 2, not"
                                                   " {text}", text=repr(text["rank"]))))
        else:
            values["rank"] = int(rank)
    if problems:
        return None, problems
    return Person(**values), []  # type: ignore[arg-type]


def check(person: Person) -> list[Problem]:
    """The problems of a person built by a form (the same rules as an import)."""
    return read_person(to_cells(person))[1]


def to_cells(person: Person) -> dict[str, str]:
    """A person as text cells, the way an export writes them (read back by read_person)."""
    cells = {name: getattr(person, name) for name in FIELDS}
    cells["honorific"] = names.title(person.honorific)  # "ms" -> "Ms."
    cells["category"] = vocab.label(vocab.PARTICIPANT_CATEGORIES, person.category)
    cells["status"] = vocab.label(vocab.PARTICIPANT_STATUSES, person.status)
    cells["country"] = countries.name(person.country) if person.country else ""
    cells["email"] = person.email or ""
    cells["travel_requested"] = "yes" if person.travel_requested else "no"
    cells["travel_approved"] = "yes" if person.travel_approved else "no"
    amount = person.travel_amount
    cells["travel_amount"] = "" if amount is None else f"{amount:.2f}"
    cells["head_of_delegation"] = "yes" if person.head_of_delegation else "no"
    cells["rank"] = "" if person.rank is None else str(person.rank)
    return cells


def email_key(person: Person) -> str | None:
    return person.email.casefold() if person.email else None


def name_key(person: Person) -> tuple[str, str, str]:
    # Given names and organisations repeat down a list: their folds are cached.
    return fold_words(person.family_name), fold_word(person.given_name), fold_word(
        person.organisation)


def find_duplicate(person: Person, others: Iterable[tuple[int, Person]]) -> tuple[int, str] | None:
    """The first of `others` that is the same person: (id, "email" or "name"), or None."""
    email, names = email_key(person), name_key(person)
    by_name = None
    for ident, other in others:
        if email is not None and email_key(other) == email:
            return ident, "email"
        if by_name is None and name_key(other) == names:
            by_name = ident
    return (by_name, "name") if by_name is not None else None


def given_fields(cells: Mapping[str, str]) -> frozenset[str]:
    """The fields a row of cells gives a value for (a blank cell gives none)."""
    return frozenset(name for name in FIELDS if str(cells.get(name, "") or "").strip())


def merge(old: Person, new: Person, given: Iterable[str] | None = None) -> Person:
    """`old` with the values of `new` for the fields given (by default: those `new` has
    non-empty text or a number for; its flags only when true)."""
    if given is None:
        given = given_fields(to_cells(new)) - {
            n for n in ("travel_requested", "travel_approved", "head_of_delegation")
            if not getattr(new, n)}
    return old._replace(**{name: getattr(new, name) for name in given})
