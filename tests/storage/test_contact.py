"""The window's thread is not held by an organisation's database that has gone quiet.

A network dropped without a word makes a statement wait for the timeouts. Once the program has
seen that — a question asked on another thread unanswered for `STALL_S`, or a failure that came
only after that long — a transaction on the main thread (the window's) is refused at once as
unreachable, without touching the network, and a question asked aside ends the quiet when the
database answers. The clock is the test's own: nothing here waits for real time to pass.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from dataclasses import dataclass, field

import pytest

from ledarplan.services.errors import UnreachableDatabaseError
from ledarplan.storage.contact import STALL_S, Contact
from ledarplan.storage.store import Store

WHERE = "postgresql://db.kommune.example/ledarplan"
WAIT = 10  # seconds a test waits for a thread it started, at most (it never should)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@dataclass
class Organisation:
    where: str = WHERE


class Engine:
    """Answers `SELECT 1` while `up`; counts the questions."""

    def __init__(self) -> None:
        self.up = True
        self.asked = threading.Event()
        self.questions = 0

    @contextmanager
    def connect(self):
        self.questions += 1
        try:
            if not self.up:
                raise OSError("no route to host")
            yield Connection()
        finally:
            self.asked.set()


class Connection:
    def exec_driver_sql(self, _sql: str) -> None:
        return None


@dataclass
class Database:
    organisation: Organisation | None = field(default_factory=Organisation)
    path: None = None
    engine: Engine = field(default_factory=Engine)
    contact: Contact = field(default_factory=Contact)


class Network:
    """Stands in for the transaction's own work: counts uses, and can hold one (a statement
    waiting on a dropped network) or fail one after some seconds on the test's clock."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.uses = 0
        self.held = threading.Event()  # set: the held use is inside
        self.release = threading.Event()
        self.hold_next = False
        self.fail_after: float | None = None

    @contextmanager
    def transaction(self):
        self.uses += 1
        if self.hold_next:
            self.hold_next = False
            self.held.set()
            assert self.release.wait(WAIT)
        if self.fail_after is not None:
            self.clock.now += self.fail_after
            self.fail_after = None
            raise UnreachableDatabaseError(WHERE, "connection timed out")
        yield "repository"


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(clock, monkeypatch) -> tuple[Store, Network]:
    store = Store(Database())  # type: ignore[arg-type]
    store.contact = Contact(clock=clock)
    network = Network(clock)
    monkeypatch.setattr(store, "_transaction", network.transaction)
    return store, network


def use(store: Store) -> str:
    with store.transaction() as repository:
        return repository  # type: ignore[return-value]


def test_while_a_question_asked_aside_goes_unanswered_the_window_is_told_at_once(store, clock):
    store, network = store
    network.hold_next = True
    done: list[str] = []
    aside = threading.Thread(target=lambda: done.append(use(store)))
    aside.start()
    assert network.held.wait(WAIT)

    clock.now += STALL_S / 2  # unanswered, but not for long: the window still asks
    assert use(store) == "repository"
    assert network.uses == 2

    clock.now += STALL_S  # now it has gone quiet
    with pytest.raises(UnreachableDatabaseError) as refused:
        use(store)
    assert refused.value.where == WHERE
    assert network.uses == 2  # the network was not touched

    network.release.set()  # the answer comes after all
    aside.join(WAIT)
    assert done == ["repository"]
    assert use(store) == "repository"
    assert network.uses == 3


def test_after_a_slow_failure_the_window_waits_for_nothing_until_the_database_answers(store, clock):
    store, network = store
    engine = store.database.engine
    network.fail_after = STALL_S + 3  # the timeouts of a dropped network
    with pytest.raises(UnreachableDatabaseError):
        use(store)

    engine.up = False
    with pytest.raises(UnreachableDatabaseError):
        use(store)  # refused at once, and asked aside whether it is back
    assert network.uses == 1
    assert engine.asked.wait(WAIT)
    assert engine.questions == 1

    engine.up = True
    assert store.reachable()  # a retry asked aside: the database answers
    assert use(store) == "repository"
    assert network.uses == 2


def test_the_question_asked_aside_ends_the_quiet_by_itself(store, clock):
    store, network = store
    engine = store.database.engine
    network.fail_after = STALL_S + 3
    with pytest.raises(UnreachableDatabaseError):
        use(store)
    with pytest.raises(UnreachableDatabaseError):
        use(store)  # starts the question aside, which the database answers
    assert store.contact.probe is not None
    store.contact.probe.join(WAIT)
    assert engine.questions == 1
    assert use(store) == "repository"
    assert network.uses == 2


def test_a_refusal_that_comes_at_once_is_tried_again_at_once(store, clock):
    """The server restarting refuses connections at once: no reason to stop asking."""
    store, network = store
    network.fail_after = 0.1
    with pytest.raises(UnreachableDatabaseError):
        use(store)
    assert use(store) == "repository"
    assert network.uses == 2
    assert store.database.engine.questions == 0


def test_the_local_file_is_never_watched(clock, monkeypatch):
    store = Store(Database(organisation=None))  # type: ignore[arg-type]
    store.contact = Contact(clock=clock)
    network = Network(clock)
    monkeypatch.setattr(store, "_transaction", network.transaction)
    network.fail_after = STALL_S + 3
    with pytest.raises(UnreachableDatabaseError):
        use(store)
    assert use(store) == "repository"
    assert not store.contact.gone_quiet()


# --- a wait on the window's thread (the driver's, relayed through Contact.watched) -----------


class Driver:
    """Stands in for psycopg's generator of one statement: it waits for the socket to be
    readable ("R") until it has read `reads` times, then returns its rows."""

    def __init__(self, reads: int = 1) -> None:
        self.closed = False
        self.reads = reads

    def run(self):
        try:
            while True:
                ready = yield "R"
                if ready:
                    self.reads -= 1
                    if not self.reads:
                        return "rows"
        except GeneratorExit:
            self.closed = True
            raise


class GaveUpError(Exception):
    pass


def ticks(wait, clock: Clock, seconds: float, step: float = 0.1) -> None:
    """What psycopg's wait does while the socket stays silent: READY_NONE every `step`."""
    for _ in range(round(seconds / step)):
        clock.now += step
        wait.send(0)


def test_a_wait_the_database_leaves_silent_is_given_up_after_the_stall(clock):
    contact = Contact(clock=clock)
    asked = threading.Event()
    unanswered = threading.Event()
    contact.prober = lambda: (asked.set(), unanswered.wait(WAIT))  # the network gone
    closed: list[bool] = []
    driver = Driver()
    wait = contact.watched(driver.run(), lambda: (closed.append(True), GaveUpError())[1])
    assert next(wait) == "R"
    ticks(wait, clock, 0.2)
    assert not asked.is_set()  # a statement may take that long
    ticks(wait, clock, 0.2)
    assert asked.wait(WAIT)  # after ASK_AFTER_S: asked aside whether it answers at all
    ticks(wait, clock, STALL_S - 0.6)
    assert not contact.gone_quiet() and not closed
    with pytest.raises(GaveUpError):
        ticks(wait, clock, 0.3)
    assert closed == [True] and driver.closed  # the connection given up, the statement too
    assert contact.gone_quiet()  # the window's next use is refused at once
    unanswered.set()
    contact.probe.join(WAIT)


def test_a_slow_statement_on_a_database_that_answers_is_waited_for(clock):
    contact = Contact(clock=clock)

    def answers() -> None:  # what Store.reachable does when the database answers
        with contact.asking(aside=True, unreachable=UnreachableDatabaseError):
            pass

    contact.prober = answers
    driver = Driver()
    wait = contact.watched(driver.run(), GaveUpError)
    next(wait)
    for _ in range(5):  # 5 × STALL_S of a statement working on the server
        ticks(wait, clock, STALL_S - 0.5)
        contact.probe.join(WAIT)  # the question asked aside was answered meanwhile
    with pytest.raises(StopIteration) as done:
        wait.send(1)  # the rows arrive
    assert done.value.value == "rows" and not driver.closed
    assert not contact.gone_quiet()


def test_what_arrives_on_the_wait_itself_counts_as_heard(clock):
    contact = Contact(clock=clock)
    unanswered = threading.Event()
    contact.prober = lambda: unanswered.wait(WAIT)  # asked aside, never answered
    driver = Driver(reads=10)
    wait = contact.watched(driver.run(), GaveUpError)
    next(wait)
    for _ in range(4):
        ticks(wait, clock, STALL_S - 0.5)
        clock.now += 0.1
        assert wait.send(1) == "R"  # part of a long answer arrives: it is still coming
    with pytest.raises(GaveUpError):
        ticks(wait, clock, STALL_S)
    unanswered.set()
    contact.probe.join(WAIT)


def test_without_a_question_to_ask_aside_a_silent_wait_is_waited_for(clock):
    """Opening the database, before the store gives its question: nothing tells a slow
    statement from a silent network, so the wait is not given up (the connect timeout and
    libpq's own still apply)."""
    contact = Contact(clock=clock)
    driver = Driver()
    wait = contact.watched(driver.run(), GaveUpError)
    next(wait)
    ticks(wait, clock, STALL_S * 5)
    with pytest.raises(StopIteration) as done:
        wait.send(1)
    assert done.value.value == "rows" and not contact.gone_quiet()
