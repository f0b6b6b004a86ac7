from __future__ import annotations

from pathlib import Path

import pytest

from ledarplan.frameworks.loader import load_pack_file
from ledarplan.frameworks.schema import FrameworkPack

PACKS = Path(__file__).resolve().parents[2] / "resources" / "frameworks"


def load_builtin(model_id: str) -> FrameworkPack:
    return load_pack_file(PACKS / f"{model_id}.yaml")


@pytest.fixture(scope="session")
def builtin_pack():
    """Loads a built-in pack by id through the real loader (the one the app uses)."""
    return load_builtin
