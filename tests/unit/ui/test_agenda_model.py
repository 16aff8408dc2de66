"""The table model of a day's agenda items."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QPixmap

from consult_desktop.domain import agenda
from consult_desktop.store import agenda_store
from consult_desktop.ui.agenda_model import CLASH_COLOUR, TITLE, AgendaModel, rows_for


def _demo_rows(demo_plan, clashes=None):
    with demo_plan.read() as session:
        data = agenda_store.load(session, demo_plan.plan_id)
    names = {p.id: str(p.titled) for p in data.people}
    return rows_for(agenda.in_order(data.items), names, clashes or {})


def test_the_model_passes_the_model_tester(qapp, qtmodeltester, demo_plan):
    pixmap = QPixmap(8, 8)
    pixmap.fill(Qt.GlobalColor.red)
    model = AgendaModel(QIcon(pixmap))
    rows = _demo_rows(demo_plan)
    model.set_rows(rows)
    qtmodeltester.check(model)
    model.set_rows(_demo_rows(demo_plan, {rows[3].item.id: ["Room XII taken"]}))
    qtmodeltester.check(model)
    model.set_rows([])
    qtmodeltester.check(model)


def test_rows_show_number_time_indented_parts_chair_and_speakers(qapp, demo_plan):
    model = AgendaModel()
    model.set_rows(_demo_rows(demo_plan))
    cells = [[model.data(model.index(r, c)) for c in range(model.columnCount())]
             for r in range(model.rowCount())]
    assert cells[0][:3] == ["1", "10:00\u201310:15", "Opening of the meeting"]
    assert cells[0][5:7] == ["Mr. Marco Bellini", "Mr. Daniel Novak"]
    assert cells[3][0] == "3 (a)" and cells[3][2].startswith("    Outcomes")
    assert cells[4][0] == "" and cells[4][3] == "Break"
    assert cells[1][7] == "ECE/EX/2017/L.8"


def test_a_clash_is_shown_on_its_item_with_icon_colour_and_tooltip(qapp, demo_plan):
    rows = _demo_rows(demo_plan)
    clashed = rows[7].item.id
    pixmap = QPixmap(8, 8)
    pixmap.fill(Qt.GlobalColor.red)
    model = AgendaModel(QIcon(pixmap))
    model.set_rows(_demo_rows(demo_plan, {clashed: ["'4' and 'Lunch' are both in Room XII"]}))
    index = model.index(7, TITLE)
    assert model.data(index, Qt.ItemDataRole.DecorationRole) is not None
    assert model.data(index, Qt.ItemDataRole.BackgroundRole).color() == CLASH_COLOUR
    assert "both in Room XII" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    calm = model.index(0, TITLE)
    assert model.data(calm, Qt.ItemDataRole.DecorationRole) is None
    assert model.data(calm, Qt.ItemDataRole.BackgroundRole) is None
