"""The message catalogs of the printed documents: every message the code asks for has
a French and a Russian translation that keeps its placeholders."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from consult_desktop.domain import vocab
from consult_desktop.domain.printed import PARTICIPANT_COLUMNS
from consult_desktop.printing import budget, options_note, words

PACKAGE = Path(words.__file__).parent
PLACEHOLDER = re.compile(r"\{\w+\}")


def catalog(lang: str):
    with words.catalog_path(lang).open("rb") as handle:
        return read_po(handle, locale=lang)


def messages_in_the_code() -> set[str]:
    """What Babel extracts from printing/: each tr(), ntr() and N_() message."""
    from babel.messages.extract import extract_from_dir

    keywords = {"tr": (2,), "ntr": (2, 3), "N_": None}
    found = set()
    for _file, _line, message, _comments, _context in extract_from_dir(
            str(PACKAGE), keywords=keywords, method_map=[("**.py", "python")]):
        found.add(message if isinstance(message, str) else message[0])
    assert "Item {item} of the provisional agenda" in found  # the extraction works
    return found


def messages_by_table() -> set[str]:
    """Messages the documents translate from tables: titles, categories, units, ..."""
    found = {label for table in (vocab.DOCUMENT_KINDS, vocab.BUDGET_CATEGORIES,
                                 vocab.OPTION_FORMATS, vocab.SUMMARY_KINDS)
             for _, label in table}
    found |= {heading for _, heading in PARTICIPANT_COLUMNS}
    found |= {one for one, _ in budget.UNIT_FORMS.values()}
    found |= {one for one, _ in options_note.NOUNS.values()}
    return found


@pytest.mark.parametrize("lang", ["fr", "ru"])
def test_every_message_has_a_translation_with_its_placeholders(lang):
    found = catalog(lang)
    translated = {(m.id if isinstance(m.id, str) else m.id[0]): m for m in found if m.id}
    wanted = messages_in_the_code() | messages_by_table()
    missing = sorted(wanted - set(translated))
    assert not missing, f"{lang}: no translation of {missing}"
    for key in wanted:
        message = translated[key]
        forms = message.string if isinstance(message.string, tuple) else (message.string,)
        assert all(forms), f"{lang}: {key!r} is empty"
        for form in forms:
            assert set(PLACEHOLDER.findall(form)) <= set(PLACEHOLDER.findall(key) or
                                                       PLACEHOLDER.findall(str(message.id))
                                                       ) | {"{count}"}, (lang, key, form)


@pytest.mark.parametrize("lang", ["fr", "ru"])
def test_the_language_lines_of_the_masthead_have_both_contexts(lang):
    for context in ("original", "version"):
        for name in words.LANGUAGE_NAMES.values():
            assert words.ctr(lang, context, name) != name, (lang, context, name)


def test_russian_counts_take_three_forms():
    assert [words.ntr("ru", "{count} participant", "{count} participants", n)
            for n in (1, 3, 5, 21)] == ["1 участник", "3 участника", "5 участников",
                                        "21 участник"]
    assert words.ntr("fr", "{count} participant", "{count} participants", 2) == \
        "2 participants"


def test_english_is_the_messages_themselves():
    assert words.tr("en", "Item {item} of the provisional agenda", item="2") == \
        "Item 2 of the provisional agenda"
