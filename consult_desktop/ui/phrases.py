"""What the services and the domain say (domain/phrases.py), in the window's language:
the undo menu's texts, a refused or conflicting edit's reasons.

A phrase keeps its English template and its values as plain data; the window finds
the template in this table, one literal each (so that lupdate finds them, plurals as
`self.tr(text, None, n)`), then fills in the values: names and titles as they are,
labels of the closed lists through ui/words.py, days in the window's language. A test
checks the table knows every template written below ui/.
"""

from __future__ import annotations

import functools
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from consult_desktop.domain.phrases import (
    Hint,
    Label,
    Listed,
    Phrase,
    Text,
    Written,
    counted,
    fill,
)
from consult_desktop.ui import words
from consult_desktop.ui.language import window_lang


def text(said: Text | Listed | Label) -> str:
    """A phrase (or plain text, as it is; a label through ui/words.py) in the window's
    language."""
    if isinstance(said, Label):
        return words.text(said.english)
    if isinstance(said, Listed):
        return ", ".join(_value(part) for part in said.parts)
    if not isinstance(said, Phrase):
        return str(said)
    values = {name: _value(value) for name, value in said.values}
    n = said.n if said.n is not None else 0
    translated = _table(QCoreApplication.translate("vocab", "Other"), n).get(said.template)
    if translated is None:  # not in the table (a test fails): English
        return fill(said.english_template(), said.n, values)
    if said.n is not None and translated == _qt_counted(said.template, n):
        # A plural no translation knows (no translator installed): English's forms.
        translated = counted(said.english_template(), said.n)
    return translated.format(**values)


def _qt_counted(template: str, n: int) -> str:
    """The template as Qt gives it back untranslated: its count put in."""
    return template.replace("%Ln", QLocale().toString(n)).replace("%n", str(n))


def of_error(error: BaseException) -> str:
    """A refusal's message in the window's language (a database's text as it is)."""
    message = error.args[0] if error.args else ""
    return text(message) if isinstance(message, Phrase) else str(error)


def _value(value: Any) -> str:
    if isinstance(value, Phrase):
        return text(value)
    if isinstance(value, Hint):  # the window's way, not the command's
        return text(value.window)
    if isinstance(value, Label):
        return words.text(value.english)
    if isinstance(value, Written):  # a day, a span of days, an amount
        return value.write(window_lang())
    if isinstance(value, Listed):
        return text(value)
    return str(value)


@functools.lru_cache(maxsize=64)
def _table(_language: str, n: int) -> dict[str, str]:
    """Built once a language and count (its word for "Other" tells the languages apart)."""
    return Phrases().known(n)


class Phrases(QObject):
    """The table: each template below ui/ and its translation (plurals for a count n)."""

    def known(self, n: int = 0) -> dict[str, str]:
        return {
            # ----- the undo menu: options and budget (services/options.py, budget.py)
            "Add option": self.tr("Add option"),
            "Add option ({label})": self.tr("Add option ({label})"),
            "Duplicate option": self.tr("Duplicate option"),
            "Duplicate option as ({label})": self.tr("Duplicate option as ({label})"),
            "Delete option ({label})": self.tr("Delete option ({label})"),
            "Edit option ({label})": self.tr("Edit option ({label})"),
            "Delete %n budget lines": self.tr("Delete %n budget lines", None, n),
            "Edit category": self.tr("Edit category"),
            "Edit description": self.tr("Edit description"),
            "Edit quantity": self.tr("Edit quantity"),
            "Edit unit": self.tr("Edit unit"),
            "Edit unit cost": self.tr("Edit unit cost"),
            "Edit currency": self.tr("Edit currency"),
            "Edit days / times": self.tr("Edit days / times"),
            "Edit funding source": self.tr("Edit funding source"),
            "Edit PSC": self.tr("Edit PSC"),
            "Edit actual": self.tr("Edit actual"),
            "Edit travel follows": self.tr("Edit travel follows"),
            "Edit rate month": self.tr("Edit rate month"),
            "Edit budget line": self.tr("Edit budget line"),
            "Add budget line": self.tr("Add budget line"),
            "Edit funding sources": self.tr("Edit funding sources"),
            "Edit deadline rules": self.tr("Edit deadline rules"),
            "Import %Ln DSA rates": self.tr("Import %Ln DSA rates", None, n),
            "Import %Ln rates of exchange": self.tr("Import %Ln rates of exchange", None, n),
            "Add %n budget lines": self.tr("Add %n budget lines", None, n),
            "Edit travel costs of {name}": self.tr("Edit travel costs of {name}"),
            "Edit travel costs": self.tr("Edit travel costs"),
            # ----- participants (services/participants.py)
            "Add {name}": self.tr("Add {name}"),
            "Edit {name}": self.tr("Edit {name}"),
            "Delete %Ln participants": self.tr("Delete %Ln participants", None, n),
            "Set %Ln to {status}": self.tr("Set %Ln to {status}", None, n),
            "Import {source}": self.tr("Import {source}"),
            # ----- agenda (services/agenda.py)
            "Add item": self.tr("Add item"),
            "Add break": self.tr("Add break"),
            "Add lunch": self.tr("Add lunch"),
            "Add side event": self.tr("Add side event"),
            "Edit {item}": self.tr("Edit {item}"),
            "Move {item} to {day}": self.tr("Move {item} to {day}"),
            "Move {item} up": self.tr("Move {item} up"),
            "Move {item} down": self.tr("Move {item} down"),
            "Delete {item}": self.tr("Delete {item}"),
            "Start from the standard items": self.tr("Start from the standard items"),
            # ----- timeline, summary, plan, documents (services/timeline.py ...)
            "Add milestone “{title}”": self.tr("Add milestone “{title}”"),
            "Accept deadline “{title}”": self.tr("Accept deadline “{title}”"),
            "Accept %n deadlines": self.tr("Accept %n deadlines", None, n),
            "Edit milestone “{title}”": self.tr("Edit milestone “{title}”"),
            "Mark done “{title}”": self.tr("Mark done “{title}”"),
            "Mark not done “{title}”": self.tr("Mark not done “{title}”"),
            "Delete milestone “{title}”": self.tr("Delete milestone “{title}”"),
            "Edit summary: {heading}": self.tr("Edit summary: {heading}"),
            "Edit plan details": self.tr("Edit plan details"),
            "Import documents from {name}": self.tr("Import documents from {name}"),
            "Edit the identity of the provisional annotated agenda":
                self.tr("Edit the identity of the provisional annotated agenda"),
            "Edit the identity of the list of participants":
                self.tr("Edit the identity of the list of participants"),
            "Edit the identity of the budget": self.tr("Edit the identity of the budget"),
            "Edit the identity of the options note":
                self.tr("Edit the identity of the options note"),
            "Edit the identity of the summary of discussions":
                self.tr("Edit the identity of the summary of discussions"),
            "Edit the identity of the list of documents":
                self.tr("Edit the identity of the list of documents"),
            "Edit the identity of the meeting pack":
                self.tr("Edit the identity of the meeting pack"),
            "Edit a document's identity": self.tr("Edit a document's identity"),
            "Edit the documents' identities": self.tr("Edit the documents' identities"),
            # ----- texts in other languages (services/translations.py)
            "Import %Ln English texts": self.tr("Import %Ln English texts", None, n),
            "Import %Ln French texts": self.tr("Import %Ln French texts", None, n),
            "Import %Ln Russian texts": self.tr("Import %Ln Russian texts", None, n),
            "Edit the English version of {text}":
                self.tr("Edit the English version of {text}"),
            "Edit the French version of {text}": self.tr("Edit the French version of {text}"),
            "Edit the Russian version of {text}":
                self.tr("Edit the Russian version of {text}"),
            "Edit %Ln English texts": self.tr("Edit %Ln English texts", None, n),
            "Edit %Ln French texts": self.tr("Edit %Ln French texts", None, n),
            "Edit %Ln Russian texts": self.tr("Edit %Ln Russian texts", None, n),
            # ----- a refused or conflicting edit (services/edits.py, guarded.py, store/)
            "someone else changed it since; their change is kept":
                self.tr("someone else changed it since; their change is kept"),
            "someone else changed the rates since; their change is kept":
                self.tr("someone else changed the rates since; their change is kept"),
            "not saved: of the {rows} you edited, {what}; nothing was overwritten":
                self.tr("not saved: of the {rows} you edited, {what}; nothing was overwritten"),
            "%n changed by someone else since you read them":
                self.tr("%n changed by someone else since you read them", None, n),
            "%n deleted by someone else": self.tr("%n deleted by someone else", None, n),
            "{changed} and {deleted}": self.tr("{changed} and {deleted}"),
            "participant rows": self.tr("participant rows"),
            "agenda item rows": self.tr("agenda item rows"),
            "milestone rows": self.tr("milestone rows"),
            "summary section rows": self.tr("summary section rows"),
            "option rows": self.tr("option rows"),
            "budget line rows": self.tr("budget line rows"),
            "document rows": self.tr("document rows"),
            "funding source rows": self.tr("funding source rows"),
            "plan rows": self.tr("plan rows"),
            "translation rows": self.tr("translation rows"),
            "{plan} is open read-only: {why}": self.tr("{plan} is open read-only: {why}"),
            "{path}: the file was moved, deleted or replaced since it was opened;"
            " use Save As to keep a copy of what is shown":
                self.tr("{path}: the file was moved, deleted or replaced since it was opened;"
                        " use Save As to keep a copy of what is shown"),
            "{plan}: the server cannot be reached, so this change was not saved"
            " ({reason}); it is kept, try again":
                self.tr("{plan}: the server cannot be reached, so this change was not saved"
                        " ({reason}); it is kept, try again"),
            "{plan}: your role may not change this plan ({reason})":
                self.tr("{plan}: your role may not change this plan ({reason})"),
            # ----- agenda's clashes (domain/agenda.py)
            "'{a}' and '{b}' are both in"
            " {room} on {day} from {start} to {end}":
                self.tr("'{a}' and '{b}' are both in"
                        " {room} on {day} from {start} to {end}"),
            "{person} is in both '{a}' and"
            " '{b}' on {day} from {start} to {end}":
                self.tr("{person} is in both '{a}' and"
                        " '{b}' on {day} from {start} to {end}"),
            "participant {id}": self.tr("participant {id}"),
            "{person} chairs"
            " '{item}' but has declined":
                self.tr("{person} chairs"
                        " '{item}' but has declined"),
            "{person} speaks at"
            " '{item}' but has declined":
                self.tr("{person} speaks at"
                        " '{item}' but has declined"),
            "'{item}' is on {day},"
            " outside the meeting's days ({dates})":
                self.tr("'{item}' is on {day},"
                        " outside the meeting's days ({dates})"),
            "{first} to {last}": self.tr("{first} to {last}"),
            "'{item}' runs {start} to {end} on {day},"
            " outside the meeting's hours ({opens} to {closes})":
                self.tr("'{item}' runs {start} to {end} on {day},"
                        " outside the meeting's hours ({opens} to {closes})"),
            "'{item}' is on a weekend day, {day}": self.tr("'{item}' is on a weekend day, {day}"),
            "%n items are on a"
            " weekend day, {day}":
                self.tr("%n items are on a"
                        " weekend day, {day}", None, n),
            # ----- the timeline's warnings (domain/deadlines.py)
            "Option ({label}) ends on {end},"
            " after its outcome is due on {due} ({title})":
                self.tr("Option ({label}) ends on {end},"
                        " after its outcome is due on {due} ({title})"),
            "Past its date and"
            " not done: {title} ({day})":
                self.tr("Past its date and"
                        " not done: {title} ({day})"),
            "Deadline already missed: {title} was due on"
            " {due}, %n weeks before the meeting on {start}":
                self.tr("Deadline already missed: {title} was due on"
                        " {due}, %n weeks before the meeting on {start}", None, n),
            "{title} is on {day}, in {year},"
            " while the meeting is in {meeting}":
                self.tr("{title} is on {day}, in {year},"
                        " while the meeting is in {meeting}"),
            # ----- what is typed in a field (domain/budget_input.py, money.py, participants.py)
            "Quantity": self.tr("Quantity"),
            "Unit cost": self.tr("Unit cost"),
            "Days or multiplier": self.tr("Days or multiplier"),
            "Actual": self.tr("Actual"),
            "PSC rate": self.tr("PSC rate"),
            "Units per USD": self.tr("Units per USD"),
            "DSA rate": self.tr("DSA rate"),
            "Nights": self.tr("Nights"),
            "{what}: {error}": self.tr("{what}: {error}"),
            "{what} cannot be negative": self.tr("{what} cannot be negative"),
            "{what} cannot be more than {limit}": self.tr("{what} cannot be more than {limit}"),
            "{what} can have at"
            " most %n decimal places":
                self.tr("{what} can have at"
                        " most %n decimal places", None, n),
            "Currency: {text} is not a"
            " three-letter code (CHF, EUR)":
                self.tr("Currency: {text} is not a"
                        " three-letter code (CHF, EUR)"),
            "Units per USD cannot be zero": self.tr("Units per USD cannot be zero"),
            "DSA rate cannot be zero": self.tr("DSA rate cannot be zero"),
            "a number is required": self.tr("a number is required"),
            "{text} is not a number": self.tr("{text} is not a number"),
            "{text} is too large"
            " (the limit is {limit})":
                self.tr("{text} is too large"
                        " (the limit is {limit})"),
            "not an amount: {text}": self.tr("not an amount: {text}"),
            "must be a positive amount: {text}": self.tr("must be a positive amount: {text}"),
            "too large an amount: {text}": self.tr("too large an amount: {text}"),
            "more than 2 decimal places: {text}": self.tr("more than 2 decimal places: {text}"),
            "the family name is required": self.tr("the family name is required"),
            "the category is required": self.tr("the category is required"),
            "unknown category {text}": self.tr("unknown category {text}"),
            "unknown status {text}": self.tr("unknown status {text}"),
            "unknown country {text}": self.tr("unknown country {text}"),
            "not an email address: {text}": self.tr("not an email address: {text}"),
            "expected yes or no, not {text}": self.tr("expected yes or no, not {text}"),
            "expected a whole"
            " number such as 2, not {text}":
                self.tr("expected a whole"
                        " number such as 2, not {text}"),
            # ----- a new plan from an earlier one (services/new_plan.py, domain/plan_shift.py)
            "Agenda: %n items on a weekend day, {day}":
                self.tr("Agenda: %n items on a weekend day, {day}", None, n),
            "Timeline: {title} moves from {old} to {new}, in {year} while the meeting is in "
            "{meeting}":
                self.tr("Timeline: {title} moves from {old} to {new}, in {year} while the "
                        "meeting is in {meeting}"),
            "The meeting's first day moves from a {old_day} ({old}) to a {new_day} ({new}): "
            "check the days of the agenda":
                self.tr("The meeting's first day moves from a {old_day} ({old}) to a {new_day} "
                        "({new}): check the days of the agenda"),
            "the earlier plan has no meeting days (no dates on its options or in its "
            "details), so there is no day to move from":
                self.tr("the earlier plan has no meeting days (no dates on its options or in "
                        "its details), so there is no day to move from"),
            "{path}: is a folder": self.tr("{path}: is a folder"),
            "{path}: already exists": self.tr("{path}: already exists"),
            "{path}: no such folder": self.tr("{path}: no such folder"),
            "{path}: is the plan it is made from": self.tr("{path}: is the plan it is made from"),
            "Plan details, the symbol's year following the new year":
                self.tr("Plan details, the symbol's year following the new year"),
            "Plan details": self.tr("Plan details"),
            "Options back to proposed, with no decision":
                self.tr("Options back to proposed, with no decision"),
            "Dates moved by %Ln days: the agenda's days, the milestones (not done), the "
            "options' dates and the documents' dates of issue; deadline rules follow the new "
            "first day":
                self.tr("Dates moved by %Ln days: the agenda's days, the milestones (not done), "
                        "the options' dates and the documents' dates of issue; deadline rules "
                        "follow the new first day", None, n),
            "The text of %Ln summary sections (the sections stay, empty)":
                self.tr("The text of %Ln summary sections (the sections stay, empty)", None, n),
            "Actual expenditure on %Ln budget lines":
                self.tr("Actual expenditure on %Ln budget lines", None, n),
            "The decisions on %Ln options": self.tr("The decisions on %Ln options", None, n),
            "%Ln participants (they may come along, invited again)":
                self.tr("%Ln participants (they may come along, invited again)", None, n),
            "Participants back to invited, travel approvals cleared":
                self.tr("Participants back to invited, travel approvals cleared"),
            "The new meeting's first day is {day}":
                self.tr("The new meeting's first day is {day}"),
            "The new plan has no meeting days": self.tr("The new plan has no meeting days"),
            "%Ln member States": self.tr("%Ln member States", None, n),
            "%Ln funding sources": self.tr("%Ln funding sources", None, n),
            "%Ln options": self.tr("%Ln options", None, n),
            "%Ln budget lines": self.tr("%Ln budget lines", None, n),
            "%Ln DSA rates": self.tr("%Ln DSA rates", None, n),
            "%Ln exchange rates": self.tr("%Ln exchange rates", None, n),
            "%Ln participants": self.tr("%Ln participants", None, n),
            "%Ln agenda items": self.tr("%Ln agenda items", None, n),
            "%Ln milestones": self.tr("%Ln milestones", None, n),
            "%Ln deadline rules": self.tr("%Ln deadline rules", None, n),
            "%Ln summary sections": self.tr("%Ln summary sections", None, n),
            "%Ln documents": self.tr("%Ln documents", None, n),
            "%Ln translations": self.tr("%Ln translations", None, n),
            # ----- texts in other languages: where a text is (domain/translatable.py, store/)
            "plan": self.tr("plan"),
            "document": self.tr("document"),
            "option": self.tr("option"),
            "funding source": self.tr("funding source"),
            "budget line": self.tr("budget line"),
            "agenda item": self.tr("agenda item"),
            "milestone": self.tr("milestone"),
            "summary section": self.tr("summary section"),
            "title": self.tr("title"),
            "organiser": self.tr("organiser"),
            "governing body": self.tr("governing body"),
            "principal organ": self.tr("principal organ"),
            "commission": self.tr("commission"),
            "session": self.tr("session"),
            "venue": self.tr("venue"),
            "mandate": self.tr("mandate"),
            "members heading": self.tr("members heading"),
            "non members heading": self.tr("non members heading"),
            "considered at": self.tr("considered at"),
            "description": self.tr("description"),
            "resources needed": self.tr("resources needed"),
            "benefits": self.tr("benefits"),
            "risks": self.tr("risks"),
            "name": self.tr("name"),
            "annotation": self.tr("annotation"),
            "room": self.tr("room"),
            "heading": self.tr("heading"),
            "body": self.tr("body"),
            "{kind} {id}, {field}": self.tr("{kind} {id}, {field}"),
            "the plan": self.tr("the plan"),
            "agenda item {number}": self.tr("agenda item {number}"),
            "agenda entry {title}": self.tr("agenda entry {title}"),
            "option ({label})": self.tr("option ({label})"),
            "funding source {name}": self.tr("funding source {name}"),
            "budget line {number} of option ({label})":
                self.tr("budget line {number} of option ({label})"),
            "milestone of {date}": self.tr("milestone of {date}"),
            "summary section {number}": self.tr("summary section {number}"),
            "document {name}": self.tr("document {name}"),
            "{row}, {field}": self.tr("{row}, {field}"),
            # ----- deleting participants (services/participants.py)
            "as speaker of %n agenda items": self.tr("as speaker of %n agenda items", None, n),
            "as chair of %n agenda items": self.tr("as chair of %n agenda items", None, n),
            "{first} and {second}": self.tr("{first} and {second}"),
            "This also removes them {roles}.": self.tr("This also removes them {roles}."),
            "This also removes this person {roles}.":
                self.tr("This also removes this person {roles}."),
            # ----- a month typed (domain/dates.py)
            "{text} is not a month (YYYY-MM)": self.tr("{text} is not a month (YYYY-MM)"),
            # ----- a translators' file (services/translations.py, interchange/translations_file.py)
            "{key}: holds the control character {code}, which no XLSX or XLIFF file can keep;"
            " remove it from the text first": self.tr(
                "{key}: holds the control character {code}, which no XLSX or XLIFF file can"
                " keep; remove it from the text first"),
            "{path}: a translation file is .xlsx or .xlf":
                self.tr("{path}: a translation file is .xlsx or .xlf"),
            "{path}: not an Excel workbook (.xlsx) ({error})":
                self.tr("{path}: not an Excel workbook (.xlsx) ({error})"),
            "{path}: no sheet {sheet} (sheets: {sheets})":
                self.tr("{path}: no sheet {sheet} (sheets: {sheets})"),
            "{path}: the sheet cannot be read ({error})":
                self.tr("{path}: the sheet cannot be read ({error})"),
            "{path}: the sheet {sheet} is empty": self.tr("{path}: the sheet {sheet} is empty"),
            "{path}: row 1: the columns are key, source, target (found {found})":
                self.tr("{path}: row 1: the columns are key, source, target (found {found})"),
            "none": self.tr("none"),
            "row {number}": self.tr("row {number}"),
            "{path}: not an XLIFF file ({error})": self.tr("{path}: not an XLIFF file ({error})"),
            "{path}: not an XLIFF 2.0 file": self.tr("{path}: not an XLIFF 2.0 file"),
            "{path}: unit {ident}: one segment expected":
                self.tr("{path}: unit {ident}: one segment expected"),
            "unit {ident}": self.tr("unit {ident}"),
            "{path}: the target language is {found}; expected one of {expected}":
                self.tr("{path}: the target language is {found}; expected one of {expected}"),
            "{path}: the source language is {found}, the plan's is {original}":
                self.tr("{path}: the source language is {found}, the plan's is {original}"),
            "{path}: the file holds {held}, not {wanted}":
                self.tr("{path}: the file holds {held}, not {wanted}"),
            "French (fr)": self.tr("French (fr)", "a file is in it"),
            "Russian (ru)": self.tr("Russian (ru)", "a file is in it"),
            "English (en)": self.tr("English (en)", "a file is in it"),
            "{path}: {row}": self.tr("{path}: {row}"),
            "{where}: {error}": self.tr("{where}: {error}"),
            "{where}: the key {key} appears twice": self.tr("{where}: the key {key} appears twice"),
            "{where}: the text {key} no longer exists in the plan":
                self.tr("{where}: the text {key} no longer exists in the plan"),
            "{where}: the source of {key} changed since the export (now {now}); export again":
                self.tr("{where}: the source of {key} changed since the export (now {now});"
                        " export again"),
            "{where}: the target of {key} is {length} characters, longer than the {limit} it"
            " holds": self.tr("{where}: the target of {key} is {length} characters, longer"
                              " than the {limit} it holds"),
            "not a key of a translatable text: {text}":
                self.tr("not a key of a translatable text: {text}"),
            "%Ln French texts changed, {unchanged} unchanged":
                self.tr("%Ln French texts changed, {unchanged} unchanged", None, n),
            "%Ln Russian texts changed, {unchanged} unchanged":
                self.tr("%Ln Russian texts changed, {unchanged} unchanged", None, n),
            "%Ln English texts changed, {unchanged} unchanged":
                self.tr("%Ln English texts changed, {unchanged} unchanged", None, n),
            # ----- a table of documents (domain/document_import.py, document_list.py)
            "{path}:{row}: {column}: {problem}": self.tr("{path}:{row}: {column}: {problem}"),
            "this column is given twice": self.tr("this column is given twice"),
            "no Title column: every document needs a title (the columns are Symbol, Title,"
            " Type, Item, Words, Languages, Status)": self.tr(
                "no Title column: every document needs a title (the columns are Symbol,"
                " Title, Type, Item, Words, Languages, Status)"),
            "{symbol} is also on row {row}": self.tr("{symbol} is also on row {row}"),
            "longer than {limit} characters": self.tr("longer than {limit} characters"),
            "the title is empty": self.tr("the title is empty"),
            "a date needs a status after drafting (submitted, edited, translated or issued)":
                self.tr("a date needs a status after drafting (submitted, edited, translated"
                        " or issued)"),
            "{text} is not a whole number of words":
                self.tr("{text} is not a whole number of words"),
            "{text} is not a date (write YYYY-MM-DD)":
                self.tr("{text} is not a date (write YYYY-MM-DD)"),
            "{word} is not a language (write E, F, R or their names)":
                self.tr("{word} is not a language (write E, F, R or their names)"),
            "no status {given} (statuses: {known})":
                self.tr("no status {given} (statuses: {known})"),
            "no status {given}; did you mean {near}? (statuses: {known})":
                self.tr("no status {given}; did you mean {near}? (statuses: {known})"),
            "no type {given} (types: {known})": self.tr("no type {given} (types: {known})"),
            "no type {given}; did you mean {near}? (types: {known})":
                self.tr("no type {given}; did you mean {near}? (types: {known})"),
            # ----- opening, creating, saving, backing up and restoring a plan; its address
            # (store/plan_file.py, backups.py, server_plan.py, server_changes.py, address.py),
            # an output refused (files.py)
            "a PDF": self.tr("a PDF"),
            "a PDF or Word file": self.tr("a PDF or Word file"),
            "a Word file": self.tr("a Word file"),
            "a calendar": self.tr("a calendar"),
            "a file": self.tr("a file"),
            "a translation file": self.tr("a translation file"),
            "an Excel workbook": self.tr("an Excel workbook"),
            "the plan address is empty": self.tr("the plan address is empty"),
            "the plan name holds a control character":
                self.tr("the plan name holds a control character"),
            "the plan name is empty": self.tr("the plan name is empty"),
            "the plan name is longer than {limit} characters":
                self.tr("the plan name is longer than {limit} characters"),
            "the port is not a number from 1 to 65535":
                self.tr("the port is not a number from 1 to 65535"),
            "{path}: a change was interrupted and the file is read-only, so it cannot be repaired;"
            " make it writable and open it again":
                self.tr("{path}: a change was interrupted and the file is read-only, so it cannot"
                        " be repaired; make it writable and open it again"),
            "{path}: a new plan is made as a file; upload it then":
                self.tr("{path}: a new plan is made as a file; upload it then"),
            "{path}: already exists; choose a new file name":
                self.tr("{path}: already exists; choose a new file name"),
            "{path}: cannot be opened ({error})": self.tr("{path}: cannot be opened ({error})"),
            "{path}: cannot be read ({error})": self.tr("{path}: cannot be read ({error})"),
            "{path}: cannot be replaced, it is {in_use}":
                self.tr("{path}: cannot be replaced, it is {in_use}"),
            "{path}: cannot be written ({error})": self.tr("{path}: cannot be written ({error})"),
            "{path}: could not be copied ({error})":
                self.tr("{path}: could not be copied ({error})"),
            "{path}: could not be upgraded (a reference in {table} does not hold)":
                self.tr("{path}: could not be upgraded (a reference in {table} does not hold)"),
            "{path}: is a folder, not a plan file": self.tr("{path}: is a folder, not a plan file"),
            "{path}: is a folder; name a file in it":
                self.tr("{path}: is a folder; name a file in it"),
            "{path}: is a plan file; it is never written over (choose another name)":
                self.tr("{path}: is a plan file; it is never written over (choose another name)"),
            "{path}: needs upgrading but {why}": self.tr("{path}: needs upgrading but {why}"),
            "{path}: no backup taken ({error})": self.tr("{path}: no backup taken ({error})"),
            "{path}: no permission to write in this folder":
                self.tr("{path}: no permission to write in this folder"),
            "{path}: no such file": self.tr("{path}: no such file"),
            "{path}: not a plan file (a database of another program)":
                self.tr("{path}: not a plan file (a database of another program)"),
            "{path}: not a plan file (not a regular file)":
                self.tr("{path}: not a plan file (not a regular file)"),
            "{path}: not a plan file (not an SQLite database)":
                self.tr("{path}: not a plan file (not an SQLite database)"),
            "{path}: not a usable file name ({error})":
                self.tr("{path}: not a usable file name ({error})"),
            "{path}: not restored ({error})": self.tr("{path}: not restored ({error})"),
            "{path}: the file holds no plan": self.tr("{path}: the file holds no plan"),
            "{path}: the file is damaged (no schema version)":
                self.tr("{path}: the file is damaged (no schema version)"),
            "{path}: the file is damaged (truncated: {size} of {expected} bytes)":
                self.tr("{path}: the file is damaged (truncated: {size} of {expected} bytes)"),
            "{path}: the file is damaged ({error})":
                self.tr("{path}: the file is damaged ({error})"),
            "{path}: the file is empty, not a plan":
                self.tr("{path}: the file is empty, not a plan"),
            "{path}: the file is read-only; it is left unchanged":
                self.tr("{path}: the file is read-only; it is left unchanged"),
            "{path}: this is the plan being read; choose another file":
                self.tr("{path}: this is the plan being read; choose another file"),
            "{path}: written by a newer version of Consult Desktop (schema {revision}); update the"
            " program to open it":
                self.tr("{path}: written by a newer version of Consult Desktop (schema"
                        " {revision}); update the program to open it"),
            "{path}: {what} cannot be written with no suffix (use {use})":
                self.tr("{path}: {what} cannot be written with no suffix (use {use})"),
            "{path}: {what} cannot be written with {suffix} (use {use})":
                self.tr("{path}: {what} cannot be written with {suffix} (use {use})"),
            "{some} or {last}": self.tr("{some} or {last}"),
            "{where}: a plan of that name is already there; choose another name, or --force to"
            " replace it":
                self.tr("{where}: a plan of that name is already there; choose another name, or"
                        " --force to replace it"),
            "{where}: an address has no '#' part": self.tr("{where}: an address has no '#' part"),
            "{where}: holds no plan": self.tr("{where}: holds no plan"),
            "{where}: no Consult Desktop plans here; run 'consult-desktop server init' on this"
            " address first":
                self.tr("{where}: no Consult Desktop plans here; run 'consult-desktop server"
                        " init' on this address first"),
            "{where}: no plan named {plan} on this server ('consult-desktop plans' lists them)":
                self.tr("{where}: no plan named {plan} on this server ('consult-desktop plans'"
                        " lists them)"),
            "{where}: not a plan address; give a file path or a"
            " postgresql://server/database?plan=NAME address":
                self.tr("{where}: not a plan address; give a file path or a"
                        " postgresql://server/database?plan=NAME address"),
            "{where}: not a server address; it starts with postgresql://":
                self.tr("{where}: not a server address; it starts with postgresql://"),
            "{where}: not connected": self.tr("{where}: not connected"),
            "{where}: the address holds a password; keep it in ~/.pgpass or a service file instead"
            " (the program never stores one)":
                self.tr("{where}: the address holds a password; keep it in ~/.pgpass or a service"
                        " file instead (the program never stores one)"),
            "{where}: the connection was lost ({error})":
                self.tr("{where}: the connection was lost ({error})"),
            "{where}: the database name cannot hold '/'":
                self.tr("{where}: the database name cannot hold '/'"),
            "{where}: the database name is missing (…/DATABASE?plan=NAME)":
                self.tr("{where}: the database name is missing (…/DATABASE?plan=NAME)"),
            "{where}: the part after '?' is not KEY=VALUE&…":
                self.tr("{where}: the part after '?' is not KEY=VALUE&…"),
            "{where}: the plan has schema {revision}; open it once, or run 'server init', to"
            " upgrade it":
                self.tr("{where}: the plan has schema {revision}; open it once, or run 'server"
                        " init', to upgrade it"),
            "{where}: the plan needs upgrading (schema {revision}) and your role may not change it":
                self.tr("{where}: the plan needs upgrading (schema {revision}) and your role may"
                        " not change it"),
            "{where}: the plan's tables are missing":
                self.tr("{where}: the plan's tables are missing"),
            "{where}: the port is not a number": self.tr("{where}: the port is not a number"),
            "{where}: the port {port} is out of range":
                self.tr("{where}: the port {port} is out of range"),
            "{where}: the role you connect as has no access to this plan; ask the server's"
            " administrator":
                self.tr("{where}: the role you connect as has no access to this plan; ask the"
                        " server's administrator"),
            "{where}: the role you connect as is not allowed to do this ({error})":
                self.tr("{where}: the role you connect as is not allowed to do this ({error})"),
            "{where}: the role {role} has no access to this plan; ask the server's administrator":
                self.tr("{where}: the role {role} has no access to this plan; ask the server's"
                        " administrator"),
            "{where}: the role {role} is not allowed to do this ({error})":
                self.tr("{where}: the role {role} is not allowed to do this ({error})"),
            "{where}: the server asks for a password ({error})":
                self.tr("{where}: the server asks for a password ({error})"),
            "{where}: the server cannot be reached ({error})":
                self.tr("{where}: the server cannot be reached ({error})"),
            "{where}: unknown setting {key} (known: {known})":
                self.tr("{where}: unknown setting {key} (known: {known})"),
            "{where}: which plan? add ?plan=NAME to the address":
                self.tr("{where}: which plan? add ?plan=NAME to the address"),
            "{where}: {key} is given twice": self.tr("{where}: {key} is given twice"),
            # ----- a document's identity (services/documents.py)
            "the symbol is longer than {limit} characters":
                self.tr("the symbol is longer than {limit} characters"),
            "the original language must be 1 to {limit} characters":
                self.tr("the original language must be 1 to {limit} characters"),
            "the agenda item is longer than {limit} characters":
                self.tr("the agenda item is longer than {limit} characters"),
            "the meeting is longer than {limit} characters":
                self.tr("the meeting is longer than {limit} characters"),
            # ----- why a plan opens read-only (store/plan_file.py, plan_lock.py, server_plan.py)
            "the file is read-only": self.tr("the file is read-only"),
            "{in_use}; close it there to edit it here":
                self.tr("{in_use}; close it there to edit it here"),
            "its folder cannot be written to ({error})":
                self.tr("its folder cannot be written to ({error})"),
            "in use by another window of this program since {since}":
                self.tr("in use by another window of this program since {since}"),
            "in use by {user} on {host} since {since}":
                self.tr("in use by {user} on {host} since {since}"),
            "in use by another program": self.tr("in use by another program"),
            "your role on the server may only read it":
                self.tr("your role on the server may only read it"),
            # ----- tables of rates and budget lines read or pasted (domain/budget_input.py,
            # interchange/budget_tables.py, services/budget.py)
            "{where}: {problem}": self.tr("{where}: {problem}"),
            "row {number}, column {column}": self.tr("row {number}, column {column}"),
            "Country": self.tr("Country"),
            "Location": self.tr("Location"),
            "Rate (USD)": self.tr("Rate (USD)"),
            "Effective date": self.tr("Effective date"),
            "Currency": self.tr("Currency"),
            "Month": self.tr("Month"),
            "Category": self.tr("Category"),
            "Description": self.tr("Description"),
            "Unit": self.tr("Unit"),
            "Days": self.tr("Days"),
            "Funding source": self.tr("Funding source"),
            "a location is required": self.tr("a location is required"),
            "{text} is not a date (YYYY-MM-DD)": self.tr("{text} is not a date (YYYY-MM-DD)"),
            "{text} is not a budget category ({known})":
                self.tr("{text} is not a budget category ({known})"),
            "{text} is not a unit ({known})": self.tr("{text} is not a unit ({known})"),
            "no funding source {text} (funding sources: {known})":
                self.tr("no funding source {text} (funding sources: {known})"),
            "no funding source {text}; did you mean {near}? (funding sources: {known})":
                self.tr("no funding source {text}; did you mean {near}?"
                        " (funding sources: {known})"),
            "{path}: cannot read a file without a suffix: save it as CSV (.csv) or as an"
            " Excel workbook (.xlsx)":
                self.tr("{path}: cannot read a file without a suffix: save it as CSV (.csv)"
                        " or as an Excel workbook (.xlsx)"),
            "{path}: cannot read a {suffix} file: save it as CSV (.csv) or as an Excel"
            " workbook (.xlsx)":
                self.tr("{path}: cannot read a {suffix} file: save it as CSV (.csv) or as"
                        " an Excel workbook (.xlsx)"),
            "{where}: the header row has no column {missing} (found: {found})":
                self.tr("{where}: the header row has no column {missing} (found: {found})"),
            "{path}: more than %Ln rows": self.tr("{path}: more than %Ln rows", None, n),
            "{path}: the sheet {sheet} cannot be read ({error})":
                self.tr("{path}: the sheet {sheet} cannot be read ({error})"),
            "{path}, sheet {sheet}": self.tr("{path}, sheet {sheet}"),
            "{path}: the workbook is empty": self.tr("{path}: the workbook is empty"),
            "{where}: nothing to paste": self.tr("{where}: nothing to paste"),
            "the pasted rows": self.tr("the pasted rows"),
            "{where}: no rates under the header row":
                self.tr("{where}: no rates under the header row"),
            # ----- an import of participants: its problems and notices, row by row
            # (domain/participant_import.py, participants.py)
            "required column missing": self.tr("required column missing"),
            "{column} (all rows)": self.tr("{column} (all rows)"),
            "unreadable characters ({mark}): choose the file's encoding":
                self.tr("unreadable characters ({mark}): choose the file's encoding"),
            '{text}: a "?" stands for a letter the file could not hold (it'
            " was saved in an encoding without it): correct the name":
                self.tr('{text}: a "?" stands for a letter the file could not hold (it'
                        " was saved in an encoding without it): correct the name"),
            "{text} looks like {fixed} read in the wrong encoding: choose"
            " the file's encoding (UTF-8)":
                self.tr("{text} looks like {fixed} read in the wrong encoding: choose"
                        " the file's encoding (UTF-8)"),
            "duplicate: {name}, {email} is also on row {row}":
                self.tr("duplicate: {name}, {email} is also on row {row}"),
            "{name} (row {row})": self.tr("{name} (row {row})"),
            "{name}, already in the plan": self.tr("{name}, already in the plan"),
            "{email} is also the email of {whose}: other names, so another person":
                self.tr("{email} is also the email of {whose}: other names, so another person"),
            "{email} is also the email of {whose}: other names, so another person;"
            " {kept}":
                self.tr("{email} is also the email of {whose}: other names, so another person;"
                        " {kept}"),
            "same names and organisation as row {row}":
                self.tr("same names and organisation as row {row}"),
            "the same participant as row {row}": self.tr("the same participant as row {row}"),
            "stored without the email (a plan holds each email once)":
                self.tr("stored without the email (a plan holds each email once)"),
            # ----- a table that cannot be read (interchange/participants_csv.py, _xlsx.py,
            # participants_io.py)
            "{path}: this is a workbook (XLSX) or another zip file, not a CSV:"
            " import it as .xlsx":
                self.tr("{path}: this is a workbook (XLSX) or another zip file, not a CSV:"
                        " import it as .xlsx"),
            "{path}: this is an old Excel workbook (.xls), not a CSV: save it as"
            " .xlsx or .csv":
                self.tr("{path}: this is an old Excel workbook (.xls), not a CSV: save it as"
                        " .xlsx or .csv"),
            "{path}: this is a PDF, not a CSV": self.tr("{path}: this is a PDF, not a CSV"),
            "{path}: this is not a text file (CSV): more than 5% of its first"
            " bytes are control codes":
                self.tr("{path}: this is not a text file (CSV): more than 5% of its first"
                        " bytes are control codes"),
            "{path}: unknown encoding {encoding}": self.tr("{path}: unknown encoding {encoding}"),
            "{path}: more than %Ln rows: not a list of participants":
                self.tr("{path}: more than %Ln rows: not a list of participants", None, n),
            "{path}:{line}: cannot be read as CSV ({error})":
                self.tr("{path}:{line}: cannot be read as CSV ({error})"),
            "{path}: the file is empty (no header row)":
                self.tr("{path}: the file is empty (no header row)"),
            "{path}: the sheet {sheet} is empty (no header row)":
                self.tr("{path}: the sheet {sheet} is empty (no header row)"),
            "{path}: cannot import a file without suffix: save it as CSV"
            " (.csv) or as an Excel workbook (.xlsx)":
                self.tr("{path}: cannot import a file without suffix: save it as CSV"
                        " (.csv) or as an Excel workbook (.xlsx)"),
            "{path}: cannot import a {suffix} file: save it as CSV (.csv) or"
            " as an Excel workbook (.xlsx)":
                self.tr("{path}: cannot import a {suffix} file: save it as CSV (.csv) or"
                        " as an Excel workbook (.xlsx)"),
            # ----- what the window is told when it cannot do as asked: a line without its
            # rate of exchange (domain/budget.py), a budget not exported
            # (interchange/budget_xlsx.py, services/budget.py), letters not written
            # (services/letters.py, printing/word/fill.py), an agenda not exported
            # (interchange/ics.py), a milestone gone (services/timeline.py)
            "no rate of exchange for {code} in {month} ({hint})":
                self.tr("no rate of exchange for {code} in {month} ({hint})"),
            "import it or type it with Rates… on the Budget tab":
                self.tr("import it or type it with Rates… on the Budget tab"),
            "no month chosen for the rate of exchange of {currency}"
            " (and the meeting has no dates)":
                self.tr("no month chosen for the rate of exchange of {currency}"
                        " (and the meeting has no dates)"),
            "cannot export the budget: {problems}":
                self.tr("cannot export the budget: {problems}"),
            "({option}) line {number}: {problem}":
                self.tr("({option}) line {number}: {problem}"),
            "{first}; {then}": self.tr("{first}; {then}"),
            "wrote the budget of %n options to {path}":
                self.tr("wrote the budget of %n options to {path}", None, n),
            "no addressees {to} (choose {known})": self.tr("no addressees {to} (choose {known})"),
            "the plan lists no member States; add them to the plan or write to the"
            " participants ({hint})":
                self.tr("the plan lists no member States; add them to the plan or write to"
                        " the participants ({hint})"),
            "To: Each participant": self.tr("To: Each participant"),
            "the plan has no participants to write to":
                self.tr("the plan has no participants to write to"),
            "the template names the field {field}, which is not one of {known}":
                self.tr("the template names the field {field}, which is not one of {known}"),
            "the template names the field {field}, which the plan cannot fill: {why}":
                self.tr("the template names the field {field}, which the plan cannot fill:"
                        " {why}"),
            "the plan has no milestone about nominations; {hint}":
                self.tr("the plan has no milestone about nominations; {hint}"),
            "add one on the Timeline tab": self.tr("add one on the Timeline tab"),
            "the plan has no secretariat participant with an e-mail address":
                self.tr("the plan has no secretariat participant with an e-mail address"),
            "the plan has no meeting dates": self.tr("the plan has no meeting dates"),
            "the plan has no venue": self.tr("the plan has no venue"),
            "it is empty for {addressee}": self.tr("it is empty for {addressee}"),
            "the template is {error}": self.tr("the template is {error}"),
            "not a Word (.docx) document ({error})":
                self.tr("not a Word (.docx) document ({error})"),
            "the template names no field such as {example}; every letter would be the same":
                self.tr("the template names no field such as {example}; every letter would"
                        " be the same"),
            "the plan's time zone {name} is not known":
                self.tr("the plan's time zone {name} is not known"),
            "milestone {number} no longer exists": self.tr("milestone {number} no longer exists"),
            # a traveller's trip (domain/budget.py, services/budget.py)
            "no nights: the meeting has no dates": self.tr("no nights: the meeting has no dates"),
            "no DSA location: name it in Plan details, or import the DSA table of the"
            " venue's city ({hint})":
                self.tr("no DSA location: name it in Plan details, or import the DSA table of"
                        " the venue's city ({hint})"),
            "no DSA rate for {location} ({hint})": self.tr("no DSA rate for {location} ({hint})"),
            "no DSA rate for {location} on {day} ({hint})":
                self.tr("no DSA rate for {location} on {day} ({hint})"),
            "no rate of exchange for {currency} to convert the DSA ({hint})":
                self.tr("no rate of exchange for {currency} to convert the DSA ({hint})"),
            "import it with Rates… on the Budget tab":
                self.tr("import it with Rates… on the Budget tab"),
            "Ticket {ticket} + {nights} × DSA {dsa} + terminal {terminal} = {amount}":
                self.tr("Ticket {ticket} + {nights} × DSA {dsa} + terminal {terminal}"
                        " = {amount}"),
            "{note} ({problem})": self.tr("{note} ({problem})"),
        }
