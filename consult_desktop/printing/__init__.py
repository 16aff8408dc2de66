"""ReportLab documents: plain data in, PDF bytes out; one module a document.

Importing this package is cheap: ReportLab loads when the first document is built.
Which module builds which document: services/printables.py.
"""

from __future__ import annotations

from pathlib import Path

from consult_desktop.files import write_bytes


def write_pdf(pdf: bytes, path: Path) -> None:
    """Write the PDF whole or not at all (see consult_desktop.files)."""
    write_bytes(path, pdf)
