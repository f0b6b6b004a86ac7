"""The window's commands that work on stored data see everything the user typed."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Concatenate, ParamSpec, Protocol, TypeVar


class _Flushable(Protocol):
    """What a window offers: whether its data is attached, and a flush of every page."""

    @property
    def ready(self) -> bool: ...

    @property
    def workspace(self) -> _Pages: ...


class _Pages(Protocol):
    def flush(self) -> object: ...


W = TypeVar("W", bound=_Flushable)
A = ParamSpec("A")
R = TypeVar("R")


def flushed_first(command: Callable[Concatenate[W, A], R]) -> Callable[Concatenate[W, A], R]:
    """A command of the window that works on stored data (export, import, delete, close, …)
    runs after every page has saved what the user typed, so it sees all of it."""

    @functools.wraps(command)
    def run(self: W, *args: A.args, **kwargs: A.kwargs) -> R:
        if self.ready:
            self.workspace.flush()
        return command(self, *args, **kwargs)

    return run
