"""A whole number box whose unit agrees with its number: "1 day", "2 days"; in Russian
"1 день", "2 дня", "5 дней" (the plural forms of the window's translations)."""

from __future__ import annotations

from PySide6.QtWidgets import QSpinBox


class CountBox(QSpinBox):
    DAYS, WEEKS, PARTICIPANTS = "days", "weeks", "participants"

    def __init__(self, maximum: int, unit: str, unset: str = "") -> None:
        super().__init__()
        self.unit = unit
        self.setRange(0, maximum)
        if unset:
            self.setSpecialValueText(unset)  # shown for 0
        self.valueChanged.connect(self._agree)
        self._agree(self.value())

    def counted(self, value: int) -> str:
        """The number and its unit, as the box shows them."""
        if self.unit == self.DAYS:
            return self.tr("%n day(s)", None, value)
        if self.unit == self.WEEKS:
            return self.tr("%n week(s)", None, value)
        return self.tr("%n participant(s)", None, value)

    def _agree(self, value: int) -> None:
        # The suffix is what follows the number: the counted text, less its number.
        self.setSuffix(self.counted(value).replace(str(value), "", 1))
