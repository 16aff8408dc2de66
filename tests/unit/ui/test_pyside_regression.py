"""PySide6 6.12.0 on Python 3.11 aborts the interpreter ("none_dealloc") after a few
thousand calls of Qt methods that return nothing. The pin in pyproject.toml keeps
6.11.3; this test proves the installed build survives."""

from PySide6.QtWidgets import QLabel


def test_twenty_thousand_void_calls_do_not_abort(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    for number in range(20_000):
        label.setText(str(number))  # returns None
    assert label.text() == "19999"
