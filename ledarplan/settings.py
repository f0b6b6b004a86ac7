"""The user's settings: a small JSON file in the data directory, written atomically."""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from ledarplan.upgrades import Steps, oldest_readable, upgrade

log = logging.getLogger(__name__)

MAX_SETTINGS_BYTES = 256 * 1024
#: The settings file's format; a change adds a step to SETTINGS_UPGRADES (see ledarplan.upgrades).
SETTINGS_FORMAT = 1
SETTINGS_UPGRADES: Steps = {}


def _text(max_length: int) -> Any:
    return field(default=None, metadata={"max_length": max_length})


# A plain dataclass, not a pydantic model: the settings are read before the window's first
# paint, when nothing but Qt and this file may be loaded (see docs/architecture.md, start-up).
@dataclass(frozen=True)
class Settings:
    format: int = SETTINGS_FORMAT
    language: str | None = _text(16)
    framework_id: str | None = _text(64)
    #: Last role level chosen per model, so switching models back and forth keeps it.
    levels: dict[str, str] = field(default_factory=dict)
    window_geometry: str | None = _text(8192)
    splitter_state: str | None = _text(8192)
    #: How many daily backups to keep (one is made at the first start of each day).
    backups_to_keep: int = field(default=14, metadata={"range": (1, 365)})
    #: The plan that was open when the window closed; opened again at the next start.
    last_plan_id: str | None = _text(64)
    #: A second place for each daily backup (the home drive IT backs up, a USB stick); when
    #: not set, the organisation's `backup_folder` preset.
    backup_folder: str | None = _text(4096)
    #: The backup folder's last problem the user was told of ("folder|kind"): told once.
    backup_folder_told: str | None = _text(4200)
    #: The folder last chosen in a file dialog: the next one starts there (else Documents).
    last_folder: str | None = _text(4096)
    #: The name the user last gave as their own (signing a talk): offered the next time.
    own_name: str | None = _text(200)

    def changed(self, **changes: Any) -> Settings:
        """A copy with `changes` (checked as a loaded file is)."""
        return _checked(replace(self, **changes))

    @classmethod
    def from_document(cls, document: object) -> Settings:
        """The settings in a file's data; unknown keys (from a newer version) are ignored.
        Raises ValueError naming the field that is wrong."""
        if not isinstance(document, dict):
            raise ValueError("the file does not hold settings (not a JSON object)")
        known = {f.name for f in fields(cls)}
        return _checked(cls(**{k: v for k, v in document.items() if k in known}))

    def to_document(self) -> dict[str, Any]:
        return asdict(self)


def _checked(settings: Settings) -> Settings:
    for spec in fields(settings):
        value = getattr(settings, spec.name)
        if spec.name == "levels":
            if not isinstance(value, dict) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in value.items()
            ):
                raise ValueError("levels: must map model ids to level ids")
        elif "max_length" in spec.metadata:
            if value is not None and not isinstance(value, str):
                raise ValueError(f"{spec.name}: must be text")
            if value is not None and len(value) > spec.metadata["max_length"]:
                raise ValueError(
                    f"{spec.name}: longer than {spec.metadata['max_length']} characters"
                )
        else:  # format, backups_to_keep: whole numbers
            if type(value) is not int:
                raise ValueError(f"{spec.name}: must be a whole number")
            low, high = spec.metadata.get("range", (None, None))
            if low is not None and not low <= value <= high:
                raise ValueError(f"{spec.name}: must be from {low} to {high}")
    return settings


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
            return Settings.from_document(self._upgraded(raw))
        except (OSError, ValueError) as exc:  # JSON and decoding errors too
            return self._unusable(str(exc).splitlines()[0])

    def save(self, settings: Settings) -> None:
        """Replaces the file in one step so a crash never leaves half a file."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        payload = json.dumps(settings.to_document(), indent=2, ensure_ascii=False)
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

    def update(self, **changes: Any) -> Settings:
        """Changes some settings in the file, keeping what others changed there meanwhile
        (the window, the file dialogs and the backups dialog each keep their own)."""
        settings = self.load().changed(**changes)
        self.save(settings)
        return settings

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
