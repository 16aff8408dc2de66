"""Help: the user guide (F1), shipped in the package and read offline, and About."""

from __future__ import annotations

import platform
from importlib.resources import files
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QSize, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from consult_desktop import APP_NAME, __version__
from consult_desktop.ui.fit import fit_to_screen
from consult_desktop.ui.language import window_lang

LICENCE = "MIT licence"


def guide_path(lang: str | None = None) -> Path:
    """The guide's HTML file inside the installed package (a real file: the package is
    installed as files, and the bundle unpacks its data files), in `lang` (else the
    window's language): guide.html in English, guide.fr.html, guide.ru.html."""
    lang = lang or window_lang()
    name = "guide.html" if lang == "en" else f"guide.{lang}.html"
    path = Path(str(files("consult_desktop") / "help" / name))
    return path if path.exists() else Path(str(files("consult_desktop") / "help" / "guide.html"))


class GuideDialog(QDialog):
    """The guide in a window of its own, links within it followed; "Open in browser"
    hands the same local file to the desktop's browser."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{name}: user guide").format(name=APP_NAME))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setSource(QUrl.fromLocalFile(str(guide_path())))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.browser_button = buttons.addButton(self.tr("Open in &browser"),
                                                QDialogButtonBox.ButtonRole.ActionRole)
        self.browser_button.setToolTip(self.tr("Open the guide in the desktop's web browser"))
        self.browser_button.clicked.connect(self.open_in_browser)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(720, 680))

    def open_in_browser(self) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(guide_path())))


def about_text() -> str:
    """Name, version, licence, and the versions of Qt, PySide6 and Python it runs on."""
    about = QCoreApplication.translate(
        "about", "<p>Plan an intergovernmental consultation meeting offline, from the options"
        " paper to the printed meeting pack.</p><p>{licence}. Printed documents use the DejaVu"
        " Sans fonts (their own free licence, shipped with the program).</p>")
    return (
        f"<h3>{APP_NAME} {__version__}</h3>"
        + about.format(licence=QCoreApplication.translate("about", "MIT licence"))
        + f"<p>Qt {qVersion()} · PySide6 {pyside_version} · "
        f"Python {platform.python_version()}</p>"
    )
