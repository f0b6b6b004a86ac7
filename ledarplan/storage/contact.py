"""Whether the organisation's database has gone quiet, so that the window does not wait for it.

On a network that is gone without a word (a cable pulled, a VPN dropped, a terminal server's
link lost), a statement waits for the TCP and connect timeouts — seconds, and on Windows,
where libpq ignores `tcp_user_timeout`, minutes — before it fails. The window asks its
questions that may meet that on other threads (is the database back? has someone else saved
the open plan?), but a save or a page read is made on the window's own thread. `Contact`
remembers what the program last heard: while a question asked on another thread has gone
unanswered for `STALL_S`, or the last failure came only after that long and nothing has
answered since, the database counts as gone quiet, and `Store.transaction` tells the window's
thread so at once (the page keeps what was typed and waits, see gui/edit_session.py) instead
of letting it wait out the timeouts. A wait that meets the quiet first, on the window's
thread, is watched (`watched`): a question asked aside tells a slow statement from a silent
network, and the wait is given up after `STALL_S` of silence. A failure that comes at once
(the server refusing connections while it restarts) is no reason to stop asking: the next use
tries again.
"""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable, Generator, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

#: A question unanswered for this long means the database has gone quiet. Far above what one
#: of the program's statements takes on a working network, far below the timeouts.
STALL_S = 2.0
#: How long the window's thread waits for an answer before a question asked aside finds out
#: whether the database answers at all (a slow statement) or not (the network gone).
ASK_AFTER_S = 0.3


class Contact:
    def __init__(self, stall_s: float = STALL_S, clock: Callable[[], float] = time.monotonic):
        self.stall_s = stall_s
        self._clock = clock
        self._lock = threading.Lock()
        self._tokens = itertools.count()
        #: Questions asked on other threads than the main one, and when each was asked.
        self._asked: dict[int, float] = {}
        self._failed_slowly = False
        self._probing = False
        #: When the database last answered anything (the clock's time).
        self._heard_at = clock()
        #: The thread asking aside whether the database is back (the last one started).
        self.probe: threading.Thread | None = None
        #: The question asked aside whether the database answers (set by the store).
        self.prober: Callable[[], object] | None = None

    def gone_quiet(self) -> bool:
        now = self._clock()
        with self._lock:
            return self._failed_slowly or any(
                now - asked >= self.stall_s for asked in self._asked.values()
            )

    @contextmanager
    def asking(self, *, aside: bool, unreachable: type[BaseException]) -> Iterator[None]:
        """One use of the database. `aside`: on a thread nobody waits for, watched for going
        unanswered. An `unreachable` failure that took `STALL_S` or longer marks the database
        as gone quiet; anything that returned (or failed for another reason: the database
        answered) ends that."""
        token = next(self._tokens)
        asked = self._clock()
        if aside:
            with self._lock:
                self._asked[token] = asked
        try:
            yield
        except unreachable:
            slow = self._clock() - asked >= self.stall_s
            with self._lock:
                self._asked.pop(token, None)
                self._failed_slowly = self._failed_slowly or slow
            raise
        except BaseException:
            self._answered(token)
            raise
        self._answered(token)

    def _answered(self, token: int) -> None:
        with self._lock:
            self._asked.pop(token, None)
            self._failed_slowly = False
            self._heard_at = self._clock()

    def watched(
        self, wait: Generator[T, Any, R], give_up: Callable[[], BaseException]
    ) -> Generator[T, Any, R]:
        """A driver's wait for the database (storage.postgres), relayed on the window's
        thread, where nothing else ends it in time: libpq's `tcp_user_timeout` is ignored on
        Windows, and a network gone without a word leaves a statement waiting for minutes.
        While nothing arrives, after `ASK_AFTER_S` a question asked aside finds out whether
        the database answers at all; once neither this wait nor any question has heard from
        it for `STALL_S`, it has gone quiet: `give_up` closes the connection and gives the
        error raised. A slow statement on a database that answers is waited for as before, and
        so is every statement while there is no `prober` to ask (opening, before the store)."""
        if self.prober is None:
            return (yield from wait)
        last = self._clock()
        try:
            state = next(wait)
            while True:
                ready = yield state
                now = self._clock()
                if ready:
                    last = now
                else:
                    with self._lock:
                        silent = now - max(last, self._heard_at)
                    if silent >= self.stall_s:
                        with self._lock:
                            self._failed_slowly = True
                        wait.close()
                        raise give_up()
                    if silent >= ASK_AFTER_S:
                        self.probe_aside(self.prober)
                state = wait.send(ready)
        except StopIteration as stop:
            return stop.value

    def probe_aside(self, probe: Callable[[], object]) -> None:
        """Asks `probe` on a thread of its own whether the database is back (once at a time):
        its answer ends the quiet, so the next use from the window's thread tries again."""
        with self._lock:
            if self._probing:
                return
            self._probing = True

        def run() -> None:
            try:
                probe()
            finally:
                with self._lock:
                    self._probing = False

        self.probe = threading.Thread(target=run, name="database-probe", daemon=True)
        self.probe.start()


def on_main_thread() -> bool:
    """The window's thread (the program's main thread): the one a user waits for."""
    return threading.current_thread() is threading.main_thread()
