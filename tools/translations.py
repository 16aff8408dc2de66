"""The window's translations: the .ts sources and the .qm files the program loads.

    python tools/translations.py update   # lupdate: the .ts files take the code's messages
    python tools/translations.py release  # lrelease: the .ts files compiled to .qm
    python tools/translations.py check    # CI: the .ts files match the code, none is
                                          # unfinished, and the .qm files match the .ts
    python tools/translations.py fill LANG FILE.py  # translations from a dict (TEXTS)

The messages are read from the window's code (consult_desktop/ui) by pyside6-lupdate,
which ships with the PySide6 wheel, and are kept without source locations so that
moving code does not change the .ts files. English has a .ts of its own holding only
the plural forms ("%n participant(s)": "1 participant", "2 participants").
"""

from __future__ import annotations

import argparse
import runpy
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "consult_desktop" / "ui"
FOLDER = ROOT / "consult_desktop" / "i18n"
LANGUAGES = {"en": "en_GB", "fr": "fr_FR", "ru": "ru_RU"}
Key = tuple[str, str, str]  # context, source, comment


def tool(name: str) -> str:
    """A Qt tool of the PySide6 wheel: beside this Python, else on the PATH."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e .)")
    return found


def ts_path(lang: str, folder: Path = FOLDER) -> Path:
    return folder / f"consult_desktop_{lang}.ts"


def qm_path(lang: str, folder: Path = FOLDER) -> Path:
    return folder / f"consult_desktop_{lang}.qm"


def sources() -> list[str]:
    return sorted(str(path) for path in SOURCES.rglob("*.py"))


def lupdate(lang: str, ts: Path) -> None:
    """Bring `ts` up to date with the code (new messages unfinished, gone ones dropped)."""
    options = ["-no-obsolete", "-locations", "none", "-silent",
               "-source-language", "en", "-target-language", LANGUAGES[lang]]
    if lang == "en":
        options.append("-pluralonly")
    subprocess.run([tool("pyside6-lupdate"), *sources(), *options, "-ts", str(ts)],
                   check=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def messages(ts: Path) -> dict[Key, list[str | None]]:
    """Each message of a .ts file and its translations (one, or one per plural form);
    None for a translation left unfinished or empty."""
    found: dict[Key, list[str | None]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            translation = message.find("translation")
            assert translation is not None
            forms = translation.findall("numerusform") or [translation]
            unfinished = translation.get("type") in ("unfinished", "vanished", "obsolete")
            found[key] = [None if unfinished or not (form.text or "").strip() else form.text
                          for form in forms]
    return found


def problems(lang: str) -> list[str]:
    """What is wrong with a language's files: messages the code has and the .ts not,
    or the other way round; unfinished messages; a .qm not made from its .ts."""
    ts, qm = ts_path(lang), qm_path(lang)
    if not ts.exists():
        return [f"{ts.name}: missing (run tools/translations.py update)"]
    wrong: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / ts.name
        shutil.copyfile(ts, fresh)
        lupdate(lang, fresh)
        now, kept = messages(fresh), messages(ts)
        for key in sorted(now.keys() - kept.keys()):
            wrong.append(f"{ts.name}: not yet in it (run update): {key[0]}: {key[1]!r}")
        for key in sorted(kept.keys() - now.keys()):
            wrong.append(f"{ts.name}: no longer in the code (run update): {key[0]}: {key[1]!r}")
        for key, forms in sorted(kept.items()):
            if None in forms:
                wrong.append(f"{ts.name}: unfinished: {key[0]}: {key[1]!r}")
        compiled = Path(folder) / qm.name
        lrelease(ts, compiled)
        if not qm.exists() or qm.read_bytes() != compiled.read_bytes():
            wrong.append(f"{qm.name}: not made from {ts.name} (run release)")
    return wrong


def fill(lang: str, texts: dict[str, str | list[str]]) -> int:
    """Translate the messages of `lang` whose source is in `texts` ("context|source"
    for one context only), replacing what they had; a plural message takes a list
    (French two forms, Russian three). Returns how many remain unfinished."""
    ts = ts_path(lang)
    tree = ET.parse(ts)
    remaining = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            source = message.findtext("source") or ""
            text = texts.get(f"{name}|{source}", texts.get(source))
            if text is None:
                remaining += translation.get("type") == "unfinished"
                continue
            translation.attrib.pop("type", None)
            forms = translation.findall("numerusform")
            if forms:
                assert isinstance(text, list) and len(text) == len(forms), (source, text)
                for form, value in zip(forms, text, strict=True):
                    form.text = value
            else:
                assert isinstance(text, str), (source, text)
                translation.text = text
    ET.indent(tree, "    ")
    with ts.open("w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        out.write(ET.tostring(tree.getroot(), encoding="unicode"))
        out.write("\n")
    lupdate(lang, ts)  # back in lupdate's own layout
    return remaining


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("update", "release", "check", "fill"))
    parser.add_argument("rest", nargs="*")
    args = parser.parse_args(argv)
    if args.action == "update":
        for lang in LANGUAGES:
            lupdate(lang, ts_path(lang))
    elif args.action == "release":
        for lang in LANGUAGES:
            lrelease(ts_path(lang), qm_path(lang))
    elif args.action == "fill":
        lang, dictionary = args.rest
        remaining = fill(lang, runpy.run_path(dictionary)["TEXTS"])
        print(f"{ts_path(lang).name}: {remaining} message(s) still unfinished")
    else:
        wrong = [line for lang in LANGUAGES for line in problems(lang)]
        print("\n".join(wrong) or "translations: up to date and complete")
        return 1 if wrong else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
