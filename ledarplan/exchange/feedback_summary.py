"""The feedback summary file (`ledarplan-feedback`, format 1): what a collector sends the leader.

A collector (HR, a trusted colleague) reads the filled forms without the leader's plan and
writes only their aggregate, after the anonymity threshold: no answers of one person, no file
names, no file data. It is checked on reading like the plan file (every field required, no
unknown fields, limits), and its groups must each be at least the threshold large.
docs/exchange-format.md describes it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ledarplan.domain.entities import GroupFeedback, RespondentGroup
from ledarplan.domain.feedback import Batch, FormSpec
from ledarplan.domain.records import build, to_plain
from ledarplan.domain.rules import MAX_QUESTIONS
from ledarplan.exchange.document import GroupFeedbackModel
from ledarplan.exchange.errors import ExchangeError
from ledarplan.exchange.fields import (
    MAX_PROBLEMS,
    DateTime,
    Line,
    ModelId,
    ScalePoint,
    Threshold,
    Uuid,
    _enum,
    _list,
)
from ledarplan.exchange.messages import _describe, _kind, _pydantic_problem
from ledarplan.exchange.reader import _decode, _parse_json

SUMMARY_FORMAT = "ledarplan-feedback"
SUMMARY_VERSION = 1
#: Aggregates only: even thousands of comments stay far below this.
MAX_SUMMARY_BYTES = 20 * 1024 * 1024
_WHAT = "a feedback summary"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class SummaryModel(_Model):
    format: Literal["ledarplan-feedback"]
    format_version: Literal[1]
    summary_id: Uuid
    written_at: DateTime
    app_version: Line
    round_id: Uuid
    scale_min: ScalePoint
    scale_max: ScalePoint
    threshold: Threshold
    groups: _list(_enum(RespondentGroup), len(RespondentGroup))
    item_ids: _list(ModelId)
    area_ids: _list(ModelId)
    questions: Annotated[int, Field(ge=0, le=MAX_QUESTIONS)]
    results: _list(GroupFeedbackModel, len(RespondentGroup))
    left_out: _list(_enum(RespondentGroup), len(RespondentGroup))


@dataclass(frozen=True)
class Summary:
    """A collector's summary: which round's form, and the aggregate of its answers."""

    summary_id: str
    spec: FormSpec
    batch: Batch
    written_at: datetime


def summary_to_json(summary: Summary, *, app_version: str) -> str:
    spec = summary.spec
    document = {
        "format": SUMMARY_FORMAT,
        "format_version": SUMMARY_VERSION,
        "summary_id": summary.summary_id,
        "written_at": summary.written_at.isoformat(),
        "app_version": app_version,
        "round_id": spec.round_id,
        "scale_min": spec.scale_min,
        "scale_max": spec.scale_max,
        "threshold": spec.threshold,
        "groups": [g.value for g in spec.groups],
        "item_ids": list(spec.item_ids),
        "area_ids": list(spec.area_ids),
        "questions": spec.questions,
        "results": to_plain(summary.batch.results),
        "left_out": [g.value for g in summary.batch.left_out],
    }
    try:
        checked = SummaryModel.model_validate(document)
    except ValidationError as exc:  # a bug, not the user's doing: said plainly all the same
        problems = [_pydantic_problem(err) for err in exc.errors(include_url=False)]
        raise ExchangeError("the summary", problems[:MAX_PROBLEMS]) from None
    written = checked.model_dump(mode="json")
    return json.dumps(written, indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def looks_like_summary(data: bytes) -> bool:
    """A JSON object (a summary, or some other JSON file), not a PDF."""
    return data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")


def read_summary(data: bytes, source: str) -> Summary:
    """Reads and checks a summary; raises `ExchangeError` naming what is wrong."""
    if len(data) > MAX_SUMMARY_BYTES:
        raise ExchangeError(
            source, [f"the file is too large ({len(data)} bytes; at most {MAX_SUMMARY_BYTES})"]
        )
    document = _parse_json(_decode(data, source, _WHAT), source, _WHAT)
    _check_header(document, source)
    try:
        parsed = SummaryModel.model_validate(document)
    except ValidationError as exc:
        errors = exc.errors(include_url=False)[:MAX_PROBLEMS]
        raise ExchangeError(source, [_pydantic_problem(e) for e in errors]) from None
    spec = FormSpec(
        parsed.round_id,
        parsed.scale_min,
        parsed.scale_max,
        parsed.threshold,
        tuple(parsed.groups),
        tuple(parsed.item_ids),
        tuple(parsed.area_ids),
        parsed.questions,
    )
    results = [build(GroupFeedback, model) for model in parsed.results]
    small = [r.group.value for r in results if r.respondents < parsed.threshold]
    if small:
        raise ExchangeError(
            source,
            [
                f"results: {', '.join(small)} has fewer respondents than the threshold "
                f"({parsed.threshold}); a summary never holds a group that small"
            ],
        )
    other = next((r for r in results if r.group is RespondentGroup.OTHER), None)
    batch = Batch(results, list(other.folded) if other else [], list(parsed.left_out))
    return Summary(parsed.summary_id, spec, batch, parsed.written_at)


def _check_header(document: Any, source: str) -> None:
    if not isinstance(document, dict):
        raise ExchangeError(
            source, [f"not a ledarplan feedback summary (the document is {_kind(document)})"]
        )
    if document.get("format") != SUMMARY_FORMAT:
        found = _describe(document["format"]) if "format" in document else "missing"
        raise ExchangeError(
            source,
            [
                f'not a ledarplan feedback summary ("format" is {found}; '
                f'expected "{SUMMARY_FORMAT}")'
            ],
        )
    version = document.get("format_version")
    if type(version) is int and version > SUMMARY_VERSION:
        raise ExchangeError(
            source,
            [
                f"the summary was written by a newer version of ledarplan (format {version}); "
                f"this version reads format {SUMMARY_VERSION}. Update ledarplan to read it"
            ],
        )
