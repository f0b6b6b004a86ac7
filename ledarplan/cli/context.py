"""What every command-line verb gets: paths, output streams, and services on demand."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TextIO

from ledarplan.folder_lock import OpenElsewhereError, holder_elsewhere
from ledarplan.frameworks.catalog import FrameworkCatalog
from ledarplan.paths import AppPaths, builtin_frameworks_dir
from ledarplan.pdf.labels import PdfLabels
from ledarplan.presets import Presets, PresetsReport, settle
from ledarplan.services.container import Services
from ledarplan.services.errors import DomainError
from ledarplan.services.organisation import OrganisationService

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
    open_services: Callable[..., Services]
    #: The PDF's labels in a language (from the translations; given by the composition root).
    pdf_labels: Callable[[str], PdfLabels]
    #: The user's interface language (the settings', else the system's).
    language: Callable[[], str]
    #: The organisation's presets as read (checked against the models on first use).
    presets_report: PresetsReport = field(default_factory=PresetsReport)
    #: The organisation's database's URL (None: the local file), and how to open it as its
    #: owner for `ledarplan org …` (given by the composition root).
    database_url: str | None = None
    open_organisation: Callable[[str], OrganisationService] | None = None
    _catalog: FrameworkCatalog | None = field(default=None, init=False)
    _services: Services | None = field(default=None, init=False)
    _presets: Presets | None = field(default=None, init=False)
    _organisation: OrganisationService | None = field(default=None, init=False)

    def catalog(self) -> FrameworkCatalog:
        if self._catalog is None:
            self._catalog = FrameworkCatalog.load(
                builtin_frameworks_dir(),
                self.paths.frameworks_dir,
                also=self.presets_report.presets.pack_sources,
            )
            for error in self._catalog.errors:
                self.err.write(f"warning: skipped a model pack:\n{error.describe()}\n")
            self.presets()  # said once, by every verb that uses the models
        return self._catalog

    def presets(self) -> Presets:
        """The organisation's presets, with a warning for each setting that was left out."""
        if self._presets is None:
            settled = settle(self.presets_report, self.catalog().models())
            for problem in settled.problems:
                self.err.write(f"warning: organisation presets: {problem}\n")
            self._presets = settled.presets
        return self._presets

    def services(self) -> Services:
        if self._services is None:
            holder = holder_elsewhere(self.paths.data_dir)
            if holder is not None:  # the window runs on another computer: not twice at once
                raise OpenElsewhereError(self.paths.data_dir, holder)
            self._services = self.open_services(
                self.paths,
                self.catalog(),
                self.presets(),
                say=lambda problem: self.err.write(f"warning: {problem}\n"),
            )
        return self._services

    def organisation(self) -> OrganisationService:
        """The organisation's database as whoever runs the command sees it (IT's verbs)."""
        if self._organisation is None:
            if self.database_url is None or self.open_organisation is None:
                raise NoOrganisationDatabaseError()
            self._organisation = self.open_organisation(self.database_url)
        return self._organisation

    def close(self) -> None:
        if self._services is not None:
            self._services.close()
        if self._organisation is not None:
            self._organisation.close()


class NoOrganisationDatabaseError(DomainError):
    def __init__(self) -> None:
        super().__init__(
            "this needs the organisation's database: give its URL with --database-url URL, "
            "LEDARPLAN_DATABASE_URL or the presets' database_url"
        )
