"""Runs an installed or built ledarplan the way a user's machine would, and checks it works.

    python packaging/smoke_test.py --program DIR [--preset FILE]

DIR is the folder holding the executable: dist/ledarplan, /opt/ledarplan, the Windows
installation folder, or ledarplan.app/Contents/MacOS. The same checks as the Linux package's
test (tests/packaging/test_bundle.py), for the CI workflow on Windows, macOS and Linux:
the version, the window opening headless, the built-in models, the Swedish translation, the
first start creating the database, and — given --preset, an organisation.toml that is already
where the program looks for it — the organisation's name on the PDF's cover.

The environment is cut down to the system's own: no Python, no virtual environment.
Needs pypdf (the test extra) to read the PDFs.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODELS = {"holstebro", "huddinge", "hjo", "kalix", "skr"}


class SmokeTestError(Exception):
    pass


def clean_environment(home: Path) -> dict[str, str]:
    if sys.platform == "win32":
        system_root = os.environ.get("SYSTEMROOT", r"C:\Windows")
        env = {
            name: os.environ[name]
            for name in ("SYSTEMROOT", "WINDIR", "SYSTEMDRIVE", "TEMP", "TMP", "USERPROFILE")
            if name in os.environ
        }
        env["PATH"] = f"{system_root}\\System32;{system_root}"
        env["APPDATA"] = str(home / "AppData" / "Roaming")
        env["LOCALAPPDATA"] = str(home / "AppData" / "Local")
    else:
        env = {"PATH": "/usr/bin:/bin", "HOME": str(home)}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


class Program:
    def __init__(self, folder: Path, home: Path):
        windows = sys.platform == "win32"
        self.window = folder / ("ledarplan.exe" if windows else "ledarplan")
        # The windowed Windows program has no console; its twin prints.
        self.cli = folder / ("ledarplan-cli.exe" if windows else "ledarplan")
        self.home = home
        self.env = clean_environment(home)
        for executable in {self.window, self.cli}:
            if not executable.is_file():
                raise SmokeTestError(f"{executable} is missing")

    def run(self, *args: str | Path, window: bool = False) -> str:
        executable = self.window if window else self.cli
        result = subprocess.run(
            [str(executable), *map(str, args)],
            cwd=self.home,
            env=self.env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=180,
            check=False,
        )
        if result.returncode != 0:
            raise SmokeTestError(
                f"{executable.name} {' '.join(map(str, args))} exited with "
                f"{result.returncode}:\n{result.stdout}\n{result.stderr}"
            )
        return result.stdout


def first_page_text(pdf: Path) -> str:
    from pypdf import PdfReader  # noqa: PLC0415 - a test dependency, not the program's

    return " ".join((PdfReader(pdf).pages[0].extract_text() or "").split())


def check(program: Program, preset: Path | None) -> list[str]:
    """Runs every check; returns what was checked (raises at the first failure)."""
    done = []
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"
    ]
    shown = program.run("--version").strip()
    if shown != f"ledarplan {version}":
        raise SmokeTestError(f"--version says {shown!r}, pyproject.toml {version!r}")
    done.append(f"--version: {shown}")

    program.run("--data-dir", program.home / "window", "--exit-when-ready", window=True)
    done.append("--exit-when-ready: the window opened, exit 0")

    listed = program.run("frameworks", "list")
    models = {line.split()[0] for line in listed.splitlines() if line.strip()}
    if models != MODELS:
        raise SmokeTestError(f"frameworks list shows {sorted(models)}")
    done.append(f"frameworks list: {', '.join(sorted(models))}")

    data = program.home / "data"
    plan_id = program.run("--data-dir", data, "demo").split()[-1]
    if plan_id not in program.run("--data-dir", data, "plans", "list"):
        raise SmokeTestError("the sample plan is not listed")
    if "all is well" not in program.run("--data-dir", data, "check"):
        raise SmokeTestError("check found problems in a new database")
    done.append("first start: database created by the migrations, sample plan stored")

    swedish = program.home / "plan-sv.pdf"
    program.run("--data-dir", data, "export-pdf", plan_id, "--out", swedish, "--lang", "sv")
    if "Utvecklingsplan för ledare" not in first_page_text(swedish):
        raise SmokeTestError("the Swedish PDF has no Swedish title")
    done.append("export-pdf --lang sv: Swedish title on the cover")

    if preset is not None:
        if not (ROOT / "ledarplan" / "presets.py").is_file():
            done.append("organisation preset: skipped (presets are not on this branch yet)")
            return done
        organisation = tomllib.loads(preset.read_text(encoding="utf-8"))["organisation"]
        data = program.home / "preset"
        plan_id = program.run("--data-dir", data, "demo").split()[-1]
        pdf = program.home / "plan-preset.pdf"
        program.run("--data-dir", data, "export-pdf", plan_id, "--out", pdf)
        if organisation not in first_page_text(pdf):
            raise SmokeTestError(f"{organisation!r} (from {preset}) is not on the PDF's cover")
        done.append(f"organisation preset {preset}: {organisation!r} on the PDF's cover")
    return done


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--program", type=Path, required=True, help="folder of the executable")
    parser.add_argument(
        "--preset", type=Path, help="an organisation.toml where the program will find it"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="ledarplan-smoke-") as home:
        try:
            program = Program(args.program.resolve(), Path(home))
            for line in check(program, args.preset):
                print(f"ok  {line}")
        except (SmokeTestError, subprocess.TimeoutExpired) as exc:
            print(f"FAILED  {exc}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
