"""The window's own item models behave as Qt expects (qtmodeltester), with real data."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt

from ledarplan.domain.entities import PlanStatus
from ledarplan.gui.models.framework_list import FrameworkIdRole, FrameworkListModel
from ledarplan.gui.models.level_matrix import LevelMatrixModel
from ledarplan.gui.models.people_tree import PERSON, PLAN, IdRole, KindRole, PeopleTreeModel
from ledarplan.gui.models.row_table import RowListModel, RowTableModel


def test_people_tree_model(qtmodeltester, services, demo_plan):
    other = services.people.create("Bo Berg", "Enhetschef")
    services.plans.create(other.id, "kalix")
    services.plans.create(other.id, "hjo")
    services.people.create("Cecilia Utan Plan")
    model = PeopleTreeModel()
    names = {p.id: p.short_name or p.name for p in services.catalog.packs}
    model.set_rows(services.people.list(), services.plans.list(), names)
    model.set_labels({s: s.value for s in PlanStatus}, "archived")
    qtmodeltester.check(model)
    people = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert people == ["Bo Berg", "Cecilia Utan Plan", demo_plan.person.name]
    bo = model.index(0, 0)
    assert bo.data(KindRole) == PERSON
    assert model.rowCount(bo) == 2
    assert model.index(0, 0, bo).data(KindRole) == PLAN
    found = model.find(PLAN, demo_plan.plan.id)
    assert found.data(IdRole) == demo_plan.plan.id
    assert found.parent().data() == demo_plan.person.name


def test_framework_list_model(qtmodeltester, catalog):
    model = FrameworkListModel()
    model.set_packs(catalog.packs)
    qtmodeltester.check(model)
    ids = [model.index(r, 0).data(FrameworkIdRole) for r in range(model.rowCount())]
    assert sorted(ids) == ["hjo", "holstebro", "huddinge", "kalix", "skr"]


def test_level_matrix_model(qtmodeltester, catalog):
    model = LevelMatrixModel()
    model.set_pack(catalog.get("holstebro"), "chef")
    qtmodeltester.check(model)
    assert (model.rowCount(), model.columnCount()) == (24, 6)


@dataclass(frozen=True)
class _Entry:
    id: str
    text: str


class _EntryTable(RowTableModel[_Entry]):
    columns = 2

    def __init__(self):
        super().__init__(None, ["Id", "Text"])

    def _cell_flags(self, column: int) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEditable if column == 1 else Qt.ItemFlag.NoItemFlags

    def _row_data(self, row: _Entry, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return row.id if column == 0 else row.text
        return None


class _EntryList(RowListModel[_Entry]):
    def _row_data(self, row: _Entry, column: int, role: int) -> Any:
        return row.text if role == Qt.ItemDataRole.DisplayRole else None


def test_row_table_model_base(qtmodeltester, qtbot):
    model = _EntryTable()
    model.set_rows(_Entry(str(n), f"Entry {n}") for n in range(5))
    qtmodeltester.check(model)
    assert (model.rowCount(), model.columnCount()) == (5, 2)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Text"
    assert model.headerData(2, Qt.Orientation.Horizontal) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert model.row_of("3") == 3
    assert model.row_of("nope") == -1
    assert model.row_at(5) is None
    with qtbot.waitSignal(model.dataChanged) as changed:
        assert model.replace_row(_Entry("3", "Changed")) == 3
    assert [i.row() for i in changed.args[:2]] == [3, 3]
    assert model.index(3, 1).data() == "Changed"
    assert model.replace_row(_Entry("new", "Not shown")) == -1
    assert model.insert_row(_Entry("first", "First"), 0) == 0
    assert model.insert_row(_Entry("last", "Last")) == 6
    assert model.remove_row(1) == _Entry("0", "Entry 0")
    assert model.remove_row(9) is None
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "first",
        "1",
        "2",
        "3",
        "4",
        "last",
    ]
    qtmodeltester.check(model)
    with qtbot.waitSignal(model.rowsMoved):
        assert model.move_row(0, 2)  # down past two
    assert model.move_row(5, 4)  # up by one
    assert not model.move_row(0, 6) and not model.move_row(3, 3)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "1",
        "2",
        "first",
        "3",
        "last",
        "4",
    ]


def test_row_list_model_base(qtmodeltester, qtbot):
    model = _EntryList()
    model.set_rows([_Entry("a", "A"), _Entry("b", "B")])
    qtmodeltester.check(model)
    assert model.index(1).data() == "B"
    assert model.row_of("b") == 1
    assert model.data(model.index(2)) is None
    with qtbot.waitSignal(model.dataChanged) as changed:
        assert model.replace_row(_Entry("b", "Bee")) == 1
    assert [(i.row(), i.column()) for i in changed.args[:2]] == [(1, 0), (1, 0)]
    assert model.index(1).data() == "Bee"
    with qtbot.waitSignal(model.dataChanged) as changed:
        model._all_changed()
    assert [i.row() for i in changed.args[:2]] == [0, 1]
