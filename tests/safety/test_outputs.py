"""No command can destroy a plan: every refused output is left byte for byte as it was,
and every file written gets a sensible mode, never the temporary file's 0600."""

from __future__ import annotations

import os
import shutil
import stat

import pytest

from consult_desktop.cli import main
from consult_desktop.files import check_output, is_plan_file, write_bytes


def _one_line(capsys) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    return err


def test_print_over_the_plan_being_read_is_refused(demo_path, capsys):
    before = demo_path.read_bytes()
    assert main(["print", str(demo_path), "pack", "-o", str(demo_path)]) == 1
    assert "plan" in _one_line(capsys)
    assert demo_path.read_bytes() == before


def test_print_over_another_plan_is_refused_whatever_its_name(demo_path, tmp_path, capsys):
    other = tmp_path / "looks-like.pdf"
    shutil.copyfile(demo_path, other)
    before = other.read_bytes()
    assert is_plan_file(other)
    assert main(["print", str(demo_path), "agenda", "-o", str(other)]) == 1
    assert "is a plan file" in _one_line(capsys)
    assert other.read_bytes() == before


def test_export_over_a_plan_is_refused(demo_path, tmp_path, capsys):
    other = tmp_path / "list.csv"
    shutil.copyfile(demo_path, other)
    before = other.read_bytes()
    assert main(["export", str(demo_path), str(other)]) == 1
    assert "is a plan file" in _one_line(capsys)
    assert other.read_bytes() == before


def test_a_suffix_that_does_not_match_the_pdf_is_refused(demo_path, tmp_path, capsys):
    out = tmp_path / "o.txt"
    out.write_bytes(b"notes")
    assert main(["print", str(demo_path), "agenda", "-o", str(out)]) == 1
    assert ".pdf" in _one_line(capsys)
    assert out.read_bytes() == b"notes"


@pytest.mark.parametrize("command", [["print", "agenda", "-o"], ["export"]])
def test_a_read_only_output_is_left_unchanged(demo_path, tmp_path, capsys, command):
    out = tmp_path / ("x.pdf" if command[0] == "print" else "x.ics")
    out.write_bytes(b"keep me")
    out.chmod(0o444)
    argv = [command[0], str(demo_path), *command[1:], str(out)]
    assert main(argv) == 1
    assert "read-only" in _one_line(capsys)
    assert out.read_bytes() == b"keep me"


def test_export_into_a_missing_folder_names_the_folder_not_a_temporary(demo_path, tmp_path,
                                                                       capsys):
    out = tmp_path / "nope" / "x.ics"
    assert main(["export", str(demo_path), str(out)]) == 1
    err = _one_line(capsys)
    assert "no such folder" in err and ".tmp" not in err


def test_export_xlsx_into_a_folder_that_cannot_be_written_has_no_traceback(
        demo_path, tmp_path, capsys):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        status = main(["export", str(demo_path), str(folder / "x.xlsx")])
    finally:
        folder.chmod(0o755)
    err = capsys.readouterr().err
    if os.geteuid() == 0:  # root writes anyway: the export then simply works
        assert status == 0
    else:
        assert status == 1 and err.count("\n") == 1
    assert "Exception ignored" not in err and "Traceback" not in err


def test_the_written_temporary_is_named_after_the_target_on_errors(tmp_path):
    with pytest.raises(OSError) as caught:
        write_bytes(tmp_path / "missing" / "a.pdf", b"x")
    assert caught.value.filename == str(tmp_path / "missing" / "a.pdf")


def test_new_files_follow_the_umask_and_replaced_files_keep_their_mode(tmp_path):
    old = os.umask(0o027)
    try:
        write_bytes(tmp_path / "new.pdf", b"1")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.pdf").stat().st_mode) == 0o640
    kept = tmp_path / "kept.pdf"
    kept.write_bytes(b"old")
    kept.chmod(0o604)
    write_bytes(kept, b"new")
    assert stat.S_IMODE(kept.stat().st_mode) == 0o604 and kept.read_bytes() == b"new"


def test_check_output_accepts_an_ordinary_new_file(tmp_path):
    check_output(tmp_path / "pack.PDF", [".pdf"])


def test_an_explicit_mode_wins_over_the_umask_and_the_old_file(tmp_path):
    from consult_desktop.files import replacing

    target = tmp_path / "private.consult"
    target.write_bytes(b"old")
    target.chmod(0o644)
    with replacing(target, mode=0o600) as temporary:
        temporary.write_bytes(b"new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
