"""HR's picture of the organisation: many summary files read, counted, shown and printed.

Each file is read on its own: one that cannot be read is named with why (not a summary, from a
newer version, names or free text added, damaged, unreadable) and the rest are still read. A
plan of a model, level or item not installed here is left out and named too, as the report
shows the model's own words only. Two summaries of one plan (the same one-way key) count once.
The picture itself is `summary.aggregate`'s: no cell of fewer than the threshold's plans.

Needs no database: HR may make the report on a computer without plans of its own. On the
organisation's database HR collects no files: the database gives HR's login every current
plan's anonymous summary (`read_organisation`), read as strictly as a file.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ledarplan.frameworks.catalog import FrameworkCatalog
from ledarplan.pdf.options import HrReportOptions
from ledarplan.services.errors import FileWriteError
from ledarplan.summary import MIN_THRESHOLD
from ledarplan.summary.aggregate import DEFAULT_THRESHOLD, Picture, picture
from ledarplan.summary.document import (
    CANNOT_READ,
    FORMAT_NAME,
    FORMAT_VERSION,
    MAX_FILE_BYTES,
    MAX_PLANS,
    TOO_LARGE,
    PlanFacts,
    Problem,
    Refusal,
    SummaryDocument,
    SummaryFileError,
    model_problems,
    read_summary,
)
from ledarplan.summary.labels import HrLabels

if TYPE_CHECKING:
    from ledarplan.services.organisation_picture import OrganisationPictureService


@dataclass(frozen=True)
class FileProblem:
    """A file not read (or plans of it left out), and why."""

    path: Path
    refusal: Refusal
    problems: tuple[Problem, ...]

    def __str__(self) -> str:
        return "\n".join(f"{self.path}: {problem}" for problem in self.problems)


@dataclass
class ReadSummaries:
    """What a set of files gave: every plan once, and what was not read."""

    plans: list[PlanFacts] = field(default_factory=list)
    files: int = 0  # files read (some of their plans may have been left out)
    refused: list[FileProblem] = field(default_factory=list)
    #: Plans of a model, level or item not installed here, per file.
    left_out: list[FileProblem] = field(default_factory=list)
    plans_left_out: int = 0
    duplicates: int = 0
    seen: int = 0  # plans read, duplicates included
    #: The smallest threshold allowed: the organisation's database's, for plans read from it.
    smallest: int = MIN_THRESHOLD
    #: Where the plans came from when not from files: the organisation's database.
    source: str = ""


def _finished(
    result: ReadSummaries, kept: dict[str, tuple[tuple[int, str], PlanFacts]]
) -> ReadSummaries:
    result.plans = [plan for _, plan in kept.values()]
    result.duplicates = result.seen - len(result.plans)
    return result


class HrReportService:
    def __init__(
        self,
        catalog: FrameworkCatalog,
        organisation: OrganisationPictureService | None = None,
    ):
        self._catalog = catalog
        self._organisation = organisation

    @property
    def on_organisation_database(self) -> bool:
        """Whether HR's picture comes from the organisation's database (no files)."""
        return self._organisation is not None and self._organisation.available

    def read(self, files: Iterable[Path]) -> ReadSummaries:
        """Reads every file it can; each one it cannot is named with why."""
        result = ReadSummaries()
        kept: dict[str, tuple[tuple[int, str], PlanFacts]] = {}
        for path in dict.fromkeys(Path(f) for f in files):
            try:
                read = read_summary(_read_bytes(path), str(path))
            except SummaryFileError as exc:
                result.refused.append(FileProblem(path, exc.refusal, tuple(exc.problems)))
                continue
            self._take(result, kept, path, read.document)
        return _finished(result, kept)

    def read_organisation(self, today: date | None = None) -> ReadSummaries:
        """Every current plan's summary from the organisation's database, read as strictly
        as a summary file; the database's threshold is the smallest the picture may use.
        Raises (in words) when the login is not HR's or the database holds too few plans."""
        if self._organisation is None:
            raise LookupError("HR's picture is read from the organisation's database only")
        threshold, plans = self._organisation.summaries()
        where = self._organisation.where
        result = ReadSummaries(smallest=threshold, source=where)
        kept: dict[str, tuple[tuple[int, str], PlanFacts]] = {}
        today = today or date.today()
        for start in range(0, len(plans), MAX_PLANS):
            document = {
                "format": FORMAT_NAME,
                "format_version": FORMAT_VERSION,
                "written": f"{today.year:04d}-{today.month:02d}",
                "plans": plans[start : start + MAX_PLANS],
            }
            data = json.dumps(document).encode("utf-8")
            try:
                read = read_summary(data, where)
            except SummaryFileError as exc:
                result.refused.append(FileProblem(Path(where), exc.refusal, tuple(exc.problems)))
                continue
            self._take(result, kept, Path(where), read.document)
        return _finished(result, kept)

    def _take(
        self,
        result: ReadSummaries,
        kept: dict[str, tuple[tuple[int, str], PlanFacts]],
        path: Path,
        document: SummaryDocument,
    ) -> None:
        result.files += 1
        problems = []
        for index, plan in enumerate(document.plans):
            wrong = model_problems(plan, self._catalog.get(plan.model))
            if wrong:
                problems += [problem.at(f"plans[{index}]") for problem in wrong]
                result.plans_left_out += 1
                continue
            result.seen += 1
            # Two summaries of one plan: the one that says more counts (then the later).
            rank = (plan.facts, document.written)
            if plan.key not in kept or rank > kept[plan.key][0]:
                kept[plan.key] = (rank, plan)
        if problems:
            result.left_out.append(FileProblem(path, Refusal.UNKNOWN_MODEL, tuple(problems)))

    def picture(self, read: ReadSummaries, threshold: int = DEFAULT_THRESHOLD) -> Picture:
        """The picture, no group of fewer than `threshold` plans — nor of fewer than the
        organisation's database allows, when the plans came from it."""
        threshold = max(threshold, read.smallest)
        packs = {p.model: self._catalog.get(p.model) for p in read.plans}
        return picture(
            read.plans,
            {model: pack for model, pack in packs.items() if pack is not None},
            threshold,
            duplicates=read.duplicates,
            files=read.files,
            refused=dict(Counter(p.refusal.value for p in read.refused)),
            plans_left_out=read.plans_left_out,
            from_database=bool(read.source),
        )

    def export_pdf(
        self, shown: Picture, out: Path, labels: HrLabels, options: HrReportOptions
    ) -> Path:
        """Writes the report to `out` whole or not at all."""
        from ledarplan.pdf.hr_report import render_hr_report  # noqa: PLC0415 - reportlab

        try:
            return render_hr_report(shown, labels, options, out)
        except OSError as exc:
            raise FileWriteError(out, exc) from exc


def _read_bytes(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise SummaryFileError(
                str(path),
                Refusal.NOT_A_SUMMARY,
                [Problem(TOO_LARGE, max=MAX_FILE_BYTES)],
            )
        return path.read_bytes()
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise SummaryFileError(
            str(path), Refusal.UNREADABLE, [Problem(CANNOT_READ, reason=reason)]
        ) from None
