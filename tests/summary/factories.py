"""Plans' summaries made up for the tests: a level, a year and a few facts each."""

from __future__ import annotations

import hashlib
import itertools

from ledarplan.summary.document import (
    AgreementCounts,
    GoalFacts,
    PlanFacts,
    Ratings,
    TalkFacts,
)

_serial = itertools.count()


def facts(
    level: str | None = "chef",
    year: int | None = 2026,
    *,
    model: str = "holstebro",
    own: dict[str, int] | None = None,
    theirs: dict[str, int] | None = None,
    goals: list[GoalFacts] | None = None,
    held: bool = False,
    key: str | None = None,
) -> PlanFacts:
    key = key or hashlib.sha256(str(next(_serial)).encode()).hexdigest()
    return PlanFacts(
        key=key,
        model=model,
        model_version="2021.1",
        level=level,
        year=year,
        self_assessment=Ratings(low=1, high=5, ratings=own) if own is not None else None,
        manager_assessment=Ratings(low=1, high=5, ratings=theirs) if theirs is not None else None,
        goals=goals or [],
        sessions=3,
        agreements=AgreementCounts(open=1, done=2),
        talk=TalkFacts(held=held, signed=False, followed_up=False),
    )
