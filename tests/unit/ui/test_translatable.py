"""The window's words reach the translators only as literals: lupdate reads the source,
and silently skips an f-string, a variable, an alias of tr, or a plural it cannot see.
This walks the syntax tree of consult_desktop/ui and names each one it finds."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import consult_desktop

UI = Path(consult_desktop.__file__).parent / "ui"
TR_NAMES = {"tr", "translate"}


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def problems(source: str, name: str = "<code>") -> list[str]:
    """Each call of tr/translate lupdate would miss or misread, with its line."""
    tree = ast.parse(source)
    found: list[str] = []
    calls: set[int] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        called = func.attr if isinstance(func, ast.Attribute) else \
            func.id if isinstance(func, ast.Name) else None
        if called not in TR_NAMES:
            continue
        calls.add(id(func))
        where = f"{name}:{node.lineno}"
        if isinstance(func, ast.Name):
            found.append(f"{where}: {called}() alone: call self.tr or"
                         " QCoreApplication.translate, whose context lupdate knows")
            continue
        texts = node.args[:2] if called == "translate" else node.args[:1]
        if len(texts) < (2 if called == "translate" else 1) or not all(map(_literal, texts)):
            found.append(f"{where}: {called}() of something that is not a literal string")
            continue
        if node.keywords:
            found.append(f"{where}: {called}() with keywords (lupdate reads positions only)")
        text = str(texts[-1].value)  # type: ignore[attr-defined]
        if called == "translate":
            if len(node.args) > 3:
                found.append(f"{where}: a plural through translate(), which lupdate misses;"
                             " use self.tr(text, None, n)")
            if len(node.args) == 3 and not (_literal(node.args[2])
                                            or isinstance(node.args[2], ast.Constant)):
                found.append(f"{where}: a disambiguation that is not a literal")
            continue
        if len(node.args) >= 2 and not isinstance(node.args[1], ast.Constant):
            found.append(f"{where}: a disambiguation that is not a literal")
        plural = len(node.args) >= 3
        if plural != ("%n" in text or "%Ln" in text):
            found.append(f"{where}: a count (n) and %n in the text go together")
    for node in ast.walk(tree):  # tr or translate taken without being called: an alias
        if isinstance(node, ast.Attribute | ast.Name) and id(node) not in calls:
            named = node.attr if isinstance(node, ast.Attribute) else node.id
            if named in TR_NAMES and not isinstance(getattr(node, "ctx", None), ast.Store):
                found.append(f"{name}:{node.lineno}: {named} used without a call (an alias)")
        if isinstance(node, ast.alias) and node.name in TR_NAMES and node.asname:
            found.append(f"{name}:{node.lineno}: {node.name} imported as {node.asname}")
        if isinstance(node, ast.Name) and node.id.startswith("QT_TR"):
            found.append(f"{name}:{node.lineno}: {node.id}: translate the literal where shown")
    return found


def test_every_call_of_tr_in_the_window_is_on_literals():
    wrong = [line for path in sorted(UI.rglob("*.py"))
             for line in problems(path.read_text(encoding="utf-8"), path.name)]
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("code", [
    'self.tr(f"Opened {path}")',
    'self.tr(text)',
    'self.tr("a" + b)',
    'self.tr("%s" % name)',
    'QCoreApplication.translate("ctx", label)',
    'QCoreApplication.translate(context, "Hello")',
    'QCoreApplication.translate("ctx", "%n days", None, n)',
    'self.tr("%n participant(s)", n=count)',
    'self.tr("%n participant(s)")',
    'self.tr("Participants", None, count)',
    'tr = self.tr',
    'names = map(self.tr, labels)',
    'from PySide6.QtCore import QCoreApplication as A; t = A.translate',
    'from x import translate as _',
    'tr("Hello")',
    'QT_TRANSLATE_NOOP("ctx", "Hello")',
])
def test_each_way_lupdate_misses_a_message_is_named(code):
    assert problems(code)


@pytest.mark.parametrize("code", [
    'self.tr("Opened {path}").format(path=path)',
    'self.tr("Open a plan with File > Open,"\n" or create one")',
    'self.tr("Apple", "the fruit")',
    'self.tr("%n participant(s)", None, len(rows))',
    'QCoreApplication.translate("tabs", "&Options")',
])
def test_literals_pass(code):
    assert problems(code) == []
