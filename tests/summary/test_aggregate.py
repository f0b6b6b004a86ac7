"""The picture never shows a group of fewer than N plans: not as a cell, and not as the
difference of two cells. Smaller groups are folded into wider cells, each noted with why."""

from __future__ import annotations

import pytest

from ledarplan.domain.entities import ActionKind, ActionStatus, GoalStatus
from ledarplan.summary.aggregate import NO_YEAR, FoldReason, Scope, fold, picture
from ledarplan.summary.document import ActionFacts, GoalFacts
from ledarplan.summary.labels import HrLabels
from tests.summary.factories import facts

LEVELS = ("direktor", "chef", "leder-af-ledere", "leder-af-medarbejdere")


@pytest.mark.parametrize(
    ("counts", "shown"),
    [
        ({"a": 9, "b": 7}, ["b", "a"]),  # both shown; nothing else
        ({"a": 9, "b": 3}, []),  # a alone would give b's 3 away: both folded
        ({"a": 9, "b": 6, "c": 2}, ["a"]),  # b folded with c: 8 plans are the rest
        ({"a": 9, "b": 6, "c": 5, "d": 1}, ["b", "a"]),  # c with d: 6
        ({"a": 2, "b": 2, "c": 2}, []),
        ({"a": 5}, ["a"]),
    ],
)
def test_fold_leaves_no_remainder_smaller_than_the_threshold(counts, shown):
    assert fold(counts, 5) == shown


def _atoms_hold(model, n: int) -> None:
    """Every part of every shown cell that its narrower shown cells do not cover holds
    nothing or at least n plans — so no sum or difference of cells is a smaller group."""
    for cell in model.cells:
        assert cell.plans >= n, cell.scope
        inside = [
            c
            for c in model.cells
            if c is not cell
            and (cell.scope.year is None or c.scope.year == cell.scope.year)
            and (cell.scope.level is None or c.scope.level == cell.scope.level)
            and (c.scope.year != cell.scope.year or c.scope.level != cell.scope.level)
        ]
        # the narrower cells right below this one (the cells nest: a level in a year)
        direct = [c for c in inside if not any(c is not o and _within(c, o) for o in inside)]
        rest = cell.plans - sum(c.plans for c in direct)
        assert rest == 0 or rest >= n, (cell.scope, [c.scope for c in direct], rest)


def _within(inner, outer) -> bool:
    return (outer.scope.year is None or inner.scope.year == outer.scope.year) and (
        outer.scope.level is None or inner.scope.level == outer.scope.level
    )


@pytest.mark.parametrize("n", [3, 5, 7])
@pytest.mark.parametrize("seed", range(12))
def test_no_cell_and_no_difference_of_cells_is_fewer_than_n_plans(packs, n, seed):
    # Uneven groups: levels and years of 0 to 11 plans each.
    counts = [(seed * 7 + k * 13) % 12 for k in range(12)]
    plans = []
    for k, count in enumerate(counts):
        level, year = LEVELS[k % 4], 2023 + k // 4
        plans += [facts(level, year) for _ in range(count)]
    shown = picture(plans, packs, n)
    for model in shown.models:
        _atoms_hold(model, n)
        # Every plan is in the widest cell shown, whatever was folded.
        widest = max(model.cells, key=lambda c: c.plans)
        assert widest.plans == len(plans)
    if len(plans) < n:
        assert shown.models == () and shown.too_few == (packs["holstebro"].name,)


def test_small_levels_are_folded_into_all_levels_with_why(packs):
    plans = [facts("chef", 2026) for _ in range(6)] + [facts("direktor", 2026) for _ in range(2)]
    plans += [facts("leder-af-ledere", 2026) for _ in range(6)]
    plans += [facts("leder-af-medarbejdere", 2026) for _ in range(4)]
    model = picture(plans, packs, 5).models[0]
    assert [(c.scope, c.plans) for c in model.cells] == [
        (Scope(2026, "chef"), 6),
        (Scope(2026, "leder-af-ledere"), 6),
        (Scope(2026, None), 18),  # the 6 others are in all levels only
    ]
    assert [(f.scope, f.reason) for f in model.folded] == [
        (Scope(2026, "direktor"), FoldReason.FEW),
        (Scope(2026, "leder-af-medarbejdere"), FoldReason.FEW),
    ]


def test_a_level_that_would_give_a_small_one_away_is_folded_too(packs):
    plans = [facts("chef", 2026) for _ in range(9)] + [facts("direktor", 2026) for _ in range(2)]
    model = picture(plans, packs, 5).models[0]
    assert [c.scope for c in model.cells] == [Scope(2026, None)]
    reasons = {f.scope.level: f.reason for f in model.folded}
    assert reasons == {"chef": FoldReason.PROTECT, "direktor": FoldReason.FEW}
    lines = HrLabels().left_out_lines(picture(plans, packs, 5))
    assert lines == [
        "Ledelsesgrundlag for Social og Sundhed, Direktør (2026): fewer than 5 plans; counted "
        "in all levels of the same year.",
        "Ledelsesgrundlag for Social og Sundhed, Chef (2026): not shown on its own, as a group "
        "of fewer than 5 plans could otherwise be worked out from the figures; counted in all "
        "levels of the same year.",
    ]


def test_small_years_are_folded_into_all_years(packs):
    plans = [facts("chef", 2024) for _ in range(3)] + [facts("chef", 2025) for _ in range(3)]
    plans += [facts("chef", None) for _ in range(2)]
    model = picture(plans, packs, 5).models[0]
    assert [c.scope for c in model.cells] == [Scope(None, None)]
    assert model.cells[0].plans == 8
    assert {f.scope.year for f in model.folded} == {2024, 2025, NO_YEAR}
    assert (
        HrLabels().cell_title(model, model.cells[0].scope) == "All years (2024–2025) · All levels"
    )


def test_a_model_with_too_few_plans_is_left_out_and_said(packs):
    plans = [facts("chef", 2026) for _ in range(6)] + [facts(None, 2026, model="skr")]
    shown = picture(plans, packs, 5)
    assert [m.model_id for m in shown.models] == ["holstebro"]
    assert shown.too_few == (packs["skr"].name,)
    assert HrLabels().left_out_lines(shown) == [
        f"{packs['skr'].name}: fewer than 5 plans in all; left out of the report."
    ]


def test_a_cells_figures_are_counted_from_its_plans(packs):
    pack = packs["holstebro"]
    first, second = (item.id for item in pack.areas[0].items[:2])
    goal = GoalFacts(
        items=[first],
        status=GoalStatus.DONE,
        progress=100,
        actions=[
            ActionFacts(kind=ActionKind.COURSE, status=ActionStatus.DONE),
            ActionFacts(kind=ActionKind.ON_THE_JOB, status=ActionStatus.PLANNED),
        ],
    )
    plans = [
        facts(own={first: 2, second: 4}, theirs={first: 3}, goals=[goal], held=True),
        facts(own={first: 4}, theirs={first: 3, second: 5}, goals=[goal, goal]),
        facts(own={first: 5}),
        facts(),
        facts(held=True),
    ]
    cell = picture(plans, packs, 3).models[0].cells[0]
    assert cell.plans == 5 and (cell.low, cell.high) == (1, 5)
    row = next(i for i in cell.items if i.id == first)
    assert row.self_view.counts == (0, 1, 0, 1, 1)
    assert row.self_view.average == pytest.approx(11 / 3)
    # Two plans gave the manager's ratings of the first item: fewer than 3, so withheld.
    assert row.manager_view.withheld and row.manager_view.average is None
    assert row.manager_view.counts == (0, 0, 0, 0, 0)
    assert row.gap is None and row.gap_withheld and row.pairs == 2
    assert cell.goal_items[0].id == first
    assert (cell.goal_items[0].goals, cell.goal_items[0].plans) == (3, 2)
    assert cell.actions == {ActionKind.COURSE: 3, ActionKind.ON_THE_JOB: 3}
    assert cell.held == 2 and cell.share(cell.held) == pytest.approx(0.4)
    assert cell.self_assessed == 3 and cell.manager_assessed == 2
    assert (cell.sessions, cell.agreements_open, cell.agreements_done) == (15, 5, 10)
    area = cell.areas[0]
    assert area.self_view.rated == 4 and area.self_view.plans == 3
    assert area.manager_view.withheld and area.manager_view.plans == 2
    assert cell.averages()[0] == pytest.approx((2 + 4 + 4 + 5) / 4)
    assert cell.averages()[1:] == (None, None) and cell.withheld
    # With a threshold the manager's two plans meet, they are shown.


def test_the_threshold_may_not_be_smaller_than_three(packs):
    with pytest.raises(ValueError, match="at least 3"):
        picture([facts() for _ in range(5)], packs, 2)


@pytest.fixture(scope="module")
def packs(request):
    catalog = request.getfixturevalue("catalog")
    return {pack.id: pack for pack in catalog.packs}


def test_ratings_given_by_fewer_than_n_plans_are_withheld_also_as_a_difference(packs):
    """Level A: 6 plans, 5 with a manager's assessment (shown); level B: 6 plans, one of them
    (withheld). The year's 6 manager-assessed plans are shown nowhere either: beside A's 5,
    they would give B's one plan's ratings away."""
    items = [item.id for area in packs["holstebro"].areas for item in area.items]

    def plan(level, managed):
        return facts(
            level,
            2026,
            own=dict.fromkeys(items, 3),
            theirs=dict.fromkeys(items, 4) if managed else None,
        )

    plans = [plan("chef", k < 5) for k in range(6)] + [plan("direktor", k < 1) for k in range(6)]
    (model,) = picture(plans, packs, 5).models
    direktor, chef, year = model.cells  # the pack's order of levels
    assert (chef.scope.level, direktor.scope.level, year.scope.level) == ("chef", "direktor", None)
    for row in (*chef.items, *chef.areas, chef.overall):
        assert not row.manager_view.withheld and row.manager_view.average == 4
        assert row.gap == pytest.approx(1.0)
    for cell in (direktor, year):
        for row in (*cell.items, *cell.areas, cell.overall):
            assert row.manager_view.withheld and row.manager_view.average is None
            assert row.gap is None and sum(row.manager_view.counts) == 0
            assert row.self_view.average == 3  # 6 and 12 self-assessed plans: shown
        assert cell.averages()[1:] == (None, None) and cell.withheld
    assert not chef.withheld


def test_the_picture_does_not_depend_on_the_order_of_the_plans(packs):
    """Two years of 6 plans each and one of 2: the older of the two equal years is folded,
    whichever file came first."""
    plans = [facts("chef", 2023) for _ in range(6)] + [facts("chef", 2024) for _ in range(2)]
    plans += [facts("chef", 2025) for _ in range(6)] + [facts("chef", 2026) for _ in range(9)]
    for order in (plans, plans[::-1]):
        (model,) = picture(order, packs, 5).models
        assert model.shown_years == (2025, 2026)
