"""Feedback from others (360°): making a round and its form, taking in the answers.

Answers come as filled PDF forms (read, checked and aggregated in one go; the files are never
kept) or as a collector's summary (`collect`, which needs no database). Only the aggregate per
group is stored, after the anonymity threshold (`domain.feedback.aggregate`). A batch with
some bad files takes the good ones; every bad file is named with what is wrong with it.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterable, Sequence
from copy import deepcopy
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from ledarplan import __version__
from ledarplan.domain.entities import (
    AssessorKind,
    FeedbackRound,
    FrameworkSnapshot,
    RespondentGroup,
)
from ledarplan.domain.errors import DomainError, InvalidInputError
from ledarplan.domain.feedback import (
    Batch,
    BlindSpot,
    FormSpec,
    add_batch,
    aggregate,
    blind_spots,
)
from ledarplan.domain.rules import DEFAULT_THRESHOLD, normalise_feedback
from ledarplan.frameworks.scale import scale_range
from ledarplan.pdf.form.labels import FormLabels
from ledarplan.services.errors import FileWriteError
from ledarplan.storage.store import Store

if TYPE_CHECKING:  # the files' checking models are built at their first use, not at start
    from ledarplan.exchange.feedback_forms import FilledForm
    from ledarplan.exchange.feedback_summary import Summary


@dataclass(frozen=True)
class FileProblem:
    """A file of a batch that was not counted, and why (its name is for the user alone)."""

    path: Path
    problem: str

    def __str__(self) -> str:
        return f"{self.path}: {self.problem}"


@dataclass
class Taken:
    """What one round took from a batch."""

    round_: FeedbackRound  # as stored afterwards
    forms: int = 0
    summaries: int = 0
    folded: list[RespondentGroup] = field(default_factory=list)
    left_out: list[RespondentGroup] = field(default_factory=list)


@dataclass
class BatchReport:
    """What reading a batch of files gave: what was taken, what was not, and why."""

    taken: list[Taken] = field(default_factory=list)
    problems: list[FileProblem] = field(default_factory=list)
    #: Files given twice (the same bytes): counted once, named here.
    duplicates: list[FileProblem] = field(default_factory=list)


@dataclass
class CollectReport:
    """A collector's batch: the summary written (None: nothing to summarise) and the files."""

    summary: Summary | None
    forms: int
    problems: list[FileProblem]
    duplicates: list[FileProblem]


def _read_bytes(path: Path, limit: int) -> bytes:
    """The file's bytes; a file larger than `limit` is not read at all (ValueError)."""
    size = path.stat().st_size
    if size > limit:
        raise ValueError(f"the file is too large ({size} bytes; at most {limit})")
    return path.read_bytes()


@dataclass
class _Batch:
    forms: list[tuple[Path, FilledForm]] = field(default_factory=list)
    summaries: list[tuple[Path, Summary]] = field(default_factory=list)
    problems: list[FileProblem] = field(default_factory=list)
    duplicates: list[FileProblem] = field(default_factory=list)


def _read_files(paths: Iterable[Path], *, summaries: bool) -> _Batch:
    """Every file read and checked on its own; the same file twice is counted once."""
    from ledarplan.exchange.feedback_forms import (  # noqa: PLC0415 - see TYPE_CHECKING
        MAX_FORM_BYTES,
        digest_of,
        looks_like_pdf,
        read_form,
    )
    from ledarplan.exchange.feedback_summary import (  # noqa: PLC0415
        looks_like_summary,
        read_summary,
    )

    batch = _Batch()
    seen: dict[str, Path] = {}
    for path in paths:
        try:
            data = _read_bytes(path, MAX_FORM_BYTES)
        except (OSError, ValueError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            batch.problems.append(FileProblem(path, f"cannot be read ({reason})"))
            continue
        digest = digest_of(data)
        if digest in seen:
            batch.duplicates.append(FileProblem(path, f"the same file as {seen[digest]}"))
            continue
        seen[digest] = path
        try:
            if looks_like_pdf(data):
                batch.forms.append((path, read_form(data, str(path))))
            elif summaries and looks_like_summary(data):
                batch.summaries.append((path, read_summary(data, str(path))))
            else:
                batch.problems.append(FileProblem(path, _not_a_form(data, summaries)))
        except DomainError as exc:
            for line in str(exc).splitlines():
                batch.problems.append(FileProblem(path, line.removeprefix(f"{path}: ")))
    return batch


def _not_a_form(data: bytes, summaries: bool) -> str:
    from ledarplan.exchange.feedback_summary import looks_like_summary  # noqa: PLC0415

    if summaries:
        return "neither a filled feedback form (PDF) nor a feedback summary"
    if looks_like_summary(data):
        return "a summary is not collected again: the leader imports it into the plan"
    return "not a PDF file"


# --- the collector's side: no plan, no database ------------------------------------------------


def collect(paths: Sequence[Path], out: Path, *, at: datetime | None = None) -> CollectReport:
    """Reads filled forms of one round and writes their aggregate as a summary to `out`.

    The round is the one most of the forms belong to (the first form's on a tie); forms of
    any other round, or whose description differs from the round's, are named and left out.
    Nothing is written when no form could be counted."""
    from ledarplan.exchange.feedback_summary import Summary, summary_to_json  # noqa: PLC0415

    batch = _read_files(paths, summaries=False)
    problems, duplicates = batch.problems, batch.duplicates
    if not batch.forms:
        return CollectReport(None, 0, problems, duplicates)
    rounds = Counter(form.spec.round_id for _, form in batch.forms)
    chosen = max(rounds, key=lambda r: (rounds[r], -_first(batch.forms, r)))
    specs = Counter(form.spec for _, form in batch.forms if form.spec.round_id == chosen)
    spec = max(specs, key=lambda s: specs[s])
    counted = []
    for path, form in batch.forms:
        if form.spec.round_id != chosen:
            other = _short(form.spec.round_id)
            problem = f"a form of another feedback round ({other}), not of {_short(chosen)}"
            problems.append(FileProblem(path, problem))
        elif form.spec != spec:
            problems.append(FileProblem(path, f"{CHANGED}: it differs from the other forms"))
        else:
            counted.append(form.answers)
    summary = Summary(
        str(uuid.uuid4()),
        spec,
        aggregate(spec, counted),
        at or datetime.now(timezone.utc).replace(microsecond=0),
    )
    _write_text(out, summary_to_json(summary, app_version=__version__))
    return CollectReport(summary, len(counted), problems, duplicates)


CHANGED = "the form was changed (its hidden round description)"


def _first(forms: list[tuple[Path, FilledForm]], round_id: str) -> int:
    return next(i for i, (_, form) in enumerate(forms) if form.spec.round_id == round_id)


def _short(round_id: str) -> str:
    return round_id[:8]


def _write_text(out: Path, text: str) -> None:
    temporary = out.with_name(f".{out.name}.part")
    try:
        temporary.write_text(text, encoding="utf-8", newline="\n")
        temporary.replace(out)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise FileWriteError(out, exc) from exc


# --- the leader's side -------------------------------------------------------------------------


class FeedbackService:
    def __init__(self, store: Store):
        self._store = store

    def create(
        self,
        plan_id: str,
        *,
        areas: Sequence[str] | None = None,
        groups: Sequence[RespondentGroup] | None = None,
        threshold: int = DEFAULT_THRESHOLD,
        questions: Sequence[str] = (),
        item_ids: Sequence[str] | None = None,
        on: date | None = None,
    ) -> FeedbackRound:
        """A new round: the plan's items (all, those of `areas`, or `item_ids`) in the model's
        order, rated on the plan's scale, asked of `groups` (default: all four)."""
        with self._store.transaction() as repo:
            plan = repo.get_plan(plan_id)
            snapshot = plan.snapshot
            chosen = _items(snapshot, areas, item_ids)
            low, high = scale_range(snapshot)
            round_ = FeedbackRound(
                plan_id,
                on or date.today(),
                chosen,
                low,
                high,
                [q for q in questions if q.strip()],
                list(groups) if groups else list(RespondentGroup),
                threshold,
            )
            normalise_feedback(round_, snapshot)
            return repo.save_feedback(round_)

    def list(self, plan_id: str) -> list[FeedbackRound]:
        with self._store.transaction() as repo:
            return repo.list_feedback(plan_id)

    def get(self, round_id: str) -> FeedbackRound:
        with self._store.transaction() as repo:
            return repo.get_feedback(round_id)

    def delete(self, round_id: str) -> None:
        with self._store.transaction() as repo:
            repo.delete_feedback(round_id)

    def latest(self, plan_id: str) -> FeedbackRound | None:
        """The newest round with answers (None: no feedback from others yet)."""
        answered = [r for r in self.list(plan_id) if r.results]
        return answered[-1] if answered else None

    def write_form(self, round_id: str, out: Path, labels: FormLabels) -> Path:
        """The round's fillable PDF form, in `labels`' language, written whole or not at all."""
        from ledarplan.pdf.form.writer import FormContent, render_feedback_form  # noqa: PLC0415

        with self._store.transaction() as repo:
            round_ = repo.get_feedback(round_id)
            plan = repo.get_plan(round_.plan_id)
            person = repo.get_person(plan.person_id)
        try:
            return render_feedback_form(FormContent(round_, plan, person), labels, out)
        except OSError as exc:
            raise FileWriteError(out, exc) from exc

    def blind_spots(self, round_: FeedbackRound) -> list[BlindSpot]:
        """Where the latest self-assessment and the round's feedback differ most."""
        with self._store.transaction() as repo:
            rounds = repo.list_rounds(round_.plan_id)
        own = [r for r in rounds if r.assessor_kind is AssessorKind.SELF]
        if not own or not round_.results:
            return []
        return blind_spots(round_, max(own, key=lambda r: r.date))

    def import_files(self, plan_id: str, paths: Sequence[Path]) -> BatchReport:
        """Takes filled forms and collectors' summaries into the plan's rounds (each file into
        the round it belongs to); bad files are named and nothing of them is stored."""
        batch = _read_files(paths, summaries=True)
        report = BatchReport(problems=batch.problems, duplicates=batch.duplicates)
        with self._store.transaction() as repo:
            snapshot = repo.get_plan(plan_id).snapshot
            rounds = {r.id: r for r in repo.list_feedback(plan_id)}
            forms, summaries = self._match(batch, rounds, snapshot, report)
            for round_id in dict.fromkeys([*forms, *summaries]):
                round_ = deepcopy(rounds[round_id])
                taken = Taken(
                    round_, len(forms.get(round_id, [])), len(summaries.get(round_id, []))
                )
                parts: list[Batch] = []
                if round_id in forms:
                    parts.append(aggregate(FormSpec.of(round_, snapshot), forms[round_id]))
                for summary in summaries.get(round_id, []):
                    parts.append(summary.batch)
                    round_.summaries.append(summary.summary_id)
                for part in parts:
                    round_ = add_batch(round_, part)
                    taken.folded += part.folded
                    taken.left_out += part.left_out
                normalise_feedback(round_, snapshot)
                taken.round_ = repo.save_feedback(round_)
                report.taken.append(taken)
        return report

    @staticmethod
    def _match(
        batch: _Batch,
        rounds: dict[str, FeedbackRound],
        snapshot: FrameworkSnapshot,
        report: BatchReport,
    ) -> tuple[dict[str, list], dict[str, list[Summary]]]:
        """The forms' answers and the summaries by the round of the plan they belong to."""
        from ledarplan.exchange.feedback_summary import Summary  # noqa: PLC0415

        forms: dict[str, list] = {}
        summaries: dict[str, list[Summary]] = {}
        taken_ids: set[str] = set()
        for path, item in [*batch.forms, *batch.summaries]:
            spec = item.spec
            round_ = rounds.get(spec.round_id)
            if round_ is None:
                problem = (
                    f"belongs to a feedback round that is not in this plan "
                    f"({_short(spec.round_id)})"
                )
            elif spec != FormSpec.of(round_, snapshot):
                problem = f"{CHANGED}: it differs from the round's"
            elif isinstance(item, Summary) and (
                item.summary_id in round_.summaries or item.summary_id in taken_ids
            ):
                problem = "this summary was taken in already; it is not counted twice"
            else:
                if isinstance(item, Summary):
                    summaries.setdefault(round_.id, []).append(item)
                    taken_ids.add(item.summary_id)
                else:
                    forms.setdefault(round_.id, []).append(item.answers)
                continue
            report.problems.append(FileProblem(path, problem))
        return forms, summaries


def _items(
    snapshot: FrameworkSnapshot, areas: Sequence[str] | None, item_ids: Sequence[str] | None
) -> list[str]:
    known_areas = list(dict.fromkeys(i.area_id for i in snapshot.items))
    if areas:
        unknown = [a for a in areas if a not in known_areas]
        if unknown:
            raise InvalidInputError(
                "areas",
                f"{', '.join(unknown)}: not an area of the plan's model "
                f"(areas: {', '.join(known_areas)})",
            )
    wanted = set(item_ids) if item_ids is not None else None
    return [
        i.item_id
        for i in snapshot.items
        if (not areas or i.area_id in areas) and (wanted is None or i.item_id in wanted)
    ]
