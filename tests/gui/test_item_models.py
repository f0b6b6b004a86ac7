"""The window's own item models behave as Qt expects (qtmodeltester), with real data."""

from __future__ import annotations

from ledarplan.domain.entities import PlanStatus
from ledarplan.gui.models.framework_list import FrameworkIdRole, FrameworkListModel
from ledarplan.gui.models.level_matrix import LevelMatrixModel
from ledarplan.gui.models.people_tree import PERSON, PLAN, IdRole, KindRole, PeopleTreeModel


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
