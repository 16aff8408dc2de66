"""A document's identity: defaults from the plan's prefix and deadline rules, and the
names a person may type for a document or a distribution."""

from __future__ import annotations

import datetime as dt

import pytest

from consult_desktop.domain import documents as rules


def test_the_default_symbol_follows_the_prefix():
    assert rules.default_symbol("ECE/EX/2017/", "agenda") == "ECE/EX/2017/1"
    assert rules.default_symbol("ECE/EX/2017", "participants") == "ECE/EX/2017/INF.1"
    assert rules.default_symbol("  ", "agenda") == ""


def test_the_default_date_of_issue_is_the_latest_deadline():
    first_day = dt.date(2017, 11, 2)
    assert rules.default_issue_date(first_day, [10, 8, 6]) == dt.date(2017, 9, 21)
    assert rules.default_issue_date(None, [6]) is None
    assert rules.default_issue_date(first_day, []) is None


def test_what_the_plan_holds_wins_over_the_defaults():
    stored = rules.resolve("agenda", symbol="ECE/EX/2017/L.8", issued=dt.date(2017, 10, 1),
                           distribution="limited", original_language="English only",
                           agenda_item=" 3 ", prefix="ECE/EX/2017/",
                           first_day=dt.date(2017, 11, 2), weeks_before=[6])
    assert (stored.symbol, stored.issued, stored.distribution, stored.original_language,
            stored.agenda_item) == ("ECE/EX/2017/L.8", dt.date(2017, 10, 1), "limited",
                                    "English only", "3")
    assert stored.symbol_set and stored.issued_set
    default = rules.resolve("agenda", symbol="", issued=None, distribution="general",
                            original_language="", agenda_item="", prefix="ECE/EX/2017/",
                            first_day=dt.date(2017, 11, 2), weeks_before=[6])
    assert (default.symbol, default.issued, default.original_language) == (
        "ECE/EX/2017/1", dt.date(2017, 9, 21), "English")
    assert not default.symbol_set and not default.issued_set


@pytest.mark.parametrize("text, kind", [("options-note", "options_note"),
                                        ("Options_Note", "options_note"), ("pack", "pack")])
def test_a_document_is_named_as_on_the_command_line_or_as_stored(text, kind):
    assert rules.document_kind(text) == kind


def test_an_unknown_document_or_distribution_names_the_choices():
    with pytest.raises(ValueError, match="options-note"):
        rules.document_kind("minutes")
    with pytest.raises(ValueError, match="general, limited, restricted, informal"):
        rules.distribution_code("secret")
    assert rules.distribution_code("Informal document") == "informal"
