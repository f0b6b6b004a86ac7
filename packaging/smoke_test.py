"""Runs an installed or built ledarplan the way a user's machine would, and checks it works.

    python packaging/smoke_test.py --make-preset FILE
    python packaging/smoke_test.py --program DIR [--preset FILE]

DIR is the folder holding the executable: dist/ledarplan, /opt/ledarplan, the Windows
installation folder, or ledarplan.app/Contents/MacOS. The same checks as the Linux package's
test (tests/packaging/test_bundle.py), for the CI workflow on Windows, macOS and Linux:
the version, the window opening headless (and writing its settings), the built-in models, the
translations inside (ledarplan's and Qt's, for sv and da only) and used on a Swedish PDF, the
first start creating the database, and — given --preset — the organisation's preset.

--make-preset FILE writes the test preset (organisation "Testby Kommun", model holstebro,
level chef, language sv) to FILE and an SVG logo beside it, named by its absolute path so that
the file still works when an installer copies it elsewhere (Windows' /PRESETS). Put it where
the program looks for it, then run the checks with --preset FILE: `presets check` accepts it,
and the PDF's cover shows the name, the level and the logo drawn as vectors in its colour
(which proves svglib and lxml are inside).

The environment is cut down to the system's own: no Python, no virtual environment.
Needs pypdf (the test extra) to read the PDFs.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODELS = {"holstebro", "huddinge", "hjo", "kalix", "skr"}
LANGUAGES = ("sv", "da")

#: The test preset (--make-preset) and what it puts on the PDF's cover.
ORGANISATION = "Testby Kommun"
LEVEL_NAME = "Chef"  # the name of the level "chef" in the holstebro model
LOGO_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100">'
    '<rect width="300" height="100" fill="rgb(250,10,130)"/></svg>'
)
#: The logo's colour as reportlab writes the fill operator: 250/255, 10/255.
LOGO_FILL = ".980392 .039216"


class SmokeTestError(Exception):
    pass


def make_preset(path: Path) -> Path:
    """The test preset at `path`, with its logo beside it named by an absolute path."""
    path = path.resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    logo = path.parent / "logo.svg"
    logo.write_text(LOGO_SVG, encoding="utf-8")
    # json.dumps gives a valid TOML basic string (backslashes of Windows paths escaped).
    path.write_text(
        f'organisation = "{ORGANISATION}"\nlanguage = "sv"\nmodel = "holstebro"\n'
        f'level = "chef"\nlogo = {json.dumps(str(logo))}\n',
        encoding="utf-8",
    )
    return path


def clean_environment(home: Path) -> dict[str, str]:
    if sys.platform == "win32":
        system_root = os.environ.get("SYSTEMROOT", r"C:\Windows")
        # What every logged-in Windows user has. USERNAME matters: without it Python's
        # getpass.getuser() (the single-instance guard's key) fails on Windows.
        kept = (
            "SYSTEMROOT",
            "WINDIR",
            "SYSTEMDRIVE",
            "TEMP",
            "TMP",
            "USERPROFILE",
            "USERNAME",
            "USERDOMAIN",
            "COMPUTERNAME",
            "HOMEDRIVE",
            "HOMEPATH",
            "PROGRAMDATA",
            "ALLUSERSPROFILE",
            "PATHEXT",
        )
        env = {name: os.environ[name] for name in kept if name in os.environ}
        env["PATH"] = f"{system_root}\\System32;{system_root}"
        # platformdirs asks Windows itself for these folders, not the variables: every
        # command below names its data folder with --data-dir instead.
        env["APPDATA"] = str(home / "AppData" / "Roaming")
        env["LOCALAPPDATA"] = str(home / "AppData" / "Local")
    else:
        env = {"PATH": "/usr/bin:/bin", "HOME": str(home)}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


class Program:
    def __init__(self, folder: Path, home: Path):
        windows = sys.platform == "win32"
        self.folder = folder
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

    def installed_files(self) -> list[Path]:
        """Every file of the program: the bundle folder, or the whole .app on macOS."""
        top = self.folder.parent if self.folder.name == "MacOS" else self.folder
        return [path for path in top.rglob("*") if path.is_file()]


def first_page_text(pdf: Path) -> str:
    from pypdf import PdfReader  # noqa: PLC0415 - a test dependency, not the program's

    return " ".join((PdfReader(pdf).pages[0].extract_text() or "").split())


def first_page_drawing(pdf: Path) -> str:
    from pypdf import PdfReader  # noqa: PLC0415 - a test dependency, not the program's

    return PdfReader(pdf).pages[0].get_contents().get_data().decode("latin-1")


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

    if program.cli != program.window:
        # Windows: the console twin first. Should the window fail, it prints why; the windowed
        # program would show PyInstaller's error box, which nobody closes in CI (a timeout).
        program.run("--data-dir", program.home / "window-cli", "--exit-when-ready")
    window_data = program.home / "window"
    program.run("--data-dir", window_data, "--exit-when-ready", window=True)
    if not (window_data / "settings.json").is_file():
        raise SmokeTestError("--exit-when-ready exited 0 but wrote no settings.json")
    done.append("--exit-when-ready: the window opened, settings written, exit 0")

    listed = program.run("--data-dir", program.home / "models", "frameworks", "list")
    models = {line.split()[0] for line in listed.splitlines() if line.strip()}
    if models != MODELS:
        raise SmokeTestError(f"frameworks list shows {sorted(models)}")
    done.append(f"frameworks list: {', '.join(sorted(models))}")

    names = {path.name for path in program.installed_files()}
    for language in LANGUAGES:
        for qm in (f"ledarplan_{language}.qm", f"qtbase_{language}.qm"):
            if qm not in names:
                raise SmokeTestError(f"{qm} is not in the program's folder")
    if "qtbase_de.qm" in names:
        raise SmokeTestError("Qt's translations for other languages are inside (qtbase_de.qm)")
    done.append("translations: ledarplan's and Qt's for sv and da, no others")

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
        done.append(check_preset(program, preset))
    return done


def check_preset(program: Program, preset: Path) -> str:
    """The test preset, found by the program where it was put, on the PDF's cover."""
    organisation = tomllib.loads(preset.read_text(encoding="utf-8")).get("organisation")
    if organisation != ORGANISATION:
        raise SmokeTestError(f"{preset} is not the test preset: write it with --make-preset")
    data = program.home / "preset"
    program.run("--data-dir", data, "presets", "check", preset)  # exit 1 on any problem
    if ORGANISATION not in program.run("--data-dir", data, "presets", "show"):
        raise SmokeTestError(f"the program does not use {preset} (presets show)")
    plan_id = program.run("--data-dir", data, "demo").split()[-1]
    pdf = program.home / "plan-preset.pdf"
    program.run("--data-dir", data, "export-pdf", plan_id, "--out", pdf)
    cover = first_page_text(pdf)
    for expected in (ORGANISATION, LEVEL_NAME):
        if expected not in cover:
            raise SmokeTestError(f"{expected!r} (from {preset}) is not on the PDF's cover")
    drawing = first_page_drawing(pdf).splitlines()
    if not any(line.startswith(LOGO_FILL) for line in drawing):
        raise SmokeTestError("the SVG logo is not drawn on the PDF's cover")
    return (
        f"organisation preset {preset}: checked; {ORGANISATION!r}, the level "
        f"{LEVEL_NAME!r} and the SVG logo on the PDF's cover"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--program", type=Path, help="folder of the executable")
    what.add_argument(
        "--make-preset", type=Path, metavar="FILE", help="write the test preset and its logo"
    )
    parser.add_argument(
        "--preset",
        type=Path,
        help="the test preset (from --make-preset), where the program will find it",
    )
    args = parser.parse_args(argv)
    if args.make_preset is not None:
        print(f"wrote {make_preset(args.make_preset)}")
        return 0
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
