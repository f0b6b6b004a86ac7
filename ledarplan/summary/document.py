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
#: A year the organisation's database folded: the plan is of a year shared by fewer plans of its
#: model than the threshold, and is counted in "all years" only (storage.hr_picture). A summary
#: file written by a leader never holds it.
ALL_YEARS = "all"
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
    #: None: the plan has no level, or the organisation's database folded it into all levels.
    level: PackId | None
    year: Year | Literal["all"] | None
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


def translate(context: str, text: str) -> str:
    """Marks a problem's words for Qt's lupdate; the window translates them (`Problem`)."""
    return text


class Problem(str):
    """One thing wrong with a summary file: in English as the text itself (the command line's
    and the logs' words), and as a `template` in braces (marked for translation, context
    "SummaryFile") with its `values` and the place in the file (`where`), so that the window
    says it in the user's language. No value is ever a text of the file (it may be a name)."""

    template: str
    values: dict[str, object]
    where: str

    def __new__(
        cls, template: str, where: str = "", english: str | None = None, **values: object
    ) -> Problem:
        text = english if english is not None else fill_values(template, values)
        problem = super().__new__(cls, f"{where}: {text}" if where else text)
        problem.template, problem.values, problem.where = template, values, where
        return problem

    def at(self, where: str) -> Problem:
        """The same problem in the place `where` (before any place it already names)."""
        inner = f"{where}{self.where if self.where.startswith('[') else '.' + self.where}"
        english = str(self)[len(self.where) + 2 :] if self.where else str(self)
        return Problem(self.template, inner if self.where else where, english, **self.values)


def fill_values(template: str, values: dict[str, object]) -> str:
    for key, value in values.items():
        template = template.replace("{" + key + "}", str(value))
    return template


TOO_LARGE = translate("SummaryFile", "the file is too large for a summary (at most {max} bytes)")
NOT_TEXT = translate("SummaryFile", "the file is not UTF-8 text, as a summary is")
EMPTY = translate("SummaryFile", "the file is empty")
NOT_JSON = translate("SummaryFile", "the file's text is not valid JSON")
NO_DOCUMENT = translate(
    "SummaryFile", 'the file holds no object with "format": "ledarplan-summary"'
)
PLAN_FILE = translate(
    "SummaryFile", "this is a plan file, not a summary: it holds names and texts, and is not read"
)
PERSON_FILE = translate(
    "SummaryFile",
    "this is a file of everything stored about a person, not a summary: it holds names and "
    "texts, and is not read",
)
WRONG_FORMAT = translate("SummaryFile", 'its "format" is not "ledarplan-summary"')
NO_VERSION = translate("SummaryFile", '"format_version" is missing or not a whole number')
NEWER_FORMAT = translate(
    "SummaryFile",
    "written in summary format {version} by a newer version of ledarplan; this version reads "
    "format {current}. Update ledarplan to read it",
)
NO_SUCH_FORMAT = translate("SummaryFile", "there is no summary format {version}")
FIELD_ADDED = translate("SummaryFile", "a field that a summary never has")
TEXT_ADDED = translate("SummaryFile", "text that a summary never holds here")
MISSING = translate("SummaryFile", "a field every summary has is missing")
WRONG_VALUE = translate("SummaryFile", "a value that a summary cannot hold here")
MORE = translate("SummaryFile", "… and more problems (only the first ones are shown)")
CANNOT_READ = translate("SummaryFile", "the file cannot be read ({reason})")
MODEL_MISSING = translate(
    "SummaryFile", "the model “{model}” is not installed here (install its pack to read it)"
)
LEVEL_UNKNOWN = translate("SummaryFile", "“{level}” is not a role level of the model “{model}”")
ITEMS_UNKNOWN = translate(
    "SummaryFile", "item(s) {items}: not in the model “{model}” as installed here"
)
# What a file that is not a summary is said to be (`OTHER_FORMATS`), in the window's words.
OTHER_FORMAT_PROBLEMS = {"ledarplan-plan": PLAN_FILE, "ledarplan-person": PERSON_FILE}


class SummaryFileError(ExchangeError):
    """A file that is not read as a summary: why (`refusal`) and every problem found."""

    def __init__(self, source: str, refusal: Refusal, problems: list[Problem]):
        self.refusal = refusal
        super().__init__(source, problems)


@dataclass(frozen=True)
class SummaryFile:
    source: str
    document: SummaryDocument


def _refuse(source: str, refusal: Refusal, *problems: Problem) -> NoReturn:
    raise SummaryFileError(source, refusal, list(problems))


def read_summary(data: bytes, source: str = "<file>") -> SummaryFile:
    """Reads and checks a summary file; raises `SummaryFileError` naming why and what."""
    if len(data) > MAX_FILE_BYTES:
        _refuse(source, Refusal.NOT_A_SUMMARY, Problem(TOO_LARGE, max=MAX_FILE_BYTES))
    from ledarplan.exchange.reader import _decode, _parse_json  # noqa: PLC0415 - plan models

    try:
        document = _parse_json(_decode(data, source, "a summary file"), source, "a summary")
    except ExchangeError as exc:
        # Broken text that was meant to be a summary is damaged; anything else is not one.
        meant = FORMAT_NAME.encode() in data[:4096]
        _refuse(
            source,
            Refusal.DAMAGED if meant else Refusal.NOT_A_SUMMARY,
            *(_text_problem_of(problem) for problem in exc.problems),
        )
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
    _refuse(source, Refusal.DAMAGED, *_capped([_damage(err) for err in errors]))


def _text_problem_of(english: str) -> Problem:
    """A problem of the file's text (as the plan file's reader says it), with its words for the
    window: the English keeps the details (where in the text)."""
    if english.startswith("not valid JSON"):
        return Problem(NOT_JSON, english=english)
    if english == "the file is empty":
        return Problem(EMPTY)
    return Problem(NOT_TEXT, english=english)


def _damage(err: Any) -> Problem:
    loc = tuple(part for part in err["loc"] if part != "[key]")
    where = _format_path(tuple(_plain(part) for part in loc))
    english = _pydantic_problem({**err, "loc": ()})
    template = MISSING if err["type"] == "missing" else WRONG_VALUE
    return Problem(template, where, english)


def _check_header(document: Any, source: str) -> None:
    if not isinstance(document, dict):
        _refuse(
            source,
            Refusal.NOT_A_SUMMARY,
            Problem(
                NO_DOCUMENT,
                english=f"not a ledarplan summary (the document is {_kind(document)}, "
                f'not an object with "format": "{FORMAT_NAME}")',
            ),
        )
    marker = document.get("format")
    if marker != FORMAT_NAME:
        if isinstance(marker, str) and marker in OTHER_FORMATS:
            _refuse(
                source,
                Refusal.NOT_A_SUMMARY,
                Problem(
                    OTHER_FORMAT_PROBLEMS[marker],
                    english=f"this is {OTHER_FORMATS[marker]}, not a summary: it holds names "
                    "and texts, and is not read here",
                ),
            )
        found = "missing" if "format" not in document else _describe(marker)
        english = f'not a ledarplan summary ("format" is {found}; expected "{FORMAT_NAME}")'
        _refuse(source, Refusal.NOT_A_SUMMARY, Problem(WRONG_FORMAT, english=english))
    version = document.get("format_version")
    if type(version) is not int:
        found = "missing" if "format_version" not in document else f"is {_kind(version)}"
        english = f"format_version: {found}; expected a whole number"
        _refuse(source, Refusal.DAMAGED, Problem(NO_VERSION, english=english))
    if version > FORMAT_VERSION:
        english = (
            f"the file was written by a newer version of ledarplan (summary format {version}); "
            f"this version reads format {FORMAT_VERSION}. Update ledarplan to read it"
        )
        problem = Problem(NEWER_FORMAT, english=english, version=version, current=FORMAT_VERSION)
        _refuse(source, Refusal.NEWER, problem)
    if version < FORMAT_VERSION:
        english = (
            f"format_version: there is no summary format {version}; "
            f"this version reads format {FORMAT_VERSION}"
        )
        _refuse(source, Refusal.DAMAGED, Problem(NO_SUCH_FORMAT, english=english, version=version))


_FIELD_NAME = re.compile(r"[a-z][a-z0-9_-]{0,63}")


def _is_text(err: Any) -> bool:
    """An error that means something was added that a summary never holds: a field it does
    not have, or text where an id, a number or a fixed word belongs."""
    if err["type"] == "extra_forbidden":
        return True
    return isinstance(err.get("input"), str) and err["type"] != "missing"


def _text_problem(err: Any) -> Problem:
    """What is wrong, without repeating the text itself (it may be a person's name): a key
    that is not a plain field name is shown as "…" too."""
    loc = [part for part in err["loc"] if part != "[key]"]
    where = _format_path(tuple(_plain(part) for part in loc))
    return Problem(FIELD_ADDED if err["type"] == "extra_forbidden" else TEXT_ADDED, where)


def _plain(part: str | int) -> str | int:
    return part if isinstance(part, int) or _FIELD_NAME.fullmatch(part) else "…"


def _capped(problems: list[Problem]) -> list[Problem]:
    if len(problems) <= MAX_PROBLEMS:
        return problems
    return [*problems[:MAX_PROBLEMS], Problem(MORE)]


# --- against the models installed here -------------------------------------------------------


def model_problems(plan: PlanFacts, pack: FrameworkPack | None) -> list[Problem]:
    """What of `plan` the installed model does not know (model, level, items): a summary is
    shown in the model's own words, never in words from the file (ids of a pack only)."""
    if pack is None:
        english = f"model {plan.model!r}: not installed here (install its pack to read it)"
        return [Problem(MODEL_MISSING, english=english, model=plan.model)]
    problems = []
    levels = {level.id for level in pack.levels}
    if plan.level is not None and plan.level not in levels:
        english = f"level {plan.level!r}: not a role level of the model {pack.id!r}"
        problems.append(Problem(LEVEL_UNKNOWN, english=english, level=plan.level, model=pack.id))
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
        english = f"item(s) {shown}: not in the model {pack.id!r} as installed here"
        problems.append(Problem(ITEMS_UNKNOWN, english=english, items=shown, model=pack.id))
    return problems
