from __future__ import annotations

import pytest

from ledarplan.frameworks.catalog import FrameworkCatalog
from ledarplan.paths import AppPaths, builtin_frameworks_dir
from ledarplan.services.container import Services
from ledarplan.storage.database import open_database
from ledarplan.storage.repository import Store


@pytest.fixture(scope="session")
def catalog():
    return FrameworkCatalog.load(builtin_frameworks_dir())


@pytest.fixture
def services(private_data_dir, catalog):
    paths = AppPaths(private_data_dir)
    paths.ensure()
    database = open_database(paths.database_file, paths.backups_dir)
    yield Services.over(Store(database), catalog, paths.backups_dir)
    database.dispose()


@pytest.fixture
def open_desk(tmp_path, catalog):
    """Opens another installation (another PC) by name, e.g. the manager's."""
    opened = []

    def open_one(name: str) -> Services:
        other = AppPaths(tmp_path / name)
        other.ensure()
        database = open_database(other.database_file, other.backups_dir)
        opened.append(database)
        return Services.over(Store(database), catalog, other.backups_dir)

    yield open_one
    for database in opened:
        database.dispose()
