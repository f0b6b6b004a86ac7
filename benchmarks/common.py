"""What the benchmark scripts share: finding ledarplan, alternating timed runs, results as JSON.

Every figure is reported beside a floor measured in the same process (or, for whole programs,
in the same run), alternating one run of ours with one run of the floor, so that a machine
that gets slower or faster half-way affects both alike.
"""

from __future__ import annotations

import gc
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

try:
    import ledarplan  # noqa: F401  (installed, or run from a checkout below)

    FROM_CHECKOUT = False
except ImportError:  # `python benchmarks/….py` in a checkout without `pip install .`
    sys.path.insert(0, str(ROOT))
    FROM_CHECKOUT = True


@dataclass
class Result:
    """One row of the table: our time (or size) against its floor, and the goal."""

    name: str
    measured: float
    floor: float | None
    unit: str = "ms"  # "ms" or "MB"
    #: "ratio ≤ X": measured/floor at most X; "under X": measured below X (unit);
    #: "growth ≤ X": measured at most X times the same step at 1×; "" when none is set.
    goal: str = ""
    limit: float | None = None
    runs: int = 0
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.floor is None or self.floor <= 0:
            return None
        return self.measured / self.floor


def subprocess_env() -> dict[str, str]:
    """The environment for a child Python: it finds the same ledarplan as this one, and it
    keeps compiled bytecode (an installed program has its .pyc files; compiling every module
    again on each start would be measured otherwise)."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    if FROM_CHECKOUT:
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
    return env


def timed(work: Callable[[], object]) -> float:
    """Seconds one call of `work` takes (garbage collected before, not during, the call)."""
    gc.collect()
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def alternate(
    ours: Callable[[], object],
    floor: Callable[[], object],
    runs: int,
    *,
    before: Callable[[], object] | None = None,
    warm_up: bool = True,
) -> tuple[float, float]:
    """Median milliseconds of `ours` and of `floor`, run alternately `runs` times each.

    `before` runs (untimed) before every timed call, e.g. to undo what the last one did.
    """
    if warm_up:  # imports, caches, font parsing: paid once per process, not per use
        for work in (ours, floor):
            if before:
                before()
            work()
    ours_times, floor_times = [], []
    for _ in range(runs):
        for work, times in ((ours, ours_times), (floor, floor_times)):
            if before:
                before()
            times.append(timed(work))
    return statistics.median(ours_times) * 1000, statistics.median(floor_times) * 1000


def emit(results: list[Result]) -> None:
    """Prints the results as JSON on stdout, for `run.py` (which prints the table)."""
    json.dump([asdict(r) for r in results], sys.stdout)
    sys.stdout.write("\n")


def read_results(text: str) -> list[Result]:
    return [Result(**row) for row in json.loads(text.strip().splitlines()[-1])]
