"""The benchmarks' quick form runs, so they cannot rot unnoticed: `benchmarks/run.py --quick`
(tiny data, single runs) completes and prints every row of its table. Nothing is asserted about
time; the figures of a test machine mean nothing (see benchmarks/README.md)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.pg_server import find_bindir

ROOT = Path(__file__).resolve().parents[1]

SCALED = (
    "start-up",
    "open the busiest plan",
    "slowest page of the busiest plan",
    "coaching list reset, all sessions",
    'filter "mentor" over all sessions',
    "scrolling the list, per 1 000 rows painted",
    "ledarplan plans list (in process)",
    "ledarplan check (in process)",
    "backup of the database",
)
STARTS = (
    "cold start, empty database",
    "cold start, large database (1×)",
    "cold start, large database, busiest plan reopened (1×)",
)
#: Each start is timed to its first paint, to the moment it is usable and to its exit.
MOMENTS = ("first paint", "usable", "exit when idle")
SINGLE = (
    "peak RSS of the window, busiest plan, every page (1×)",
    "export of the largest plan (1×)",
    "import of the largest plan (1×)",
    "PDF export of the busiest plan",
    "team overview (1×)",
)


def expected_rows() -> list[str]:
    rows = [f"{name}: {moment}" for name in STARTS for moment in MOMENTS]
    if hasattr(os, "wait4"):  # where the peak memory of a child process can be read
        rows += [f"{name}: peak RSS" for name in STARTS]
    rows += SINGLE
    rows += [f"{name} ({scale})" for name in SCALED for scale in ("1×", "4×", "16×")]
    return rows


def test_the_quick_benchmarks_run_and_print_every_row(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick", "--cache", str(tmp_path)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    table = done.stdout.split("\nbenchmark ", 1)[1]
    lines = table.splitlines()
    names = [line.split("  ")[0].strip() for line in lines[2:] if line.strip()]
    for row in expected_rows():
        assert row in names, f"no row {row!r} in:\n{table}"
    # each row has its measured figure, its floor (or a dash) and the goal beside it
    for line in lines[2 : 2 + len(expected_rows())]:
        assert (" ms " in line or " MB " in line) and ("yes" in line or "no" in line or "–" in line)


ORGANISATION_ROWS = (
    "opening a plan, as its leader",
    "opening a plan, as its manager",
    "listing a manager's team",
    "saving a goal, as the leader",
    "saving a goal, as the manager",
)


@pytest.mark.slow
@pytest.mark.postgres
def test_the_organisation_benchmark_runs_on_a_small_organisation():
    """`benchmarks/organisation.py` at a tiny scale: it starts its own server, sets it up,
    registers the people, stores their plans on both engines and prints each row with
    PostgreSQL's time beside SQLite's (and the policies' plans with --explain)."""
    if find_bindir() is None:
        pytest.skip("no PostgreSQL binaries (apt-get install postgresql)")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    # The server's cluster is kept in the cache: a folder the server's user (postgres, when
    # the tests run as root) can reach, which pytest's own temporary folders are not.
    cache = Path(tempfile.mkdtemp(prefix="ledarplan-bench-test-"))
    cache.chmod(0o755)
    try:
        done = run_organisation_benchmark(cache, env)
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    assert done.returncode == 0, done.stderr[-4000:]
    assert "2 managers, 4 leaders, 20 plans, 800 sessions" in done.stderr
    assert "--- as the manager: SELECT person.id" in done.stderr  # the team's plans, explained
    assert "Planning Time" in done.stderr
    rows = {row["name"]: row for row in json.loads(done.stdout.strip().splitlines()[-1])}
    assert sorted(rows) == sorted(ORGANISATION_ROWS)
    for row in rows.values():
        assert row["measured"] > 0 and row["floor"] > 0
        assert row["goal"] == "ratio ≤ 1.5"
    assert rows["listing a manager's team"]["note"] == "2 leaders"


def run_organisation_benchmark(cache: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "organisation.py"), "--leaders", "4",
         "--managers", "2", "--runs", "1", "--quick", "--json", "--explain",
         "--cache", str(cache)],
        cwd=cache, env=env, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
