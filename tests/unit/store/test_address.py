"""A plan's address: a file path or a plan on a PostgreSQL server."""

from __future__ import annotations

from pathlib import Path

import pytest

from consult_desktop.store.address import (
    AddressError,
    ServerAddress,
    parse_address,
    parse_server_address,
)


def test_a_file_path_is_a_file_address():
    assert parse_address("plans/migration 2017.consult") == Path("plans/migration 2017.consult")


def test_a_server_address_names_user_host_port_database_and_plan():
    address = parse_address("postgresql://anna@db.example.org:5433/secretariat?plan=Migration%202017")
    assert address == ServerAddress(database="secretariat", user="anna", host="db.example.org",
                                    port=5433, plan="Migration 2017")


def test_a_local_socket_and_the_port_in_the_query_as_libpq_takes_them():
    address = parse_server_address("postgres:///plans?host=/run/postgresql&port=5433&plan=x")
    assert (address.host, address.port, address.database, address.user) == (
        "/run/postgresql", 5433, "plans", None)


def test_the_address_reads_back_as_it_was_given_and_never_with_a_password():
    text = "postgresql://anna@db.example.org:5433/secretariat?sslmode=require&plan=Plan%20A"
    address = parse_server_address(text)
    assert parse_server_address(address.url()) == address
    assert address.server().plan is None
    assert "plan=" not in address.server().url()


@pytest.mark.parametrize("text, message", [
    ("postgresql://anna:s3cret@db/plans?plan=x", "holds a password"),
    ("postgresql://db/plans", "which plan?"),
    ("postgresql://db/plans?plan=", "plan name is empty"),
    ("postgresql://db/plans?plan=%0A", "plan name is empty"),
    ("postgresql://db/plans?plan=a%07b", "control character"),
    ("postgresql://db/plans?plan=" + "x" * 201, "longer than 200"),
    ("postgresql://db/plans?plan=a&plan=b", "'plan' is given twice"),
    ("postgresql://db/plans?plan=a&pasword=x", "unknown setting 'pasword'"),
    ("postgresql://db:port/plans?plan=a", "port"),
    ("postgresql://db:70000/plans?plan=a", "port"),
    ("postgresql://db/plans?plan=a&port=abc", "port is not a number"),
    ("postgresql://db/?plan=a", "database name is missing"),
    ("postgresql://db/a/b?plan=a", "cannot hold '/'"),
    ("postgresql://db/plans?plan=a#top", "no '#' part"),
    ("mysql://db/plans?plan=a", "not a plan address"),
    ("", "empty"),
])
def test_what_is_wrong_with_an_address_is_said(text, message):
    with pytest.raises(AddressError, match=message) as error:
        parse_address(text)
    assert "s3cret" not in str(error.value)


def test_a_hostile_plan_name_is_kept_as_text():
    name = "x'; drop table participant; --"
    from urllib.parse import quote

    assert parse_address(f"postgresql:///plans?plan={quote(name)}").plan == name
