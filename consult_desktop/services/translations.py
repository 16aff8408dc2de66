"""The versions of a plan's texts in the meeting's other languages (issue 17): which are
missing (`check --lang`), the translation files for translators (export, then import
with a preview), and setting one text's version.

An import is checked whole before anything is written: a key that no longer exists,
a source changed since the export, a target longer than its field holds, a file in
another language: one message per problem (file, row or unit), and nothing changed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from consult_desktop.domain.phrases import Phrase, phrase
from consult_desktop.domain.phrases import Text as Said
from consult_desktop.domain.translatable import (
    LANGUAGE_NAMES,
    Key,
    Text,
    check_language,
    describe,
)
from consult_desktop.services import edits

if TYPE_CHECKING:
    from consult_desktop.store.plan_file import PlanFile


def texts(plan_file: PlanFile, lang: str) -> tuple[str, list[Text]]:
    """The plan's original language, and every text with its version in `lang`."""
    from consult_desktop.store import translation_store

    check_language(lang)
    with plan_file.read() as session:
        original = translation_store.original_language(session, plan_file.plan_id)
        return original, translation_store.texts(session, plan_file.plan_id, lang)


def every_version(plan_file: PlanFile) -> tuple[str, list[tuple[Text, dict[str, str]]]]:
    """The plan's original language, and every text with its version in each language
    (the original's included; "" for none), read in one transaction."""
    from consult_desktop.domain.translatable import LANGUAGES
    from consult_desktop.store import translation_store

    with plan_file.read() as session:
        original = translation_store.original_language(session, plan_file.plan_id)
        stored = {lang: translation_store.versions(session, plan_file.plan_id, lang)
                  for lang in LANGUAGES if lang != original}
        found = translation_store.texts(session, plan_file.plan_id, original)
    return original, [(text, {original: text.source,
                              **{lang: by_key.get(text.key, "")
                                 for lang, by_key in stored.items()}})
                      for text in found]


def missing(plan_file: PlanFile, lang: str) -> list[str]:
    """One line per text with no version in `lang`: where it is and its original's
    start. None when `lang` is the plan's own language."""
    original, found = texts(plan_file, lang)
    if lang == original:
        return []
    name = LANGUAGE_NAMES[lang]
    return [f"{text.where}: no {name} version of {_start(text.source)!r}"
            for text in found if not text.target.strip()]


def _start(text: str, length: int = 50) -> str:
    line = " ".join(text.split())
    return line if len(line) <= length else line[:length - 1] + "…"


def export(plan_file: PlanFile, lang: str, path: Path) -> int:
    """Write every text with its original and its version in `lang` (XLSX or XLIFF by
    the suffix); the number of texts written."""
    from consult_desktop.files import check_output
    from consult_desktop.interchange import translations_file

    check_output(path, translations_file.SUFFIXES, what=phrase("a translation file"))
    original, found = texts(plan_file, lang)
    if lang == original:
        raise ValueError(f"{LANGUAGE_NAMES[lang]} is the plan's original language:"
                         " there is nothing to translate into it")
    translations_file.write(path, original, lang,
                            [(str(t.key), t.source, t.target) for t in found])
    return len(found)


@dataclass(frozen=True)
class Change:
    text: Text
    new: str


@dataclass
class ImportPreview:
    """What an import would change, or why it cannot."""

    lang: str = ""
    changes: list[Change] = field(default_factory=list)
    problems: list[Said] = field(default_factory=list)  # English as text
    unchanged: int = 0

    def summary(self) -> Phrase:
        """"3 French texts changed, 12 unchanged" (one template a language, so that
        each can agree its words with the language's name)."""
        n, unchanged = len(self.changes), f"{self.unchanged:,}"
        if self.lang == "fr":
            return phrase("%Ln French texts changed, {unchanged} unchanged", n=n,
                          one="1 French text changed, {unchanged} unchanged",
                          unchanged=unchanged)
        if self.lang == "ru":
            return phrase("%Ln Russian texts changed, {unchanged} unchanged", n=n,
                          one="1 Russian text changed, {unchanged} unchanged",
                          unchanged=unchanged)
        return phrase("%Ln English texts changed, {unchanged} unchanged", n=n,
                      one="1 English text changed, {unchanged} unchanged",
                      unchanged=unchanged)


def preview_import(plan_file: PlanFile, path: Path, lang: str | None = None) -> ImportPreview:
    """Read a translation file and compare it with the plan; nothing is written."""
    from consult_desktop.interchange import translations_file
    from consult_desktop.interchange.translations_file import TranslationFileError

    preview = ImportPreview()
    try:
        found = translations_file.read(path)
        with plan_file.read() as session:
            from consult_desktop.store import translation_store

            original = translation_store.original_language(session, plan_file.plan_id)
        target = translations_file.check_languages(found, path, original)
    except TranslationFileError as error:
        preview.problems.append(error.args[0])
        return preview
    if lang is not None and target != lang:
        preview.problems.append(phrase("{path}: the file holds {held}, not {wanted}",
                                       path=path, held=_in(target), wanted=_in(lang)))
        return preview
    preview.lang = target
    _, current = texts(plan_file, target)
    by_key = {str(text.key): text for text in current}
    seen: set[str] = set()
    for row in found.rows:
        where = phrase("{path}: {row}", path=path, row=row.where)
        try:
            key = str(Key.parse(row.key))
        except ValueError as error:
            preview.problems.append(phrase("{where}: {error}", where=where,
                                           error=error.args[0]))
            continue
        if key in seen:
            preview.problems.append(phrase("{where}: the key {key} appears twice",
                                           where=where, key=key))
            continue
        seen.add(key)
        text = by_key.get(key)
        if text is None:
            preview.problems.append(phrase(
                "{where}: the text {key} no longer exists in the plan", where=where, key=key))
            continue
        if row.source != text.source:
            preview.problems.append(phrase(
                "{where}: the source of {key} changed since the export (now {now});"
                " export again", where=where, key=key, now=repr(_start(text.source))))
            continue
        if text.limit is not None and len(row.target) > text.limit:
            preview.problems.append(phrase(
                "{where}: the target of {key} is {length} characters, longer than the"
                " {limit} it holds", where=where, key=key, length=len(row.target),
                limit=text.limit))
            continue
        if row.target != text.target:
            preview.changes.append(Change(text, row.target))
        else:
            preview.unchanged += 1
    return preview


def _in(lang: str) -> Phrase:
    """A language as a file is in it: "French (fr)"."""
    if lang == "fr":
        return phrase("French (fr)")
    if lang == "ru":
        return phrase("Russian (ru)")
    return phrase("English (en)")


def import_edit(preview: ImportPreview) -> SetVersions:
    """The edit that writes the changes of a preview without problems (one undo step)."""
    if preview.problems:
        raise ValueError("an import with problems changes nothing")
    return SetVersions(preview.lang, {change.text.key: change.new
                                      for change in preview.changes}, imported=True)


def apply_import(plan_file: PlanFile, preview: ImportPreview) -> None:
    """Write the changes of a preview without problems, in one transaction."""
    edits.run(plan_file, import_edit(preview))


def set_versions(plan_file: PlanFile, lang: str, targets: dict[Key, str]) -> None:
    """Set the versions in `lang` of the texts named ("" removes one)."""
    edits.run(plan_file, SetVersions(lang, targets))


class SetVersions:
    """Set the versions in one language of some texts ("" removes one); undone, the
    versions they had come back. Typed in the window or imported from a file."""

    def __init__(self, lang: str, targets: Mapping[Key, str], imported: bool = False) -> None:
        self.lang = check_language(lang)
        self.targets = dict(targets)
        self.before: dict[Key, str] = {}
        self.imported = imported

    @property
    def text(self) -> Phrase:
        n = len(self.targets)
        if self.imported:
            return {"en": phrase("Import %Ln English texts", n=n, one="Import 1 English text"),
                    "fr": phrase("Import %Ln French texts", n=n, one="Import 1 French text"),
                    "ru": phrase("Import %Ln Russian texts", n=n, one="Import 1 Russian text"),
                    }[self.lang]
        if n == 1:
            text = describe(next(iter(self.targets)))
            return {"en": phrase("Edit the English version of {text}", text=text),
                    "fr": phrase("Edit the French version of {text}", text=text),
                    "ru": phrase("Edit the Russian version of {text}", text=text)}[self.lang]
        return {"en": phrase("Edit %Ln English texts", n=n, one="Edit 1 English text"),
                "fr": phrase("Edit %Ln French texts", n=n, one="Edit 1 French text"),
                "ru": phrase("Edit %Ln Russian texts", n=n, one="Edit 1 Russian text")}[self.lang]

    def apply(self, work: edits.Work) -> edits.Change:
        from consult_desktop.store import translation_store

        stored = translation_store.versions(work.session, work.plan_id, self.lang)
        self.before = {key: stored.get(key, "") for key in self.targets}
        translation_store.write(work.session, work.plan_id, self.lang, self.targets)
        return edits.Change.everything(edits.Topic.TRANSLATIONS)

    def revert(self, work: edits.Work) -> edits.Change:
        from consult_desktop.store import translation_store

        translation_store.write(work.session, work.plan_id, self.lang, self.before)
        return edits.Change.everything(edits.Topic.TRANSLATIONS)
