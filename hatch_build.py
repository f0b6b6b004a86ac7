"""Wheel build hook: compiles the Qt Linguist translations into the package.

The .qm files are build products, so they are not in git; every wheel (and so every
`pip install .` and installer) gets them compiled fresh from translations/*.ts.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsBuildHook(BuildHookInterface):
    PLUGIN_NAME = "ledarplan-translations"

    def initialize(self, version: str, build_data: dict) -> None:
        import PySide6  # noqa: PLC0415 - only the build environment has it for sure

        root = Path(self.root)
        out = Path(tempfile.mkdtemp(prefix="ledarplan-qm-"))
        lrelease = Path(PySide6.__file__).resolve().parent / (
            "lrelease.exe" if sys.platform == "win32" else "lrelease"
        )
        for ts in sorted((root / "translations").glob("ledarplan_*.ts")):
            qm = out / ts.with_suffix(".qm").name
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
            build_data["force_include"][str(qm)] = f"ledarplan/translations/{qm.name}"
