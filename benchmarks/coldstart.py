"""Cold start: `ledarplan --exit-when-ready` against a bare PySide6 window, whole processes.

    python benchmarks/coldstart.py --data DIR [--runs 7] [--name NAME] [--json]

Both are started as new Python processes with the same interpreter and environment, on Qt's
offscreen platform, alternately, after one warm-up run of each (bytecode caches and the disk
cache are warm then, as on the second start of a day; the first run also makes the day's
backup of DIR, which only the first start of a day does). The floor is a script that imports
PySide6, opens an empty QMainWindow and exits once the event loop is idle — what any Qt
program written in Python pays to show a window at all. Also reported: the peak memory (RSS)
of each.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from common import Result, emit, subprocess_env

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 820)
window.show()
QTimer.singleShot(0, lambda: app.exit(0 if window.isVisible() else 1))
sys.exit(app.exec())
"""


def ours_command(data_dir: Path) -> list[str]:
    return [sys.executable, "-m", "ledarplan", "--data-dir", str(data_dir), "--exit-when-ready"]


def bare_command() -> list[str]:
    return [sys.executable, "-c", BARE_WINDOW]


def run_process(command: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float | None]:
    """Wall seconds from start to exit, and the peak RSS in MB (None where unknown)."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    if hasattr(os, "wait4"):
        _pid, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        code = os.waitstatus_to_exitcode(status)
        process.returncode = code
        # ru_maxrss is in kilobytes on Linux, in bytes on macOS.
        scale = 1024 * 1024 if sys.platform == "darwin" else 1024
        peak = usage.ru_maxrss / scale
    else:
        code = process.wait()
        seconds = time.perf_counter() - start
        peak = None
    errors = process.stderr.read().decode(errors="replace") if process.stderr else ""
    if process.stderr:
        process.stderr.close()
    if code != 0:
        raise SystemExit(f"{command[:4]} failed with status {code}:\n{errors}")
    return seconds, peak


def measure(
    data_dir: Path, runs: int, *, warm_up: bool = True
) -> tuple[list[float], list[float], list, list]:
    env = subprocess_env()
    cwd = data_dir.parent  # away from a checkout: the installed ledarplan is what starts
    cwd.mkdir(parents=True, exist_ok=True)
    ours, bare = ours_command(data_dir), bare_command()
    if warm_up:  # bytecode caches, the disk cache, the day's backup
        run_process(ours, env, cwd)
        run_process(bare, env, cwd)
    ours_times, bare_times, ours_rss, bare_rss = [], [], [], []
    for _ in range(runs):
        seconds, peak = run_process(ours, env, cwd)
        ours_times.append(seconds)
        ours_rss.append(peak)
        seconds, peak = run_process(bare, env, cwd)
        bare_times.append(seconds)
        bare_rss.append(peak)
    return ours_times, bare_times, ours_rss, bare_rss


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, required=True, help="the data directory to start")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--name", default="cold start")
    parser.add_argument("--no-warm-up", action="store_true", help="no untimed first runs")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)
    ours, bare, ours_rss, bare_rss = measure(
        args.data.resolve(), args.runs, warm_up=not args.no_warm_up
    )
    ours_ms, bare_ms = statistics.median(ours) * 1000, statistics.median(bare) * 1000
    results = [Result(args.name, ours_ms, bare_ms, goal="ratio ≤ 1.3", limit=1.3, runs=args.runs)]
    if None not in ours_rss:
        results.append(
            Result(
                f"{args.name}: peak RSS",
                statistics.median(ours_rss),
                statistics.median(bare_rss),
                unit="MB",
                runs=args.runs,
            )
        )
    if args.json:
        emit(results)
    else:
        for result in results:
            print(f"{result.name}: {result.measured:.1f} vs {result.floor:.1f} {result.unit}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
