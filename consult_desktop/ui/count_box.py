"""A whole number box whose unit agrees with its number: "1 day", "2 days"."""

from __future__ import annotations

from PySide6.QtWidgets import QSpinBox

from consult_desktop.domain.plural import noun


class CountBox(QSpinBox):
    def __init__(self, maximum: int, singular: str, plural: str = "",
                 unset: str = "") -> None:
        super().__init__()
        self.singular, self.plural = singular, plural
        self.setRange(0, maximum)
        if unset:
            self.setSpecialValueText(unset)  # shown for 0
        self.valueChanged.connect(self._agree)
        self._agree(self.value())

    def _agree(self, value: int) -> None:
        self.setSuffix(f" {noun(value, self.singular, self.plural)}")
