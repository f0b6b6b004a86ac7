"""Two people at once on the organisation's database: a record saved from an older reading.

Every page saves its record together with the record as it was read (`read=`). `on_top` brings
what was typed up to the record as stored now: what the other changed where this edit changed
nothing is taken, what only this edit changed is kept, and a value both changed refuses the save
with both sides to choose from (ChangedMeanwhileError with `rebased`); nothing is written then.
"""

from __future__ import annotations

from typing import Any, TypeVar

from ledarplan.domain.desk_records import children_of, kind_of, title_of
from ledarplan.domain.saved_meanwhile import rebase
from ledarplan.storage.errors import ChangedMeanwhileError

R = TypeVar("R")


def on_top(stored: R, read: R | None, edited: R) -> R:
    """`edited` (made from `read`; None: from what is stored) on top of `stored`."""
    if read is None:
        return edited
    rebased = rebase(read, stored, edited)
    if rebased.conflicts:
        lists = _child_lists(stored)
        fields = [c.field or lists.get(c.kind, c.kind.value) for c in rebased.conflicts]
        what = kind_of(stored).value
        raise ChangedMeanwhileError(what, title_of(stored), list(dict.fromkeys(fields)), rebased)
    return rebased.record


def _child_lists(record: Any) -> dict[Any, str]:
    """Which list of `record` holds each kind of child record ("actions" for an action …)."""
    found: dict[Any, str] = {}
    for name, children in children_of(record):
        for child in children:
            found.setdefault(kind_of(child), name)
    return found
