"""The server commands: server init, plans, upload, download."""

from __future__ import annotations

import pytest

from consult_desktop.cli import main
from consult_desktop.store import schema
from consult_desktop.store.plan_file import open_plan
from consult_desktop.store.queries import plan_summary


def run(capsys, *argv):
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


def test_a_plan_goes_to_the_server_and_comes_back(capsys, server_url, demo_path, tmp_path):
    assert run(capsys, "server", "init", server_url) == (
        0, "created the catalog of plans\n", "")
    status, out, _ = run(capsys, "server", "init", server_url)
    assert (status, out) == (0, "the server's plans are up to date; nothing to do\n")

    address = f"{server_url}&plan=Migration 2017"
    status, out, _ = run(capsys, "upload", demo_path, address)
    assert status == 0 and "as 'Migration 2017'" in out
    status, out, _ = run(capsys, "plans", server_url)
    assert status == 0 and out.startswith(f"Migration 2017\tschema {schema.HEAD}\tadded ")

    status, _, err = run(capsys, "upload", demo_path, address)
    assert status == 1 and "already there" in err and "--force" in err
    assert run(capsys, "upload", "--force", demo_path, address)[0] == 0

    copy = tmp_path / "copy.consult"
    assert run(capsys, "download", address, copy)[0] == 0
    with _opened(copy) as session, \
            _opened(demo_path) as original:
        assert plan_summary(session) == plan_summary(original)
    status, _, err = run(capsys, "download", address, copy)
    assert status == 1 and "already exists" in err


class _opened:
    def __init__(self, path):
        self.plan = open_plan(path)

    def __enter__(self):
        self.session = self.plan.read()
        return self.session

    def __exit__(self, *exc):
        self.session.close()
        self.plan.close()


@pytest.mark.parametrize("address, message", [
    ("postgresql://anna:secret@db/plans?plan=x", "holds a password"),
    ("postgresql://db/plans?plan=x&colour=blue", "unknown setting 'colour'"),
    ("postgresql://db:99999/plans?plan=x", "port"),
    ("postgresql://db/?plan=x", "database name is missing"),
])
def test_a_wrong_address_is_a_usage_error_that_says_what_is_wrong(capsys, address, message):
    with pytest.raises(SystemExit) as exit_status:
        main(["plans", address])
    assert exit_status.value.code == 2
    err = capsys.readouterr().err
    assert message in err and "secret" not in err


def test_an_unreachable_server_is_one_line_and_exit_1(capsys, tmp_path):
    status, out, err = run(capsys, "plans", f"postgresql:///nothing?host={tmp_path}&port=1")
    assert out == "" and status == 1 and err.count("\n") == 1
    assert "cannot be reached" in err and "Traceback" not in err


def test_download_of_a_plan_that_is_not_there(capsys, server_url, tmp_path):
    run(capsys, "server", "init", server_url)
    status, _, err = run(capsys, "download", f"{server_url}&plan=Nope", tmp_path / "x.consult")
    assert status == 1 and "no plan named 'Nope'" in err
    assert list(tmp_path.iterdir()) == []


def test_every_plan_command_takes_a_server_address(capsys, server_url, demo_path, tmp_path):
    run(capsys, "server", "init", server_url)
    address = f"{server_url}&plan=Shared"
    run(capsys, "upload", demo_path, address)
    for command in ("info", "agenda", "budget", "check", "documents"):
        assert run(capsys, command, address) == run(capsys, command, demo_path), command
    pdf = tmp_path / "agenda.pdf"
    assert run(capsys, "print", address, "agenda", "-o", pdf)[0] == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    status, _, err = run(capsys, "new", address, "--title", "X")
    assert status == 1 and "made as a file" in err
    # The next session, as a file, from the plan on the server (issue 22).
    made = tmp_path / "next.consult"
    status, out, _ = run(capsys, "new", made, "--from", address, "--shift-to", "2018-11-01")
    assert status == 0 and "1 and 2 November 2018" in out
    assert "Meeting days: 1 and 2 November 2018" in run(capsys, "info", made)[1]


def test_a_role_that_may_only_read_cannot_write_from_the_command_line(
        capsys, server_url, demo_path, pg_server, database, tmp_path):
    run(capsys, "server", "init", server_url)
    run(capsys, "upload", demo_path, f"{server_url}&plan=Shared")
    pg_server.psql(database, "CREATE ROLE reader2 LOGIN; GRANT USAGE ON SCHEMA consult, plan_1"
                   " TO reader2; GRANT SELECT ON ALL TABLES IN SCHEMA consult, plan_1 TO reader2")
    address = server_url.replace("postgres@", "reader2@") + "&plan=Shared"
    status, _, err = run(capsys, "documents", address, "agenda", "--symbol", "ECE/X/1")
    assert status == 1 and "read-only" in err and "Traceback" not in err
    assert run(capsys, "info", address)[0] == 0
    # Every command that writes: an import, translators' versions read back.
    people = _people_csv(tmp_path / "people.csv", "Reader", 2)
    status, _, err = run(capsys, "import", address, people)
    assert status == 1 and "read-only" in err and "Traceback" not in err
    texts = tmp_path / "texts.xlf"
    assert run(capsys, "translations", address, "--lang", "fr", "-o", texts)[0] == 0
    status, _, err = run(capsys, "translations", address, "--lang", "fr", "--import", texts)
    assert status == 1 and "read-only" in err and "Traceback" not in err
    # A role with no rights on the plan: one line, for reading and writing alike.
    pg_server.psql(database, "CREATE ROLE stranger2 LOGIN; GRANT USAGE ON SCHEMA consult"
                   " TO stranger2; GRANT SELECT ON consult.plans TO stranger2")
    stranger = server_url.replace("postgres@", "stranger2@") + "&plan=Shared"
    for argv in (("info", stranger), ("import", stranger, people)):
        status, out, err = run(capsys, *argv)
        assert status == 1 and "no access to this plan" in err, err
        assert "Traceback" not in err and len(err.strip().splitlines()) == 1 and not out


def _people_csv(path, prefix, count):
    lines = ["Family name,Given name,Country,E-mail,Category"]
    lines += [f"{prefix}{n},Ann,France,{prefix.lower()}{n}@example.org,expert"
              for n in range(count)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_two_imports_into_one_server_plan_at_once_both_land_whole(
        capsys, server_url, demo_path, tmp_path):
    """Processes, not threads: two officers import at the same moment."""
    import subprocess
    import sys

    from sqlalchemy import func, select

    from consult_desktop.store.address import parse_server_address
    from consult_desktop.store.models import Participant
    from consult_desktop.store.server_plan import open_server_plan

    run(capsys, "server", "init", server_url)
    address = f"{server_url}&plan=Shared"
    run(capsys, "upload", demo_path, address)
    files = [_people_csv(tmp_path / f"{who}.csv", who, 300) for who in ("Anna", "Boris")]
    children = [subprocess.Popen([sys.executable, "-m", "consult_desktop", "import", address,
                                  str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 text=True) for path in files]
    results = [child.communicate(timeout=120) for child in children]
    assert [child.returncode for child in children] == [0, 0], results
    plan = open_server_plan(parse_server_address(address))
    try:
        with plan.read() as session:
            for who in ("Anna", "Boris"):
                assert session.scalar(select(func.count()).select_from(Participant).where(
                    Participant.family_name.like(f"{who}%"))) == 300
        with plan.begin() as session:  # and the ids handed out next are free
            session.add(Participant(plan_id=plan.plan_id, family_name="After",
                                    category="expert"))
    finally:
        plan.close()
