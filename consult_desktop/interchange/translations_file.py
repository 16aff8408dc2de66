"""Translation files: a plan's texts with their original (source) and their version in
one language (target), for translators who work outside the program.

- XLSX: one sheet "Translations", columns "key", "source (en)", "target (fr)"; every
  cell text (never a formula), kept exactly as written: a carriage return, which XML
  would read back as a line feed, is written as OOXML's escape "_x000D_" (as Excel
  does), and a text that looks like such an escape is itself escaped.
- XLIFF 2.0 (`.xlf`), what translation services and CAT tools take: one <unit> per
  text, its id the key with dots ("agenda_item.12.title": XLIFF ids are NMTOKENs).

Reading gives the language and the rows, or raises TranslationFileError with one
message that names the file (and the row or unit); the caller checks the rows against
the plan. XML holds no C0 control character but tab and line ends: a text with one
cannot go into either format, and writing says which.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from consult_desktop.domain.phrases import Phrase, phrase
from consult_desktop.domain.translatable import LANGUAGES
from consult_desktop.files import atomic_write

XLIFF = "urn:oasis:names:tc:xliff:document:2.0"
SHEET = "Translations"
HEADER = re.compile(r"^(key|source|target)(?:\s*\((\w\w)\))?$", re.IGNORECASE)
SUFFIXES = (".xlsx", ".xlf", ".xliff")


class TranslationFileError(ValueError):
    """A translation file that cannot be read: the message (a phrase, English as text)
    says which and why."""


@dataclass(frozen=True)
class Row:
    where: Phrase  # "row 3", "unit agenda_item.12.title": how a message points at it
    key: str
    source: str
    target: str


@dataclass(frozen=True)
class TranslationFile:
    source_lang: str
    target_lang: str
    rows: list[Row]


NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
ESCAPE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")
ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")


def _escaped(text: str) -> str:
    return ESCAPE.sub(r"_x005F_\1", text).replace("\r", "_x000D_")


def _unescaped(text: str) -> str:
    return ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text)


def write(path: Path, source_lang: str, target_lang: str,
          rows: Sequence[tuple[str, str, str]]) -> None:
    """(key, source, target) rows, as XLSX or XLIFF by the file's suffix."""
    for key, *texts in rows:
        for text in texts:
            bad = NOT_IN_XML.search(text)
            if bad:
                raise TranslationFileError(phrase(
                    "{key}: holds the control character {code}, which no XLSX or XLIFF"
                    " file can keep; remove it from the text first", key=key,
                    code=f"U+{ord(bad.group()):04X}"))
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        _write_xlsx(path, source_lang, target_lang, rows)
    elif suffix in (".xlf", ".xliff"):
        _write_xliff(path, source_lang, target_lang, rows)
    else:
        raise not_a_translation_file(path)


def not_a_translation_file(path: Path) -> TranslationFileError:
    return TranslationFileError(phrase("{path}: a translation file is .xlsx or .xlf",
                                       path=path))


def read(path: Path) -> TranslationFile:
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return _read_xlsx(path)
    if suffix in (".xlf", ".xliff"):
        return _read_xliff(path)
    raise not_a_translation_file(path)


# ----- XLSX ---------------------------------------------------------------------------
def _write_xlsx(path: Path, source_lang: str, target_lang: str,
                rows: Sequence[tuple[str, str, str]]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    with atomic_write(path, "wb") as stream:
        book = Workbook(write_only=True)
        sheet = book.create_sheet(SHEET)
        sheet.freeze_panes = "A2"
        sheet.column_dimensions["A"].width = 28
        sheet.column_dimensions["B"].width = 60
        sheet.column_dimensions["C"].width = 60

        def cell(text: str, bold: bool = False) -> Any:
            made = WriteOnlyCell(sheet, value=text)
            made.data_type = "s"  # text, even when it starts with "=": never a formula
            if bold:
                made.font = Font(bold=True)
            return made

        sheet.append([cell("key", True), cell(f"source ({source_lang})", True),
                      cell(f"target ({target_lang})", True)])
        for key, source, target in rows:
            sheet.append([cell(key), cell(_escaped(source)), cell(_escaped(target))])
        book.save(stream)


def _read_xlsx(path: Path) -> TranslationFile:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise TranslationFileError(phrase("{path}: not an Excel workbook (.xlsx) ({error})",
                                          path=path, error=error)) from None
    try:
        if SHEET not in book.sheetnames:
            raise TranslationFileError(phrase("{path}: no sheet {sheet} (sheets: {sheets})",
                                              path=path, sheet=repr(SHEET),
                                              sheets=", ".join(book.sheetnames)))
        try:
            values = [list(row) for row in book[SHEET].iter_rows(values_only=True)]
        except (ElementTree.ParseError, zipfile.BadZipFile, ValueError) as error:
            raise TranslationFileError(phrase("{path}: the sheet cannot be read ({error})",
                                              path=path, error=error)) from None
    finally:
        book.close()
    if not values:
        raise TranslationFileError(phrase("{path}: the sheet {sheet} is empty", path=path,
                                          sheet=repr(SHEET)))
    header = ["" if v is None else str(v).strip() for v in values[0]][:3]
    found = [HEADER.match(h) for h in header]
    if len(header) < 3 or not all(found) or \
            [m.group(1).lower() for m in found if m] != ["key", "source", "target"]:
        raise TranslationFileError(phrase(
            "{path}: row 1: the columns are key, source, target (found {found})", path=path,
            found=", ".join(header) or phrase("none")))
    source_lang = (found[1].group(2) or "") if found[1] else ""
    target_lang = (found[2].group(2) or "") if found[2] else ""
    rows = []
    for number, cells in enumerate(values[1:], start=2):
        texts = ["" if v is None else str(v) for v in (cells + [None] * 3)[:3]]
        if not any(t.strip() for t in texts):
            continue
        rows.append(Row(phrase("row {number}", number=number), texts[0].strip(),
                        _unescaped(texts[1]), _unescaped(texts[2])))
    return TranslationFile(source_lang.lower(), target_lang.lower(), rows)


# ----- XLIFF 2.0 ----------------------------------------------------------------------
def unit_id(key: str) -> str:
    return key.replace("/", ".")


def _write_xliff(path: Path, source_lang: str, target_lang: str,
                 rows: Sequence[tuple[str, str, str]]) -> None:
    ElementTree.register_namespace("", XLIFF)
    root = ElementTree.Element(f"{{{XLIFF}}}xliff", version="2.0", srcLang=source_lang,
                               trgLang=target_lang)
    file = ElementTree.SubElement(root, f"{{{XLIFF}}}file", id="plan")
    for key, source, target in rows:
        unit = ElementTree.SubElement(file, f"{{{XLIFF}}}unit", id=unit_id(key))
        segment = ElementTree.SubElement(unit, f"{{{XLIFF}}}segment")
        source_element = ElementTree.SubElement(segment, f"{{{XLIFF}}}source")
        source_element.text = source
        source_element.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        if target:
            target_element = ElementTree.SubElement(segment, f"{{{XLIFF}}}target")
            target_element.text = target
            target_element.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    data = ElementTree.tostring(root, encoding="utf-8", xml_declaration=True)
    # A carriage return in a text must survive parsing (XML turns a raw one into "\n").
    data = data.replace(b"\r", b"&#13;")
    with atomic_write(path, "wb") as stream:
        stream.write(data)


def _read_xliff(path: Path) -> TranslationFile:
    try:
        root = ElementTree.parse(path).getroot()
    except (ElementTree.ParseError, OSError) as error:
        raise TranslationFileError(phrase("{path}: not an XLIFF file ({error})", path=path,
                                          error=error)) from None
    if root.tag != f"{{{XLIFF}}}xliff" or root.get("version") != "2.0":
        raise TranslationFileError(phrase("{path}: not an XLIFF 2.0 file", path=path))
    rows = []
    for unit in root.iter(f"{{{XLIFF}}}unit"):
        ident = unit.get("id", "")
        segments = unit.findall(f"{{{XLIFF}}}segment")
        if len(segments) != 1:
            raise TranslationFileError(phrase("{path}: unit {ident}: one segment expected",
                                              path=path, ident=ident))
        source = segments[0].find(f"{{{XLIFF}}}source")
        target = segments[0].find(f"{{{XLIFF}}}target")
        rows.append(Row(phrase("unit {ident}", ident=ident), ident.replace(".", "/"),
                        "" if source is None else "".join(source.itertext()),
                        "" if target is None else "".join(target.itertext())))
    return TranslationFile(root.get("srcLang", "").lower(), root.get("trgLang", "").lower(),
                           rows)


def check_languages(found: TranslationFile, path: Path, source_lang: str) -> str:
    """The file's target language, when it is one of the plan's and its source is the
    plan's original; else TranslationFileError."""
    if found.target_lang not in LANGUAGES or found.target_lang == source_lang:
        raise TranslationFileError(phrase(
            "{path}: the target language is {found}; expected one of {expected}", path=path,
            found=repr(found.target_lang),
            expected=", ".join(x for x in LANGUAGES if x != source_lang)))
    if found.source_lang and found.source_lang != source_lang:
        raise TranslationFileError(phrase(
            "{path}: the source language is {found}, the plan's is {original}", path=path,
            found=repr(found.source_lang), original=repr(source_lang)))
    return found.target_lang
