"""The entries of File > Print, without the preview: the window builds its menu at start,
and the preview (its widgets, ReportLab, pypdfium2) loads at the first print."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from consult_desktop.ui.context import PlanContext

# File > Print offers these: (command-line name, menu text).
DOCUMENTS = (
    ("pack", "Meeting &pack"),
    ("agenda", "Provisional annotated &agenda"),
    ("participants", "List of &participants"),
    ("budget", "&Budget"),
    ("options-note", "&Options note"),
    ("summary", "&Summary of discussions"),
)


def print_action(context_of: Callable[[], PlanContext | None], kind: str, title: str,
                 parent: QWidget) -> Callable[[], None]:
    """The slot of one File > Print entry."""

    def show() -> None:
        context = context_of()
        if context is not None:
            from consult_desktop.ui.print_preview import PrintPreviewDialog

            PrintPreviewDialog.ask(context, kind, title.replace("&", ""), parent)

    return show
