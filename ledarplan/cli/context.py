"""What every command-line verb gets: paths, output streams, and services on demand."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TextIO

from ledarplan.frameworks.catalog import FrameworkCatalog
from ledarplan.paths import AppPaths, builtin_frameworks_dir
from ledarplan.pdf.labels import PdfLabels
from ledarplan.services.container import Services

EXIT_OK = 0
EXIT_INVALID = 1  # the input was read but is wrong, or the action was refused
EXIT_USAGE = 2  # the command was wrong (unknown model, level or plan), as argparse uses
EXIT_DATABASE = 3  # the database cannot be opened (damaged, foreign, newer)


@dataclass
class CliContext:
    paths: AppPaths
    out: TextIO
    err: TextIO
    #: Opens the database and builds the services; given by the composition root.
    open_services: Callable[[AppPaths, FrameworkCatalog], Services]
    #: The PDF's labels in a language (from the translations; given by the composition root).
    pdf_labels: Callable[[str], PdfLabels]
    #: The user's interface language (the settings', else the system's).
    language: Callable[[], str]
    _catalog: FrameworkCatalog | None = field(default=None, init=False)
    _services: Services | None = field(default=None, init=False)

    def catalog(self) -> FrameworkCatalog:
        if self._catalog is None:
            self._catalog = FrameworkCatalog.load(
                builtin_frameworks_dir(), self.paths.frameworks_dir
            )
            for error in self._catalog.errors:
                self.err.write(f"warning: skipped a model pack:\n{error.describe()}\n")
        return self._catalog

    def services(self) -> Services:
        if self._services is None:
            self._services = self.open_services(self.paths, self.catalog())
        return self._services

    def close(self) -> None:
        if self._services is not None:
            self._services.store.database.dispose()
