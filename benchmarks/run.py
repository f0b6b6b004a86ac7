"""Every benchmark of ledarplan in one command, printed as one table of ratios to floors.

    python benchmarks/run.py            the full run: data at 1×, 4× and 16×, 7 runs each
    python benchmarks/run.py --quick    tiny data and single runs: checks that everything runs

Each figure is set beside a floor measured in the same run (alternating with ours), because
absolute times on a shared or old machine are noise; see benchmarks/README.md for what every
floor is. The large databases are made by `generate.py` once and kept in a cache folder
(`--cache`, default: the system's temporary folder) for later runs.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

from common import Result, read_results, subprocess_env

HERE = Path(__file__).resolve().parent
FULL_SCALES = (1.0, 4.0, 16.0)
QUICK_BASE = 0.01  # 1 person, 5 plans, 100 sessions
GROWTH_LABELS = ("1×", "4×", "16×")
PARTS = {
    "start": "cold_starts",
    "steps": "interactive",
    "team": "team",
    "files": "files",
    "pdf": "pdf",
    "bundle": "bundle",
}


def script(name: str, *args: object) -> list[Result]:
    """Runs benchmarks/NAME.py in a new process and returns its results."""
    command = [sys.executable, str(HERE / name), *map(str, args), "--json"]
    done = subprocess.run(
        command, env=subprocess_env(), capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"{name} failed ({done.returncode}):\n{done.stderr[-4000:]}")
    return read_results(done.stdout)


# --- data --------------------------------------------------------------------------------


def dataset(cache: Path, scale: float, log) -> dict:
    """A generated data directory at `scale` (made once, then reused), reset to as generated:
    no backups, logs or settings left by an earlier run."""
    from generate import VERSION, generate  # noqa: PLC0415 - imports ledarplan

    from ledarplan.storage.schema import head_revision  # noqa: PLC0415

    folder = cache / f"ledarplan-bench-v{VERSION}-{head_revision()}-scale{scale:g}"
    info_file = folder / "generated.json"
    data_dir = folder / "data"
    if not info_file.exists():
        shutil.rmtree(folder, ignore_errors=True)
        log(f"generating the data at scale {scale:g} in {folder} …")
        made = generate(data_dir, scale)
        info = {k: str(v) for k, v in asdict(made).items()}
        info_file.write_text(json.dumps(info, indent=2), encoding="utf-8")
        log(f"  {made.sessions} sessions in {made.seconds:.0f} s")
    for leftover in ("backups", "logs"):
        shutil.rmtree(data_dir / leftover, ignore_errors=True)
    (data_dir / "settings.json").unlink(missing_ok=True)
    info = json.loads(info_file.read_text(encoding="utf-8"))
    info["data_dir"] = str(data_dir)
    return info


# --- the table -----------------------------------------------------------------------------


def _number(value: float | None, unit: str) -> str:
    if value is None:
        return "–"
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"


def judge(result: Result, base: Result | None, factor: float | None) -> tuple[str, str]:
    """The goal as printed, and whether it is met ("yes", "no", or "–" without a goal)."""
    if factor is not None and base is not None:
        growth = result.measured / base.measured if base.measured else float("inf")
        met = growth <= factor
        return f"growth ≤ {factor:g} (is {growth:.1f})", "yes" if met else "no"
    if not result.goal or result.limit is None:
        return "–", "–"
    if result.goal.startswith("ratio"):
        ratio = result.ratio
        return result.goal, "–" if ratio is None else ("yes" if ratio <= result.limit else "no")
    return result.goal, "yes" if result.measured < result.limit else "no"


def table(rows: list[tuple[Result, str, str]], markdown: bool) -> str:
    head = ("benchmark", "measured", "floor", "ratio", "goal", "met?")
    lines = [
        (
            r.name,
            _number(r.measured, r.unit),
            _number(r.floor, r.unit),
            "–" if r.ratio is None else f"{r.ratio:.2f}",
            goal,
            met,
        )
        for r, goal, met in rows
    ]
    if markdown:
        out = ["| " + " | ".join(head) + " |", "|---|---:|---:|---:|---|---|"]
        out += ["| " + " | ".join(line) + " |" for line in lines]
        return "\n".join(out)
    widths = [max(len(str(c)) for c in column) for column in zip(head, *lines, strict=True)]
    fmt = "  ".join(f"{{:{'<' if i in (0, 4, 5) else '>'}{w}}}" for i, w in enumerate(widths))
    out = [fmt.format(*head), fmt.format(*("-" * w for w in widths))]
    out += [fmt.format(*line) for line in lines]
    return "\n".join(line.rstrip() for line in out)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        total = Path("/proc/meminfo").read_text().split()[1]
        memory = f", {int(total) / 1024 / 1024:.0f} GB RAM"
    except (OSError, IndexError, ValueError):
        pass
    from importlib.metadata import version  # noqa: PLC0415

    versions = ", ".join(
        f"{name} {version(dist)}"
        for name, dist in (
            ("PySide6", "PySide6-Essentials"),
            ("SQLAlchemy", "SQLAlchemy"),
            ("reportlab", "reportlab"),
        )
    )
    from PySide6.QtCore import qVersion  # noqa: PLC0415

    return (
        f"{cpu}, {os.cpu_count()} cores{memory}; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}, Qt {qVersion()}, {versions}, "
        f"SQLite {sqlite3.sqlite_version}"
    )


# --- the run -------------------------------------------------------------------------------


class Run:
    def __init__(self, data: list[dict], runs: int, quick: bool) -> None:
        self.data = data
        self.base = data[0]
        self.runs = runs
        self.quick = quick
        self.rows: list[tuple[Result, str, str]] = []

    def add(self, result: Result, base: Result | None = None, factor: float | None = None) -> None:
        goal, met = judge(result, base, factor)
        self.rows.append((result, goal, met))

    def add_growth(self, per_scale: list[list[Result]]) -> None:
        """Each step at 1×, then at 4× and 16× judged by how it grew."""
        for number, first in enumerate(per_scale[0]):
            self.add(first)
            for factor, scaled in zip((4, 16), (s[number] for s in per_scale[1:]), strict=True):
                self.add(scaled, first, factor)

    def cold_starts(self) -> None:
        warm = ["--no-warm-up"] if self.quick else []
        large = Path(self.base["data_dir"])
        with tempfile.TemporaryDirectory(prefix="ledarplan-empty-") as empty:
            log("cold start, empty database …")
            for result in script(
                "coldstart.py", "--data", Path(empty) / "data", "--runs", self.runs,
                "--name", "cold start, empty database", *warm,
            ):  # fmt: skip
                self.add(result)
        log("cold start, large database …")
        for result in script(
            "coldstart.py", "--data", large, "--runs", self.runs,
            "--name", "cold start, large database (1×)", *warm,
        ):  # fmt: skip
            self.add(result)
        settings = large / "settings.json"
        busiest = self.base["busiest_plan_id"]
        settings.write_text(json.dumps({"last_plan_id": busiest}), encoding="utf-8")
        try:
            log("cold start, large database, reopening the busiest plan …")
            for result in script(
                "coldstart.py", "--data", large, "--runs", self.runs,
                "--name", "cold start, large database, busiest plan reopened (1×)", *warm,
            ):  # fmt: skip
                self.add(result)
        finally:
            settings.unlink(missing_ok=True)
        log("memory …")
        for result in script("memory.py", "--data", large, "--busiest", busiest):
            self.add(result)

    def per_scale(self, name: str, *extra: object) -> list[list[Result]]:
        """`name` at every scale: a process each in the full run (fresh, as a new start of
        the program would be), one process for all in the quick run."""
        labelled = list(zip(self.data, GROWTH_LABELS, strict=True))
        groups = [labelled] if self.quick else [[pair] for pair in labelled]
        results: list[Result] = []
        for group in groups:
            log(f"{name} at {', '.join(label for _info, label in group)} …")
            options: list[object] = ["--runs", self.runs, *extra]
            for info, label in group:
                options += ["--data", info["data_dir"], "--busiest", info["busiest_plan_id"]]
                options += ["--label", label]
            results += script(name, *options)
            for info, _label in group:
                (Path(info["data_dir"]) / "settings.json").unlink(missing_ok=True)
        count = len(results) // len(labelled)
        return [results[n * count : (n + 1) * count] for n in range(len(labelled))]

    def interactive(self) -> None:
        self.add_growth(self.per_scale("interactive.py", *(["--quick"] if self.quick else [])))

    def team(self) -> None:
        log("team overview …")
        for result in script(
            "team_overview.py", "--data", self.base["data_dir"], "--runs", self.runs,
            *(["--quick"] if self.quick else []),
        ):  # fmt: skip
            self.add(result)

    def files(self) -> None:
        log("files: export, import …")
        for result in script(
            "files.py", "--data", self.base["data_dir"], "--busiest",
            self.base["busiest_plan_id"], "--runs", self.runs, "--only", "export,import",
        ):  # fmt: skip
            self.add(result)
        self.add_growth(self.per_scale("files.py", "--only", "backup"))

    def pdf(self) -> None:
        log("PDF …")
        for result in script(
            "pdf_export.py", "--data", self.base["data_dir"], "--plan",
            self.base["busiest_plan_id"], "--runs", self.runs,
        ):  # fmt: skip
            self.add(result)

    def bundle(self) -> None:
        if self.quick:  # freezing both programs takes minutes: the full run's part only
            log("bundle: skipped in the quick run")
            return
        log("cold start of the built bundle (freezing it first, once) …")
        large = Path(self.base["data_dir"])
        for result in script("bundle.py", "--data", large, "--runs", self.runs):
            self.add(result)


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--quick", action="store_true", help="tiny data, one run of each")
    parser.add_argument("--runs", type=int, help="runs of each (default 7, quick 1)")
    parser.add_argument("--cache", type=Path, help="where the generated data are kept")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    parser.add_argument("--save", type=Path, help="also write the results as JSON here")
    parser.add_argument(
        "--only",
        default=",".join(PARTS),
        help=f"some of the parts, comma-separated (default: all of {', '.join(PARTS)})",
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    runs = args.runs or (1 if args.quick else 7)
    scales = tuple(s * QUICK_BASE for s in (1, 4, 16)) if args.quick else FULL_SCALES
    cache = args.cache or Path(tempfile.gettempdir()) / "ledarplan-bench"
    cache.mkdir(parents=True, exist_ok=True)

    print(f"machine: {machine()}")
    print(f"mode: {'quick' if args.quick else 'full'}, {runs} run(s) of each; data scales "
          f"{', '.join(f'{s:g}' for s in scales)} (1× = 50 people × 5 years)")  # fmt: skip
    data = [dataset(cache, scale, log) for scale in scales]
    base = data[0]
    print(
        f"data at 1×: {base['people']} people, {base['plans']} plans, {base['sessions']} "
        f"sessions, {base['goals']} goals, {base['actions']} actions, {base['rounds']} rounds; "
        f"busiest plan {base['busiest_sessions']} sessions"
    )
    run = Run(data, runs, args.quick)
    for part in args.only.split(","):
        getattr(run, PARTS[part])()

    print()
    print(table(run.rows, args.markdown))
    notes = [f"- {r.name}: {r.note}" for r, _g, _m in run.rows if r.note]
    if notes:
        print()
        print("\n".join(notes))
    met = sum(1 for _r, _g, m in run.rows if m == "yes")
    missed = sum(1 for _r, _g, m in run.rows if m == "no")
    print(f"\n{len(run.rows)} rows; goals met: {met}, not met: {missed} "
          f"({time.perf_counter() - started:.0f} s)")  # fmt: skip
    if args.save:
        args.save.write_text(
            json.dumps([{**asdict(r), "goal_text": g, "met": m} for r, g, m in run.rows], indent=1),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
