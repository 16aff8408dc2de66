"""A look at the Word files as a word processor lays them out (not a test: it needs
LibreOffice, which CI has not got).

    python tools/look_at_word.py [PLAN] [-o FOLDER] [DOCUMENT ...]

prints each document of the plan (the demo plan when none is given) as .docx into
FOLDER, has LibreOffice convert them to PDF, and draws each page as a PNG at 60 dpi
(pdftoppm), for you to open and look at.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from consult_desktop.cli import main as cli
from consult_desktop.printing.word import KINDS, convert


def run(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("plan", nargs="?", type=Path)
    parser.add_argument("documents", nargs="*", default=list(KINDS))
    parser.add_argument("-o", "--out", type=Path, default=Path("word-look"))
    args = parser.parse_args(argv)
    if convert.office() is None or shutil.which("pdftoppm") is None:
        print("needs LibreOffice (soffice) and pdftoppm (poppler-utils)", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    plan = args.plan
    if plan is None:
        from consult_desktop.store.demo import write_demo

        plan = Path(tempfile.mkdtemp(prefix="consult-look-")) / "demo.consult"
        write_demo(plan).close()
    made = []
    for document in args.documents:
        out = args.out / f"{document}.docx"
        if cli(["print", str(plan), document, "-o", str(out)]) != 0:
            return 1
        made.append(out)
    for pdf in convert.to_pdf(made):
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(pdf.with_suffix(""))],
                       check=True)
    print(f"pages as PNG in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(run())
