"""Every library the program runs on is named, with its licence, in the About box's list."""

from __future__ import annotations

import re
from pathlib import Path

from ledarplan.notices import COMPONENTS

ROOT = Path(__file__).resolve().parents[1]


def runtime_dependencies() -> list[str]:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    block = text.split("dependencies = [", 1)[1].split("]", 1)[0]
    names = re.findall(r'^\s*"([A-Za-z0-9_.-]+)', block, re.MULTILINE)
    return [n for n in names if n != "tomli"]  # Python 3.10 only, not in our bundles


def test_each_runtime_dependency_is_listed_with_a_licence():
    listed = {c.distribution.casefold() for c in COMPONENTS if c.distribution}
    for name in runtime_dependencies():
        assert name.casefold() in listed, f"{name} is missing from ledarplan/notices.py"
    assert all(c.licence and c.url.startswith("https://") for c in COMPONENTS)


def test_installed_versions_are_shown():
    by_name = {c.name: c for c in COMPONENTS}
    assert re.match(r"\d+\.\d+", by_name["SQLAlchemy"].version)
    assert re.match(r"\d+\.\d+", by_name["Qt 6 / PySide6"].version)
