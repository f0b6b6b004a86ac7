"""A save given up before the database answered may have been committed: the next save then
meets its own earlier text as "saved meanwhile". That is recognised — by the stamp's desk and
by the value the given-up save held — and nothing else is."""

from __future__ import annotations

from copy import deepcopy
from dataclasses import replace
from datetime import datetime, timezone

from ledarplan.domain.entities import Agreement, CoachingSession, Goal, Side, Stamp
from ledarplan.domain.saved_meanwhile import own_earlier_save, rebase

AT = datetime(2026, 12, 7, 14, 2, tzinfo=timezone.utc)


def saved(record, side: Side, **values):
    """`record` with `values` stored by `side` (its fields stamped so)."""
    stored = deepcopy(replace(record, **values))
    for name in values:
        stored.versions.fields[name] = Stamp(side, 7, AT)
    return stored


def test_the_goals_text_the_given_up_save_held_is_this_windows_own():
    read = Goal("plan-1", "Lyssna mer", description="Första")
    attempt = replace(read, description="Första, andra")
    stored = saved(read, Side.LEADER, description="Första, andra")  # it did reach the database
    edited = replace(read, description="Första, andra, tredje")
    rebased = rebase(read, stored, edited)
    assert [c.field for c in rebased.conflicts] == ["description"]
    assert own_earlier_save(rebased, [attempt], Side.LEADER)
    # Not when the other desk saved it, nor a text the given-up save did not hold, nor when
    # no save was given up.
    assert not own_earlier_save(rebased, [attempt], Side.MANAGER)
    assert not own_earlier_save(rebased, [replace(read, description="Annat")], Side.LEADER)
    assert not own_earlier_save(rebased, [], Side.LEADER)


def test_one_of_several_given_up_saves_and_a_child_record_s_field():
    agreement = Agreement("Boka möte", owner="Anna")
    read = CoachingSession("plan-1", AT.date(), agreements=[agreement])
    first = deepcopy(read)
    first.agreements[0].text = "Boka möte med teamet"
    second = deepcopy(first)
    second.agreements[0].text = "Boka möte med teamet i januari"
    stored = deepcopy(read)
    stored.agreements[0].text = "Boka möte med teamet"  # the first one committed
    stored.agreements[0].versions.fields["text"] = Stamp(Side.LEADER, 3, AT)
    edited = deepcopy(second)
    edited.agreements[0].text = "Boka möte med teamet i januari, före jul"
    rebased = rebase(read, stored, edited)
    assert [c.field for c in rebased.conflicts] == ["text"]
    assert own_earlier_save(rebased, [first, second], Side.LEADER)
    assert not own_earlier_save(rebased, [second], Side.LEADER)
