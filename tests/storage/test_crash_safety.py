"""Killing the program at random moments loses nothing committed and leaves nothing half-made.

Three writers are killed with SIGKILL, in turn: a stream of small edits through the
services (goals saved with their actions), the command-line import of a plan file, and the
merge of the other desk's file into a plan (which must be as it was before, or merged whole).
After every kill `ledarplan check` must be clean, every write the child reported committed
must be there, and no partial object may exist. LEDARPLAN_CRASH_KILLS sets the number of
kills (default 100).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from ledarplan.app import main

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("crash_child.py")
KILLS = int(os.environ.get("LEDARPLAN_CRASH_KILLS", "100"))

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def _kill_after(process: subprocess.Popen, delay: float) -> None:
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)


def _check_clean(data_dir: Path, capsys) -> None:
    code = main(["--data-dir", str(data_dir), "check"])
    _out, err = capsys.readouterr()
    assert code == 0, err


def test_killed_writers_lose_nothing_committed(tmp_path, capsys, report_line):
    rng = random.Random(20261123)
    data_dir = tmp_path / "data"
    assert main(["--data-dir", str(data_dir), "demo"]) == 0
    plan_id = capsys.readouterr().out.strip().splitlines()[-1]
    exchange = tmp_path / "plan.ledarplan.json"
    assert main(["--data-dir", str(data_dir), "export", plan_id, "--out", str(exchange)]) == 0
    capsys.readouterr()
    import_dir = tmp_path / "import target"
    # The manager's desk holds the plan as first sent; the leader then adds a fourth goal.
    merge_dir = tmp_path / "merge target"
    newer = tmp_path / "newer.ledarplan.json"
    _leader_adds_a_goal(data_dir, plan_id, newer)

    committed: set[str] = set()
    edit_kills = import_kills = merge_kills = 0
    for round_number in range(KILLS):
        if round_number % 3 == 2:
            if _goals(merge_dir) != 3:  # first, or merged whole the last time: start again
                _fresh_manager_copy(merge_dir, exchange, capsys)
            child = subprocess.Popen(
                [sys.executable, "-m", "ledarplan", "--data-dir", str(merge_dir), "merge",
                 str(newer)],
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env(), cwd=ROOT,
            )  # fmt: skip
            _kill_after(child, rng.uniform(0.2, 1.2))
            merge_kills += 1
            _check_clean(merge_dir, capsys)
            # the plan is as it was (3 goals) or merged whole (4), never half
            assert _goals(merge_dir) in (3, 4)
        elif round_number % 3 == 0:
            child = subprocess.Popen(
                [sys.executable, str(CHILD), str(data_dir), plan_id],
                stdout=subprocess.PIPE,
                text=True,
                env=_env(),
            )
            assert child.stdout.readline().strip() == "ready"
            _kill_after(child, rng.uniform(0.0, 0.25))
            committed |= {
                line.split()[1]
                for line in child.stdout.read().splitlines()
                if line.startswith("committed")
            }
            edit_kills += 1
            _check_clean(data_dir, capsys)
        else:
            child = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "ledarplan",
                    "--data-dir",
                    str(import_dir),
                    "import",
                    "--replace",
                    str(exchange),
                ],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=_env(),
                cwd=ROOT,
            )
            _kill_after(child, rng.uniform(0.2, 1.2))
            import_kills += 1
            if (import_dir / "ledarplan.sqlite3").exists():
                _check_clean(import_dir, capsys)
                with closing(sqlite3.connect(import_dir / "ledarplan.sqlite3")) as db:
                    plans = db.execute("SELECT COUNT(*) FROM plan").fetchone()[0]
                    goals = db.execute("SELECT COUNT(*) FROM goal").fetchone()[0]
                # the imported plan is there whole (3 goals) or not at all
                assert (plans, goals) in ((0, 0), (1, 3))

    with closing(sqlite3.connect(data_dir / "ledarplan.sqlite3")) as db:
        written = dict(
            db.execute(
                "SELECT goal.id, COUNT(action.id) FROM goal LEFT JOIN action "
                "ON action.goal_id = goal.id WHERE goal.title LIKE 'Mål % – æøå' "
                "GROUP BY goal.id"
            ).fetchall()
        )
    assert committed <= set(written), "a goal reported committed is missing"
    # every goal the writers saved has both of its actions: none is half-saved
    assert set(written.values()) <= {2}
    report_line(
        f"crash test: {edit_kills + import_kills + merge_kills} kills ({edit_kills} during "
        f"edits, {import_kills} during imports, {merge_kills} during merges), "
        f"{len(committed)} committed goals all present"
    )
    assert edit_kills + import_kills + merge_kills == KILLS


def _leader_adds_a_goal(data_dir: Path, plan_id: str, out: Path) -> None:
    from ledarplan.app import open_services  # noqa: PLC0415
    from ledarplan.frameworks.catalog import FrameworkCatalog  # noqa: PLC0415
    from ledarplan.paths import AppPaths, builtin_frameworks_dir  # noqa: PLC0415

    catalog = FrameworkCatalog.load(builtin_frameworks_dir())
    services = open_services(AppPaths(data_dir), catalog)
    try:
        services.goals.add(plan_id, "Nyt mål fra lederen", [])
        services.transfer.send(plan_id, out)
    finally:
        services.close()


def _fresh_manager_copy(merge_dir: Path, first: Path, capsys) -> None:
    import shutil  # noqa: PLC0415

    shutil.rmtree(merge_dir, ignore_errors=True)
    assert main(["--data-dir", str(merge_dir), "merge", str(first)]) == 0
    capsys.readouterr()


def _goals(data_dir: Path) -> int | None:
    database = data_dir / "ledarplan.sqlite3"
    if not database.exists():
        return None
    with closing(sqlite3.connect(database)) as db:
        return db.execute("SELECT COUNT(*) FROM goal").fetchone()[0]
