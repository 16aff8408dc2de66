"""Every window reached from the keyboard: within one window (the main window counts its
menus, its tabs and the page shown), no two access keys share a letter, in English,
French and Russian. tools/look_at_window.py --keys opens each tab and the main dialogs
through the window's own menus and buttons and reads their labels, buttons, group
boxes, tabs and menus."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

TOOL = Path(__file__).resolve().parents[3] / "tools" / "look_at_window.py"


@pytest.mark.parametrize("lang", ["en", "fr", "ru"])
def test_no_two_access_keys_of_a_window_share_a_letter(lang, tmp_path):
    run = subprocess.run([sys.executable, str(TOOL), "--keys", "--lang", lang,
                          "--size", "1366x768", "-o", str(tmp_path)],
                         capture_output=True, text=True, timeout=240)
    shared = [line for line in run.stdout.splitlines() if line.startswith(f"{lang}: ")]
    assert run.returncode == 0 and shared == [], "\n".join(shared) or run.stderr[-2000:]
