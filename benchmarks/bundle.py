"""Cold start of what users install: the built Linux bundle against a bare window frozen the
same way.

    python benchmarks/bundle.py --data DIR [--runs 7] [--dist DIR] [--rebuild] [--json]

The program is frozen by `packaging/build.py --bundle-only` (PyInstaller, one folder, as the
.deb and the tar.gz ship it); the floor is `coldstart.py`'s bare window frozen by the same
PyInstaller in the same one-folder mode, without UPX, so that both pay the same unpacking, the
same dynamic loading and the same on-disk module archive. Both are then started and timed as
`coldstart.py` times the source tree: to the first paint, to usable, to the exit. The builds
are kept in `--dist` (default `$TMPDIR/ledarplan-bench/bundle`) and reused unless `--rebuild`.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from coldstart import BARE_WINDOW, measure, results_of
from common import emit

ROOT = Path(__file__).resolve().parents[1]
NAME = "cold start of the built bundle, large database (1×)"


def build_program(dist: Path, work: Path) -> Path:
    executable = dist / "ledarplan" / "ledarplan"
    if not executable.is_file():
        subprocess.run(
            [sys.executable, str(ROOT / "packaging" / "build.py"), "--bundle-only",
             "--dist", str(dist), "--work", str(work / "program")],
            check=True,
        )  # fmt: skip
    return executable


def build_bare(dist: Path, work: Path) -> Path:
    executable = dist / "bare-window" / "bare-window"
    if not executable.is_file():
        script = work / "bare-window.py"
        script.parent.mkdir(parents=True, exist_ok=True)
        script.write_text(BARE_WINDOW, encoding="utf-8")
        subprocess.run(
            [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level=WARN",
             "--onedir", "--noupx", "--name", "bare-window", "--distpath", str(dist),
             "--workpath", str(work / "bare"), "--specpath", str(work), str(script)],
            check=True,
        )  # fmt: skip
    return executable


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, required=True, help="the data directory to start")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--name", default=NAME)
    parser.add_argument(
        "--dist",
        type=Path,
        default=Path(tempfile.gettempdir()) / "ledarplan-bench" / "bundle",
        help="where the two frozen programs are built and kept",
    )
    parser.add_argument("--rebuild", action="store_true", help="freeze both again")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)
    dist = args.dist.resolve()
    if args.rebuild:
        for name in ("ledarplan", "bare-window"):
            subprocess.run(["rm", "-rf", str(dist / name)], check=True)
    work = dist.parent / "bundle-work"
    program, bare = build_program(dist, work), build_bare(dist, work)
    ours, floor = measure(
        args.data.resolve(), args.runs, program=[str(program)], bare_program=[str(bare)]
    )
    results = results_of(args.name, ours, floor, args.runs)
    if args.json:
        emit(results)
    else:
        for result in results:
            print(f"{result.name}: {result.measured:.1f} vs {result.floor:.1f} {result.unit}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
