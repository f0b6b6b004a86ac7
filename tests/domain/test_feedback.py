"""Feedback from others as aggregates: the anonymity threshold, batches, blind spots."""

from __future__ import annotations

from datetime import date

import pytest

from ledarplan.domain.entities import (
    AssessmentRound,
    FeedbackRound,
    FrameworkSnapshot,
    GroupFeedback,
    ItemFeedback,
    Rating,
    RespondentGroup,
    SnapshotItem,
)
from ledarplan.domain.errors import InvalidInputError
from ledarplan.domain.feedback import (
    FormAnswers,
    FormSpec,
    add_batch,
    aggregate,
    blind_spots,
    pooled_mean,
)
from ledarplan.domain.rules import normalise_feedback

STAFF, PEERS, MANAGER, OTHER = RespondentGroup
SNAPSHOT = FrameworkSnapshot(
    "Model",
    "Source",
    items=(
        SnapshotItem("a", "first", "First", "A"),
        SnapshotItem("b", "first", "First", "B"),
        SnapshotItem("c", "second", "Second", "C"),
    ),
)


def new_round(threshold: int = 3) -> FeedbackRound:
    return FeedbackRound(
        "plan",
        date(2027, 3, 1),
        ["a", "b", "c"],
        questions=["Keep doing?"],
        groups=list(RespondentGroup),
        threshold=threshold,
    )


def spec_of(round_: FeedbackRound) -> FormSpec:
    return FormSpec.of(round_, SNAPSHOT)


def form(group, a=None, comment="", answer="") -> FormAnswers:
    return FormAnswers(
        group,
        {"a": a} if a != "skip" else {},
        {"first": comment} if comment else {},
        {0: answer} if answer else {},
    )


def test_groups_at_the_threshold_are_shown_smaller_ones_fold_into_others():
    forms = [form(STAFF, a) for a in (2, 3, 4, 4)]
    forms += [form(PEERS, 5, comment="Peer says"), form(PEERS, 1)]  # 2 < 3: not on their own
    forms += [form(MANAGER, 3), form(OTHER, None)]  # None: "cannot say"
    batch = aggregate(spec_of(new_round()), forms)
    assert [(r.group, r.respondents) for r in batch.results] == [(STAFF, 4), (OTHER, 4)]
    staff, others = batch.results
    assert staff.item("a") == ItemFeedback("a", [0, 1, 1, 2, 0], 0)
    assert staff.item("a").mean(1) == 3.25
    assert others.item("a") == ItemFeedback("a", [1, 0, 1, 0, 1], 1)
    assert others.folded == batch.folded == [PEERS, MANAGER]
    assert [c.text for c in others.comments] == ["Peer says"]  # folded with its group
    assert batch.left_out == []


def test_groups_too_small_even_together_are_left_out_with_their_comments():
    forms = [form(STAFF, 4) for _ in range(3)]
    forms += [form(PEERS, 1, comment="Only two of us"), form(PEERS, 2)]
    batch = aggregate(spec_of(new_round()), forms)
    assert [(r.group, r.respondents) for r in batch.results] == [(STAFF, 3)]
    assert batch.left_out == [PEERS]
    assert all(c.text != "Only two of us" for r in batch.results for c in r.comments)


def test_comments_and_answers_are_sorted_so_their_order_says_nothing_of_who_wrote_them():
    forms = [
        form(STAFF, 3, comment="Zeta", answer="Öppen"),
        form(STAFF, 3, comment="Alfa", answer="Mer"),
        form(STAFF, 3, comment="Mitt", answer="Lyssna"),
    ]
    [staff] = aggregate(spec_of(new_round()), forms).results
    assert [c.text for c in staff.comments] == ["Alfa", "Mitt", "Zeta"]
    assert [a.text for a in staff.answers] == ["Lyssna", "Mer", "Öppen"]


def test_a_later_batch_is_added_each_batch_kept_on_its_own_threshold():
    round_ = new_round()
    spec = spec_of(round_)
    first = aggregate(spec, [form(STAFF, 4) for _ in range(3)] + [form(PEERS, 2)])
    round_ = add_batch(round_, first)
    assert round_.left_out == [PEERS]
    # A lone late answer is never added to a shown group: its answers would show.
    second = aggregate(spec, [form(STAFF, 1)])
    round_ = add_batch(round_, second)
    assert [(r.group, r.respondents) for r in round_.results] == [(STAFF, 3)]
    third = aggregate(spec, [form(STAFF, 2) for _ in range(3)] + [form(OTHER, 5) for _ in range(3)])
    round_ = add_batch(round_, third)
    assert [(r.group, r.respondents) for r in round_.results] == [(STAFF, 6), (OTHER, 3)]
    assert round_.result(STAFF).item("a").counts == [0, 3, 0, 3, 0]
    assert round_.left_out == [STAFF, PEERS]
    normalise_feedback(round_, SNAPSHOT)  # still a round every rule holds for


def test_a_stored_group_smaller_than_the_threshold_is_refused():
    round_ = new_round()
    round_.results = [GroupFeedback(PEERS, 2, [ItemFeedback("a", [0, 0, 1, 1, 0])])]
    with pytest.raises(InvalidInputError, match="at least 3"):
        normalise_feedback(round_, SNAPSHOT)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda r: setattr(r, "threshold", 1), "threshold"),
        (lambda r: setattr(r, "item_ids", []), "item_ids"),
        (lambda r: setattr(r, "item_ids", ["a", "zz"]), "item_ids"),
        (lambda r: setattr(r, "groups", [STAFF, STAFF]), "groups"),
        (lambda r: setattr(r, "questions", ["1", "2", "3"]), "questions"),
        (
            lambda r: r.results.append(GroupFeedback(STAFF, 3, [ItemFeedback("a", [1, 2])])),
            "results.staff.items.a",
        ),
        (
            lambda r: r.results.append(
                GroupFeedback(STAFF, 3, [ItemFeedback("a", [4, 0, 0, 0, 0])])
            ),
            "results.staff.items.a",
        ),
        (
            lambda r: r.results.append(GroupFeedback(STAFF, 3, folded=[PEERS])),
            "results.staff.folded",
        ),
    ],
)
def test_the_rules_of_a_round(change, field):
    round_ = new_round()
    change(round_)
    with pytest.raises(InvalidInputError) as caught:
        normalise_feedback(round_, SNAPSHOT)
    assert caught.value.field == field


def own_view(**values: int) -> AssessmentRound:
    return AssessmentRound(
        "plan", date(2027, 2, 1), ratings=[Rating(k, v) for k, v in values.items()]
    )


def test_blind_spots_are_the_items_where_own_view_and_feedback_differ_most():
    round_ = new_round()
    round_.results = [
        GroupFeedback(
            STAFF, 3, [ItemFeedback("a", [0, 0, 3, 0, 0]), ItemFeedback("b", [0, 0, 0, 0, 3])]
        ),
        GroupFeedback(
            OTHER, 3, [ItemFeedback("a", [3, 0, 0, 0, 0]), ItemFeedback("c", [0, 0, 0, 2, 1])]
        ),
    ]
    assert pooled_mean(round_, "a") == 2.0
    spots = blind_spots(round_, own_view(a=5, b=4, c=4))
    assert [(s.item_id, s.gap) for s in spots] == [("a", 3.0), ("b", -1.0)]  # c: 4 vs 4.33
    assert blind_spots(round_, own_view(a=5), limit=0) == []
