from __future__ import annotations

import pytest

from ledarplan.frameworks.catalog import FrameworkCatalog
from ledarplan.paths import AppPaths, builtin_frameworks_dir
from ledarplan.services.container import Services
from ledarplan.storage.database import open_database
from ledarplan.storage.store import Store


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
def desks(tmp_path, catalog: FrameworkCatalog):
    """Three installations: the leader's PC, the manager's, and a new manager's."""
    opened = []

    def open_desk(name: str) -> Services:
        paths = AppPaths(tmp_path / name)
        paths.ensure()
        database = open_database(paths.database_file, paths.backups_dir)
        opened.append(database)
        return Services.over(Store(database), catalog, paths.backups_dir)

    yield open_desk
    for database in opened:
        database.dispose()
