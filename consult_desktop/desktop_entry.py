"""The program in the desktop's menu (Linux and other freedesktop.org desktops): a
`.desktop` entry, the icon, and the plan files' type, all in the user's own data folder
($XDG_DATA_HOME, else ~/.local/share), so no administrator is needed.

`consult-desktop menu-entry` installs them, `--remove` takes them away.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

from consult_desktop import APP_NAME, PLAN_SUFFIX

APP_ID = "consult-desktop"
MIME_TYPE = "application/x-consult-plan"


def data_home(environ: dict[str, str] | None = None) -> Path:
    environ = dict(os.environ) if environ is None else environ
    configured = environ.get("XDG_DATA_HOME", "")
    return Path(configured) if os.path.isabs(configured) else Path.home() / ".local" / "share"


def program() -> list[str]:
    """How the menu starts this program: the bundle's executable, the installed
    script, else this Python with -m."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    script = Path(sys.argv[0])
    if script.name == APP_ID and script.is_file():
        return [str(script.resolve())]
    found = shutil.which(APP_ID)
    if found:
        return [str(Path(found).resolve())]
    return [sys.executable, "-m", "consult_desktop"]


def _exec_line(command: list[str]) -> str:
    """The Exec key, as the Desktop Entry specification asks: `%` doubled, arguments
    with reserved characters quoted, then the string's own backslash escaping."""
    def quoted(argument: str) -> str:
        argument = argument.replace("%", "%%")
        if not any(c in argument for c in ' \t\n"\'\\><~|&;$*?#()`'):
            return argument
        escaped = "".join(f"\\{c}" if c in '"`$\\' else c for c in argument)
        return f'"{escaped}"'
    return (" ".join(quoted(a) for a in command) + " %f").replace("\\", "\\\\")


def entry_text(command: list[str]) -> str:
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        f"Name={APP_NAME}",
        "GenericName=Meeting planner",
        "Comment=Plan an intergovernmental consultation meeting offline, from the options"
        " paper to the printed meeting pack",
        f"Exec={_exec_line(command)}",
        f"TryExec={command[0]}",
        f"Icon={APP_ID}",
        "Terminal=false",
        "Categories=Office;ProjectManagement;",
        f"MimeType={MIME_TYPE};",
        "Keywords=meeting;agenda;participants;budget;consultation;",
        "StartupNotify=true",
        f"StartupWMClass={APP_ID}",
        "",
    ])


def mime_text() -> str:
    return "\n".join([
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">',
        f'  <mime-type type="{MIME_TYPE}">',
        f"    <comment>{APP_NAME} plan</comment>",
        '    <sub-class-of type="application/vnd.sqlite3"/>',
        f'    <glob pattern="*{PLAN_SUFFIX}"/>',
        "  </mime-type>",
        "</mime-info>",
        "",
    ])


def paths(home: Path) -> dict[str, Path]:
    return {
        "entry": home / "applications" / f"{APP_ID}.desktop",
        "icon": home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
        "mime": home / "mime" / "packages" / f"{APP_ID}.xml",
    }


def install(home: Path, command: list[str]) -> list[Path]:
    """Write the entry, the icon and the file type; returns what was written."""
    from consult_desktop.files import write_bytes

    where = paths(home)
    icon = (files("consult_desktop") / "icons" / f"{APP_ID}.svg").read_bytes()
    contents = {"entry": entry_text(command).encode(), "icon": icon,
                "mime": mime_text().encode()}
    for key, path in where.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        write_bytes(path, contents[key])
    _refresh(home)
    return list(where.values())


def remove(home: Path) -> list[Path]:
    removed = []
    for path in paths(home).values():
        if path.exists():
            path.unlink()
            removed.append(path)
    _refresh(home)
    return removed


def _refresh(home: Path) -> None:
    """Tell the desktop, where its tools are installed (they are optional)."""
    for tool, argument in (("update-desktop-database", home / "applications"),
                           ("update-mime-database", home / "mime"),
                           ("gtk-update-icon-cache", home / "icons" / "hicolor")):
        if shutil.which(tool) and argument.is_dir():
            subprocess.run([tool, "-q", str(argument)] if tool != "update-mime-database"
                           else [tool, str(argument)], capture_output=True, check=False)


def command(args: argparse.Namespace) -> int:
    """`consult-desktop menu-entry [--remove]`."""
    if sys.platform == "win32" or sys.platform == "darwin":
        print(f"{APP_ID}: the menu entry is for Linux desktops; on Windows, pin"
              f" {APP_ID}.exe (in the bundle's folder) to the Start menu", file=sys.stderr)
        return 1
    home = data_home()
    if args.remove:
        removed = remove(home)
        print("\n".join(f"removed {p}" for p in removed) or "no menu entry was installed")
        return 0
    command_line = program()
    for path in install(home, command_line):
        print(f"wrote {path}")
    print(f"{APP_NAME} is in the menu (Office); it starts {shlex.join(command_line)}")
    return 0
