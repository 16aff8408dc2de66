"""A cell being typed in keeps what was typed when the row changes underneath.

When someone else's change to a row arrives (a plan on a server) while the person is
typing in one of its cells, the model repaints the row and Qt's view gives every open
editor in it the model's new value (`setEditorData`), wiping the half-typed text. A
delegate built on this one leaves an editor the person has typed in alone; their value
is saved when they press Enter (and checked against the other's change then).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QWidget


def typed_in(editor: QWidget) -> bool:
    """Whether the person has typed in this editor since it opened (a line edit, or
    the line edit inside a spin box)."""
    line = editor if isinstance(editor, QLineEdit) else editor.findChild(QLineEdit)
    return line is not None and line.isModified()


def note_read(index: QModelIndex | QPersistentModelIndex) -> None:
    """Tell a model that keeps what the person read (`note_read`) what the cell holds as
    its editor is filled: an edit saved later names it, and is checked against it."""
    note = getattr(index.model(), "note_read", None)
    if note is not None:
        note(index)


class KeepTypingDelegate(QStyledItemDelegate):
    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex
                      ) -> None:
        if not typed_in(editor):
            note_read(index)
            super().setEditorData(editor, index)
