"""Compiling the Qt Linguist sources (translations/*.ts) into .qm files with lrelease.

Run by the wheel build (hatch_build.py), by the test suite when the .qm files are missing or
older than their sources, and by hand: `python -m ledarplan.i18n.build`.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import PySide6

REPO_TRANSLATIONS = Path(__file__).resolve().parents[2] / "translations"


def lrelease_executable() -> Path:
    folder = Path(PySide6.__file__).resolve().parent
    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    return folder / name


def stale(source_dir: Path = REPO_TRANSLATIONS, out_dir: Path | None = None) -> bool:
    out_dir = out_dir or source_dir
    for ts in source_dir.glob("ledarplan_*.ts"):
        qm = out_dir / ts.with_suffix(".qm").name
        if not qm.is_file() or qm.stat().st_mtime < ts.stat().st_mtime:
            return True
    return False


def compile_translations(
    source_dir: Path = REPO_TRANSLATIONS, out_dir: Path | None = None
) -> list[Path]:
    """Compiles every ledarplan_*.ts; fails loudly when a translation is unfinished."""
    out_dir = out_dir or source_dir
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in sorted(source_dir.glob("ledarplan_*.ts")):
        qm = out_dir / ts.with_suffix(".qm").name
        subprocess.run(
            [str(lrelease_executable()), "-silent", str(ts), "-qm", str(qm)],
            check=True,
        )
        written.append(qm)
    return written


if __name__ == "__main__":
    for path in compile_translations():
        print(path)
