"""The summary file: its JSON document, checked strictly when it is read.

```
{"format": "ledarplan-summary", "format_version": 1, "written": "2026-11",
 "plans": [{"key": "<64 hex digits>", "model": "holstebro", "model_version": "2021.1",
            "level": "leder-af-ledere", "year": 2026,
            "self_assessment": {"low": 1, "high": 5, "ratings": {"item-id": 3, …}},
            "manager_assessment": null,
            "goals": [{"items": ["item-id"], "status": "in-progress", "progress": 40,
                       "actions": [{"kind": "course", "status": "done"}]}],
            "sessions": 12, "agreements": {"open": 2, "done": 9},
            "talk": {"held": true, "signed": true, "followed_up": false}}]}
```

Every value is a number, a yes/no, one of a few fixed words, or an id of the model pack (the
model, its level, its items): there is no field for a name or a text, and no date finer than
the month. A file with anything else — a field a summary never has, text where an id or a
number belongs — is refused as *not anonymous*, named, so that a summary changed by hand can
never bring a name into the report. docs/hr-summary.md describes the format.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from enum import Enum
from typing import Annotated, Any, Literal, NoReturn

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator
from pydantic import ValidationError as PydanticValidationError

from ledarplan.domain.entities import ActionKind, ActionStatus, GoalStatus
from ledarplan.domain.rules import MAX_LIST, SCALE_LIMIT
from ledarplan.exchange.errors import ExchangeError
from ledarplan.exchange.messages import _describe, _format_path, _kind, _pydantic_problem
from ledarplan.frameworks.schema import FrameworkPack

FORMAT_NAME = "ledarplan-summary"
FORMAT_VERSION = 1
#: What the file is called: "Organisation summary 2026.ledarplan-summary.json".
SUFFIX = ".ledarplan-summary.json"
MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_PLANS = 5_000  # plans in one file (a manager's whole department is a few hundred)
MAX_COUNT = 1_000_000  # sessions or agreements of one plan
MAX_PROBLEMS = 20
MAX_ITEMS = 2_000  # rated items of one plan, as a plan file's model snapshot
#: The other files of the program, named when one is given instead of a summary.
OTHER_FORMATS = {
    "ledarplan-plan": "a plan file",
    "ledarplan-person": "a file of everything stored about a person",
}

#: An id of the model pack: lower-case letters, digits and single hyphens (as packs write them).
PackId = Annotated[
    str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", min_length=1, max_length=64)
]
#: A model version as a plain number ("1", "2021.1"); any other version is not written.
Version = Annotated[str, StringConstraints(pattern=r"^[0-9]{1,8}(\.[0-9]{1,8}){0,3}$")]
Key = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
Month = Annotated[str, StringConstraints(pattern=r"^[0-9]{4}-(0[1-9]|1[0-2])$")]
Year = Annotated[int, Field(ge=1900, le=2200)]
Count = Annotated[int, Field(ge=0, le=MAX_COUNT)]
Point = Annotated[int, Field(ge=0, le=SCALE_LIMIT)]
Percent = Annotated[int, Field(ge=0, le=100)]


def _enum(kind: type) -> Any:
    # Written by value; strict mode would want the Python enum object itself.
    return Annotated[kind, Field(strict=False)]


def _list(item: Any) -> Any:
    return Annotated[list[item], Field(max_length=MAX_LIST)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Ratings(_Model):
    """The latest round of one side: its scale and each rated item's value."""

    low: Point
    high: Point
    ratings: Annotated[dict[PackId, Point], Field(max_length=MAX_ITEMS)]

    @model_validator(mode="after")
    def _within_scale(self) -> Ratings:
        if not self.low < self.high:
            raise ValueError(
                f"the scale must run from a lower to a higher number (is {self.low}–{self.high})"
            )
        outside = [i for i, value in self.ratings.items() if not self.low <= value <= self.high]
        if outside:
            raise ValueError(
                f"ratings outside the scale {self.low}–{self.high}: {', '.join(outside[:5])}"
            )
        return self


class ActionFacts(_Model):
    kind: _enum(ActionKind)
    status: _enum(ActionStatus)


class GoalFacts(_Model):
    items: _list(PackId)
    status: _enum(GoalStatus)
    progress: Percent
    actions: _list(ActionFacts)


class AgreementCounts(_Model):
    open: Count
    done: Count


class TalkFacts(_Model):
    held: bool
    signed: bool
    followed_up: bool


class PlanFacts(_Model):
    """One plan, as HR may see it."""

    key: Key
    model: PackId
    model_version: Version | None
    level: PackId | None
    year: Year | None
    self_assessment: Ratings | None
    manager_assessment: Ratings | None
    goals: _list(GoalFacts)
    sessions: Count
    agreements: AgreementCounts
    talk: TalkFacts

    @property
    def facts(self) -> int:
        """How much the summary says: what decides between two summaries of one plan."""
        ratings = sum(
            len(r.ratings) for r in (self.self_assessment, self.manager_assessment) if r is not None
        )
        goals = sum(1 + len(g.items) + len(g.actions) for g in self.goals)
        talk = self.talk.held + self.talk.signed + self.talk.followed_up
        return ratings + goals + self.sessions + self.agreements.open + self.agreements.done + talk


class SummaryDocument(_Model):
    format: Literal["ledarplan-summary"] = FORMAT_NAME
    format_version: Literal[1] = FORMAT_VERSION
    #: The month the file was written (no finer date anywhere in the file).
    written: Month
    plans: Annotated[list[PlanFacts], Field(max_length=MAX_PLANS)]


# --- writing ------------------------------------------------------------------------------


def summary_text(document: SummaryDocument) -> str:
    """The file's text, exactly as written (and as the preview shows it)."""
    plain = document.model_dump(mode="json")
    return json.dumps(plain, indent=2, ensure_ascii=False, allow_nan=False) + "\n"


# --- reading ------------------------------------------------------------------------------


class Refusal(str, Enum):
    """Why a file was not read, for the user to act on."""

    NOT_A_SUMMARY = "not-a-summary"
    NEWER = "newer"
    NOT_ANONYMOUS = "not-anonymous"  # names or free text added by hand: never read
    DAMAGED = "damaged"
    UNKNOWN_MODEL = "unknown-model"  # a model, level or item not installed here
    UNREADABLE = "unreadable"  # the file cannot be opened (gone, no permission)


class SummaryFileError(ExchangeError):
    """A file that is not read as a summary: why (`refusal`) and every problem found."""

    def __init__(self, source: str, refusal: Refusal, problems: list[str]):
        self.refusal = refusal
        super().__init__(source, problems)


@dataclass(frozen=True)
class SummaryFile:
    source: str
    document: SummaryDocument


def _refuse(source: str, refusal: Refusal, *problems: str) -> NoReturn:
    raise SummaryFileError(source, refusal, list(problems))


def read_summary(data: bytes, source: str = "<file>") -> SummaryFile:
    """Reads and checks a summary file; raises `SummaryFileError` naming why and what."""
    if len(data) > MAX_FILE_BYTES:
        _refuse(
            source,
            Refusal.NOT_A_SUMMARY,
            f"the file is too large for a summary ({len(data)} bytes; at most {MAX_FILE_BYTES})",
        )
    from ledarplan.exchange.reader import _decode, _parse_json  # noqa: PLC0415 - plan models

    try:
        document = _parse_json(_decode(data, source, "a summary file"), source, "a summary")
    except ExchangeError as exc:
        # Broken text that was meant to be a summary is damaged; anything else is not one.
        meant = FORMAT_NAME.encode() in data[:4096]
        _refuse(source, Refusal.DAMAGED if meant else Refusal.NOT_A_SUMMARY, *exc.problems)
    _check_header(document, source)
    try:
        parsed = SummaryDocument.model_validate(document)
    except PydanticValidationError as exc:
        errors = exc.errors(include_url=False)
    else:
        return SummaryFile(source, parsed)
    text_added = [err for err in errors if _is_text(err)]
    if text_added:
        problems = [_text_problem(err) for err in text_added]
        _refuse(source, Refusal.NOT_ANONYMOUS, *_capped(problems))
    _refuse(source, Refusal.DAMAGED, *_capped([_pydantic_problem(err) for err in errors]))


def _check_header(document: Any, source: str) -> None:
    if not isinstance(document, dict):
        _refuse(
            source,
            Refusal.NOT_A_SUMMARY,
            f"not a ledarplan summary (the document is {_kind(document)}, "
            f'not an object with "format": "{FORMAT_NAME}")',
        )
    marker = document.get("format")
    if marker != FORMAT_NAME:
        if isinstance(marker, str) and marker in OTHER_FORMATS:
            _refuse(
                source,
                Refusal.NOT_A_SUMMARY,
                f"this is {OTHER_FORMATS[marker]}, not a summary: it holds names and texts, "
                "and is not read here",
            )
        found = "missing" if "format" not in document else _describe(marker)
        _refuse(
            source,
            Refusal.NOT_A_SUMMARY,
            f'not a ledarplan summary ("format" is {found}; expected "{FORMAT_NAME}")',
        )
    version = document.get("format_version")
    if type(version) is not int:
        found = "missing" if "format_version" not in document else f"is {_kind(version)}"
        _refuse(source, Refusal.DAMAGED, f"format_version: {found}; expected a whole number")
    if version > FORMAT_VERSION:
        _refuse(
            source,
            Refusal.NEWER,
            f"the file was written by a newer version of ledarplan (summary format {version}); "
            f"this version reads format {FORMAT_VERSION}. Update ledarplan to read it",
        )
    if version < FORMAT_VERSION:
        _refuse(
            source,
            Refusal.DAMAGED,
            f"format_version: there is no summary format {version}; "
            f"this version reads format {FORMAT_VERSION}",
        )


_FIELD_NAME = re.compile(r"[a-z][a-z0-9_-]{0,63}")


def _is_text(err: Any) -> bool:
    """An error that means something was added that a summary never holds: a field it does
    not have, or text where an id, a number or a fixed word belongs."""
    if err["type"] == "extra_forbidden":
        return True
    return isinstance(err.get("input"), str) and err["type"] != "missing"


def _text_problem(err: Any) -> str:
    """What is wrong, without repeating the text itself (it may be a person's name): a key
    that is not a plain field name is shown as "…" too."""
    loc = [part for part in err["loc"] if part != "[key]"]
    where = _format_path(tuple(_plain(part) for part in loc))
    if err["type"] == "extra_forbidden":
        return f"{where}: a field that a summary never has"
    return f"{where}: text that a summary never holds here"


def _plain(part: str | int) -> str | int:
    return part if isinstance(part, int) or _FIELD_NAME.fullmatch(part) else "…"


def _capped(problems: list[str]) -> list[str]:
    if len(problems) <= MAX_PROBLEMS:
        return problems
    return [*problems[:MAX_PROBLEMS], "… and more problems (only the first ones are shown)"]


# --- against the models installed here -------------------------------------------------------


def model_problems(plan: PlanFacts, pack: FrameworkPack | None) -> list[str]:
    """What of `plan` the installed model does not know (model, level, items): a summary is
    shown in the model's own words, never in words from the file."""
    if pack is None:
        return [f"model {plan.model!r}: not installed here (install its pack to read it)"]
    problems = []
    levels = {level.id for level in pack.levels}
    if plan.level is not None and plan.level not in levels:
        problems.append(f"level {plan.level!r}: not a role level of the model {pack.id!r}")
    items = {item.id for area in pack.areas for item in area.items}
    named = [
        *(
            r
            for side in (plan.self_assessment, plan.manager_assessment)
            if side is not None
            for r in side.ratings
        ),
        *(i for goal in plan.goals for i in goal.items),
    ]
    unknown = sorted({i for i in named if i not in items})
    if unknown:
        shown = ", ".join(repr(i) for i in unknown[:5]) + (" …" if len(unknown) > 5 else "")
        problems.append(f"item(s) {shown}: not in the model {pack.id!r} as installed here")
    return problems
