"""The participants' table model and its filter, without a window."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt

from consult_desktop.domain import countries
from consult_desktop.ui.participants_filter import Criteria, ParticipantsFilter
from consult_desktop.ui.participants_model import (
    COLUMNS,
    ID_ROLE,
    ParticipantsModel,
)

# (id, family, category, given, honorific, function, organisation, country, status, email,
#  phone, travel requested, travel approved, amount, notes, head of delegation, rank,
#  family and given names in Latin letters): the order of store.ROW_COLUMNS
ROWS = [
    (1, "Marchand", "member_state", "Élodie", "Ms.", "Delegate", "Mission of France", "FR",
     "confirmed", "e@example.fr", "", True, True, Decimal("1850.00"), "", True, None, "", ""),
    (2, "Воронцов", "member_state", "Алексей", "Mr.", "Counsellor", "Mission", "RU",
     "registered", None, "", False, False, None, "", False, 2, "Vorontsov", "Alexey"),
    (3, "albrecht", "ngo", "Jonas", "", "", "Platform", None, "confirmed", None, "", True,
     False, Decimal("300.00"), "note", False, None, "", ""),
]


@pytest.fixture
def model():
    m = ParticipantsModel()
    m.set_rows(ROWS, countries.name)
    return m


def _column(proxy, name):
    column = COLUMNS.index(name)
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def test_the_model_passes_qtmodeltester_while_filtered_and_sorted(qtmodeltester, model):
    qtmodeltester.check(model)
    proxy = ParticipantsFilter(model)
    proxy.set_criteria(Criteria(text="mission"))
    proxy.sort(COLUMNS.index("travel_amount"), Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)


def test_a_row_held_keeps_its_place_through_filtering_sorting_and_reloading(qtmodeltester,
                                                                          model):
    """What keeps a selection on the same people while the search narrows the list."""
    proxy = ParticipantsFilter(model)
    qtmodeltester.check(proxy)  # and it keeps watching the changes below
    family = COLUMNS.index("family_name")
    proxy.sort(family, Qt.SortOrder.AscendingOrder)
    held = QPersistentModelIndex(
        proxy.index(_column(proxy, "family_name").index("Marchand"), family))
    proxy.set_criteria(Criteria(text="mission"))
    assert _column(proxy, "family_name") == ["Marchand", "Воронцов"]
    assert held.isValid() and held.data() == "Marchand"
    proxy.sort(family, Qt.SortOrder.DescendingOrder)
    assert _column(proxy, "family_name") == ["Воронцов", "Marchand"]
    assert (held.row(), held.data()) == (1, "Marchand")
    assert proxy.mapToSource(proxy.index(held.row(), 0)).data(ID_ROLE) == 1
    proxy.set_criteria(Criteria(text="platform"))
    assert not held.isValid()
    assert proxy.headerData(family, Qt.Orientation.Horizontal) == "Family name"
    model.set_rows(ROWS[2:], countries.name)
    assert _column(proxy, "family_name") == ["albrecht"]
    proxy.set_criteria(Criteria(text="nobody"))
    assert proxy.rowCount() == 0 and not proxy.hasChildren()
    assert proxy.headerData(family, Qt.Orientation.Horizontal) == "Family name"


def test_cells_show_names_and_labels_not_codes(model):
    row = {name: model.text(0, column) for column, name in enumerate(COLUMNS)}
    assert row["country"] == "France" and row["category"] == "Member State of the body"
    assert row["status"] == "Confirmed" and row["travel_amount"] == "1,850.00"
    assert row["travel_requested"] == "Yes"


def test_sorting_by_a_column_ignores_case_and_accents_and_keeps_empty_last(model):
    proxy = ParticipantsFilter(model)
    proxy.sort(COLUMNS.index("family_name"), Qt.SortOrder.AscendingOrder)
    assert _column(proxy, "family_name") == ["albrecht", "Marchand", "Воронцов"]
    proxy.sort(COLUMNS.index("country"), Qt.SortOrder.AscendingOrder)
    assert _column(proxy, "country") == ["France", "Russian Federation", ""]
    proxy.sort(COLUMNS.index("travel_amount"), Qt.SortOrder.AscendingOrder)
    assert _column(proxy, "travel_amount") == ["300.00", "1,850.00", ""]


def test_search_matches_any_visible_column_without_case_or_accents(model):
    proxy = ParticipantsFilter(model)
    proxy.set_criteria(Criteria(text="ELODIE"))
    assert _column(proxy, "family_name") == ["Marchand"]
    proxy.set_criteria(Criteria(text="алекс"))
    assert _column(proxy, "family_name") == ["Воронцов"]
    proxy.set_criteria(Criteria(text="note"))
    assert _column(proxy, "family_name") == ["albrecht"]
    model.set_search_columns([COLUMNS.index("family_name")])  # notes hidden
    proxy.refilter()
    assert proxy.rowCount() == 0


def test_filters_by_category_country_status_and_travel_combine_with_search(model):
    proxy = ParticipantsFilter(model)
    proxy.set_criteria(Criteria(category="member_state"))
    assert proxy.rowCount() == 2
    proxy.set_criteria(Criteria(category="member_state", status="confirmed"))
    assert _column(proxy, "family_name") == ["Marchand"]
    proxy.set_criteria(Criteria(country="RU"))
    assert _column(proxy, "family_name") == ["Воронцов"]
    proxy.set_criteria(Criteria(travel="requested"))
    assert proxy.rowCount() == 2
    proxy.set_criteria(Criteria(travel="approved", text="platform"))
    assert proxy.rowCount() == 0
    proxy.set_criteria(Criteria(travel="not_requested"))
    assert _column(proxy, "family_name") == ["Воронцов"]


def test_a_reload_keeps_the_sort_and_the_filter(model):
    proxy = ParticipantsFilter(model)
    proxy.sort(COLUMNS.index("family_name"), Qt.SortOrder.DescendingOrder)
    proxy.set_criteria(Criteria(category="member_state"))
    model.set_rows([*ROWS, (4, "Zeller", "member_state", "", "", "", "", "CH", "invited",
                            None, "", False, False, None, "", False, None, "", "")], countries.name)
    assert _column(proxy, "family_name") == ["Воронцов", "Zeller", "Marchand"]


def test_filtering_never_asks_the_model_for_data(model, monkeypatch):
    """The rule that keeps a keystroke fast at 10,000 rows: filtering reads cached strings,
    never the Python data() (DESIGN.md: ~350 ms a keystroke when it does)."""
    proxy = ParticipantsFilter(model)
    monkeypatch.setattr(ParticipantsModel, "data", lambda *args: pytest.fail("data() called"))
    proxy.set_criteria(Criteria(text="mission", category="member_state"))
    assert proxy.rowCount() == 2


def test_a_coded_title_shows_as_its_english_abbreviation():
    from consult_desktop.domain.participants import FIELDS
    from consult_desktop.ui.participants_model import COLUMNS, display_columns

    people = [dict.fromkeys(FIELDS, "") | {"honorific": code, "travel_amount": None}
              for code in ("ms", "H.E.", "")]
    rows = [(number, *(person[f] for f in FIELDS)) for number, person in enumerate(people)]
    shown = display_columns(rows, str)[COLUMNS.index("honorific")]
    assert shown == ["Ms.", "H.E.", ""]
