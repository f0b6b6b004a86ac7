"""The format's name, version and limits, and the checked field types its document uses."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from typing import Annotated, Any

from pydantic import AfterValidator, Field, PlainSerializer, PlainValidator, StringConstraints

from ledarplan.domain import rules
from ledarplan.exchange.messages import _describe, _kind
from ledarplan.exchange.upgrades import FORMAT_VERSION  # noqa: F401 - the format's version, here

FORMAT_NAME = "ledarplan-plan"

# Limits keep a hostile or broken file from exhausting memory, the database or the UI.
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_LINE = rules.MAX_NAME  # names and other one-line fields
MAX_TEXT = rules.MAX_TEXT  # free text
MAX_LIST = rules.MAX_LIST  # entries of any list
MAX_SNAPSHOT_ITEMS = 2_000
#: Model names, level names and area titles come from the pack (at most 300 characters).
MAX_MODEL_NAME = 300
MAX_SOURCE = 2_000  # "Organisation: Title (year), url" from the pack's source
MAX_PARTICIPANTS = 2_000  # as rules.normalise_talk
MAX_ID = 64  # model, level, area and item ids, as in packs
MAX_SCALE = rules.SCALE_LIMIT
MAX_FIELDS = 64  # fields of one record, in its change stamps
MAX_DELETED = 20_000  # deleted records a plan file remembers
MAX_CHANGES = 2**53  # a desk's running number of changes (JSON's safe integers)
MAX_PROBLEMS = 50  # a broken file may have thousands; the first ones say enough


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
Question = _string(rules.MAX_QUESTION, single_line=True, required=True)
FeedbackText = _string(rules.MAX_FEEDBACK_TEXT, required=True)


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


def _iso(value: date) -> str:
    return value.isoformat()


# Written as Python writes ISO 8601 ("+00:00", not pydantic's "Z"), as format 1 always has been.
Date = Annotated[date, PlainValidator(_parse_date), PlainSerializer(_iso)]
DateTime = Annotated[datetime, PlainValidator(_parse_datetime), PlainSerializer(_iso)]
Percent = Annotated[int, Field(ge=0, le=100)]
ScalePoint = Annotated[int, Field(ge=0, le=MAX_SCALE)]


def _enum(kind: type) -> Any:
    # Enums are written by value; strict mode would want the Python enum object itself.
    return Annotated[kind, Field(strict=False)]


def _list(item: Any, limit: int = MAX_LIST) -> Any:
    return Annotated[list[item], Field(max_length=limit)]


def _map(key: Any, value: Any, limit: int = MAX_FIELDS) -> Any:
    return Annotated[dict[key, value], Field(max_length=limit)]


ChangeNumber = Annotated[int, Field(ge=0, le=MAX_CHANGES)]
Threshold = Annotated[int, Field(ge=rules.MIN_THRESHOLD, le=rules.MAX_THRESHOLD)]
Count = Annotated[int, Field(ge=0, le=rules.MAX_RESPONDENTS)]
#: A field's name in a record's change stamps: snake_case, as the file's own keys.
FieldName = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z_]{0,39}$")]
