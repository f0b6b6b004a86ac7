"""The program keeps its connections to the organisation's database between uses. One idle
for a while is asked whether it still answers before it is used (the server restarted, a
firewall dropped it); one that answered a moment ago is used as it is, and should the server
have restarted in that moment the use fails as the database being away — nothing written —
and the next one connects afresh."""

from __future__ import annotations

import time

import pytest

from ledarplan.services.errors import UnreachableDatabaseError
from ledarplan.storage import postgres

from .conftest import catalog_of_builtins

pytestmark = pytest.mark.postgres

LEADER = "pool_anna"


def _restarted(server) -> None:
    server.stop()
    server.resume()


@pytest.fixture
def anna(org):
    assert org.ledarplan("org", "add-user", LEADER, "--name", "Anna Pool") == 0
    with org.services(LEADER, catalog_of_builtins()) as services:
        (me,) = services.people.list()
        plan = services.plans.create(me.id, "kalix")
        yield services, plan.id


def test_a_connection_idle_across_a_restart_is_replaced_unnoticed(
    anna, postgres_server, monkeypatch
):
    monkeypatch.setattr(postgres, "PING_AFTER_S", 0.5)
    services, plan_id = anna
    services.goals.add(plan_id, "Före omstarten", [])
    _restarted(postgres_server)
    time.sleep(0.6)  # idle for longer than PING_AFTER_S: asked first, and replaced
    services.goals.add(plan_id, "Efter omstarten", [])
    assert [g.title for g in services.goals.list(plan_id)] == ["Före omstarten", "Efter omstarten"]


def test_a_connection_used_a_moment_before_a_restart_fails_once_and_writes_nothing(
    anna, org, postgres_server, monkeypatch
):
    monkeypatch.setattr(postgres, "PING_AFTER_S", 60.0)  # not asked: it answered just now
    services, plan_id = anna
    services.goals.add(plan_id, "Före omstarten", [])
    _restarted(postgres_server)
    with pytest.raises(UnreachableDatabaseError):
        services.goals.add(plan_id, "Försök ett", [])
    services.goals.add(plan_id, "Försök två", [])  # connected afresh
    with org.sql() as conn:
        titles = conn.execute(
            "SELECT title FROM goal WHERE plan_id = %s ORDER BY position", [plan_id]
        )
        assert [t for (t,) in titles] == ["Före omstarten", "Försök två"]
