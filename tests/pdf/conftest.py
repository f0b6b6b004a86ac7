"""Fixtures of the PDF tests: the built-in models and their sample plans."""

from __future__ import annotations

import pytest

from ledarplan.frameworks.catalog import FrameworkCatalog
from ledarplan.paths import builtin_frameworks_dir
from ledarplan.services.demo import build_demo_bundle
from tests.pdf.pdftext import TODAY


@pytest.fixture(scope="session")
def catalog():
    return FrameworkCatalog.load(builtin_frameworks_dir())


@pytest.fixture(scope="session")
def holstebro(catalog):
    return catalog.get("holstebro")


@pytest.fixture
def demo(catalog):
    """demo(model_id, level_id=None): a fresh sample plan of that model."""

    def make(model_id: str = "holstebro", level_id: str | None = None):
        return build_demo_bundle(catalog.get(model_id), level_id, TODAY)

    return make
