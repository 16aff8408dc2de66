"""Usage errors name the mistake and the nearest valid name, exit 2, and never open a
window on a mistyped command."""

from __future__ import annotations

import pytest

from consult_desktop.app import main
from consult_desktop.domain.vocab import no_such


def _usage_error(capsys, argv) -> str:
    with pytest.raises(SystemExit) as caught:
        main(argv)
    assert caught.value.code == 2
    return capsys.readouterr().err


def test_a_mistyped_command_is_a_usage_error_with_the_nearest_command(capsys, tmp_path,
                                                                      monkeypatch):
    monkeypatch.chdir(tmp_path)
    err = _usage_error(capsys, ["infoo", "plan.consult"])
    assert "no command 'infoo'; did you mean 'info'?" in err
    assert "demo, new, info" in err  # the commands are listed


def test_a_word_far_from_any_command_lists_them_without_a_guess(capsys, tmp_path,
                                                                monkeypatch):
    monkeypatch.chdir(tmp_path)
    err = _usage_error(capsys, ["opne"])
    assert "no command 'opne' (commands:" in err and "did you mean" not in err


def test_an_unknown_option_names_itself(capsys):
    err = _usage_error(capsys, ["-x"])
    assert "no option '-x'" in err and "required" not in err


def test_an_unknown_document_suggests_the_nearest(capsys, demo_path, tmp_path):
    err = _usage_error(capsys, ["print", str(demo_path), "pakc", "-o", str(tmp_path / "a.pdf")])
    assert "no document 'pakc'; did you mean 'pack'?" in err


def test_a_plan_path_still_asks_for_the_window(tmp_path):
    from consult_desktop.cli import COMMANDS, build_parser
    from consult_desktop.cli_usage import wants_window

    parser, commands = build_parser(), list(COMMANDS)
    assert wants_window([], commands, parser)
    assert wants_window([str(tmp_path / "new.consult")], commands, parser)
    existing = tmp_path / "old-name.db"
    existing.write_bytes(b"")
    assert wants_window([str(existing)], commands, parser)
    assert not wants_window(["info", "x"], commands, parser)


def test_one_message_for_every_unknown_name():
    assert no_such("option", "z", ["a", "b"]) == "no option 'z' (options: a, b)"
    assert no_such("option", "bb", ["a", "b"]) == (
        "no option 'bb'; did you mean 'b'? (options: a, b)")
    assert no_such("option", "a", []) == "no option 'a' (options: none)"
