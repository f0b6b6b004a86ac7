"""Averages of a round's ratings per area of the plan's model: the values of a radar chart.

The GUI and the PDF export draw the same chart from these, so the rules live here, without Qt:
areas come from the plan's snapshot (the model as it read when the plan was made), an item that
was not assessed counts for nothing (it neither lowers nor raises an average), and an area with
no rated item has no average at all (None), which a chart shows as a gap rather than as zero.
"""

from __future__ import annotations

from dataclasses import dataclass

from ledarplan.domain.entities import (
    AssessmentRound,
    FeedbackRound,
    FrameworkSnapshot,
    GroupFeedback,
)

#: A radar chart needs at least three axes to be a shape; with fewer areas (e.g. Kalix's single
#: checklist) every item becomes an axis of its own instead.
MIN_AREA_AXES = 3


@dataclass(frozen=True)
class ScoreAxis:
    """One spoke of the chart: an area of the model, or an item when the model has few areas."""

    key: str  # the area id, or the item id when the axis is an item
    title: str  # the area title or the item label, as the model writes it
    item_ids: tuple[str, ...]


@dataclass(frozen=True)
class AxisScore:
    axis: ScoreAxis
    average: float | None  # None: no item of the axis was rated in this round
    rated: int  # how many of the axis's items have a rating

    @property
    def key(self) -> str:
        return self.axis.key

    @property
    def title(self) -> str:
        return self.axis.title


def area_axes(snapshot: FrameworkSnapshot) -> list[ScoreAxis]:
    """The model's areas in the model's order, each with its items."""
    titles: dict[str, str] = {}
    items: dict[str, list[str]] = {}
    for item in snapshot.items:
        titles.setdefault(item.area_id, item.area_title)
        items.setdefault(item.area_id, []).append(item.item_id)
    return [ScoreAxis(area_id, titles[area_id], tuple(ids)) for area_id, ids in items.items()]


def item_axes(snapshot: FrameworkSnapshot) -> list[ScoreAxis]:
    return [ScoreAxis(item.item_id, item.label, (item.item_id,)) for item in snapshot.items]


def chart_axes(snapshot: FrameworkSnapshot) -> list[ScoreAxis]:
    """Areas as axes, or items when the model has fewer than `MIN_AREA_AXES` areas."""
    areas = area_axes(snapshot)
    if len(areas) >= MIN_AREA_AXES:
        return areas
    return item_axes(snapshot)


def scores(axes: list[ScoreAxis], round_: AssessmentRound) -> list[AxisScore]:
    values = {r.item_id: r.value for r in round_.ratings if r.value is not None}
    result = []
    for axis in axes:
        rated = [values[item_id] for item_id in axis.item_ids if item_id in values]
        average = sum(rated) / len(rated) if rated else None
        result.append(AxisScore(axis, average, len(rated)))
    return result


def area_scores(snapshot: FrameworkSnapshot, round_: AssessmentRound) -> list[AxisScore]:
    """The average rating of each area of the model in this round."""
    return scores(area_axes(snapshot), round_)


def chart_scores(snapshot: FrameworkSnapshot, round_: AssessmentRound) -> list[AxisScore]:
    """The values of the round's polygon on the radar chart (see `chart_axes`)."""
    return scores(chart_axes(snapshot), round_)


def feedback_scores(
    axes: list[ScoreAxis], round_: FeedbackRound, result: GroupFeedback
) -> list[AxisScore]:
    """A feedback group's polygon: per axis the average of its items' mean ratings (as a
    round's is the average of its items' ratings); an item nobody rated counts for nothing."""
    means: dict[str, float] = {}
    for item in result.items:
        mean = item.mean(round_.scale_min)
        if mean is not None:
            means[item.item_id] = mean
    result_scores = []
    for axis in axes:
        rated = [means[item_id] for item_id in axis.item_ids if item_id in means]
        average = sum(rated) / len(rated) if rated else None
        result_scores.append(AxisScore(axis, average, len(rated)))
    return result_scores
