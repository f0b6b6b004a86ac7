"""Entities are copied to and from rows and documents by field name (domain.records)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timezone

from ledarplan.domain.entities import (
    Action,
    ActionKind,
    DevelopmentTalk,
    Goal,
    GoalStatus,
    PrepAnswer,
    Signature,
    TimeFrame,
)
from ledarplan.domain.records import build, to_plain


def test_an_entity_is_built_from_any_object_with_its_field_names():
    @dataclass
    class Row:  # what a database row or a document model looks like to `build`
        what: str = "Skygge en kollega"
        how: str = ""
        why: str = ""
        who: str = "Bo"
        when: str = ""
        follow_up: str = ""
        kind: str = "with-others"  # stored as the enum's value
        building_block: str | None = None
        due_date: date | None = date(2027, 3, 1)
        status: str = "planned"
        done_date: date | None = None
        versions: dict = field(default_factory=lambda: {"fields": {}})  # as the JSON column
        id: str = "a1"
        position: int = 4  # a column the entity does not have is not asked for

    action = build(Action, Row())
    assert action.kind is ActionKind.WITH_OTHERS
    assert (action.what, action.who, action.due_date, action.id) == (
        "Skygge en kollega",
        "Bo",
        date(2027, 3, 1),
        "a1",
    )


def test_nested_entities_and_lists_are_built_and_never_shared_with_the_source():
    source = Goal("p", "Lead with trust", item_ids=["a", "b"], status=GoalStatus.DONE)
    source.actions.append(Action("Read the handbook"))
    copy = build(Goal, source)
    assert copy == source
    assert copy.item_ids is not source.item_ids
    assert copy.actions[0] is not source.actions[0]


def test_a_stored_object_from_before_a_field_existed_reads_with_the_fields_default():
    # Talk answers stored by an early version had no "timeframe" and no "private".
    answer = build(PrepAnswer, {"question": "Hvad lykkedes?", "answer": "Meget"})
    assert answer == PrepAnswer("Hvad lykkedes?", "Meget", "", TimeFrame.NONE, private=False)


def test_plain_data_has_fields_in_order_enum_values_and_iso_dates():
    talk = DevelopmentTalk(
        "p",
        date=date(2027, 1, 12),
        leader_prep=[PrepAnswer("Q", "A", timeframe=TimeFrame.AHEAD, private=True)],
        manager_signature=Signature(
            "Bo", "Chef", datetime(2027, 1, 12, 15, 30, tzinfo=timezone.utc)
        ),
        id="t",
    )
    plain = to_plain(talk)
    assert list(plain) == [
        "plan_id", "date", "participants", "leader_prep", "manager_prep", "summary",
        "agreements", "follow_up_date", "leader_signature", "manager_signature", "versions", "id",
    ]  # fmt: skip
    assert plain["date"] == "2027-01-12"
    assert plain["manager_signature"] == {
        "name": "Bo",
        "role": "Chef",
        "at": "2027-01-12T15:30:00+00:00",
    }
    assert plain["leader_prep"] == [
        {"question": "Q", "answer": "A", "question_key": "", "timeframe": "ahead", "private": True}
    ]
    assert build(DevelopmentTalk, plain) == talk
