"""ReportLab documents: plain data in, PDF bytes out; one module a document.

Importing this package is cheap: ReportLab loads when the first document is built.
"""

from __future__ import annotations

from pathlib import Path

from consult_desktop.files import write_bytes


def render(data: object) -> bytes:
    """The PDF of a document's data (any of the classes in domain/printed.py)."""
    from consult_desktop.domain import printed

    if isinstance(data, printed.Agenda):
        from consult_desktop.printing import agenda as module
    elif isinstance(data, printed.ParticipantList):
        from consult_desktop.printing import participants as module  # type: ignore[no-redef]
    elif isinstance(data, printed.Budget):
        from consult_desktop.printing import budget as module  # type: ignore[no-redef]
    elif isinstance(data, printed.OptionsNote):
        from consult_desktop.printing import options_note as module  # type: ignore[no-redef]
    elif isinstance(data, printed.Summary):
        from consult_desktop.printing import summary as module  # type: ignore[no-redef]
    elif isinstance(data, printed.Pack):
        from consult_desktop.printing import pack as module  # type: ignore[no-redef]
    else:
        raise TypeError(f"no printed document for {type(data).__name__}")
    return module.build(data)  # type: ignore[arg-type]


def write_pdf(pdf: bytes, path: Path) -> None:
    """Write the PDF whole or not at all (see consult_desktop.files)."""
    write_bytes(path, pdf)
