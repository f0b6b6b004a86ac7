"""Cold start: `ledarplan --exit-when-ready` against a bare PySide6 window, whole processes.

    python benchmarks/coldstart.py --data DIR [--runs 7] [--name NAME] [--json]
    python benchmarks/coldstart.py --data DIR --command ledarplan-bundle --bare bare-bundle

Three moments of each start are timed from the process's launch: its **first paint** (the
program prints "painted" from the window's first paint event, `--report-start`; the bare window
prints the same from its own), the moment it is **usable** (the program prints "ready" once the
people and plans are listed and the last plan is open; the bare window has nothing more to do,
so its first paint is the floor of both), and the **exit** once the event loop is idle.

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
from dataclasses import dataclass
from pathlib import Path

from common import Result, emit, subprocess_env

#: The floor: an empty main window, which says "painted" at its first paint as ours does.
BARE_WINDOW = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            print("painted", flush=True)
        return False


app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 820)
first_paint = FirstPaint()
first_paint.seen = False
window.installEventFilter(first_paint)
window.show()
QTimer.singleShot(0, lambda: app.exit(0 if window.isVisible() else 1))
sys.exit(app.exec())
"""


def ours_command(data_dir: Path, program: list[str] | None = None) -> list[str]:
    program = program or [sys.executable, "-m", "ledarplan"]
    return [*program, "--data-dir", str(data_dir), "--exit-when-ready", "--report-start"]


def bare_command(program: list[str] | None = None) -> list[str]:
    return program or [sys.executable, "-c", BARE_WINDOW]


@dataclass
class Start:
    """One start: seconds from launch to each line the process printed, to its exit, and its
    peak RSS in MB (None where unknown)."""

    seen: dict[str, float]
    exit: float
    peak: float | None


def run_process(command: list[str], env: dict[str, str], cwd: Path) -> Start:
    start = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    seen: dict[str, float] = {}
    assert process.stdout is not None
    for line in process.stdout:  # timed as it arrives: the child flushes each line
        seen.setdefault(line.decode(errors="replace").strip(), time.perf_counter() - start)
    process.stdout.close()
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
    return Start(seen, seconds, peak)


def measure(
    data_dir: Path,
    runs: int,
    *,
    warm_up: bool = True,
    program: list[str] | None = None,
    bare_program: list[str] | None = None,
) -> tuple[list[Start], list[Start]]:
    env = subprocess_env()
    cwd = data_dir.parent  # away from a checkout: the installed ledarplan is what starts
    cwd.mkdir(parents=True, exist_ok=True)
    ours, bare = ours_command(data_dir, program), bare_command(bare_program)
    if warm_up:  # bytecode caches, the disk cache, the day's backup
        run_process(ours, env, cwd)
        run_process(bare, env, cwd)
    ours_starts, bare_starts = [], []
    for _ in range(runs):
        ours_starts.append(run_process(ours, env, cwd))
        bare_starts.append(run_process(bare, env, cwd))
    return ours_starts, bare_starts


def _median_ms(starts: list[Start], moment: str) -> float:
    """The median seconds to a printed line (or to the exit), in ms."""
    if moment == "exit":
        return statistics.median(s.exit for s in starts) * 1000
    missing = [s for s in starts if moment not in s.seen]
    if missing:
        raise SystemExit(f"a start never printed {moment!r}: {sorted(missing[0].seen)}")
    return statistics.median(s.seen[moment] for s in starts) * 1000


def results_of(name: str, ours: list[Start], bare: list[Start], runs: int) -> list[Result]:
    painted = _median_ms(bare, "painted")
    results = [
        Result(
            f"{name}: first paint",
            _median_ms(ours, "painted"),
            painted,
            goal="ratio ≤ 1.3",
            limit=1.3,
            runs=runs,
        ),
        Result(
            f"{name}: usable",
            _median_ms(ours, "ready"),
            painted,
            goal="ratio ≤ 2.0",
            limit=2.0,
            runs=runs,
            note="the people and plans listed, the last plan open; floor: the bare "
            "window's first paint",
        ),
        Result(
            f"{name}: exit when idle", _median_ms(ours, "exit"), _median_ms(bare, "exit"), runs=runs
        ),
    ]
    if all(s.peak is not None for s in [*ours, *bare]):
        results.append(
            Result(
                f"{name}: peak RSS",
                statistics.median(s.peak for s in ours),  # type: ignore[misc]
                statistics.median(s.peak for s in bare),  # type: ignore[misc]
                unit="MB",
                runs=runs,
            )
        )
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, required=True, help="the data directory to start")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--name", default="cold start")
    parser.add_argument("--no-warm-up", action="store_true", help="no untimed first runs")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument(
        "--command",
        nargs="+",
        metavar="ARG",
        help="start this program instead of `python -m ledarplan` (e.g. the built bundle)",
    )
    parser.add_argument(
        "--bare",
        nargs="+",
        metavar="ARG",
        help="start this bare window instead of `python -c` (e.g. frozen the same way)",
    )
    args = parser.parse_args(argv)
    ours, bare = measure(
        args.data.resolve(),
        args.runs,
        warm_up=not args.no_warm_up,
        program=args.command,
        bare_program=args.bare,
    )
    results = results_of(args.name, ours, bare, args.runs)
    if args.json:
        emit(results)
    else:
        for result in results:
            print(f"{result.name}: {result.measured:.1f} vs {result.floor:.1f} {result.unit}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
