"""Feedback from others (360°): what a round's form asks, and its answers as aggregates.

A respondent's answers (`FormAnswers`) exist only while a batch of filled forms is read; what
is kept is the batch's aggregate per respondent group (`aggregate`). The anonymity threshold is
applied there, to each batch on its own, before anything is stored: a group with fewer answers
than the threshold is folded into "other", and left out when even "other" stays below it. A
later batch is added to the stored aggregate (`add_batch`), so every batch in it is at least
the threshold large and comparing the aggregate before and after never shows one person's
answers.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from ledarplan.domain.entities import (
    AssessmentRound,
    FeedbackAnswer,
    FeedbackComment,
    FeedbackRound,
    FrameworkSnapshot,
    GroupFeedback,
    ItemFeedback,
    RespondentGroup,
)

FORM_MARKER = "ledarplan-feedback-form"
FORM_VERSION = 1
#: The form's fields: one hidden field says which round it is (and what it asks), one choice
#: the respondent's group, a radio group per item, a text field per area and open question.
FORM_FIELD = "ledarplan_form"
GROUP_FIELD = "group"
NO_GROUP = "choose"  # the group choice's value until one is chosen
CANNOT_SAY = "cannot-say"
RATING_PREFIX = "rating__"
COMMENT_PREFIX = "comment__"
QUESTION_PREFIX = "question__"

GROUP_ORDER = tuple(RespondentGroup)


def rating_field(item_id: str) -> str:
    return RATING_PREFIX + item_id


def comment_field(area_id: str) -> str:
    return COMMENT_PREFIX + area_id


def question_field(index: int) -> str:
    """The field of the open question `index` (0: the first), named from 1 as it reads."""
    return f"{QUESTION_PREFIX}{index + 1}"


@dataclass(frozen=True)
class FormSpec:
    """What a round's form asks. Hidden in the form (`to_text`), so that a collector without
    the leader's plan can check every filled form and count its answers."""

    round_id: str
    scale_min: int
    scale_max: int
    threshold: int
    groups: tuple[RespondentGroup, ...]
    item_ids: tuple[str, ...]
    #: The areas of the items asked about, in the model's order: a comment field each.
    area_ids: tuple[str, ...]
    questions: int

    @classmethod
    def of(cls, round_: FeedbackRound, snapshot: FrameworkSnapshot) -> FormSpec:
        areas = [snapshot.item(i).area_id for i in round_.item_ids]  # type: ignore[union-attr]
        return cls(
            round_.id,
            round_.scale_min,
            round_.scale_max,
            round_.threshold,
            tuple(round_.groups),
            tuple(round_.item_ids),
            tuple(dict.fromkeys(areas)),
            len(round_.questions),
        )

    @property
    def points(self) -> tuple[int, ...]:
        return tuple(range(self.scale_min, self.scale_max + 1))

    def text_fields(self) -> tuple[str, ...]:
        return (
            *(comment_field(a) for a in self.area_ids),
            *(question_field(q) for q in range(self.questions)),
        )

    def to_text(self) -> str:
        """The value of the form's hidden field: compact JSON."""
        return json.dumps(
            {
                "form": FORM_MARKER,
                "version": FORM_VERSION,
                "round": self.round_id,
                "scale": [self.scale_min, self.scale_max],
                "threshold": self.threshold,
                "groups": [g.value for g in self.groups],
                "items": list(self.item_ids),
                "areas": list(self.area_ids),
                "questions": self.questions,
            },
            separators=(",", ":"),
        )


@dataclass
class FormAnswers:
    """One respondent's answers, read from their form: never stored as they are."""

    group: RespondentGroup
    #: Item → rating; None: "cannot say". Items left blank are not here.
    ratings: dict[str, int | None] = field(default_factory=dict)
    comments: dict[str, str] = field(default_factory=dict)  # area id → text
    answers: dict[int, str] = field(default_factory=dict)  # open question (from 0) → text

    @property
    def empty(self) -> bool:
        return not (self.ratings or self.comments or self.answers)


@dataclass(frozen=True)
class Batch:
    """The aggregate of one batch of forms, after the anonymity threshold."""

    results: list[GroupFeedback]
    #: Groups too small on their own, whose answers are counted in "other".
    folded: list[RespondentGroup]
    #: Groups whose answers are not kept at all (too few even with "other").
    left_out: list[RespondentGroup]

    @property
    def counted(self) -> int:
        return sum(r.respondents for r in self.results)


def aggregate(spec: FormSpec, forms: Iterable[FormAnswers]) -> Batch:
    """The forms' answers per group, each group shown only with at least `spec.threshold`
    answers; smaller groups are folded into "other", or left out when "other" stays smaller."""
    by_group: dict[RespondentGroup, list[FormAnswers]] = {g: [] for g in GROUP_ORDER}
    for form in forms:
        by_group[form.group].append(form)
    other = RespondentGroup.OTHER
    shown = {
        g: answers
        for g, answers in by_group.items()
        if g is not other and len(answers) >= spec.threshold
    }
    small = [
        g for g, answers in by_group.items() if g is not other and 0 < len(answers) < spec.threshold
    ]
    pool = by_group[other] + [form for g in small for form in by_group[g]]
    folded: list[RespondentGroup] = []
    left_out: list[RespondentGroup] = []
    if len(pool) >= spec.threshold:
        shown[other] = pool
        folded = small
    elif pool:
        left_out = small + ([other] if by_group[other] else [])
    results = [
        _group(spec, g, shown[g], folded if g is other else []) for g in GROUP_ORDER if g in shown
    ]
    return Batch(results, folded, left_out)


def _group(
    spec: FormSpec, group: RespondentGroup, forms: list[FormAnswers], folded: list[RespondentGroup]
) -> GroupFeedback:
    items = []
    for item_id in spec.item_ids:
        counts = [0] * len(spec.points)
        cannot_say = 0
        for form in forms:
            if item_id not in form.ratings:
                continue
            value = form.ratings[item_id]
            if value is None:
                cannot_say += 1
            else:
                counts[value - spec.scale_min] += 1
        if sum(counts) or cannot_say:
            items.append(ItemFeedback(item_id, counts, cannot_say))
    comments = [FeedbackComment(a, t) for f in forms for a, t in f.comments.items()]
    answers = [FeedbackAnswer(q, t) for f in forms for q, t in f.answers.items()]
    return GroupFeedback(
        group,
        len(forms),
        items,
        sorted(comments, key=lambda c: (c.area_id, c.text)),
        sorted(answers, key=lambda a: (a.question, a.text)),
        list(folded),
    )


def add_batch(round_: FeedbackRound, batch: Batch) -> FeedbackRound:
    """The round with a batch's aggregate added to what it holds (a copy)."""
    result = copy.deepcopy(round_)
    stored = {r.group: r for r in result.results}
    for new in batch.results:
        old = stored.get(new.group)
        stored[new.group] = copy.deepcopy(new) if old is None else _sum(old, new)
    result.results = [stored[g] for g in GROUP_ORDER if g in stored]
    result.left_out = _in_order([*result.left_out, *batch.left_out])
    return result


def _sum(old: GroupFeedback, new: GroupFeedback) -> GroupFeedback:
    items = {i.item_id: copy.deepcopy(i) for i in old.items}
    order = [i.item_id for i in old.items]
    for item in new.items:
        if item.item_id in items:
            kept = items[item.item_id]
            kept.counts = [a + b for a, b in zip(kept.counts, item.counts, strict=True)]
            kept.cannot_say += item.cannot_say
        else:
            items[item.item_id] = copy.deepcopy(item)
            order.append(item.item_id)
    return GroupFeedback(
        old.group,
        old.respondents + new.respondents,
        [items[i] for i in order],
        sorted([*old.comments, *new.comments], key=lambda c: (c.area_id, c.text)),
        sorted([*old.answers, *new.answers], key=lambda a: (a.question, a.text)),
        _in_order([*old.folded, *new.folded]),
    )


def _in_order(groups: Iterable[RespondentGroup]) -> list[RespondentGroup]:
    present = set(groups)
    return [g for g in GROUP_ORDER if g in present]


# --- what the aggregate says -------------------------------------------------------------------


def pooled_mean(round_: FeedbackRound, item_id: str) -> float | None:
    """The average rating of an item over every group shown (None: nobody rated it)."""
    total = answered = 0
    for result in round_.results:
        item = result.item(item_id)
        if item is not None:
            total += sum((round_.scale_min + n) * c for n, c in enumerate(item.counts))
            answered += item.answered
    return total / answered if answered else None


#: A gap smaller than half a step is no blind spot worth a goal.
MIN_GAP = 0.5
BLIND_SPOTS = 5


@dataclass(frozen=True)
class BlindSpot:
    """An item where the leader's own view and others' feedback differ."""

    item_id: str
    own: int
    others: float

    @property
    def gap(self) -> float:
        """Own rating minus others': above 0, the leader sees more than others do."""
        return self.own - self.others


def blind_spots(
    round_: FeedbackRound, own: AssessmentRound, limit: int = BLIND_SPOTS
) -> list[BlindSpot]:
    """The items where self-view and feedback differ most (at least `MIN_GAP`), largest gap
    first, at most `limit`. None when the two use different scales."""
    if (own.scale_min, own.scale_max) != (round_.scale_min, round_.scale_max):
        return []
    found = []
    for position, item_id in enumerate(round_.item_ids):
        rating = own.rating_for(item_id)
        others = pooled_mean(round_, item_id)
        if rating is None or rating.value is None or others is None:
            continue
        spot = BlindSpot(item_id, rating.value, others)
        if abs(spot.gap) >= MIN_GAP:
            found.append((-abs(spot.gap), position, spot))
    return [spot for *_order, spot in sorted(found, key=lambda f: f[:2])][:limit]
