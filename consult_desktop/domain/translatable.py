"""The texts a user writes that go into a printed document, and so have a version in
each language of the meeting (issue 17): the one list that printing, `check --lang`,
the translations files and the window read.

A text is addressed by its key "kind/id/field": "agenda_item/12/title", where `kind`
is the table of its row. A missing version falls back to the original.
"""

from __future__ import annotations

from dataclasses import dataclass

from consult_desktop.domain.phrases import Phrase, phrase

LANGUAGES = ("en", "fr", "ru")
LANGUAGE_NAMES = {"en": "English", "fr": "French", "ru": "Russian"}

# kind -> the fields of that kind's rows that print, in the order a translator reads them.
FIELDS: dict[str, tuple[str, ...]] = {
    "plan": ("title", "organiser", "governing_body", "principal_organ", "commission",
             "session", "venue", "mandate", "members_heading", "non_members_heading"),
    "document": ("considered_at", "title"),  # a title: of a document written elsewhere
    "option": ("title", "description", "venue", "resources_needed", "benefits", "risks"),
    "funding_source": ("name",),
    "budget_line": ("description",),
    "agenda_item": ("title", "annotation", "room"),
    "milestone": ("title",),
    "summary_section": ("heading", "body"),
}
# How a report names a row of each kind.
KIND_NAMES = {"plan": "plan", "document": "document", "option": "option",
              "funding_source": "funding source", "budget_line": "budget line",
              "agenda_item": "agenda item", "milestone": "milestone",
              "summary_section": "summary section"}
# The same, as phrases the window says in its language (domain/phrases.py).
KINDS_SAID = {"plan": phrase("plan"), "document": phrase("document"),
              "option": phrase("option"), "funding_source": phrase("funding source"),
              "budget_line": phrase("budget line"), "agenda_item": phrase("agenda item"),
              "milestone": phrase("milestone"), "summary_section": phrase("summary section")}
# How a message names a field: "governing body".
FIELD_NAMES = {
    "title": phrase("title"), "organiser": phrase("organiser"),
    "governing_body": phrase("governing body"), "principal_organ": phrase("principal organ"),
    "commission": phrase("commission"), "session": phrase("session"),
    "venue": phrase("venue"), "mandate": phrase("mandate"),
    "members_heading": phrase("members heading"),
    "non_members_heading": phrase("non members heading"),
    "considered_at": phrase("considered at"), "description": phrase("description"),
    "resources_needed": phrase("resources needed"), "benefits": phrase("benefits"),
    "risks": phrase("risks"), "name": phrase("name"), "annotation": phrase("annotation"),
    "room": phrase("room"), "heading": phrase("heading"), "body": phrase("body"),
}


def field_name(field: str) -> Phrase | str:
    return FIELD_NAMES.get(field) or field.replace("_", " ")


@dataclass(frozen=True)
class Key:
    kind: str
    row_id: int
    field: str

    def __str__(self) -> str:
        return f"{self.kind}/{self.row_id}/{self.field}"

    @classmethod
    def parse(cls, text: str) -> Key:
        """"agenda_item/12/title" -> Key; ValueError for anything else."""
        parts = text.strip().split("/")
        if len(parts) != 3 or parts[0] not in FIELDS or parts[2] not in FIELDS[parts[0]] \
                or not parts[1].isdigit():
            raise ValueError(phrase("not a key of a translatable text: {text}",
                                    text=repr(text.strip())))
        return cls(parts[0], int(parts[1]), parts[2])


@dataclass(frozen=True)
class Text:
    """One translatable text of a plan: its key, where it is (for a person reading a
    report: "agenda item 3 (Opening of the meeting)"), its original and its version in
    the language asked for ("" when there is none)."""

    key: Key
    where: Phrase  # str(): the English a report and the command line give
    source: str
    target: str = ""
    limit: int | None = None  # the longest text the field holds, when it has a limit


def describe(key: Key) -> Phrase:
    """How a message names a text by its key: "agenda item 12, title"."""
    return phrase("{kind} {id}, {field}", kind=KINDS_SAID[key.kind], id=key.row_id,
                  field=field_name(key.field))


def check_language(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"the languages are {', '.join(LANGUAGES)}, not {lang!r}")
    return lang
