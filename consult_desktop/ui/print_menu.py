"""The entries of File > Print, without the preview: the window builds its menu at start,
and the preview (its widgets, ReportLab, pypdfium2) loads at the first print."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from consult_desktop.services.printables import PRINTABLES

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from consult_desktop.ui.context import PlanContext


def menu_text(title: str, taken: set[str]) -> str:
    """`title` with the first initial of its words not yet `taken` as its access key,
    else its first letter not yet taken."""
    words = title.split(" ")
    for number, word in enumerate(words):
        key = word[:1].casefold()
        if key.isalpha() and key not in taken:
            taken.add(key)
            words[number] = "&" + word
            return " ".join(words)
    for number, letter in enumerate(title):  # else any letter of it not yet taken
        if letter.isalpha() and letter.casefold() not in taken:
            taken.add(letter.casefold())
            return f"{title[:number]}&{title[number:]}"
    return title


def documents() -> tuple[tuple[str, str], ...]:
    """What File > Print offers: (document id, menu text in the window's language),
    from the registry of documents; the pack first, as a whole, then its parts."""
    from consult_desktop.ui import words

    ordered = sorted(PRINTABLES, key=lambda entry: not entry.parts)
    taken: set[str] = set()
    return tuple((entry.id, menu_text(words.text(entry.title), taken)) for entry in ordered)


def print_action(context_of: Callable[[], PlanContext | None], kind: str, title: str,
                 parent: QWidget) -> Callable[[], None]:
    """The slot of one File > Print entry."""

    def show() -> None:
        context = context_of()
        if context is not None:
            from consult_desktop.ui.print_preview import PrintPreviewDialog

            PrintPreviewDialog.ask(context, kind, title.replace("&", ""), parent)

    return show
