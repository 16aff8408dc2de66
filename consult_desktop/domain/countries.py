"""Countries and territories of ISO 3166-1 (pycountry), read from a code or a name.

A name is recognised in English or French, without regard to case or accents, and a
few common short names ("Russia", "Turkey", "United Kingdom") are understood too.
pycountry is imported on first use: it costs about 90 ms (showing a name only reads
its database file).
"""

from __future__ import annotations

import functools
import unicodedata

# Short names people write that ISO 3166 spells otherwise.
COMMON_NAMES = {
    "russia": "RU", "turkey": "TR", "turkiye": "TR", "united kingdom": "GB", "uk": "GB",
    "great britain": "GB", "united states": "US", "usa": "US", "moldova": "MD",
    "iran": "IR", "syria": "SY", "bolivia": "BO", "venezuela": "VE", "tanzania": "TZ",
    "czech republic": "CZ", "czechia": "CZ", "south korea": "KR", "north korea": "KP",
    "laos": "LA", "vietnam": "VN", "macedonia": "MK", "north macedonia": "MK",
    "holy see": "VA", "vatican": "VA", "palestine": "PS", "state of palestine": "PS",
    "royaume uni": "GB", "etats unis": "US", "russie": "RU", "turquie": "TR",
    "federation de russie": "RU",
}


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join("".join(c if c.isalnum() else " " for c in bare).split())


@functools.cache
def _names() -> dict[str, str]:
    """Alpha-2 code -> English name: all that showing a country needs (the index of
    spellings below costs several times more, and only reading a name needs it).
    Read from pycountry's own database file, the source of its `Country.name`: ~5 ms,
    where importing pycountry costs ~70 ms on the way to the Participants tab."""
    import importlib.util
    import json
    from pathlib import Path

    spec = importlib.util.find_spec("pycountry")
    assert spec is not None and spec.submodule_search_locations is not None
    database = Path(spec.submodule_search_locations[0]) / "databases" / "iso3166-1.json"
    with database.open(encoding="utf-8") as handle:
        entries = json.load(handle)["3166-1"]
    return {entry["alpha_2"]: entry["name"] for entry in entries}


@functools.cache
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    """(folded code or name -> alpha-2 code, alpha-2 code -> English name)."""
    import gettext

    import pycountry

    french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"],
                                 fallback=True)
    index: dict[str, str] = {}
    names: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        names[code] = country.name
        spellings = [code, country.alpha_3, country.name, french.gettext(country.name)]
        for attribute in ("official_name", "common_name"):
            value = getattr(country, attribute, None)
            if value:
                spellings += [value, french.gettext(value)]
        for spelling in spellings:
            index.setdefault(_fold(spelling), code)
    for spelling, code in COMMON_NAMES.items():
        index.setdefault(spelling, code)
    return index, names


@functools.lru_cache(maxsize=2048)
def lookup(text: str) -> str | None:
    """The alpha-2 code of a country written as a code or a name, or None."""
    return _tables()[0].get(_fold(text))


def name(code: str) -> str:
    """The English name of an alpha-2 code (the code itself when unknown)."""
    return _names().get(code, code)


def all_codes() -> list[str]:
    """Every alpha-2 code, in the order of the English names."""
    names = _names()
    return sorted(names, key=lambda code: _fold(names[code]))
