"""File > Documents: each printed document's identity (symbol, date of issue,
distribution, original language, the agenda item and the meeting that consider it),
listed on the left and edited on the right. OK saves every change as one undoable edit;
an empty symbol or an unticked date goes back to the default, shown greyed."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from consult_desktop.domain import vocab
from consult_desktop.domain.dates import long_date
from consult_desktop.ui import phrases, words
from consult_desktop.ui.language import window_lang
from consult_desktop.ui.plan_details import DateField

if TYPE_CHECKING:
    from consult_desktop.domain.documents import Identity
    from consult_desktop.ui.context import PlanContext

# What officers write on the "Original:" line; any other language may be typed.
ORIGINALS = ("English", "English only", "French", "Russian", "English and French",
             "English, French and Russian")


class DocumentsDialog(QDialog):
    """The identities of the plan's documents; `values()` gives each document's stored
    values as services/documents.py `stored` writes them."""

    def __init__(self, identities: list[Identity], kind: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Documents"))
        self.identities = {found.kind: found for found in identities}
        self.edited: dict[str, dict[str, Any]] = {}
        from consult_desktop.services.documents import stored

        for found in identities:
            self.edited[found.kind] = stored(found)
        self.list = QListWidget()
        self.kinds = [found.kind for found in identities]
        self.list.addItems([words.text(found.title) for found in identities])
        self.symbol = QLineEdit()
        self.issued = DateField(None)
        self.default_date = QLabel()
        self.distribution = QComboBox()
        for code, label in words.choices(vocab.DISTRIBUTIONS):
            self.distribution.addItem(label, code)
        self.original = QComboBox(editable=True)
        self.original.addItems(ORIGINALS)
        self.agenda_item = QLineEdit()
        self.agenda_item.setPlaceholderText(self.tr("e.g. 3: prints “Item 3 of the provisional"
                                                    " agenda”"))
        # Two lines, as the masthead prints them: "Ninetieth meeting", "Geneva, 24 March 2017".
        self.considered_at = QPlainTextEdit()
        self.considered_at.setPlaceholderText(self.tr("empty: this plan's meeting"))
        self.considered_at.setFixedHeight(self.considered_at.fontMetrics().lineSpacing() * 3 + 8)
        form = QFormLayout()
        for label, widget in ((self.tr("&Symbol"), self.symbol),
                              (self.tr("&Date of issue"), self.issued),
                              ("", self.default_date),
                              (self.tr("D&istribution"), self.distribution),
                              (self.tr("&Original"), self.original),
                              (self.tr("Agenda ite&m"), self.agenda_item),
                              (self.tr("Considered &at"), self.considered_at)):
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        sides = QHBoxLayout()
        sides.addWidget(self.list, 1)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addStretch()
        sides.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(sides)
        layout.addWidget(buttons)
        # The documents' names whole (longer in French and Russian), the form beside.
        self.list.setMinimumWidth(min(340, self.list.sizeHintForColumn(0) + 24))
        self.resize(max(760, self.sizeHint().width()), 320)
        self.current: str | None = None
        self.list.currentRowChanged.connect(self.show_document)
        self.list.setCurrentRow(self.kinds.index(kind) if kind in self.kinds else 0)

    def show_document(self, row: int) -> None:
        """Keep what was typed for the document shown, then show document `row`."""
        self.keep()
        self.current = self.kinds[row]
        found, values = self.identities[self.current], self.edited[self.current]
        self.symbol.setText(values["symbol"])
        default = "" if found.symbol_set else found.symbol
        self.symbol.setPlaceholderText(self.tr("default: {symbol}").format(symbol=default)
                                       if default else self.tr("none"))
        self.issued.enabled.setChecked(values["issued"] is not None)
        day = values["issued"] or (None if found.issued_set else found.issued)
        if day is not None:
            from PySide6.QtCore import QDate

            self.issued.edit.setDate(QDate(day.year, day.month, day.day))
        if found.issued_set:
            hint = self.tr("Untick for the default: the distribution deadline")
        elif found.issued:
            hint = self.tr("Unticked: the distribution deadline, {date}").format(
                date=long_date(found.issued, window_lang()))
        else:
            hint = self.tr("Unticked: none until the meeting has dates and deadlines")
        self.default_date.setText(hint)
        self.distribution.setCurrentIndex(self.distribution.findData(values["distribution"]))
        self.original.setCurrentText(values["original_language"])
        self.agenda_item.setText(values["agenda_item"])
        self.considered_at.setPlainText(values["considered_at"])

    def keep(self) -> None:
        if self.current is None:
            return
        self.edited[self.current] = {
            "symbol": self.symbol.text().strip(), "issued": self.issued.value(),
            "distribution": self.distribution.currentData(),
            "original_language": self.original.currentText().strip() or "English",
            "agenda_item": self.agenda_item.text().strip(),
            "considered_at": self.considered_at.toPlainText().strip(),
        }

    def values(self) -> dict[str, dict[str, Any]]:
        self.keep()
        return {kind: dict(values) for kind, values in self.edited.items()}

    @classmethod
    def ask(cls, identities: list[Identity], kind: str | None = None,
            parent: QWidget | None = None) -> dict[str, dict[str, Any]] | None:
        """Show the dialog; every document's values, or None when cancelled. Tests
        replace this."""
        dialog = cls(identities, kind, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


def edit_documents(context: PlanContext, parent: QWidget | None = None,
                   kind: str | None = None) -> bool:
    """Ask for the documents' identities (showing `kind` first) and save what changed
    as one undoable edit. Whether anything was saved."""
    from consult_desktop.services import documents

    found = documents.identities(context.plan_file)
    new = DocumentsDialog.ask(found, kind, parent)
    if new is None:
        return False
    try:
        for values in new.values():
            documents.checked(**values)
    except ValueError as error:
        context.report(QCoreApplication.translate("DocumentsDialog",
                                                  "Documents: not saved ({error})").format(
            error=phrases.of_error(error)))
        return False
    edit = documents.EditDocuments({each.kind: documents.stored(each) for each in found}, new)
    return bool(edit.new) and context.run(edit)

