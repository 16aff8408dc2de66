"""Country names: the one source of the name shown and printed for a State, and of
the order States are listed in.

States members of the United Nations and the observer States carry their UN official
short names (UNTERM) in English, French and Russian, from `data/un_countries.csv`:
"Iran (Islamic Republic of)", "Türkiye", "United Kingdom of Great Britain and Northern
Ireland", not ISO's "Iran, Islamic Republic of". Other territories of ISO 3166-1 keep
ISO's English name (pycountry's database). The window, the printed list of participants
and the command line all ask `name` and `sort_key` here.

A name is recognised in English, French or Russian, without regard to case or
accents: the UN short name, ISO's name (inverted "Korea, Republic of" or with ISO's
"(the)": "Bahamas (the)", "Korea (the Republic of)"), the code, and a few common or
former short names ("Russia", "United Kingdom", "Swaziland", "Cape Verde"); an article
"the" makes no difference ("the Gambia"). pycountry is imported only to read a typed
name: it costs about 90 ms.
"""

from __future__ import annotations

import csv
import functools
from pathlib import Path

from consult_desktop.domain.folding import fold, fold_words

LANGUAGES = ("en", "fr", "ru")
UN_NAMES = Path(__file__).with_name("data") / "un_countries.csv"

# Short names people write that ISO 3166 spells otherwise.
COMMON_NAMES = {
    "russia": "RU", "turkey": "TR", "turkiye": "TR", "united kingdom": "GB", "uk": "GB",
    "great britain": "GB", "united states": "US", "usa": "US", "moldova": "MD",
    "iran": "IR", "syria": "SY", "bolivia": "BO", "venezuela": "VE", "tanzania": "TZ",
    "czech republic": "CZ", "czechia": "CZ", "south korea": "KR", "north korea": "KP",
    "laos": "LA", "vietnam": "VN", "macedonia": "MK", "north macedonia": "MK",
    "holy see": "VA", "vatican": "VA", "palestine": "PS", "state of palestine": "PS",
    "royaume uni": "GB", "etats unis": "US", "russie": "RU", "turquie": "TR",
    "federation de russie": "RU", "u s a": "US", "u s": "US", "u k": "GB", "britain": "GB",
    # Former UN short names, still typed: the States renamed themselves.
    "swaziland": "SZ", "cape verde": "CV", "former yugoslav republic of macedonia": "MK",
    "burma": "MM", "ivory coast": "CI", "east timor": "TL",
    "netherlands": "NL", "brunei": "BN", "micronesia": "FM", "vatican city": "VA",
}

# Territories whose ISO name is inverted, as UN documents name them (UNSD's M49 and
# UN usage): never "Virgin Islands, British" or "Taiwan, Province of China" in print.
TERRITORY_NAMES = {
    "VG": "British Virgin Islands", "VI": "United States Virgin Islands",
    "TW": "Taiwan Province of China",
}


@functools.cache
def _un() -> dict[str, dict[str, str]]:
    """Alpha-2 code -> {language: UN short name} for the member and observer States."""
    with UN_NAMES.open(encoding="utf-8", newline="") as handle:
        return {row["alpha_2"]: {lang: row[lang] for lang in LANGUAGES}
                for row in csv.DictReader(handle)}


def un_states() -> dict[str, str]:
    """Alpha-2 code -> "member" or "observer": the States of the United Nations."""
    with UN_NAMES.open(encoding="utf-8", newline="") as handle:
        return {row["alpha_2"]: row["status"] for row in csv.DictReader(handle)}


@functools.cache
def _names() -> dict[str, str]:
    """Alpha-2 code -> English name: all that showing a country needs (the index of
    spellings below costs several times more, and only reading a name needs it).
    Read from pycountry's own database file, the source of its `Country.name`: ~5 ms,
    where importing pycountry costs ~70 ms on the way to the Participants tab."""
    import importlib.util
    import json

    spec = importlib.util.find_spec("pycountry")
    assert spec is not None and spec.submodule_search_locations is not None
    database = Path(spec.submodule_search_locations[0]) / "databases" / "iso3166-1.json"
    with database.open(encoding="utf-8") as handle:
        entries = json.load(handle)["3166-1"]
    names = {entry["alpha_2"]: entry["name"] for entry in entries}
    names.update(TERRITORY_NAMES)
    names.update((code, un["en"]) for code, un in _un().items())
    return names


@functools.cache
def _index() -> dict[str, str]:
    """Folded code or name -> alpha-2 code."""
    import gettext

    import pycountry

    french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"],
                                 fallback=True)
    index: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        spellings = [code, country.alpha_3, country.name, french.gettext(country.name)]
        for attribute in ("official_name", "common_name"):
            value = getattr(country, attribute, None)
            if value:
                spellings += [value, french.gettext(value)]
        spellings += _un().get(code, {}).values()
        spellings += [TERRITORY_NAMES[code]] if code in TERRITORY_NAMES else []
        for spelling in spellings:
            index.setdefault(_key(spelling), code)
    for spelling, code in COMMON_NAMES.items():
        index.setdefault(_key(spelling), code)
    return index


def _key(text: str) -> str:
    """A name's words, folded, without the article: "The Gambia" -> "gambia"."""
    return " ".join(word for word in fold_words(text).split() if word != "the")


def _turned(text: str) -> str:
    """An inverted name the natural way round: "Korea (the Republic of)" and "Korea,
    Republic of" -> "Republic of Korea"; "" when the name is not inverted."""
    head, bracket, tail = text.partition("(")
    if bracket and tail.rstrip().endswith(")"):
        return f"{tail.rstrip()[:-1]} {head}"
    head, comma, tail = text.rpartition(",")
    return f"{tail} {head}" if comma else ""


@functools.lru_cache(maxsize=2048)
def lookup(text: str) -> str | None:
    """The alpha-2 code of a country written as a code or a name, or None."""
    index = _index()
    found = index.get(_key(text))
    if found is None and _turned(text):
        found = index.get(_key(_turned(text)))
    return found


def name(code: str, lang: str = "en") -> str:
    """The name of a State or territory from its alpha-2 code, in `lang`: the UN short
    name for a State of the UN, else ISO's English name; the code itself when unknown."""
    code = code.upper()
    un = _un().get(code)
    if un is not None:
        return un[lang] if lang in un else un["en"]
    return _names().get(code, code)


def sort_key(code: str, lang: str = "en") -> str:
    """Where a State stands in an alphabetical list in `lang`."""
    return fold(name(code, lang))


def all_codes(lang: str = "en") -> list[str]:
    """Every alpha-2 code, in the alphabetical order of their names in `lang`."""
    return sorted(_names(), key=lambda code: sort_key(code, lang))
