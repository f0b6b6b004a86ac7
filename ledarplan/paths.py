"""Where ledarplan keeps the user's data.

Resolved once by the composition root and passed down; nothing here runs at import time.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "ledarplan"
DATA_DIR_ENV = "LEDARPLAN_DATA_DIR"


@dataclass(frozen=True)
class AppPaths:
    """All user data and settings live under one directory, private to the user."""

    data_dir: Path

    @classmethod
    def resolve(cls, override: str | os.PathLike[str] | None = None) -> AppPaths:
        """`--data-dir` beats `LEDARPLAN_DATA_DIR` beats the platform's user data directory."""
        chosen = override or os.environ.get(DATA_DIR_ENV)
        if chosen:
            return cls(Path(chosen).expanduser().resolve())
        return cls(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True)))

    @property
    def settings_file(self) -> Path:
        return self.data_dir / "settings.json"

    @property
    def frameworks_dir(self) -> Path:
        """Organisation packs that HR drops in; shown beside the built-in models."""
        return self.data_dir / "frameworks"

    @property
    def database_file(self) -> Path:
        return self.data_dir / "ledarplan.sqlite3"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    def ensure(self) -> None:
        """Creates the data directory readable by the user alone (coaching notes are private)."""
        self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        if sys.platform != "win32":
            self.data_dir.chmod(0o700)


def resources_dir() -> Path:
    """The shipped resources: inside the installed package, or at the top of a checkout."""
    package_dir = Path(__file__).resolve().parent
    candidates = [
        package_dir / "resources",  # wheel / pip install .
        package_dir.parent / "resources",  # source checkout
    ]
    bundle = getattr(sys, "_MEIPASS", None)  # PyInstaller bundle
    if bundle:
        candidates.insert(0, Path(bundle) / "ledarplan" / "resources")
    for candidate in candidates:
        if (candidate / "frameworks").is_dir():
            return candidate
    raise FileNotFoundError(
        "ledarplan's resources were not found (looked in: "
        + ", ".join(str(c) for c in candidates)
        + "); the installation is incomplete"
    )


def builtin_frameworks_dir() -> Path:
    return resources_dir() / "frameworks"
