"""A network gone without a word, between the program and a real PostgreSQL server.

`SilentNetwork.cut()` answers nothing and closes nothing: what the program sends waits, as on
Windows, where libpq ignores `tcp_user_timeout`, it would for minutes. The window's thread
(these tests' main thread) gives such a wait up after `STALL_S` and is told at once from then
on; a statement that is only slow, on a database that answers, is waited for; once the network
is back, the next use works and nothing typed is lost.
"""

from __future__ import annotations

import signal
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

import pytest
from sqlalchemy import text

from ledarplan.app import open_services
from ledarplan.paths import AppPaths
from ledarplan.services.errors import UnreachableDatabaseError
from ledarplan.storage.contact import STALL_S

from .conftest import catalog_of_builtins

LEADER = "silent_anna"
#: A given-up wait ends this long after STALL_S at most (psycopg ticks every 0.1 s).
SLACK_S = 1.0


@pytest.fixture
def leader(org, silent_network, private_data_dir):
    catalog = catalog_of_builtins()
    assert org.ledarplan("org", "add-user", LEADER, "--name", "Anna Silent") == 0
    url = silent_network.url(LEADER, org.name)
    services = open_services(AppPaths(private_data_dir), catalog, database_url=url)
    (me,) = services.people.list()
    plan = services.plans.create(me.id, "kalix", title="Plan bakom nätet")
    services.goals.add(plan.id, "Lyssna mer", [], description="Början")
    try:
        yield services, plan.id
    finally:
        silent_network.mend()
        services.close()


@contextmanager
def _at_most(seconds: float) -> Iterator[None]:
    """Fails the test (instead of hanging the run) when the wait is not given up."""

    def too_long(*_args: object) -> None:
        pytest.fail(f"still waiting for the silent network after {seconds} s")

    before = signal.signal(signal.SIGALRM, too_long)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, before)


def _timed(call) -> tuple[float, BaseException | None]:
    started = time.monotonic()
    try:
        with _at_most(STALL_S * 5):
            call()
    except UnreachableDatabaseError as exc:
        return time.monotonic() - started, exc
    return time.monotonic() - started, None


def test_a_save_into_a_silent_network_is_given_up_and_made_once_it_is_back(
    leader, org, silent_network
):
    services, plan_id = leader
    (goal,) = services.goals.list(plan_id)
    typed = replace(goal, description="Skrivet när nätet försvann")
    silent_network.cut()

    took, refused = _timed(lambda: services.goals.save_fields(typed, goal))
    assert isinstance(refused, UnreachableDatabaseError)
    assert STALL_S <= took < STALL_S + SLACK_S  # not the minutes of the TCP timeouts
    assert "the database has not answered" not in str(refused)  # said in the program's words
    took, refused = _timed(lambda: services.goals.save_fields(typed, goal))
    assert isinstance(refused, UnreachableDatabaseError) and took < 0.2  # told at once

    silent_network.mend()
    deadline = time.monotonic() + 10
    while not services.plans.database_reachable():  # what the window asks aside
        assert time.monotonic() < deadline
        time.sleep(0.1)
    services.goals.save_fields(typed, goal)
    with org.sql() as conn:
        stored = conn.execute("SELECT description FROM goal WHERE plan_id = %s", [plan_id])
        assert stored.fetchall() == [("Skrivet när nätet försvann",)]


def test_a_page_read_into_a_silent_network_is_given_up_too(leader, silent_network):
    services, plan_id = leader
    silent_network.cut()
    took, refused = _timed(lambda: services.goals.list(plan_id))
    assert isinstance(refused, UnreachableDatabaseError)
    assert took < STALL_S + SLACK_S


def test_a_slow_statement_on_a_database_that_answers_is_not_given_up(leader):
    services, _plan_id = leader
    store = services.plans._store  # beneath the services: a statement of the test's own
    started = time.monotonic()
    with store.database.session() as session:
        slept = session.execute(text("SELECT pg_sleep(:s), 'awake'"), {"s": STALL_S + 1})
        assert slept.one()[1] == "awake"
    assert time.monotonic() - started >= STALL_S + 1
    assert not store.contact.gone_quiet()
