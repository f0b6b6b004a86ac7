"""ledarplan: a leader's personal development plan, kept offline on their own PC."""

from __future__ import annotations

import re
from pathlib import Path


def _find_version() -> str:
    """The version lives in pyproject.toml alone; installs carry it in their package metadata."""
    # A source checkout (tests, editable use): read it where it is written.
    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    try:
        text = pyproject.read_text(encoding="utf-8")
    except OSError:
        text = ""
    if 'name = "ledarplan"' in text:
        match = re.search(r'^version\s*=\s*"([^"]+)"', text, re.MULTILINE)
        if match:
            return match.group(1)
    # A wheel or a PyInstaller bundle (which copies the metadata).
    from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415 - rarely needed

    try:
        return version("ledarplan")
    except PackageNotFoundError:
        return "0+unknown"


__version__ = _find_version()
