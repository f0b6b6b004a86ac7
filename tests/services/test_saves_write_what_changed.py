"""A save writes the rows that changed, not every row beneath them.

The goals and coaching pages save at every pause in typing; rewriting each of a session's
agreements or a goal's actions on every keystroke's save is a write per row for nothing on the
local file and, on the organisation's database, a round trip and a policy check per row.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import event

from ledarplan.domain.entities import Action, ActionStatus, Agreement, Rating

WRITES = ("INSERT", "UPDATE", "DELETE")


@contextmanager
def writes(services) -> Iterator[Counter[str]]:
    """Counts the rows written, by "VERB table" (rows of one shape go in one executemany)."""
    seen: Counter[str] = Counter()
    engine = services.plans._store.database.engine

    def count(_conn, _cursor, statement, _params, _context, _many) -> None:
        words = statement.split()
        verb = words[0].upper()
        if verb in WRITES:
            table = words[2] if verb in ("INSERT", "DELETE") else words[1]
            seen[f"{verb} {table.strip(chr(34))}"] += len(_params) if _many else 1

    event.listen(engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", count)


@pytest.fixture
def plan(services):
    person = services.people.create("Anna Ek")
    return services.plans.create(person.id, "kalix")


def _touches(seen: Counter[str], *tables: str) -> list[str]:
    return sorted(key for key in seen if key.split()[1] in tables)


def test_a_goals_title_saved_writes_the_goal_not_its_items_check_ins_or_actions(services, plan):
    items = list(plan.snapshot.item_ids[:3])
    goal = services.goals.add(plan.id, "Lyssna mer", items)
    goal = services.goals.check_in(goal.id, date(2027, 1, 5), "Bra start", 20)
    goal = services.goals.add_action(goal.id, Action("Fråga teamet"))
    goal = services.goals.add_action(goal.id, Action("Läs handboken"))
    with writes(services) as seen:
        services.goals.save_fields(replace(goal, title="Lyssna mer, prata mindre"), goal)
    assert seen["UPDATE goal"] == 1
    assert _touches(seen, "goal_item", "checkin", "action") == []
    (stored,) = services.goals.list(plan.id)
    assert stored.title == "Lyssna mer, prata mindre"
    assert stored.item_ids == items and len(stored.actions) == 2 and len(stored.checkins) == 1

    with writes(services) as seen:  # the whole goal, one action done: that action only
        done = replace(stored.actions[1], status=ActionStatus.DONE)
        services.goals.save(replace(stored, actions=[stored.actions[0], done]), stored)
    assert seen["UPDATE action"] == 1
    assert _touches(seen, "goal_item", "checkin") == []

    with writes(services) as seen:  # two items swapped: their positions, nothing else
        swapped = [items[1], items[0], items[2]]
        services.goals.save_fields(replace(stored, item_ids=swapped))
    assert _touches(seen, "goal_item") == ["UPDATE goal_item"]
    assert seen["UPDATE goal_item"] == 2
    (stored,) = services.goals.list(plan.id)
    assert stored.item_ids == swapped


def test_a_sessions_topic_saved_writes_the_session_not_its_agreements(services, plan):
    goal = services.goals.add(plan.id, "Lyssna mer", [])
    session = services.coaching.new_session(plan.id, date(2027, 2, 1))
    session.goal_ids = [goal.id]
    session.agreements = [Agreement("Ring Bo"), Agreement("Boka kursen")]
    session = services.coaching.save(session)
    with writes(services) as seen:
        services.coaching.save(replace(session, topic="Svåra samtal"), read=session)
    assert seen["UPDATE coaching_session"] == 1
    assert _touches(seen, "agreement", "session_goal") == []

    with writes(services) as seen:
        services.coaching.set_agreement_done(session.id, session.agreements[0].id, True)
    assert _touches(seen, "agreement") == ["UPDATE agreement"]
    assert seen["UPDATE agreement"] == 1
    (stored,) = services.coaching.list(plan.id)
    assert [a.done for a in stored.agreements] == [True, False]
    assert stored.topic == "Svåra samtal" and stored.goal_ids == [goal.id]


def test_one_rating_changed_writes_that_rating(services, plan):
    items = list(plan.snapshot.item_ids[:4])
    round_ = services.assessments.record(plan.id, date(2027, 3, 1), [Rating(i, 3) for i in items])
    changed = replace(
        round_,
        ratings=[replace(r, value=4) if r.item_id == items[2] else r for r in round_.ratings],
    )
    with writes(services) as seen:
        services.assessments.save(changed, read=round_)
    assert _touches(seen, "rating") == ["UPDATE rating"]
    assert seen["UPDATE rating"] == 1
    (stored,) = services.assessments.list(plan.id)
    assert [r.value for r in stored.ratings] == [3, 3, 4, 3]
