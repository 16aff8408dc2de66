"""The form to add or edit one participant, and the question asked about a duplicate.

The form checks with the same rules as an import (`domain.participants.read_person`)
and will not close while a field is wrong; the message says which field and why.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from consult_desktop.domain import countries, names, vocab
from consult_desktop.domain.names import plain_name
from consult_desktop.domain.participants import (
    ONE_EMAIL,
    SHARED_EMAILS,
    Person,
    read_person,
    to_cells,
)
from consult_desktop.ui import phrases, words
from consult_desktop.ui.fit import fit_to_screen
from consult_desktop.ui.language import window_lang
from consult_desktop.ui.participants_model import header_title

# Asked when the form's OK is pressed with a valid person: True closes the form, False
# keeps it open as typed (the question about a duplicate was cancelled).
Vet = Callable[[Person, QWidget], bool]

HONORIFICS = ("", "Mr.", "Ms.", "Mx.", "Dr.", "H.E. Mr.", "H.E. Ms.", "Prof.")


def fill_countries(combo: QComboBox, members: Collection[str]) -> None:
    """Every ISO 3166 country, the governing body's member States first and marked."""
    combo.addItem(QCoreApplication.translate("ParticipantDialog", "(none)"), "")
    lang = window_lang()
    groups = ((QCoreApplication.translate("ParticipantDialog", "Member States of the body"),
               [c for c in countries.all_codes() if c in members]),
              (QCoreApplication.translate("ParticipantDialog", "Other countries and territories"),
               [c for c in countries.all_codes() if c not in members]))
    model = combo.model()
    for title, codes in groups:
        if not codes:
            continue
        combo.addItem(f"— {title} —", None)
        if isinstance(model, QStandardItemModel):
            item = model.item(combo.count() - 1)
            item.setEnabled(False)
        for code in codes:
            mark = " ★" if code in members else ""
            combo.addItem(f"{countries.name(code, lang)}{mark}", code)


def latin_hint(written: str) -> str:
    """What a Latin-letters box shows while empty: the transliteration that prints."""
    if names.is_cyrillic(written):
        return QCoreApplication.translate("ParticipantDialog", "%1 (automatic)").replace(
            "%1", names.transliterate(written))
    return QCoreApplication.translate("ParticipantDialog", "as written")


class ParticipantDialog(QDialog):
    def __init__(self, person: Person | None, members: Collection[str],
                 parent: QWidget | None = None, vet: Vet | None = None,
                 trip_note: str = "") -> None:
        super().__init__(parent)
        self.vet = vet
        self.setWindowTitle(self.tr("Edit participant") if person else self.tr("Add participant"))
        self.person: Person | None = None
        self.honorific = QComboBox()
        self.honorific.setEditable(True)
        lang = window_lang()  # "M.", "Mme" in French: read back to the same codes
        self.honorific.addItems(list(dict.fromkeys(names.title(h, lang) for h in HONORIFICS)))
        self.given_name = QLineEdit()
        self.family_name = QLineEdit()
        # The names in Latin letters, for the English and French lists; left empty, a
        # Cyrillic name is transliterated (shown as the placeholder), a Latin one kept.
        self.family_name_latin = QLineEdit()
        self.given_name_latin = QLineEdit()
        for written, in_latin in ((self.family_name, self.family_name_latin),
                                  (self.given_name, self.given_name_latin)):
            written.textChanged.connect(
                lambda text, box=in_latin: box.setPlaceholderText(latin_hint(text)))
            in_latin.setPlaceholderText(latin_hint(""))
        self.function = QLineEdit()
        self.organisation = QLineEdit()
        self.country = QComboBox()
        fill_countries(self.country, members)
        self.category = QComboBox()
        for code, label in words.choices(vocab.PARTICIPANT_CATEGORIES):
            self.category.addItem(label, code)
        self.category.setCurrentIndex(-1)
        self.status = QComboBox()
        for code, label in words.choices(vocab.PARTICIPANT_STATUSES):
            self.status.addItem(label, code)
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.travel_requested = QCheckBox(self.tr("Requested"))
        self.travel_approved = QCheckBox(self.tr("Approved"))
        self.travel_amount = QLineEdit()
        self.travel_amount.setPlaceholderText(self.tr("estimated cost, e.g. 1850.00"))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)
        self.head_of_delegation = QCheckBox(self.tr("&Head of delegation"))
        self.rank = QLineEdit()
        self.rank.setPlaceholderText(self.tr("rank in the delegation, e.g. 2"))
        self.problems = QLabel()
        self.problems.setStyleSheet("color: #b00020")
        self.problems.setWordWrap(True)

        travel = QHBoxLayout()
        for widget in (self.travel_requested, self.travel_approved, self.travel_amount):
            travel.addWidget(widget)
        form = QFormLayout()
        form.addRow(self.tr("Honorific"), self.honorific)
        form.addRow(self.tr("&Given name"), self.given_name)
        form.addRow(self.tr("&Family name *"), self.family_name)
        latin_names = QHBoxLayout()
        latin_names.addWidget(self.given_name_latin)
        latin_names.addWidget(self.family_name_latin)
        latin_label = QLabel(self.tr("In &Latin letters"))
        latin_label.setBuddy(self.given_name_latin)
        latin_label.setToolTip(self.tr("The given and family names as the English and French"
                                       " lists print them, for a name written in Cyrillic"))
        form.addRow(latin_label, latin_names)
        form.addRow(self.tr("F&unction"), self.function)
        form.addRow(self.tr("&Organisation"), self.organisation)
        form.addRow(self.tr("Countr&y"), self.country)
        form.addRow(self.tr("&Category *"), self.category)
        form.addRow(self.tr("&Status"), self.status)
        form.addRow(self.tr("&Email"), self.email)
        form.addRow(self.tr("&Phone"), self.phone)
        form.addRow(self.tr("Travel support"), travel)
        self.trip_note = QLabel(trip_note)
        if trip_note:  # costed by ticket, nights and DSA: the sum, not a typed figure
            self.trip_note.setWordWrap(True)
            self.trip_note.setToolTip(self.tr(
                "Change the ticket, nights, DSA or terminal expenses in the Budget tab,"
                " Travellers…"))
            self.travel_amount.setReadOnly(True)
            self.travel_amount.setToolTip(self.trip_note.toolTip())
            form.addRow("", self.trip_note)
        delegation = QHBoxLayout()
        delegation.addWidget(self.head_of_delegation)
        delegation.addWidget(self.rank)
        form.addRow(self.tr("Delegation"), delegation)
        form.addRow(self.tr("&Notes"), self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        fit_to_screen(self)
        self.widgets: dict[str, QWidget] = {
            "family_name": self.family_name, "category": self.category, "email": self.email,
            "country": self.country, "status": self.status, "travel_amount": self.travel_amount,
            "rank": self.rank,
        }
        if person is not None:
            self.set_person(person)

    def set_person(self, person: Person) -> None:
        # "ms" shown as "Ms.", "Mme", "г-жа"
        self.honorific.setCurrentText(names.title(person.honorific, window_lang()))
        for name in ("given_name", "family_name", "function", "organisation", "phone",
                     "given_name_latin", "family_name_latin"):
            getattr(self, name).setText(getattr(person, name))
        self.email.setText(person.email or "")
        self.country.setCurrentIndex(max(0, self.country.findData(person.country or "")))
        self.category.setCurrentIndex(self.category.findData(person.category))
        self.status.setCurrentIndex(self.status.findData(person.status))
        self.travel_requested.setChecked(person.travel_requested)
        self.travel_approved.setChecked(person.travel_approved)
        self.travel_amount.setText(to_cells(person)["travel_amount"])
        self.notes.setPlainText(person.notes)
        self.head_of_delegation.setChecked(person.head_of_delegation)
        self.rank.setText(to_cells(person)["rank"])

    def cells(self) -> dict[str, str]:
        """The form's fields as the text cells an import would read."""
        return {
            "honorific": self.honorific.currentText(),
            "given_name": self.given_name.text(), "family_name": self.family_name.text(),
            "function": self.function.text(), "organisation": self.organisation.text(),
            "country": self.country.currentData() or "",
            "category": self.category.currentData() or "",
            "status": self.status.currentData() or "",
            "email": self.email.text(), "phone": self.phone.text(),
            "travel_requested": "yes" if self.travel_requested.isChecked() else "no",
            "travel_approved": "yes" if self.travel_approved.isChecked() else "no",
            "travel_amount": self.travel_amount.text(),
            "notes": self.notes.toPlainText(),
            "head_of_delegation": "yes" if self.head_of_delegation.isChecked() else "no",
            "rank": self.rank.text(),
            "family_name_latin": self.family_name_latin.text(),
            "given_name_latin": self.given_name_latin.text(),
        }

    def accept(self) -> None:
        person, problems = read_person(self.cells())
        if person is None:
            self.problems.setText("\n".join(
                self.tr("{field}: {problem}").format(field=header_title(p.field),
                                                     problem=phrases.text(p.said))
                for p in problems))
            widget = self.widgets.get(problems[0].field)
            if widget is not None:
                widget.setFocus()
            return
        self.problems.clear()
        if self.vet is not None and not self.vet(person, self):
            return  # back to the form, as typed
        self.person = person
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, person: Person | None,
            members: Collection[str], vet: Vet | None = None,
            trip_note: str = "") -> Person | None:
        """The person entered, or None when cancelled; `vet` is asked before the form
        closes; `trip_note`: how a traveller's travel support adds up, when costed by
        ticket. Tests replace this."""
        dialog = cls(person, members, parent, vet, trip_note)
        return dialog.person if dialog.exec() == QDialog.DialogCode.Accepted else None


def describe(person: Person) -> str:
    name = plain_name(person.given_name, person.family_name, person.honorific, window_lang())
    details = ", ".join(p for p in (person.organisation, person.email or "") if p)
    return f"{name} ({details})" if details else name


class DuplicateDialog:
    """Ask what to do with a person who seems to be in the list already."""

    @classmethod
    def ask(cls, parent: QWidget | None, new: Person, existing: Person, how: str,
            can_merge: bool = True) -> str | None:
        """"merge", "keep" (add as a separate person) or None (cancel: back to the form).
        Tests replace this.

        Names decide who is who: an email shared with someone else (a permanent
        mission's) only suggests the same person, so a separate person is offered too."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("DuplicateDialog",
                                                      "Possible duplicate"))
        if how == "email":
            text = QCoreApplication.translate(
                "DuplicateDialog", "{name} is already in the list, with the same email.")
        else:
            text = QCoreApplication.translate(
                "DuplicateDialog",
                "{name} is already in the list, with the same names and organisation.")
        box.setText(text.format(name=describe(existing)))
        box.setTextFormat(Qt.TextFormat.PlainText)
        if how == "email" and not SHARED_EMAILS:
            box.setInformativeText(QCoreApplication.translate(
                "DuplicateDialog", "A separate person is {kept}.").format(
                kept=phrases.text(ONE_EMAIL)))
        choices: dict[Any, str] = {}
        if can_merge:
            choices[box.addButton(
                QCoreApplication.translate("DuplicateDialog", "&Merge into the existing entry"),
                QMessageBox.ButtonRole.AcceptRole)] = "merge"
        keep = QCoreApplication.translate("DuplicateDialog", "&Add as a separate person") \
            if can_merge else \
            QCoreApplication.translate("DuplicateDialog", "&Keep as a separate person")
        choices[box.addButton(keep, QMessageBox.ButtonRole.YesRole)] = "keep"
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return choices.get(box.clickedButton())
