"""The menu entry: installed in the user's data folder, valid, starting this program on
the plan opened from a file manager, and removable."""

from __future__ import annotations

import configparser
import shutil
import subprocess

import pytest

from consult_desktop.cli import main
from consult_desktop.desktop_entry import _exec_line


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    return tmp_path / "share"


def test_menu_entry_installs_entry_icon_and_file_type_then_removes_them(home, capsys):
    assert main(["menu-entry"]) == 0
    entry = home / "applications" / "consult-desktop.desktop"
    icon = home / "icons" / "hicolor" / "scalable" / "apps" / "consult-desktop.svg"
    mime = home / "mime" / "packages" / "consult-desktop.xml"
    assert icon.read_bytes().startswith(b"<?xml") and b"<svg" in icon.read_bytes()
    assert 'pattern="*.consult"' in mime.read_text()
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(entry.read_text())
    section = parser["Desktop Entry"]
    assert section["Icon"] == "consult-desktop" and section["Exec"].endswith(" %f")
    assert section["MimeType"] == "application/x-consult-plan;"
    if shutil.which("desktop-file-validate"):  # the freedesktop.org checker, when present
        done = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True,
                              text=True)
        assert done.returncode == 0 and not done.stdout.strip(), done.stdout
    assert main(["menu-entry", "--remove"]) == 0
    assert not entry.exists() and not icon.exists() and not mime.exists()
    assert "removed" in capsys.readouterr().out


def test_the_exec_key_quotes_and_escapes_as_the_specification_asks():
    assert _exec_line(["/opt/cd/consult-desktop"]) == "/opt/cd/consult-desktop %f"
    assert _exec_line(["/home/a b/50%/consult-desktop"]) == '"/home/a b/50%%/consult-desktop" %f'
    assert _exec_line(['/x/"q"']) == '"/x/\\\\"q\\\\"" %f'
