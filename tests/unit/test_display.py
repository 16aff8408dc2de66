"""With no display, or without the libraries Qt's platform plugin needs, the program
says so in one line and exits 1, before Qt can abort."""

from __future__ import annotations

from consult_desktop import display
from consult_desktop.app import main


def test_no_display_at_all_is_said_in_one_line(monkeypatch, capsys):
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(display.sys, "platform", "linux")
    assert main([]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no display" in err and "--help" in err
    assert "reinstall" not in err.lower()


def test_other_platforms_and_chosen_plugins_are_left_to_qt():
    assert display.window_problem({}, "win32") is None
    assert display.window_problem({}, "darwin") is None
    assert display.window_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None


def test_missing_libraries_are_named_by_their_package(monkeypatch):
    monkeypatch.setattr(display, "_missing", lambda libraries: ["libxcb-icccm4"]
                        if "libxcb-icccm.so.4" in libraries else [])
    problem = display.window_problem({"DISPLAY": ":0"}, "linux")
    assert problem is not None and "apt install libxcb-icccm4" in problem
    # Wayland works, so the missing X11 library does not matter.
    assert display.window_problem({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"},
                                  "linux") is None


def test_only_x11_missing_refuses_when_wayland_is_forced_off(monkeypatch):
    monkeypatch.setattr(display, "_missing", lambda libraries: list(libraries.values()))
    problem = display.window_problem({"DISPLAY": ":0", "WAYLAND_DISPLAY": "w",
                                      "QT_QPA_PLATFORM": "xcb"}, "linux")
    assert problem is not None and "libxcb-cursor0" in problem
    assert "libwayland-cursor0" not in problem
