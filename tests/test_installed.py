"""`pip install .` (not editable) gives a working program with its model packs inside."""

from __future__ import annotations

import importlib.metadata
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import ledarplan

ROOT = Path(__file__).resolve().parents[1]


def installed_files() -> list[str]:
    try:
        files = importlib.metadata.files("ledarplan") or []
    except importlib.metadata.PackageNotFoundError:
        pytest.skip("ledarplan is not installed (run the README's test command)")
    names = [f.as_posix() for f in files]
    if not any(name.startswith("ledarplan/") and name.endswith(".py") for name in names):
        pytest.skip("ledarplan is installed in editable mode")
    return names


def test_the_wheel_carries_the_model_packs():
    names = installed_files()
    for model in ("holstebro", "huddinge", "hjo", "kalix", "skr"):
        assert f"ledarplan/resources/frameworks/{model}.yaml" in names
    # compiled translations and the PDF font travel with the program
    assert "ledarplan/translations/ledarplan_sv.qm" in names
    assert "ledarplan/translations/ledarplan_da.qm" in names
    assert "ledarplan/translations/ledarplan_en.qm" in names  # the English plural forms
    assert "ledarplan/resources/fonts/DejaVuSans.ttf" in names
    assert "ledarplan/storage/migrations/versions/0001_initial_schema.py" in names


def test_the_installed_console_script_works_outside_the_checkout(tmp_path):
    installed_files()
    script = shutil.which("ledarplan", path=str(Path(sys.executable).parent))
    assert script is not None, "the 'ledarplan' console script is not installed"
    result = subprocess.run(
        [
            script,
            "--data-dir",
            str(tmp_path / "data"),
            "frameworks",
            "show",
            "holstebro",
            "--level",
            "chef",
        ],
        cwd=tmp_path,  # away from the checkout, so the installed package is what runs
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Chef" in result.stdout
    assert "Holstebro Kommune" in result.stdout


def test_exit_when_ready_opens_the_window_and_exits_0(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "ledarplan", "--data-dir", str(tmp_path / "d"), "--exit-when-ready"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "d" / "settings.json").is_file()  # the window remembered its state


def test_the_version_has_one_source():
    """pyproject.toml is where the version is written; the program and installs report it."""
    written = re.search(
        r'^version\s*=\s*"([^"]+)"', (ROOT / "pyproject.toml").read_text(), re.MULTILINE
    )
    assert written is not None
    assert ledarplan.__version__ == written.group(1)
    try:
        installed = importlib.metadata.version("ledarplan")
    except importlib.metadata.PackageNotFoundError:
        return
    assert installed == written.group(1)
