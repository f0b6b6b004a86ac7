"""Peak memory of the window with a large database, after every page of the busiest plan.

    python benchmarks/memory.py --data DIR --busiest PLAN_ID [--json]

Starts the program as the user does (a new process, `ledarplan.app.main`), with the busiest
plan as the one open at the last exit, shows each of the plan's pages once, then reads the
process's peak resident set size (VmHWM; `resource.getrusage` where /proc is missing). The
floor is the bare PySide6 window of `coldstart.py`. The goal is absolute: 120 MB.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from coldstart import bare_command, run_process
from common import Result, emit, subprocess_env

GOAL_MB = 120.0

DRIVER = """
import json, resource, sys
from pathlib import Path

# In the order the program imports: its modules first, Qt when the window starts (importing
# PySide6 first makes every later import take more memory).
from ledarplan.app import main
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])

def status_mb(field):
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return None

def peak_mb():
    found = status_mb("VmHWM")
    if found is not None:
        return found
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale

def visit():
    window = next((w for w in app.topLevelWidgets() if w.objectName() == "mainWindow"), None)
    if window is None or not window.ready:  # the data opens after the first paint
        QTimer.singleShot(10, visit)
        return
    pages = []
    tabs = window.workspace.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        app.processEvents()
        pages.append(tabs.tabText(index))
    report = {"peak_mb": peak_mb(), "now_mb": status_mb("VmRSS"), "pages": pages}
    print(json.dumps({**report, "plan": window.workspace.plan_id}))
    sys.stdout.flush()
    app.exit(0)

QTimer.singleShot(0, visit)
sys.exit(main(["--data-dir", sys.argv[1]]))
"""


def measure(data_dir: Path, busiest: str) -> dict:
    settings = data_dir / "settings.json"
    before = settings.read_text(encoding="utf-8") if settings.exists() else None
    current = json.loads(before) if before else {}
    settings.write_text(json.dumps({**current, "last_plan_id": busiest}), encoding="utf-8")
    try:
        result = subprocess.run(
            [sys.executable, "-c", DRIVER, str(data_dir)],
            env=subprocess_env(),
            cwd=data_dir.parent,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    finally:
        if before is None:
            settings.unlink(missing_ok=True)
        else:
            settings.write_text(before, encoding="utf-8")
    if result.returncode != 0:
        raise SystemExit(f"the window failed ({result.returncode}):\n{result.stderr}")
    report = json.loads(result.stdout.strip().splitlines()[-1])
    if report["plan"] != busiest:
        raise SystemExit(f"the busiest plan was not open: {report}")
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--busiest", required=True)
    parser.add_argument("--label", default="1×")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    data_dir = args.data.resolve()
    report = measure(data_dir, args.busiest)
    bare_peak = run_process(bare_command(), subprocess_env(), data_dir.parent).peak
    result = Result(
        f"peak RSS of the window, busiest plan, every page ({args.label})",
        report["peak_mb"],
        bare_peak,
        unit="MB",
        goal=f"under {GOAL_MB:.0f} MB",
        limit=GOAL_MB,
        runs=1,
        note=f"{len(report['pages'])} pages shown"
        + (f"; resident at the end {report['now_mb']:.0f} MB" if report["now_mb"] else ""),
    )
    if args.json:
        emit([result])
    else:
        print(f"{result.name}: {result.measured:.1f} MB (bare window {result.floor:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
