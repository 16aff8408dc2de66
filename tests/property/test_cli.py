"""The command line with arbitrary arguments: an answer or one line of refusal, never
a traceback; a title given to `new` comes back from `info` as it was typed."""

from __future__ import annotations

import contextlib
import io
import os

import pytest
from hypothesis import given

from consult_desktop.cli import main
from tests.property.limits import examples
from tests.property.strategies import names, unicode_text


def _run(args: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = main(args)
        except SystemExit as stop:  # argparse: a usage error
            status = int(stop.code or 0)
    return status, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """An empty folder to run in, so relative names point nowhere real."""
    path = tmp_path_factory.mktemp("cli")
    previous = os.getcwd()
    os.chdir(path)
    yield path
    os.chdir(previous)


@examples(400)
@given(unicode_text(max_size=300))
def test_info_on_any_name_answers_in_one_line(folder, name):
    status, out, err = _run(["info", name])
    assert status in (1, 2) and out == ""
    if status == 1:
        assert err.startswith("consult-desktop: ") and err.count("\n") == 1
    assert "Traceback" not in err
    assert sorted(p.name for p in folder.iterdir() if not p.name.startswith("plan-")) == []


@examples(40)
@given(names())
def test_a_new_plan_keeps_its_title_exactly(folder, title):
    path = folder / f"plan-{abs(hash(title))}.consult"
    path.unlink(missing_ok=True)
    status, _, err = _run(["new", str(path), f"--title={title}"])  # "-x" is a title too
    assert status == 0, err
    status, out, err = _run(["info", str(path)])
    assert status == 0 and out.startswith(f"Title: {title.strip()}\nOptions: 0\n"), err
    path.unlink()
