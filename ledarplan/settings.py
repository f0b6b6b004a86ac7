"""The user's settings: a small JSON file in the data directory, written atomically."""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ledarplan.upgrades import Steps, oldest_readable, upgrade

log = logging.getLogger(__name__)

MAX_SETTINGS_BYTES = 256 * 1024
#: The settings file's format; a change adds a step to SETTINGS_UPGRADES (see ledarplan.upgrades).
SETTINGS_FORMAT = 1
SETTINGS_UPGRADES: Steps = {}


class Settings(BaseModel):
    # Unknown keys from a newer version are ignored rather than fatal.
    model_config = ConfigDict(extra="ignore")

    format: int = SETTINGS_FORMAT
    language: str | None = Field(default=None, max_length=16)
    framework_id: str | None = Field(default=None, max_length=64)
    #: Last role level chosen per model, so switching models back and forth keeps it.
    levels: dict[str, str] = Field(default_factory=dict)
    window_geometry: str | None = Field(default=None, max_length=8192)
    splitter_state: str | None = Field(default=None, max_length=8192)
    #: How many daily backups to keep (one is made at the first start of each day).
    backups_to_keep: int = Field(default=14, ge=1, le=365)
    #: The plan that was open when the window closed; opened again at the next start.
    last_plan_id: str | None = Field(default=None, max_length=64)
    #: A second place for each daily backup (the home drive IT backs up, a USB stick); when
    #: not set, the organisation's `backup_folder` preset.
    backup_folder: str | None = Field(default=None, max_length=4096)
    #: The backup folder's last problem the user was told of ("folder|kind"): told once.
    backup_folder_told: str | None = Field(default=None, max_length=4200)


class SettingsStore:
    def __init__(self, path: Path):
        self.path = path
        #: Why the file could not be used at the last load, if it could not.
        self.problem: str | None = None

    def load(self) -> Settings:
        self.problem = None
        try:
            size = self.path.stat().st_size
        except FileNotFoundError:
            return Settings()
        except OSError as exc:
            return self._unusable(f"cannot read it ({exc.strerror})")
        if size > MAX_SETTINGS_BYTES:
            return self._unusable(f"it is too large ({size} bytes)")
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            return Settings.model_validate(self._upgraded(raw))
        except (OSError, ValueError, ValidationError) as exc:  # JSON and decoding errors too
            return self._unusable(str(exc).splitlines()[0])

    def save(self, settings: Settings) -> None:
        """Replaces the file in one step so a crash never leaves half a file."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        payload = settings.model_dump_json(indent=2)
        fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(payload)
                handle.flush()
                os.fsync(handle.fileno())
            Path(tmp).replace(self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def _upgraded(self, raw: object) -> object:
        """The file's data in this version's format: older formats go through their upgrade
        steps; a newer one (written by a later version) is read for what this version knows."""
        if not isinstance(raw, dict):
            return raw  # refused by the model, with its reason
        version = raw.get("format", 1)
        if type(version) is not int:
            return raw
        if version > SETTINGS_FORMAT:
            log.info(
                "settings of format %s, newer than %s: reading what is known",
                version,
                SETTINGS_FORMAT,
            )
            return {**raw, "format": SETTINGS_FORMAT}
        if version < oldest_readable(SETTINGS_FORMAT, SETTINGS_UPGRADES):
            raise ValueError(f"its format {version} is not one this version reads")
        return upgrade(raw, version, SETTINGS_FORMAT, SETTINGS_UPGRADES)

    def _unusable(self, reason: str) -> Settings:
        # Keep the broken file for inspection instead of silently overwriting it later.
        self.problem = f"{self.path}: the settings file could not be used ({reason})"
        log.warning("%s; starting with default settings", self.problem)
        try:
            self.path.replace(self.path.with_name(self.path.name + ".broken"))
        except OSError:
            log.warning("could not set aside the broken settings file %s", self.path)
        return Settings()
