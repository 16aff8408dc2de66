"""Windows and dialogs that fit the screen they open on.

`fit_to_screen(widget)` is called by every window and dialog once its layout is built:
the window is sized to what it wants (its size hint, or a size asked for) but never
larger than the screen's available area (without the task bar), less room for the
window's frame and title. A dialog whose content cannot be squeezed to that height or
width gets its content in a scroll area, with its buttons kept below it, always
visible. It then opens within the screen: Qt centres a dialog on its parent and keeps
it within the screen, and the window manager places the main window (whose restored
place Qt brings back onto a screen that is there).

Imports only Qt: the main window uses it before the store loads.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

# Room left for a window manager's frame: the borders, and a title bar above.
FRAME = QSize(16, 48)


def available_area(widget: QWidget) -> QRect:
    """The part of the widget's screen that windows may use (no task bar or panel)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(widget: QWidget, wanted: QSize | None = None,
                  area: QRect | None = None) -> QSize:
    """Size a window to `wanted` (else its size hint) within `area` (else its screen's
    available area), scrolling its content when that cannot fit; returns the size."""
    area = area if area is not None else available_area(widget)
    room = QSize(max(200, area.width() - FRAME.width()),
                 max(150, area.height() - FRAME.height()))
    layout = widget.layout()
    # Only a dialog's content is moved into a scroll area: a main window's tabs scroll
    # their own (the option editor, the tables). Once scrolled, its minimum is small.
    if isinstance(widget, QDialog) and layout is not None:
        needed = layout.totalMinimumSize()
        if needed.height() > room.height() or needed.width() > room.width():
            scroll_content(widget)
    want = QSize(wanted) if wanted is not None else widget.sizeHint()
    if not want.isValid():
        want = widget.size()
    size = want.boundedTo(room).expandedTo(widget.minimumSizeHint().boundedTo(room))
    widget.setMinimumSize(widget.minimumSize().boundedTo(room))
    widget.resize(size)
    return size


def scroll_content(widget: QWidget) -> QScrollArea:
    """Put what a window's layout holds into a scroll area, its button box (if any)
    staying below, outside the scroll area."""
    layout = widget.layout()
    assert layout is not None
    buttons = [box for box in widget.findChildren(QDialogButtonBox)
               if layout.indexOf(box) >= 0 or _form_row(layout, box) >= 0]
    for box in buttons:
        row = _form_row(layout, box)
        if row >= 0 and isinstance(layout, QFormLayout):
            layout.takeRow(row)
        else:
            layout.removeWidget(box)
    content = QWidget()
    content.setLayout(layout)  # takes the layout, and its widgets, from the window
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(content)
    outer = QVBoxLayout(widget)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll, 1)
    for box in buttons:
        box.setContentsMargins(8, 4, 8, 8)
        outer.addWidget(box)
        box.show()
    return scroll


def _form_row(layout: QLayout, widget: QWidget) -> int:
    if not isinstance(layout, QFormLayout):
        return -1
    position: Any = layout.getWidgetPosition(widget)  # (row, role); the stub says object
    return int(position[0])
