"""Plans' summaries made up for the tests: a level, a year and a few facts each."""

from __future__ import annotations

import hashlib
import itertools
import re

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


def with_small_groups(pack) -> tuple[list[PlanFacts], list[str]]:
    """Holstebro's plans of four years where just one year (2024: 2 plans) and one level of
    a shown year (2026's directors: 2 plans) are under 5; and what only those small groups
    would show: their own averages and gaps (in English's and the Nordic decimal marks) and
    their count. Each plan gives every item one rating of its own and one of its manager."""
    items = [item.id for area in pack.areas for item in area.items]

    def plan(level, year, own, theirs):
        return facts(
            level, year, own=dict.fromkeys(items, own), theirs=dict.fromkeys(items, theirs)
        )

    plans = [plan("chef", 2023, 4, 4) for _ in range(6)]
    plans += [plan("chef", 2024, 1, 5), plan("chef", 2024, 2, 5)]  # 1.5 and 5.0, gap +3.5
    plans += [plan("chef", 2025, 3, 4) for _ in range(6)]
    plans += [plan("chef", 2026, 4, 3) for _ in range(8)]
    plans += [plan("direktor", 2026, 5, 1), plan("direktor", 2026, 4, 1)]  # 4.5, 1.0, −3.5
    small = ["1.5", "5.0", "+3.5", "4.5", "1.0", "−3.5", "2 plans"]
    return plans, small + [s.replace(".", ",") for s in small if "." in s]


def shows(figure: str, text: str) -> bool:
    """Whether `figure` is in `text` as a figure of its own ("1.5", not the end of "−1.5" or
    "21.5")."""
    return re.search(rf"(?<![\d.,+−]){re.escape(figure)}(?!\d)", text) is not None
