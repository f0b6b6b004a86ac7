from __future__ import annotations

import pytest

from ledarplan.frameworks.catalog import FrameworkCatalog
from ledarplan.paths import builtin_frameworks_dir


@pytest.fixture(scope="session")
def catalog():
    return FrameworkCatalog.load(builtin_frameworks_dir())
