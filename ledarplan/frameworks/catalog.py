"""All leadership models available to the user: the built-in packs plus HR's own."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ledarplan.frameworks.errors import PackError, Problem
from ledarplan.frameworks.loader import PACK_SUFFIXES, load_pack_file
from ledarplan.frameworks.schema import FrameworkPack
from ledarplan.presets import ModelInfo

log = logging.getLogger(__name__)

MAX_ORGANISATION_PACKS = 100


@dataclass(frozen=True)
class CatalogEntry:
    pack: FrameworkPack
    file: Path
    builtin: bool


@dataclass
class FrameworkCatalog:
    entries: dict[str, CatalogEntry] = field(default_factory=dict)
    #: Organisation packs that were skipped, with why.
    errors: list[PackError] = field(default_factory=list)

    @classmethod
    def load(
        cls,
        builtin_dir: Path,
        organisation_dir: Path | None = None,
        *,
        also: Sequence[Path] = (),
    ) -> FrameworkCatalog:
        """The built-in packs, then the organisation's: those named by its presets (`also`:
        folders or pack files), then the user's own folder."""
        catalog = cls()
        for file in _pack_files(builtin_dir):
            # A broken built-in pack is a bug in the release: let it surface loudly.
            pack = load_pack_file(file)
            catalog.entries[pack.id] = CatalogEntry(pack, file, builtin=True)
        files: list[Path] = []
        for source in (*also, organisation_dir):
            if source is None:
                continue
            for file in [source] if source.is_file() else _pack_files(source):
                if file.resolve() not in {f.resolve() for f in files}:
                    files.append(file)
        for file in files[:MAX_ORGANISATION_PACKS]:
            catalog._add_organisation_pack(file)
        return catalog

    def add_organisation_file(self, file: Path) -> PackError | None:
        """A pack file HR has just saved into the organisation's folder, shown at once: it
        takes the place of what the same file held before; a problem is returned (and kept in
        `errors`, as at start-up) when it cannot be added."""
        for framework_id, entry in list(self.entries.items()):
            if not entry.builtin and entry.file.resolve() == file.resolve():
                del self.entries[framework_id]
        count = len(self.errors)
        self._add_organisation_pack(file)
        return self.errors[-1] if len(self.errors) > count else None

    def _add_organisation_pack(self, file: Path) -> None:
        # A broken organisation pack is reported and skipped; it never stops the app.
        try:
            pack = load_pack_file(file)
        except PackError as exc:
            log.warning("skipped framework pack:\n%s", exc.describe())
            self.errors.append(exc)
            return
        existing = self.entries.get(pack.id)
        if existing is not None:
            where = "a built-in model" if existing.builtin else str(existing.file)
            problem = Problem(f"the id '{pack.id}' is already used by {where}", "id", None)
            self.errors.append(PackError(file, [problem]))
            return
        self.entries[pack.id] = CatalogEntry(pack, file, builtin=False)

    @property
    def packs(self) -> list[FrameworkPack]:
        """Built-in models first, then the organisation's, each by name."""
        ordered = sorted(
            self.entries.values(), key=lambda e: (not e.builtin, e.pack.name.casefold())
        )
        return [e.pack for e in ordered]

    def get(self, framework_id: str) -> FrameworkPack | None:
        entry = self.entries.get(framework_id)
        return entry.pack if entry else None

    def models(self) -> list[ModelInfo]:
        """What the organisation's presets are checked against."""
        return [
            ModelInfo(e.pack.id, tuple(level.id for level in e.pack.levels), e.file)
            for e in self.entries.values()
        ]

    def is_builtin(self, framework_id: str) -> bool:
        entry = self.entries.get(framework_id)
        return bool(entry and entry.builtin)


def _pack_files(directory: Path) -> list[Path]:
    if not directory.is_dir():
        return []
    return sorted(
        p for p in directory.iterdir() if p.suffix.lower() in PACK_SUFFIXES and p.is_file()
    )
