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
    def resolve(
        cls,
        override: str | os.PathLike[str] | None = None,
        preset: Path | None = None,
    ) -> AppPaths:
        """`--data-dir` beats `LEDARPLAN_DATA_DIR` beats the organisation's `data_folder`
        preset beats the platform's local user data directory."""
        chosen = override or os.environ.get(DATA_DIR_ENV) or preset
        if chosen:
            return cls(Path(chosen).expanduser().resolve())
        return cls(local_data_dir())

    @property
    def is_default(self) -> bool:
        """The platform's own place (not one given by the user or the organisation)."""
        return self.data_dir == local_data_dir()

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


def local_data_dir() -> Path:
    """The user's data folder on this computer's own disk: `%LOCALAPPDATA%\\ledarplan` on
    Windows (never the roaming profile, which is copied to a file server and back at log-on
    and log-off), `~/.local/share/ledarplan` on Linux, `~/Library/Application
    Support/ledarplan` on macOS."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def roaming_data_dir() -> Path:
    """Where versions before 0.2 kept the data on Windows (the roaming profile); the same as
    `local_data_dir()` on Linux and macOS."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))


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
