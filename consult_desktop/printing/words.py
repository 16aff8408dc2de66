"""The fixed words of the printed documents in each language: headings, labels and
phrases, from gettext message catalogs (`locale/<lang>/LC_MESSAGES/documents.po`),
compiled with Babel when a document in that language is first printed. The messages
in the code are the English; a fourth language is one more catalog, no change of code.

`tests/unit/printing/test_words.py` checks that every message the documents use has a
French and a Russian translation, and that the catalogs keep the placeholders.
"""

from __future__ import annotations

import functools
import gettext
import io
from pathlib import Path

LANGUAGES = ("en", "fr", "ru")
LOCALE_DIR = Path(__file__).with_name("locale")
DOMAIN = "documents"
# A language's own name, as a translated version's masthead prints it.
LANGUAGE_NAMES = {"en": "English", "fr": "French", "ru": "Russian"}


def catalog_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def check_language(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"documents are printed in {', '.join(LANGUAGES)}, not {lang!r}")
    return lang


@functools.cache
def translations(lang: str) -> gettext.NullTranslations:
    """The catalog of `lang`, compiled in memory with Babel; English is the messages."""
    check_language(lang)
    if lang == "en":
        return gettext.NullTranslations()
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with catalog_path(lang).open("rb") as handle:
        catalog = read_po(handle, locale=lang, domain=DOMAIN)
    compiled = io.BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)


def tr(lang: str, message: str, **values: object) -> str:
    """`message` in `lang`, with its {placeholders} filled."""
    found = translations(lang).gettext(message)
    return found.format(**values) if values else found


def ntr(lang: str, singular: str, plural: str, count: int, **values: object) -> str:
    """A message that agrees with `count` (Russian has three forms)."""
    found = translations(lang).ngettext(singular, plural, count)
    return found.format(count=count, **values)


def ctr(lang: str, context: str, message: str) -> str:
    """`message` in `lang` where the same English word translates differently by
    context: a version's language line "Français", "Original : anglais"."""
    return translations(lang).pgettext(context, message)


def N_(message: str) -> str:
    """Marks a message kept in a table, translated where it is used."""
    return message
