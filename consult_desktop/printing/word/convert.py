"""Word files to PDF through LibreOffice, when it is installed (`--pdf` of the letters):
only a word processor lays out a user's own template as Word would."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path


class ConvertError(RuntimeError):
    pass


def office() -> str | None:
    """The LibreOffice program, or None when it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def to_pdf(paths: list[Path], *, timeout: float = 300) -> list[Path]:
    """A PDF beside each .docx. LibreOffice runs with a profile of its own, so an
    office the user has open is neither disturbed nor in the way."""
    program = office()
    if program is None:
        raise ConvertError("LibreOffice is not installed: it is needed for PDF letters")
    if not paths:
        return []
    with tempfile.TemporaryDirectory(prefix="consult-office-") as profile:
        folder = paths[0].parent
        result = subprocess.run(
            [program, f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "pdf", "--outdir", str(folder), *map(str, paths)],
            capture_output=True, text=True, timeout=timeout, check=False)
    made = [path.with_suffix(".pdf") for path in paths]
    missing = [path.name for path in made if not path.exists()]
    if result.returncode or missing:
        reason = (result.stderr or result.stdout).strip().splitlines()[-1:] or ["no output"]
        raise ConvertError(f"LibreOffice did not convert {', '.join(missing) or 'the letters'}"
                           f" ({reason[0]})")
    return made
