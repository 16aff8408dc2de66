"""The row-model base follows a change row by row: no reset after the first load."""

from __future__ import annotations

from PySide6.QtCore import Qt

from consult_desktop.ui.row_model import RowModel, runs


class Names(RowModel[tuple[int, str]]):
    def columnCount(self, parent=None) -> int:
        return 2

    def cell(self, row: int, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[row][column]
        return None


def _signals(model):
    seen: list[tuple] = []
    model.modelReset.connect(lambda: seen.append(("reset",)))
    model.dataChanged.connect(lambda a, b: seen.append(("data", a.row(), b.row())))
    model.rowsInserted.connect(lambda _p, a, b: seen.append(("inserted", a, b)))
    model.rowsRemoved.connect(lambda _p, a, b: seen.append(("removed", a, b)))
    return seen


def test_runs_group_consecutive_positions():
    assert runs([5, 1, 2, 3, 7, 8, 2]) == [(1, 3), (5, 5), (7, 8)]
    assert runs([]) == []


def test_updates_inserts_and_removals_touch_only_their_rows(qtmodeltester):
    model = Names()
    model.set_rows([(n, f"name {n}") for n in range(1, 11)])
    qtmodeltester.check(model)
    seen = _signals(model)
    model.update_rows([(4, "four"), (5, "five"), (99, "not shown")])
    model.insert_rows([(11, "eleven")])
    model.remove_ids([2, 3, 9, 42])
    assert seen == [("data", 3, 4), ("inserted", 10, 10), ("removed", 8, 8), ("removed", 1, 2)]
    assert model.ids() == [1, 4, 5, 6, 7, 8, 10, 11]
    assert model.index(1, 1).data() == "four" and model.row_of(11) == 7
    assert model.row_of(2) == -1
    qtmodeltester.check(model)


def test_follow_sorts_a_change_into_updates_insertions_and_removals(qtmodeltester):
    model = Names()
    model.set_rows([(1, "a"), (2, "b"), (3, "c")])
    seen = _signals(model)
    # 2 changed, 3 is gone though named as updated (deleted meanwhile), 4 was added
    model.follow([(2, "B"), (4, "d")], added=[4], updated=[2, 3])
    assert ("reset",) not in seen
    assert model.rows == [(1, "a"), (2, "B"), (4, "d")]
    qtmodeltester.check(model)


def test_sync_signals_only_the_rows_that_differ(qtmodeltester):
    model = Names()
    model.set_rows([(1, "a"), (2, "b"), (3, "c"), (4, "d")])
    seen = _signals(model)
    model.sync([(1, "a"), (5, "e"), (3, "C"), (4, "d")])
    assert seen == [("removed", 1, 1), ("inserted", 1, 1), ("data", 2, 2)]
    assert model.rows == [(1, "a"), (5, "e"), (3, "C"), (4, "d")]
    seen.clear()
    model.sync([(4, "d"), (1, "a"), (5, "e"), (3, "C")])  # another order: a reset
    assert seen == [("reset",)] and model.ids() == [4, 1, 5, 3]
    qtmodeltester.check(model)


def test_a_moved_row_keeps_its_id_and_the_others_their_order(qtmodeltester):
    model = Names()
    model.set_rows([(n, str(n)) for n in range(1, 6)])
    moved = []
    model.rowsMoved.connect(lambda _p, a, b, _d, to: moved.append((a, to)))
    model.move_row(0, 3)
    assert model.ids() == [2, 3, 4, 1, 5] and moved == [(0, 4)]
    model.move_row(3, 0)
    assert model.ids() == [1, 2, 3, 4, 5] and model.row_of(4) == 3
    qtmodeltester.check(model)


class FirstLetter(Names):
    def shown(self, row):
        return row[1][:1]


def test_sync_keeps_a_row_whose_shown_part_is_the_same_without_a_signal():
    model = FirstLetter()
    model.set_rows([(1, "apple"), (2, "banana")])
    seen = _signals(model)
    model.sync([(1, "avocado"), (2, "cherry")])
    assert seen == [("data", 1, 1)]
    assert model.rows == [(1, "avocado"), (2, "cherry")]  # the new values, kept
