"""No import circles in consult_desktop/: two modules that import each other, even from
inside a function, are one module in two files, and whichever loads first sees the other
half-built.

The graph is read from the source with `ast`: every import statement counts, at module
level, inside functions and under `if TYPE_CHECKING:` alike. A type named only for an
annotation is still a module reaching back up into its caller (the restore dialog
naming the window it climbs back into), which is what this test is there to stop.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from pathlib import Path

import consult_desktop

PACKAGE = Path(consult_desktop.__file__).parent

# Circles that another branch removes. When it is merged, delete its entry here: the
# test then fails again if the circle comes back.
KNOWN: list[frozenset[str]] = []


def module_names(root: Path) -> dict[str, Path]:
    """Every module of the package at `root`, by dotted name (a package by its own)."""
    found = {}
    for path in root.rglob("*.py"):
        parts = [root.name, *path.relative_to(root).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def imported(module: str, path: Path, known: Iterable[str]) -> set[str]:
    """The modules of the package that `module` imports anywhere in its source."""
    known = set(known)
    is_package = path.name == "__init__.py"
    targets: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")
                base = base[: len(base) - node.level + (1 if is_package else 0)]
                source = ".".join([*base, *([node.module] if node.module else [])])
            else:
                source = node.module or ""
            # `from pkg import sub` imports the submodule; `from mod import name`, the module.
            names = [f"{source}.{alias.name}" if f"{source}.{alias.name}" in known else source
                     for alias in node.names]
        else:
            continue
        for name in names:
            while name and name not in known:  # `import a.b.C`-like tails
                name = name.rpartition(".")[0]
            if name and name != module:
                targets.add(name)
    return targets


def import_graph(root: Path) -> dict[str, set[str]]:
    modules = module_names(root)
    return {name: imported(name, path, modules) for name, path in modules.items()}


def circles(graph: dict[str, set[str]]) -> list[frozenset[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[frozenset[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(frozenset(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_module_of_consult_desktop_imports_itself_back():
    found = circles(import_graph(PACKAGE))
    unexpected = [sorted(group) for group in found if group not in KNOWN]
    assert unexpected == [], f"import circles: {unexpected}"


def test_each_known_circle_still_exists():
    """A known exception whose circle is gone must be deleted, or it would hide the
    circle's return."""
    found = circles(import_graph(PACKAGE))
    gone = [sorted(group) for group in KNOWN if group not in found]
    assert gone == [], f"no longer a circle, delete it from KNOWN: {gone}"


def test_the_graph_sees_imports_in_functions_relative_ones_and_longer_circles(tmp_path):
    root = tmp_path / "pkg"
    (root / "sub").mkdir(parents=True)
    (root / "__init__.py").write_text("")
    (root / "sub" / "__init__.py").write_text("from . import c\n")
    (root / "a.py").write_text("def f():\n    from pkg.sub import b\n")
    (root / "sub" / "b.py").write_text("import pkg.sub.c as c\n")
    (root / "sub" / "c.py").write_text("from ..a import f\n")
    (root / "d.py").write_text("from typing import TYPE_CHECKING\n"
                               "if TYPE_CHECKING:\n    from pkg import e\n")
    (root / "e.py").write_text("from pkg.d import x\n")
    (root / "f.py").write_text("import pkg.a\n")  # points into a circle, not part of it
    graph = import_graph(root)
    assert graph["pkg.a"] == {"pkg.sub.b"}
    assert graph["pkg.sub"] == {"pkg.sub.c"}
    assert sorted(map(sorted, circles(graph))) == [["pkg.a", "pkg.sub.b", "pkg.sub.c"],
                                                  ["pkg.d", "pkg.e"]]
