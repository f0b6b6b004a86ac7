"""The organisation's presets: one small TOML file that HR installs beside the program.

It names the organisation (on every PDF), its logo, the leadership model and role level a new
user starts with, the language, whether users may choose another model, and a folder of the
organisation's own model packs. A broken file never stops the program: each wrong setting is
reported (file, setting, what is wrong) and left at its safe default, the rest still apply.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path

import platformdirs

from ledarplan.database_url import MAX_URL_CHARS, check_database_url, has_password

PRESETS_FILE = "organisation.toml"
#: A preset file named directly (for tests, and for administrators trying one out).
PRESETS_ENV = "LEDARPLAN_PRESETS"
MAX_PRESETS_BYTES = 64 * 1024
MAX_NAME_CHARS = 200
LANGUAGES = ("sv", "da", "en")
LOGO_SUFFIXES = (".png", ".jpg", ".jpeg", ".svg")
PACK_SUFFIXES = (".yaml", ".yml")
_ID = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")
_UNSET_VARIABLE = re.compile(r"%[A-Za-z_]\w*%|\$\{[A-Za-z_]\w*\}")


@dataclass(frozen=True)
class Presets:
    organisation: str = ""
    logo: Path | None = None
    #: The model a new user starts with: a model id (built-in or from a pack)…
    model: str | None = None
    #: … or, when the file named a pack file, that file (its id is known once it is loaded).
    model_file: Path | None = None
    level: str | None = None
    language: str | None = None
    users_may_change_model: bool = True
    packs_folder: Path | None = None
    #: Where the data folder is (instead of the local disk's usual place).
    data_folder: Path | None = None
    #: A data folder on a network share or in a synced folder is refused unless allowed here
    #: (then the database is opened without WAL, locked for one program at a time).
    allow_network_data_folder: bool = False
    #: Where a copy of each daily backup also goes (the home drive IT backs up, a USB stick).
    backup_folder: Path | None = None
    #: The organisation's PostgreSQL database (instead of the local file); never a password.
    database_url: str | None = None
    #: The file these came from; None when there is none.
    source: Path | None = None

    @property
    def pack_sources(self) -> list[Path]:
        """Where the organisation's own packs are: its folder and the model's file."""
        return [p for p in (self.packs_folder, self.model_file) if p is not None]

    @property
    def model_fixed(self) -> bool:
        """Users keep to the organisation's model (only when one is set and known)."""
        return self.model is not None and not self.users_may_change_model


@dataclass
class PresetsReport:
    presets: Presets = field(default_factory=Presets)
    #: Each a full sentence: "FILE: setting 'x': what is wrong; what is used instead".
    problems: list[str] = field(default_factory=list)


def candidate_files() -> list[Path]:
    """Where presets are looked for, first found wins: the file named by LEDARPLAN_PRESETS,
    the installation folder (beside the program), the system-wide configuration folder."""
    named = os.environ.get(PRESETS_ENV)
    if named:
        return [Path(named).expanduser()]
    found: list[Path] = []
    if getattr(sys, "frozen", False):
        found.append(Path(sys.executable).resolve().parent / PRESETS_FILE)
    found.append(
        Path(platformdirs.site_config_dir("ledarplan", appauthor=False, multipath=False))
        / PRESETS_FILE
    )
    return found


def load_presets(candidates: list[Path] | None = None) -> PresetsReport:
    """The organisation's presets, or none; never raises."""
    files = candidate_files() if candidates is None else candidates
    named = os.environ.get(PRESETS_ENV) if candidates is None else None
    for path in files:
        if path.is_file():
            return read_presets(path)
    if named:
        return PresetsReport(
            problems=[f"{files[0]}: the presets file named by {PRESETS_ENV} does not exist"]
        )
    return PresetsReport()


def read_presets(path: Path) -> PresetsReport:
    """Reads and checks one presets file; every problem is reported, nothing raised."""
    # Imported here: presets are read before the window's first paint, and most computers
    # have no presets file.
    if sys.version_info >= (3, 11):
        import tomllib  # noqa: PLC0415
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib  # noqa: PLC0415

    report = PresetsReport(Presets(source=path))
    try:
        size = path.stat().st_size
        if size > MAX_PRESETS_BYTES:
            report.problems.append(
                f"{path}: the file is too large ({size} bytes; at most {MAX_PRESETS_BYTES}); "
                "no presets are used"
            )
            return report
        text = path.read_bytes().decode("utf-8")
        raw = tomllib.loads(text)
    except OSError as exc:
        report.problems.append(f"{path}: cannot read it ({exc.strerror}); no presets are used")
        return report
    except UnicodeDecodeError:
        report.problems.append(f"{path}: the file is not UTF-8 text; no presets are used")
        return report
    except tomllib.TOMLDecodeError as exc:
        report.problems.append(f"{path}: not valid TOML ({exc}); no presets are used")
        return report
    values: dict[str, object] = {}
    for key, value in raw.items():
        if key not in _CHECKS:
            report.problems.append(
                f"{path}: unknown setting '{key}' (known: {', '.join(_CHECKS)}); it is ignored"
            )
            continue
        try:
            values.update(_CHECKS[key](value, path.parent))
        except ValueError as exc:
            report.problems.append(f"{path}: setting '{key}': {exc}; it is ignored")
    report.presets = replace(report.presets, **values)  # type: ignore[arg-type]
    return report


def _text(value: object, limit: int) -> str:
    if not isinstance(value, str):
        raise ValueError(f"must be text in quotes, not {_kind(value)}")
    value = value.strip()
    if not value:
        raise ValueError("is empty")
    if len(value) > limit:
        raise ValueError(f"is too long ({len(value)} characters; at most {limit})")
    if any(ord(c) < 32 for c in value):
        raise ValueError("contains control characters")
    return value


_KINDS = {bool: "true/false", int: "a number", float: "a number", list: "a list", dict: "a table"}


def _kind(value: object) -> str:
    return _KINDS.get(type(value), type(value).__name__)


def _relative_file(value: object, folder: Path) -> Path:
    path = Path(_text(value, 1000)).expanduser()
    return path if path.is_absolute() else folder / path


def _organisation(value: object, _folder: Path) -> dict[str, object]:
    return {"organisation": _text(value, MAX_NAME_CHARS)}


def _language(value: object, _folder: Path) -> dict[str, object]:
    language = _text(value, 16).lower()
    if language not in LANGUAGES:
        raise ValueError(f"'{language}' is not one of {', '.join(LANGUAGES)}")
    return {"language": language}


def _may_change(value: object, _folder: Path) -> dict[str, object]:
    if not isinstance(value, bool):
        raise ValueError(f"must be true or false, not {_kind(value)}")
    return {"users_may_change_model": value}


def _level(value: object, _folder: Path) -> dict[str, object]:
    level = _text(value, 64)
    if not _ID.fullmatch(level):
        raise ValueError(f"'{level}' is not a role level id (e.g. leder-af-medarbejdere)")
    return {"level": level}


def _logo(value: object, folder: Path) -> dict[str, object]:
    logo = _relative_file(value, folder)
    if logo.suffix.lower() not in LOGO_SUFFIXES:
        raise ValueError(f"{logo} is not a PNG, JPEG or SVG picture")
    if not logo.is_file():
        raise ValueError(f"the picture {logo} does not exist")
    return {"logo": logo}


def _expanded_folder(value: object, folder: Path) -> Path:
    """A folder as written, with %USERNAME%/$USER-style variables and ~ filled in; relative
    to the presets file. It need not exist yet (a home drive may be offline)."""
    text = os.path.expandvars(_text(value, 1000))
    unset = _UNSET_VARIABLE.search(text)  # a "$" alone is common in share names (home$)
    if unset:
        raise ValueError(f"the environment variable {unset.group()} is not set")
    return _relative_file(text, folder)


def _data_folder(value: object, folder: Path) -> dict[str, object]:
    return {"data_folder": _expanded_folder(value, folder)}


def _backup_folder(value: object, folder: Path) -> dict[str, object]:
    return {"backup_folder": _expanded_folder(value, folder)}


def _allow_network(value: object, _folder: Path) -> dict[str, object]:
    if not isinstance(value, bool):
        raise ValueError(f"must be true or false, not {_kind(value)}")
    return {"allow_network_data_folder": value}


def _packs_folder(value: object, folder: Path) -> dict[str, object]:
    packs = _relative_file(value, folder)
    if not packs.is_dir():
        raise ValueError(f"the folder {packs} does not exist")
    return {"packs_folder": packs}


def _model(value: object, folder: Path) -> dict[str, object]:
    model = _text(value, 1000)
    if _ID.fullmatch(model):
        return {"model": model}
    pack = _relative_file(model, folder)
    if pack.suffix.lower() not in PACK_SUFFIXES:
        raise ValueError(f"'{model}' is neither a model id (e.g. holstebro) nor a .yaml pack")
    if not pack.is_file():
        raise ValueError(f"the pack file {pack} does not exist")
    return {"model_file": pack}


def _database_url(value: object, _folder: Path) -> dict[str, object]:
    url = _text(value, MAX_URL_CHARS)
    check_database_url(url)  # DatabaseUrlError is a ValueError: the setting is reported
    if has_password(url):
        raise ValueError(
            "it holds a password, which must never be in the presets (every user can read "
            "them): put it in each user's .pgpass or service file, or use Kerberos sign-on"
        )
    return {"database_url": url}


#: Each setting's check: its value (and the presets file's folder) → the checked field(s),
#: or ValueError saying what is wrong.
_CHECKS = {
    "organisation": _organisation,
    "logo": _logo,
    "model": _model,
    "level": _level,
    "language": _language,
    "users_may_change_model": _may_change,
    "packs_folder": _packs_folder,
    "data_folder": _data_folder,
    "allow_network_data_folder": _allow_network,
    "backup_folder": _backup_folder,
    "database_url": _database_url,
}


@dataclass(frozen=True)
class ModelInfo:
    """What the presets need to know of a loaded model."""

    id: str
    levels: tuple[str, ...]
    file: Path | None


def settle(report: PresetsReport, models: list[ModelInfo]) -> PresetsReport:
    """Checks the model and level against the models that were loaded; an unknown one is
    reported and dropped, so the program starts as if it were not set."""
    presets, problems = report.presets, list(report.problems)
    where = presets.source
    model = presets.model
    if presets.model_file is not None:
        found = [m for m in models if m.file is not None and _same(m.file, presets.model_file)]
        if found:
            model = found[0].id
        else:
            problems.append(
                f"{where}: setting 'model': the pack {presets.model_file} could not be loaded "
                "(see the model pack warnings); no model is preset"
            )
            model = None
    known = {m.id: m for m in models}
    if model is not None and model not in known:
        problems.append(
            f"{where}: setting 'model': there is no model '{model}' "
            f"(models: {', '.join(sorted(known))}); no model is preset"
        )
        model = None
    level = presets.level
    if level is not None:
        if model is None:
            problems.append(f"{where}: setting 'level': it needs a model; it is ignored")
            level = None
        elif level not in known[model].levels:
            levels = ", ".join(known[model].levels) or "none"
            problems.append(
                f"{where}: setting 'level': the model '{model}' has no level '{level}' "
                f"(its levels: {levels}); it is ignored"
            )
            level = None
    return PresetsReport(replace(presets, model=model, level=level), problems)


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a == b
