"""Whether a window can be shown here, asked before Qt is: Qt's own answer to a missing
display or library is an abort (SIGABRT) with a misleading "reinstalling the
application may fix this problem".

No Qt here: the libraries are loaded by name with ctypes, as Qt's plugin would.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Mapping

# What Qt's X11 plugin (libqxcb.so) links to beyond libX11 and libxcb, by the Debian
# package that provides each: `ldd libqxcb.so` on PySide6 6.11.
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11-xcb.so.1": "libx11-xcb1",
}
WAYLAND_LIBRARIES = {"libwayland-cursor.so.0": "libwayland-cursor0"}
NO_DISPLAY = ("no display to show the window on: run it from a desktop session (or set"
              " DISPLAY or WAYLAND_DISPLAY); the commands work without one"
              " (consult-desktop --help)")


def _missing(libraries: Mapping[str, str]) -> list[str]:
    missing = []
    for soname, package in libraries.items():
        try:
            ctypes.CDLL(soname)
        except OSError:
            missing.append(package)
    return missing


def window_problem(environ: Mapping[str, str] | None = None,
                   platform: str | None = None) -> str | None:
    """Why the window cannot start, in one line, or None. Only Linux and the BSDs are
    asked (Windows and macOS always have a display); a platform chosen through
    QT_QPA_PLATFORM other than xcb or wayland (offscreen, vnc...) is left to Qt."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    chosen = environ.get("QT_QPA_PLATFORM", "").split(":")[0]
    if chosen and chosen not in ("xcb", "wayland"):
        return None
    ways = []
    if environ.get("WAYLAND_DISPLAY") and chosen != "xcb":
        ways.append(WAYLAND_LIBRARIES)
    if environ.get("DISPLAY") and chosen != "wayland":
        ways.append(XCB_LIBRARIES)  # X11, or Qt's fallback when Wayland fails
    if not ways:
        return NO_DISPLAY
    if getattr(sys, "frozen", False):  # a bundle brings its own libraries
        return None
    missing = [_missing(libraries) for libraries in ways]
    if not all(missing):
        return None
    return (f"the window needs system libraries that are missing: {' '.join(missing[-1])}"
            f" (Debian or Ubuntu: sudo apt install {' '.join(missing[-1])})")
