"""Per-area averages of a round, the values of the radar chart (GUI and PDF), without Qt."""

from __future__ import annotations

from datetime import date

import pytest

from ledarplan.domain.entities import AssessmentRound, FrameworkSnapshot, Rating, SnapshotItem
from ledarplan.services.area_scores import (
    area_axes,
    area_scores,
    chart_axes,
    chart_scores,
    item_axes,
)
from ledarplan.services.demo import build_demo_bundle
from ledarplan.services.snapshots import snapshot_for


def snapshot(*areas: tuple[str, list[str]]) -> FrameworkSnapshot:
    return FrameworkSnapshot(
        "Model",
        "Source",
        items=tuple(
            SnapshotItem(item, area, area.title(), f"Label {item}")
            for area, items in areas
            for item in items
        ),
    )


def round_of(*ratings: Rating) -> AssessmentRound:
    return AssessmentRound("plan", date(2026, 3, 1), ratings=list(ratings))


THREE_AREAS = snapshot(("lead", ["a", "b", "c"]), ("team", ["d", "e"]), ("change", ["f"]))


def test_each_area_averages_its_rated_items_and_ignores_not_assessed_ones():
    scores = area_scores(
        THREE_AREAS,
        round_of(
            Rating("a", 2),
            Rating("b", 5),
            Rating("c", None, "not seen yet"),  # not assessed: neither 0 nor counted
            Rating("d", 4),
            Rating("e", 3),
        ),
    )
    assert [s.key for s in scores] == ["lead", "team", "change"]
    assert [s.title for s in scores] == ["Lead", "Team", "Change"]
    assert [s.average for s in scores] == [pytest.approx(3.5), pytest.approx(3.5), None]
    assert [s.rated for s in scores] == [2, 2, 0]
    assert scores[0].axis.item_ids == ("a", "b", "c")


def test_an_empty_round_has_no_averages_at_all():
    assert [s.average for s in area_scores(THREE_AREAS, round_of())] == [None, None, None]


def test_ratings_of_items_the_plans_model_does_not_have_are_ignored():
    scores = area_scores(THREE_AREAS, round_of(Rating("f", 1), Rating("ghost", 5)))
    assert [s.average for s in scores] == [None, None, 1]


def test_holstebro_charts_its_eight_competencies(catalog):
    holstebro = snapshot_for(catalog.get("holstebro"), "chef")
    axes = chart_axes(holstebro)
    assert len(axes) == 8
    assert axes[0].title == "Driftsledelse"
    assert all(len(axis.item_ids) == 3 for axis in axes)
    assert axes == area_axes(holstebro)


def test_a_model_with_one_area_charts_every_item_instead(catalog):
    kalix = snapshot_for(catalog.get("kalix"), None)
    axes = chart_axes(kalix)
    assert len(axes) == 10
    assert axes == item_axes(kalix)
    assert axes[0].title == kalix.items[0].label
    first = kalix.items[0].item_id
    scores = chart_scores(kalix, round_of(Rating(first, 4)))
    assert scores[0].average == 4
    assert [s.average for s in scores[1:]] == [None] * 9


def test_a_model_with_one_item_per_area_still_charts_its_areas(catalog):
    skr = snapshot_for(catalog.get("skr"), None)
    assert [axis.key for axis in chart_axes(skr)] == [axis.key for axis in area_axes(skr)]
    assert len(chart_axes(skr)) == 5


def test_the_demo_plans_self_assessment_per_competency(catalog):
    bundle = build_demo_bundle(catalog.get("holstebro"), "leder-af-ledere", date(2026, 11, 23))
    own = bundle.rounds[0]
    scores = area_scores(bundle.plan.snapshot, own)
    by_item = {r.item_id: r.value for r in own.ratings}
    for score in scores:
        values = [by_item[i] for i in score.axis.item_ids]
        assert score.average == pytest.approx(sum(values) / len(values))
        assert score.rated == 3
