"""A person's name as the program shows and prints it: the one place that puts a title,
a given name and a family name together, and that orders people.

- `plain_name`: "Mr. John Smith", for running text, the window and the agenda's chairs
  and speakers; `Titled`, the same written in the reader's language when it is known
  only later (a value of a phrase, the window's tables).
- `list_name`: "Mr. John SMITH", the list of participants: the family name in capitals
  so a reader tells it from the given name whatever the order of the culture; the
  whole family name, particles too ("Ms. Anne DE LA FONTAINE"), in any script.
- `sort_key`: family name, then given name, without regard to case or accents; a
  particle is part of the family name ("de la Fontaine" files under D), as typed.

Titles are stored as codes ("mr", "ms", ...; `title_code` reads what people type:
"Mr.", "M.", "Mme", "Ms.", "Mrs.", "г-н") and printed in the document's language:
Mr./Ms. in English, M./Mme in French, г-н/г-жа in Russian. A title that is no code
(a rank, "H.E.") is kept and printed as typed.

Names in Latin letters: a person's names are kept as written (Cyrillic, say) and, when
given, in Latin letters. English and French documents print the Latin form, the
Russian one the form as written; with no Latin form given, a name in Cyrillic is
transliterated by the scheme of ICAO Doc 9303 (machine-readable passports), which
Russian, Ukrainian and Belarusian passports use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from consult_desktop.domain.folding import fold, fold_words

# code -> (English, French, Russian)
TITLES: dict[str, dict[str, str]] = {
    "mr": {"en": "Mr.", "fr": "M.", "ru": "г-н"},
    "ms": {"en": "Ms.", "fr": "Mme", "ru": "г-жа"},
    "mrs": {"en": "Mrs.", "fr": "Mme", "ru": "г-жа"},
    "dr": {"en": "Dr.", "fr": "Dr", "ru": "д-р"},
    "prof": {"en": "Prof.", "fr": "Pr", "ru": "проф."},
}
# What people type for each code (folded, punctuation as spaces).
_SPELLINGS = {
    "mr": ("mr", "m", "monsieur", "mister", "г н", "господин"),
    "ms": ("ms", "mme", "madame", "miss", "mlle", "г жа", "госпожа"),
    "mrs": ("mrs",),
    "dr": ("dr", "doctor", "docteur", "д р"),
    "prof": ("prof", "professor", "professeur", "pr", "проф"),
}
_BY_SPELLING = {spelling: code for code, spellings in _SPELLINGS.items()
                for spelling in spellings}


def title_code(typed: str) -> str:
    """The code of a title typed in any of the three languages ("Mr." -> "mr",
    "Mme" -> "ms"); a code stays itself; anything else is kept as typed."""
    stripped = typed.strip()
    if stripped in TITLES:
        return stripped
    return _BY_SPELLING.get(fold_words(stripped), stripped)


def title(code: str, lang: str = "en") -> str:
    """A title in `lang`: "mr" (or "Mr.", "M.": what title_code reads) -> "Mr.", "M.",
    "г-н"; a title that is no code, as typed."""
    labels = TITLES.get(title_code(code))
    if labels is None:
        return code
    return labels.get(lang, labels["en"])


def _joined(*parts: str) -> str:
    return " ".join(part for part in parts if part)


@dataclass(frozen=True)
class Titled:
    """A name with its title's code, written in a reader's language ("Ms. Ana Petrović",
    "Mme Ana Petrović", "г-жа Ana Petrović"): a value of a phrase (domain/phrases.py
    `Written`), or of a table the window fills."""

    honorific: str
    name: str

    def write(self, lang: str = "en") -> str:
        # A title is never cut at its hyphen at the end of a line ("г-|жа"): U+2011.
        titled = title(self.honorific, lang).replace("-", "\u2011") if self.honorific else ""
        return _joined(titled, self.name)

    def __str__(self) -> str:
        return self.write()


def plain_name(given: str, family: str, honorific: str = "", lang: str = "en") -> str:
    """"Mr. John Smith"; the parts that are empty are left out."""
    return _joined(title(honorific, lang), given, family)


def list_name(given: str, family: str, honorific: str = "", lang: str = "en") -> str:
    """"Mr. John SMITH": the name in a printed list of participants."""
    return _joined(title(honorific, lang), given, family.upper())


def sort_key(family: str, given: str = "") -> tuple[str, str]:
    """Alphabetical order of people: by family name, then given name."""
    return fold(family), fold(given)


# ----- Latin letters ---------------------------------------------------------------
# ICAO Doc 9303, part 3, Cyrillic: one Latin spelling per letter, upper case.
ICAO_CYRILLIC = {
    "А": "A", "Б": "B", "В": "V", "Г": "G", "Д": "D", "Е": "E", "Ё": "E", "Ж": "ZH",
    "З": "Z", "И": "I", "Й": "I", "К": "K", "Л": "L", "М": "M", "Н": "N", "О": "O",
    "П": "P", "Р": "R", "С": "S", "Т": "T", "У": "U", "Ф": "F", "Х": "KH", "Ц": "TS",
    "Ч": "CH", "Ш": "SH", "Щ": "SHCH", "Ъ": "IE", "Ы": "Y", "Ь": "", "Э": "E", "Ю": "IU",
    "Я": "IA", "Є": "IE", "І": "I", "Ї": "I", "Ґ": "G", "Ў": "U",
}
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_WORD = re.compile(r"[\w\u0400-\u04ff]+")


def is_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC.search(text))


def transliterate(text: str) -> str:
    """A name in Cyrillic in Latin letters (ICAO 9303): "Иван Щукин" -> "Ivan Shchukin",
    "ЩУКИН" -> "SHCHUKIN". Other letters are kept."""
    def word(match: re.Match[str]) -> str:
        original = match.group(0)
        latin = "".join(ICAO_CYRILLIC.get(c.upper(), c) for c in original)
        if original.isupper() and len(original) > 1:
            return latin.upper()
        if original[:1].isupper():
            return latin[:1].upper() + latin[1:].lower()
        return latin.lower()

    return _WORD.sub(word, text) if is_cyrillic(text) else text


def latin(written: str, given_latin: str = "") -> str:
    """A name in Latin letters: the Latin form given, else the name as written when it
    is in Latin letters already, else its ICAO transliteration."""
    return given_latin.strip() or transliterate(written)


def for_language(written: str, in_latin: str, lang: str) -> str:
    """The form of a name a document in `lang` prints: Latin in English and French,
    as written (Cyrillic) in Russian."""
    if lang == "ru":
        return written or in_latin
    return latin(written, in_latin)
