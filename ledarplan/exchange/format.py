"""The plan exchange file (format "ledarplan-plan", version 1): writing and reading.

A file holds one `PlanBundle` as JSON (UTF-8). Reading trusts nothing: the size is
checked before parsing, the JSON is parsed without duplicate keys or NaN, the document is
checked against the pydantic models below (every field required, no unknown fields, size
limits, no control characters), the references between objects are checked, and finally
the domain rules run on every object. Every failure is an `ExchangeError` whose problems
name the path in the document, e.g. ``goals[2].actions[0].what: must not be empty``.

Whether the plan's model (and level) is installed is for the import service to decide.
docs/exchange-format.md describes the format for HR and integrators; keep the two in step.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone
from functools import partial
from typing import Annotated, Any, Literal, NoReturn

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PlainValidator,
    StringConstraints,
    ValidationError,
)

from ledarplan.domain import rules
from ledarplan.domain.entities import (
    Action,
    ActionKind,
    ActionStatus,
    Agreement,
    AssessmentRound,
    AssessorKind,
    CheckIn,
    CoachingSession,
    DevelopmentTalk,
    FrameworkSnapshot,
    Goal,
    GoalStatus,
    Person,
    Plan,
    PlanBundle,
    PlanStatus,
    PrepAnswer,
    Rating,
    SnapshotItem,
)
from ledarplan.domain.errors import DomainError, InvalidInputError

FORMAT_NAME = "ledarplan-plan"
FORMAT_VERSION = 1

# Limits keep a hostile or broken file from exhausting memory, the database or the UI.
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_LINE = rules.MAX_NAME  # names and other one-line fields
MAX_TEXT = rules.MAX_TEXT  # free text
MAX_LIST = rules.MAX_LIST  # entries of any list
MAX_SNAPSHOT_ITEMS = 2_000
#: Model names, level names and area titles come from the pack (at most 300 characters).
MAX_MODEL_NAME = 300
MAX_SOURCE = 2_000  # "Organisation: Title (year), url" from the pack's source
MAX_PARTICIPANTS = 2_000  # as rules.validate_talk
MAX_ID = 64  # model, level, area and item ids, as in packs
MAX_SCALE = rules.SCALE_LIMIT
MAX_PROBLEMS = 50  # a broken file may have thousands; the first ones say enough


class ExchangeError(DomainError):
    """A plan file cannot be read; `problems` says every reason found ("path: what")."""

    def __init__(self, source: str, problems: list[str]):
        self.source = source
        self.problems = list(problems)
        super().__init__("\n".join(f"{source}: {problem}" for problem in self.problems))


@dataclass(frozen=True)
class PlanFile:
    """A read plan file: the plan and what the file says about itself."""

    bundle: PlanBundle
    format_version: int
    exported_at: datetime
    app_version: str
    includes_private_notes: bool


# --- field types ----------------------------------------------------------------------

# Control characters other than tab and newline (C0, DEL, C1), and lone surrogates (which
# cannot be stored as UTF-8). A file uses "\n" for line breaks, never "\r".
_FORBIDDEN = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.I)
_MODEL_ID = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_DATETIME = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2})"
    r"(?::([0-9]{2})(?:\.([0-9]{1,6}))?)?"
    r"(Z|[+-][0-9]{2}:[0-9]{2}(?::[0-9]{2})?)?"
)


def _check_string(*, single_line: bool, required: bool) -> Callable[[str], str]:
    def check(value: str) -> str:
        bad = _FORBIDDEN.search(value)
        if bad is not None:
            char = ord(bad.group())
            kind = "an unpaired surrogate" if 0xD800 <= char <= 0xDFFF else "a control character"
            raise ValueError(
                f"contains {kind} (U+{char:04X} at character {bad.start() + 1}); "
                "only line breaks (\\n) and tabs are allowed"
            )
        if single_line and "\n" in value.strip():
            raise ValueError("must be a single line")
        if required and not value.strip():
            raise ValueError("must not be empty")
        return value

    return check


def _string(limit: int, *, single_line: bool = False, required: bool = False) -> Any:
    return Annotated[
        str,
        StringConstraints(max_length=limit),
        AfterValidator(_check_string(single_line=single_line, required=required)),
    ]


Line = _string(MAX_LINE, single_line=True)
RequiredLine = _string(MAX_LINE, single_line=True, required=True)
Text = _string(MAX_TEXT)
RequiredText = _string(MAX_TEXT, required=True)
ModelName = _string(MAX_MODEL_NAME)
SourceText = _string(MAX_SOURCE)
Participants = _string(MAX_PARTICIPANTS)


def _uuid(value: str) -> str:
    if not _UUID.fullmatch(value):
        raise ValueError(
            f"{_describe(value)} is not an id of the form "
            "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx (a UUID)"
        )
    return value.lower()


def _model_id(value: str) -> str:
    if not _MODEL_ID.fullmatch(value):
        raise ValueError(
            f"{_describe(value)} is not a model id (lower-case letters a-z, digits and "
            "single hyphens)"
        )
    return value


Uuid = Annotated[str, AfterValidator(_uuid)]
ModelId = Annotated[str, StringConstraints(max_length=MAX_ID), AfterValidator(_model_id)]


def _parse_date(value: Any) -> date:
    if not isinstance(value, str):
        raise ValueError(f"wrong type: expected a date as text (YYYY-MM-DD), found {_kind(value)}")
    match = _DATE.fullmatch(value)
    if match is None:
        raise ValueError(f"{_describe(value)} is not a date of the form YYYY-MM-DD")
    try:
        return date(*(int(part) for part in match.groups()))
    except ValueError:
        raise ValueError(f"{_describe(value)} is not a date in the calendar") from None


def _parse_datetime(value: Any) -> datetime:
    if not isinstance(value, str):
        raise ValueError(
            f"wrong type: expected a date and time as text (ISO 8601), found {_kind(value)}"
        )
    match = _DATETIME.fullmatch(value)
    if match is None:
        raise ValueError(
            f"{_describe(value)} is not a date and time of the form YYYY-MM-DDThh:mm:ss "
            "(optionally with .ffffff and Z or ±hh:mm)"
        )
    year, month, day, hour, minute, second, fraction, offset = match.groups()
    try:
        tz = None
        if offset == "Z":
            tz = timezone.utc
        elif offset is not None:
            parts = [int(p) for p in offset[1:].split(":")]
            delta = timedelta(hours=parts[0], minutes=parts[1], seconds=sum(parts[2:]))
            if parts[1] >= 60 or sum(parts[2:]) >= 60:
                raise ValueError
            tz = timezone(-delta if offset[0] == "-" else delta)
        return datetime(
            int(year),
            int(month),
            int(day),
            int(hour),
            int(minute),
            int(second or 0),
            int((fraction or "0").ljust(6, "0")),
            tzinfo=tz,
        )
    except ValueError:
        raise ValueError(f"{_describe(value)} is not a valid date and time") from None


Date = Annotated[date, PlainValidator(_parse_date)]
DateTime = Annotated[datetime, PlainValidator(_parse_datetime)]
Percent = Annotated[int, Field(ge=0, le=100)]
ScalePoint = Annotated[int, Field(ge=0, le=MAX_SCALE)]


def _enum(kind: type) -> Any:
    # Enums are written by value; strict mode would want the Python enum object itself.
    return Annotated[kind, Field(strict=False)]


def _list(item: Any, limit: int = MAX_LIST) -> Any:
    return Annotated[list[item], Field(max_length=limit)]


# --- the document ---------------------------------------------------------------------


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class SnapshotItemModel(_Model):
    item_id: ModelId
    area_id: ModelId
    area_title: ModelName
    label: Text  # an item's title, or the first line of its text
    text: Text
    expectation: Text


class SnapshotModel(_Model):
    framework_name: ModelName
    source: SourceText
    level_name: ModelName
    items: _list(SnapshotItemModel, MAX_SNAPSHOT_ITEMS)


class PersonModel(_Model):
    id: Uuid
    name: RequiredLine
    job_title: Line
    unit: Line
    email: Line
    archived: bool
    created_at: DateTime | None
    updated_at: DateTime | None


class PlanModel(_Model):
    id: Uuid
    person_id: Uuid
    framework_id: ModelId
    framework_version: ModelName
    level_id: ModelId | None
    title: Line
    period_start: Date | None
    period_end: Date | None
    status: _enum(PlanStatus)
    created_at: DateTime | None
    updated_at: DateTime | None
    snapshot: SnapshotModel


class RatingModel(_Model):
    item_id: ModelId
    value: ScalePoint | None
    comment: Text


class RoundModel(_Model):
    id: Uuid
    plan_id: Uuid
    date: Date
    assessor_kind: _enum(AssessorKind)
    assessor_name: Line
    scale_min: ScalePoint
    scale_max: ScalePoint
    note: Text
    ratings: _list(RatingModel)


class CheckInModel(_Model):
    id: Uuid
    date: Date
    note: Text
    progress: Percent | None


class ActionModel(_Model):
    id: Uuid
    what: RequiredText
    how: Text
    why: Text
    who: Text
    when: Text
    follow_up: Text
    kind: _enum(ActionKind)
    building_block: Line | None
    due_date: Date | None
    status: _enum(ActionStatus)
    done_date: Date | None


class GoalModel(_Model):
    id: Uuid
    plan_id: Uuid
    title: RequiredLine
    description: Text
    item_ids: _list(ModelId)
    success_criterion: Text
    target_date: Date | None
    status: _enum(GoalStatus)
    progress: Percent
    checkins: _list(CheckInModel)
    actions: _list(ActionModel)


class AgreementModel(_Model):
    id: Uuid
    text: RequiredText
    owner: Line
    due_date: Date | None
    done: bool
    carried_from: Uuid | None


class SessionModel(_Model):
    id: Uuid
    plan_id: Uuid
    date: Date
    with_whom: Line
    topic: Line
    goal_ids: _list(Uuid)
    notes: Text
    notes_private: bool
    experience: Text
    reflection: Text
    conclusion: Text
    experiment: Text
    agreements: _list(AgreementModel)
    next_date: Date | None


class PrepAnswerModel(_Model):
    question: RequiredText
    answer: Text
    question_key: Line


class TalkModel(_Model):
    id: Uuid
    plan_id: Uuid
    date: Date | None
    participants: Participants
    leader_prep: _list(PrepAnswerModel)
    manager_prep: _list(PrepAnswerModel)
    summary: Text
    agreements: _list(AgreementModel)
    follow_up_date: Date | None
    signed_off_by: Line
    signed_off_at: DateTime | None


class PlanFileModel(_Model):
    format: Literal["ledarplan-plan"]
    format_version: Literal[1]
    exported_at: DateTime
    app_version: Line
    includes_private_notes: bool
    person: PersonModel
    plan: PlanModel
    assessment_rounds: _list(RoundModel)
    goals: _list(GoalModel)
    coaching_sessions: _list(SessionModel)
    development_talks: _list(TalkModel)


# --- writing --------------------------------------------------------------------------


def bundle_to_json(
    bundle: PlanBundle, *, include_private_notes: bool, app_version: str, exported_at: datetime
) -> str:
    """The plan as an exchange file (pretty JSON, UTF-8 text without escapes).

    Without `include_private_notes`, coaching sessions whose notes are private are written
    with empty notes; their other fields (and sessions with shared notes) are kept.
    """
    sessions = [
        s if include_private_notes or not s.notes_private else replace(s, notes="")
        for s in bundle.sessions
    ]
    document = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "exported_at": exported_at.isoformat(),
        "app_version": app_version,
        "includes_private_notes": include_private_notes,
        "person": _person_doc(bundle.person),
        "plan": _plan_doc(bundle.plan),
        "assessment_rounds": [_round_doc(r) for r in bundle.rounds],
        "goals": [_goal_doc(g) for g in bundle.goals],
        "coaching_sessions": [_session_doc(s) for s in sessions],
        "development_talks": [_talk_doc(t) for t in bundle.talks],
    }
    return json.dumps(document, indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _person_doc(person: Person) -> dict[str, Any]:
    return {
        "id": person.id,
        "name": person.name,
        "job_title": person.job_title,
        "unit": person.unit,
        "email": person.email,
        "archived": person.archived,
        "created_at": _iso(person.created_at),
        "updated_at": _iso(person.updated_at),
    }


def _plan_doc(plan: Plan) -> dict[str, Any]:
    snapshot = plan.snapshot
    return {
        "id": plan.id,
        "person_id": plan.person_id,
        "framework_id": plan.framework_id,
        "framework_version": plan.framework_version,
        "level_id": plan.level_id,
        "title": plan.title,
        "period_start": _iso(plan.period_start),
        "period_end": _iso(plan.period_end),
        "status": plan.status.value,
        "created_at": _iso(plan.created_at),
        "updated_at": _iso(plan.updated_at),
        "snapshot": {
            "framework_name": snapshot.framework_name,
            "source": snapshot.source,
            "level_name": snapshot.level_name,
            "items": [
                {
                    "item_id": item.item_id,
                    "area_id": item.area_id,
                    "area_title": item.area_title,
                    "label": item.label,
                    "text": item.text,
                    "expectation": item.expectation,
                }
                for item in snapshot.items
            ],
        },
    }


def _round_doc(round_: AssessmentRound) -> dict[str, Any]:
    return {
        "id": round_.id,
        "plan_id": round_.plan_id,
        "date": _iso(round_.date),
        "assessor_kind": round_.assessor_kind.value,
        "assessor_name": round_.assessor_name,
        "scale_min": round_.scale_min,
        "scale_max": round_.scale_max,
        "note": round_.note,
        "ratings": [
            {"item_id": r.item_id, "value": r.value, "comment": r.comment} for r in round_.ratings
        ],
    }


def _goal_doc(goal: Goal) -> dict[str, Any]:
    return {
        "id": goal.id,
        "plan_id": goal.plan_id,
        "title": goal.title,
        "description": goal.description,
        "item_ids": list(goal.item_ids),
        "success_criterion": goal.success_criterion,
        "target_date": _iso(goal.target_date),
        "status": goal.status.value,
        "progress": goal.progress,
        "checkins": [
            {"id": c.id, "date": _iso(c.date), "note": c.note, "progress": c.progress}
            for c in goal.checkins
        ],
        "actions": [_action_doc(a) for a in goal.actions],
    }


def _action_doc(action: Action) -> dict[str, Any]:
    return {
        "id": action.id,
        "what": action.what,
        "how": action.how,
        "why": action.why,
        "who": action.who,
        "when": action.when,
        "follow_up": action.follow_up,
        "kind": action.kind.value,
        "building_block": action.building_block,
        "due_date": _iso(action.due_date),
        "status": action.status.value,
        "done_date": _iso(action.done_date),
    }


def _agreement_doc(agreement: Agreement) -> dict[str, Any]:
    return {
        "id": agreement.id,
        "text": agreement.text,
        "owner": agreement.owner,
        "due_date": _iso(agreement.due_date),
        "done": agreement.done,
        "carried_from": agreement.carried_from,
    }


def _session_doc(session: CoachingSession) -> dict[str, Any]:
    return {
        "id": session.id,
        "plan_id": session.plan_id,
        "date": _iso(session.date),
        "with_whom": session.with_whom,
        "topic": session.topic,
        "goal_ids": list(session.goal_ids),
        "notes": session.notes,
        "notes_private": session.notes_private,
        "experience": session.experience,
        "reflection": session.reflection,
        "conclusion": session.conclusion,
        "experiment": session.experiment,
        "agreements": [_agreement_doc(a) for a in session.agreements],
        "next_date": _iso(session.next_date),
    }


def _prep_doc(answers: list[PrepAnswer]) -> list[dict[str, Any]]:
    return [
        {"question": a.question, "answer": a.answer, "question_key": a.question_key}
        for a in answers
    ]


def _talk_doc(talk: DevelopmentTalk) -> dict[str, Any]:
    return {
        "id": talk.id,
        "plan_id": talk.plan_id,
        "date": _iso(talk.date),
        "participants": talk.participants,
        "leader_prep": _prep_doc(talk.leader_prep),
        "manager_prep": _prep_doc(talk.manager_prep),
        "summary": talk.summary,
        "agreements": [_agreement_doc(a) for a in talk.agreements],
        "follow_up_date": _iso(talk.follow_up_date),
        "signed_off_by": talk.signed_off_by,
        "signed_off_at": _iso(talk.signed_off_at),
    }


# --- reading --------------------------------------------------------------------------


def bundle_from_json(data: bytes, source: str = "<file>") -> PlanBundle:
    """Reads and checks a plan file; raises `ExchangeError` naming every problem found."""
    return read_plan_file(data, source).bundle


def read_plan_file(data: bytes, source: str = "<file>") -> PlanFile:
    """As `bundle_from_json`, with what the file says about itself (when, which version …)."""
    if len(data) > MAX_FILE_BYTES:
        _fail(source, f"the file is too large ({len(data)} bytes; at most {MAX_FILE_BYTES})")
    document = _parse_json(_decode(data, source), source)
    _check_header(document, source)
    parsed = _validate(document, source)
    problems = _check_references(parsed)
    if problems:
        _fail(source, *_capped(problems))
    bundle = _build_bundle(parsed)
    problems = _check_domain_rules(bundle)
    if problems:
        _fail(source, *_capped(problems))
    return PlanFile(
        bundle=bundle,
        format_version=parsed.format_version,
        exported_at=parsed.exported_at,
        app_version=parsed.app_version,
        includes_private_notes=parsed.includes_private_notes,
    )


def _fail(source: str, *problems: str) -> NoReturn:
    raise ExchangeError(source, list(problems))


def _validate(document: dict[str, Any], source: str) -> PlanFileModel:
    try:
        return PlanFileModel.model_validate(document)
    except ValidationError as exc:
        errors = exc.errors(include_url=False)[: MAX_PROBLEMS + 1]
    _fail(source, *_capped([_pydantic_problem(err) for err in errors]))


def _capped(problems: list[str]) -> list[str]:
    if len(problems) <= MAX_PROBLEMS:
        return problems
    return [*problems[:MAX_PROBLEMS], "… and more problems (only the first ones are shown)"]


def _decode(data: bytes, source: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        _fail(source, "the file is UTF-16 text; a plan file must be UTF-8")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad = exc.start
    else:
        if not text.strip():
            _fail(source, "the file is empty")
        return text
    _fail(
        source,
        f"the file is not UTF-8 text (byte 0x{data[bad]:02x} at offset {bad}); "
        "a plan file must be UTF-8",
    )


class _DuplicateKeyError(Exception):
    pass


class _BadConstantError(Exception):
    pass


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKeyError(key)
        result[key] = value
    return result


def _no_constants(name: str) -> Any:
    raise _BadConstantError(name)


def _parse_json(text: str, source: str) -> Any:
    try:
        return json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constants)
    except json.JSONDecodeError as exc:
        problem = f"not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
    except _DuplicateKeyError as exc:
        problem = (
            f"not valid JSON for a plan: the key {_describe(exc.args[0])} appears twice "
            "in one object"
        )
    except _BadConstantError as exc:
        problem = f"not valid JSON: {exc.args[0]} is not a number JSON allows"
    except RecursionError:
        problem = "not valid JSON for a plan: the document is nested too deeply"
    except ValueError:  # an integer with thousands of digits
        problem = "not valid JSON for a plan: a number has too many digits"
    _fail(source, problem)


def _check_header(document: Any, source: str) -> None:
    if not isinstance(document, dict):
        _fail(
            source,
            f"not a ledarplan plan file (the document is {_kind(document)}, "
            f'not an object with "format": "{FORMAT_NAME}")',
        )
    marker = document.get("format")
    if not isinstance(marker, str) or marker != FORMAT_NAME:
        found = "missing" if "format" not in document else _describe(marker)
        _fail(
            source,
            f'not a ledarplan plan file ("format" is {found}; expected "{FORMAT_NAME}")',
        )
    if "format_version" not in document:
        _fail(source, "format_version: required field is missing")
    version = document["format_version"]
    if type(version) is not int:
        _fail(
            source, f"format_version: wrong type: expected a whole number, found {_kind(version)}"
        )
    if version > FORMAT_VERSION:
        _fail(
            source,
            f"the file was written by a newer version of ledarplan (format {_describe(version)});"
            f" this version reads format {FORMAT_VERSION}. Update ledarplan to read it",
        )
    if version < FORMAT_VERSION:
        _fail(
            source,
            f"format_version: there is no format {_describe(version)}; "
            f"this version reads format {FORMAT_VERSION}",
        )


# --- messages from pydantic -----------------------------------------------------------

_WANTED = {
    "string_type": "text",
    "int_type": "a whole number",
    "bool_type": "true or false",
    "list_type": "a list",
    "model_type": "an object",
    "dict_type": "an object",
    "model_attributes_type": "an object",
}
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _pydantic_problem(err: Any) -> str:
    loc = tuple(err["loc"])
    kind = err["type"]
    value = err.get("input")
    ctx = err.get("ctx") or {}
    if kind == "missing":
        message = "required field is missing"
    elif kind == "extra_forbidden":
        message = "unknown field"
    elif kind in _WANTED:
        message = f"wrong type: expected {_WANTED[kind]}, found {_kind(value)}"
    elif kind == "string_too_long":
        length = len(value) if isinstance(value, str) else "?"
        message = f"is too long ({length} characters; at most {ctx.get('max_length')})"
    elif kind == "too_long":
        message = (
            f"has too many entries ({ctx.get('actual_length')}; at most {ctx.get('max_length')})"
        )
    elif kind == "greater_than_equal":
        message = f"{_describe(value)} is too small (at least {ctx.get('ge')})"
    elif kind == "less_than_equal":
        message = f"{_describe(value)} is too large (at most {ctx.get('le')})"
    elif kind in ("enum", "literal_error"):
        message = f"{_describe(value)} is not allowed here (expected {ctx.get('expected')})"
    elif kind == "string_unicode":  # e.g. "\\ud800" escaped in the JSON
        message = "contains an unpaired surrogate (not valid Unicode text)"
    elif kind == "value_error" and "error" in ctx:
        message = str(ctx["error"])
    else:  # no other kinds are expected; say what is known without pydantic's wording
        message = "has a value that is not allowed here"
    where = _format_path(loc)
    return f"{where}: {message}" if where else message


def _format_path(loc: tuple[str | int, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif _NAME.fullmatch(part):
            out += f".{part}" if out else part
        else:  # an unknown key may hold anything, even control characters
            out += f"[{json.dumps(_short(part))}]"
    return out


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def _describe(value: Any) -> str:
    """A value for a message: short, quoted, control characters escaped."""
    if isinstance(value, str):
        return json.dumps(_short(value), ensure_ascii=False).replace("\u2028", "\\u2028")
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, int):
        digits = str(value) if value.bit_length() < 4000 else "a huge number"
        return _short(digits)
    if isinstance(value, float):
        return _short(repr(value))
    return _kind(value)


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return f"the number {_describe(value)}"
    if isinstance(value, str):
        return f"the text {_describe(value)}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


# --- references -----------------------------------------------------------------------


def _check_references(doc: PlanFileModel) -> list[str]:
    """What pydantic cannot see: unique ids and links between the file's objects."""
    return [*_check_ids(doc), *_check_owners(doc), *_check_links(doc)]


def _check_ids(doc: PlanFileModel) -> list[str]:
    # Every object keeps its id in the database, so no two may share one.
    ids = [("person.id", doc.person.id), ("plan.id", doc.plan.id)]
    for i, round_ in enumerate(doc.assessment_rounds):
        ids.append((f"assessment_rounds[{i}].id", round_.id))
    for i, goal in enumerate(doc.goals):
        ids.append((f"goals[{i}].id", goal.id))
        ids += [(f"goals[{i}].checkins[{j}].id", c.id) for j, c in enumerate(goal.checkins)]
        ids += [(f"goals[{i}].actions[{j}].id", a.id) for j, a in enumerate(goal.actions)]
    for kind, parents in (
        ("coaching_sessions", doc.coaching_sessions),
        ("development_talks", doc.development_talks),
    ):
        for i, parent in enumerate(parents):
            ids.append((f"{kind}[{i}].id", parent.id))
            ids += [
                (f"{kind}[{i}].agreements[{j}].id", a.id) for j, a in enumerate(parent.agreements)
            ]
    problems: list[str] = []
    seen: dict[str, str] = {}
    for path, ident in ids:
        if ident in seen:
            problems.append(f"{path}: the id '{ident}' is used twice (also at {seen[ident]})")
        else:
            seen[ident] = path
    return problems


def _check_owners(doc: PlanFileModel) -> list[str]:
    problems: list[str] = []
    plan = doc.plan
    if plan.person_id != doc.person.id:
        problems.append(
            f"plan.person_id: '{plan.person_id}' is not the person in this file "
            f"(person.id is '{doc.person.id}')"
        )
    children: list[tuple[str, list[Any]]] = [
        ("assessment_rounds", doc.assessment_rounds),
        ("goals", doc.goals),
        ("coaching_sessions", doc.coaching_sessions),
        ("development_talks", doc.development_talks),
    ]
    for kind, objects in children:
        for i, child in enumerate(objects):
            if child.plan_id != plan.id:
                problems.append(
                    f"{kind}[{i}].plan_id: '{child.plan_id}' is not the plan in this file "
                    f"(plan.id is '{plan.id}')"
                )
    return problems


def _check_links(doc: PlanFileModel) -> list[str]:
    problems: list[str] = []
    items: dict[str, int] = {}
    for k, item in enumerate(doc.plan.snapshot.items):
        if item.item_id in items:
            problems.append(
                f"plan.snapshot.items[{k}].item_id: the item '{item.item_id}' is listed twice "
                f"(also at plan.snapshot.items[{items[item.item_id]}])"
            )
        else:
            items[item.item_id] = k

    def links(paths_and_ids: list[tuple[str, str]], known: Any, what: str, twice: str) -> None:
        linked: set[str] = set()
        for path, ident in paths_and_ids:
            if ident not in known:
                problems.append(f"{path}: '{ident}' is not {what}")
            elif ident in linked:
                problems.append(f"{path}: '{ident}' {twice}")
            linked.add(ident)

    model_item = "an item of the plan's model (plan.snapshot.items)"
    for i, round_ in enumerate(doc.assessment_rounds):
        rated = [
            (f"assessment_rounds[{i}].ratings[{k}].item_id", rating.item_id)
            for k, rating in enumerate(round_.ratings)
        ]
        links(rated, items, model_item, "is rated twice")
    for i, goal in enumerate(doc.goals):
        linked = [(f"goals[{i}].item_ids[{k}]", ident) for k, ident in enumerate(goal.item_ids)]
        links(linked, items, model_item, "is linked twice")
    goal_ids = {goal.id for goal in doc.goals}
    for i, session in enumerate(doc.coaching_sessions):
        linked = [
            (f"coaching_sessions[{i}].goal_ids[{k}]", ident)
            for k, ident in enumerate(session.goal_ids)
        ]
        links(linked, goal_ids, "a goal in this file", "is linked twice")
    return problems


# --- domain objects and rules ---------------------------------------------------------


def _build_bundle(doc: PlanFileModel) -> PlanBundle:
    p, pl = doc.person, doc.plan
    person = Person(
        name=p.name,
        job_title=p.job_title,
        unit=p.unit,
        email=p.email,
        archived=p.archived,
        id=p.id,
        created_at=p.created_at,
        updated_at=p.updated_at,
    )
    snapshot = FrameworkSnapshot(
        framework_name=pl.snapshot.framework_name,
        source=pl.snapshot.source,
        level_name=pl.snapshot.level_name,
        items=tuple(
            SnapshotItem(
                item_id=i.item_id,
                area_id=i.area_id,
                area_title=i.area_title,
                label=i.label,
                text=i.text,
                expectation=i.expectation,
            )
            for i in pl.snapshot.items
        ),
    )
    plan = Plan(
        person_id=pl.person_id,
        framework_id=pl.framework_id,
        framework_version=pl.framework_version,
        snapshot=snapshot,
        level_id=pl.level_id,
        title=pl.title,
        period_start=pl.period_start,
        period_end=pl.period_end,
        status=pl.status,
        id=pl.id,
        created_at=pl.created_at,
        updated_at=pl.updated_at,
    )
    return PlanBundle(
        person=person,
        plan=plan,
        rounds=[_round(r) for r in doc.assessment_rounds],
        goals=[_goal(g) for g in doc.goals],
        sessions=[_session(s) for s in doc.coaching_sessions],
        talks=[_talk(t) for t in doc.development_talks],
    )


def _round(r: RoundModel) -> AssessmentRound:
    return AssessmentRound(
        plan_id=r.plan_id,
        date=r.date,
        assessor_kind=r.assessor_kind,
        assessor_name=r.assessor_name,
        scale_min=r.scale_min,
        scale_max=r.scale_max,
        note=r.note,
        ratings=[Rating(item_id=x.item_id, value=x.value, comment=x.comment) for x in r.ratings],
        id=r.id,
    )


def _goal(g: GoalModel) -> Goal:
    return Goal(
        plan_id=g.plan_id,
        title=g.title,
        description=g.description,
        item_ids=list(g.item_ids),
        success_criterion=g.success_criterion,
        target_date=g.target_date,
        status=g.status,
        progress=g.progress,
        checkins=[
            CheckIn(date=c.date, note=c.note, progress=c.progress, id=c.id) for c in g.checkins
        ],
        actions=[
            Action(
                what=a.what,
                how=a.how,
                why=a.why,
                who=a.who,
                when=a.when,
                follow_up=a.follow_up,
                kind=a.kind,
                building_block=a.building_block,
                due_date=a.due_date,
                status=a.status,
                done_date=a.done_date,
                id=a.id,
            )
            for a in g.actions
        ],
        id=g.id,
    )


def _agreements(agreements: list[AgreementModel]) -> list[Agreement]:
    return [
        Agreement(
            text=a.text,
            owner=a.owner,
            due_date=a.due_date,
            done=a.done,
            carried_from=a.carried_from,
            id=a.id,
        )
        for a in agreements
    ]


def _session(s: SessionModel) -> CoachingSession:
    return CoachingSession(
        plan_id=s.plan_id,
        date=s.date,
        with_whom=s.with_whom,
        topic=s.topic,
        goal_ids=list(s.goal_ids),
        notes=s.notes,
        notes_private=s.notes_private,
        experience=s.experience,
        reflection=s.reflection,
        conclusion=s.conclusion,
        experiment=s.experiment,
        agreements=_agreements(s.agreements),
        next_date=s.next_date,
        id=s.id,
    )


def _prep(answers: list[PrepAnswerModel]) -> list[PrepAnswer]:
    return [
        PrepAnswer(question=a.question, answer=a.answer, question_key=a.question_key)
        for a in answers
    ]


def _talk(t: TalkModel) -> DevelopmentTalk:
    return DevelopmentTalk(
        plan_id=t.plan_id,
        date=t.date,
        participants=t.participants,
        leader_prep=_prep(t.leader_prep),
        manager_prep=_prep(t.manager_prep),
        summary=t.summary,
        agreements=_agreements(t.agreements),
        follow_up_date=t.follow_up_date,
        signed_off_by=t.signed_off_by,
        signed_off_at=t.signed_off_at,
        id=t.id,
    )


def _check_domain_rules(bundle: PlanBundle) -> list[str]:
    """The rules every stored object obeys (they also normalise, e.g. trim names)."""
    problems: list[str] = []

    def run(prefix: str, check: Callable[[], None]) -> bool:
        try:
            check()
        except InvalidInputError as exc:
            field = exc.field
            if not prefix:  # the validator was given the whole path as its field name
                problems.append(f"{field}: {exc.reason}")
            else:
                problems.append(f"{prefix}.{field}: {exc.reason}")
            return False
        return True

    run("person", partial(rules.validate_person, bundle.person))
    run("plan", partial(rules.validate_plan, bundle.plan))
    item_ids = bundle.plan.snapshot.item_ids
    for i, round_ in enumerate(bundle.rounds):
        try:
            rules.validate_round(round_, item_ids)
        except InvalidInputError as exc:
            problems.append(
                f"assessment_rounds[{i}]{_rating_path(exc.field, round_)}: {exc.reason}"
            )
    for i, goal in enumerate(bundle.goals):
        actions_ok = [
            run(f"goals[{i}].actions[{j}]", partial(rules.validate_action, action))
            for j, action in enumerate(goal.actions)
        ]
        if all(actions_ok):
            run(f"goals[{i}]", partial(rules.validate_goal, goal, item_ids))
    goal_ids = {goal.id for goal in bundle.goals}
    for i, session in enumerate(bundle.sessions):
        path = f"coaching_sessions[{i}]"
        if _agreements_ok(session.agreements, path, run):
            run(path, partial(rules.validate_session, session, goal_ids))
    for i, talk in enumerate(bundle.talks):
        path = f"development_talks[{i}]"
        if _agreements_ok(talk.agreements, path, run):
            run(path, partial(rules.validate_talk, talk))
    return problems


def _agreements_ok(
    agreements: list[Agreement], path: str, run: Callable[[str, Callable[[], None]], bool]
) -> bool:
    # One at a time, so that a problem names the agreement's index; all are checked.
    ok = True
    for j, agreement in enumerate(agreements):
        field = f"{path}.agreements[{j}]"
        ok = run("", partial(rules.validate_agreements, [agreement], field)) and ok
    return ok


def _rating_path(field: str, round_: AssessmentRound) -> str:
    """'ratings.<item id>[.comment]' from validate_round, as '.ratings[k][.comment]'."""
    if field.startswith("ratings."):
        rest = field.removeprefix("ratings.")
        for k, rating in enumerate(round_.ratings):
            for suffix in ("", ".comment"):
                if rest == f"{rating.item_id}{suffix}":
                    return f".ratings[{k}]{suffix}"
    return f".{field}"
