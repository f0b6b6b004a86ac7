"""Questions to the database asked on a worker thread, so the window never freezes for them.

On a network gone without a word one query can take the connect or TCP timeout (seconds): a
question that may meet that (is the database back? has someone else saved the open plan?) is
asked on the application's thread pool, and its answer is delivered by a signal to the
thread the `Answers` object lives on (the window's), where it is used.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class Answers(QObject):
    """Asks questions aside (`ask`); each answer arrives by `answered` on this object's thread."""

    answered = Signal(object)

    def ask(self, question: Callable[[], object], *, failed: object = None) -> None:
        """Asks `question` on a worker thread; `failed` is the answer when it raises (any
        failure to answer — the database away, the plan gone — means: no answer yet)."""
        QThreadPool.globalInstance().start(_Asked(question, self, failed))


class _Asked(QRunnable):
    def __init__(self, question: Callable[[], object], answers: Answers, failed: object):
        super().__init__()
        self._question = question
        self._answers = answers
        self._failed = failed

    def run(self) -> None:
        try:
            answer = self._question()
        except Exception:  # no answer now (see `Answers.ask`); asked again later
            answer = self._failed
        with contextlib.suppress(RuntimeError):  # the asker gone meanwhile: nobody waits
            self._answers.answered.emit(answer)
