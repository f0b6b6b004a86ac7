"""Reading a filled feedback form (pypdf): its round, and one respondent's answers.

A form is checked as a whole before anything of it is used: it must be a readable PDF (not
damaged, not locked with a password, not huge), have the round's hidden description
(`domain.feedback.FormSpec`), exactly the fields that description names, and values on the
form's scale and among its groups. Only the field values are read: the file's name, its
metadata (author, dates, the reader that saved it) and anything else in it are never looked at,
and nothing of the file is kept but the answers, which are aggregated at once.
"""

from __future__ import annotations

import hashlib
import io
import logging
from dataclasses import dataclass
from typing import Any

from ledarplan.domain.entities import RespondentGroup
from ledarplan.domain.errors import DomainError
from ledarplan.domain.feedback import (
    CANNOT_SAY,
    FORM_FIELD,
    GROUP_FIELD,
    NO_GROUP,
    FormAnswers,
    FormSpec,
    comment_field,
    question_field,
    rating_field,
)
from ledarplan.domain.rules import MAX_FEEDBACK_TEXT
from ledarplan.exchange.feedback_spec import parse_spec

#: A form with every item of a large model is well under 1 MB; some readers embed fonts.
MAX_FORM_BYTES = 20 * 1024 * 1024

_CONTROL = str.maketrans(dict.fromkeys([*range(0, 9), 11, 12, *range(14, 32)]))


class FormError(DomainError):
    """A file that cannot be counted as a filled form of a round, and why."""

    def __init__(self, source: str, problem: str):
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


@dataclass(frozen=True)
class FilledForm:
    """A read form: which round's, its answers, and a digest to tell the same file twice."""

    spec: FormSpec
    answers: FormAnswers
    digest: str


def digest_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def looks_like_pdf(data: bytes) -> bool:
    return b"%PDF-" in data[:1024]


def read_form(data: bytes, source: str) -> FilledForm:
    """The form's round and answers; raises `FormError` naming what is wrong."""
    if len(data) > MAX_FORM_BYTES:
        raise FormError(
            source, f"the file is too large ({len(data)} bytes; at most {MAX_FORM_BYTES})"
        )
    if not looks_like_pdf(data):
        raise FormError(source, "not a PDF file")
    fields = _fields(data, source)
    if FORM_FIELD not in fields:
        raise FormError(
            source,
            "not a ledarplan feedback form (it has no round in it"
            + ("; a form printed to PDF or flattened loses its fields)" if not fields else ")"),
        )
    try:
        spec = parse_spec(str(fields[FORM_FIELD].get("/V") or ""))
    except ValueError as exc:
        raise FormError(
            source, f"the form's hidden round description was changed ({exc})"
        ) from None
    _check_fields(spec, fields, source)
    answers = _answers(spec, fields, source)
    return FilledForm(spec, answers, digest_of(data))


def _fields(data: bytes, source: str) -> dict[str, Any]:
    from pypdf import PdfReader  # noqa: PLC0415 - a large import, needed only here

    # pypdf says what it repairs in a damaged file through logging; the user gets one line.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise FormError(
                source,
                "the PDF is locked with a password, so its answers cannot be read; ask for the "
                "form saved without a password",
            )
        return dict(reader.get_fields() or {})
    except FormError:
        raise
    except Exception as exc:
        reason = type(exc).__name__ if not str(exc) else str(exc).splitlines()[0][:160]
        raise FormError(source, f"the PDF is damaged and cannot be read ({reason})") from None


def _check_fields(spec: FormSpec, fields: dict[str, Any], source: str) -> None:
    kinds = {FORM_FIELD: "/Tx", GROUP_FIELD: "/Ch"}
    kinds.update({rating_field(i): "/Btn" for i in spec.item_ids})
    kinds.update(dict.fromkeys(spec.text_fields(), "/Tx"))
    unknown = sorted(set(fields) - set(kinds))
    if unknown:
        raise FormError(
            source,
            f"the form was changed: it has fields the round's form has not ({_names(unknown)})",
        )
    missing = sorted(set(kinds) - set(fields))
    if missing:
        raise FormError(source, f"the form was changed: fields are missing ({_names(missing)})")
    wrong = sorted(n for n, kind in kinds.items() if fields[n].get("/FT") != kind)
    if wrong:
        raise FormError(source, f"the form was changed: other kinds of fields ({_names(wrong)})")


def _names(names: list[str]) -> str:
    shown = ", ".join(repr(n[:60]) for n in names[:5])
    return shown + (f" and {len(names) - 5} more" if len(names) > 5 else "")


def _answers(spec: FormSpec, fields: dict[str, Any], source: str) -> FormAnswers:
    ratings: dict[str, int | None] = {}
    for item_id in spec.item_ids:
        name = rating_field(item_id)
        value = _choice_value(fields[name])
        if value is None:
            continue
        if value == CANNOT_SAY:
            ratings[item_id] = None
        elif value.isdigit() and int(value) in spec.points:
            ratings[item_id] = int(value)
        else:
            raise FormError(
                source,
                f"{name}: {value[:40]!r} is not on the form's scale "
                f"({spec.scale_min}–{spec.scale_max}, or {CANNOT_SAY})",
            )
    comments = {a: t for a in spec.area_ids if (t := _text(fields, comment_field(a), source))}
    answers = {
        q: t for q in range(spec.questions) if (t := _text(fields, question_field(q), source))
    }
    group = _group(spec, fields[GROUP_FIELD], source)
    answered = FormAnswers(group or RespondentGroup.OTHER, ratings, comments, answers)
    if answered.empty:
        raise FormError(source, "the form is not filled in")
    if group is None:
        choices = ", ".join(g.value for g in spec.groups)
        raise FormError(source, f"no group is chosen (who answers: {choices}); nothing is counted")
    return answered


def _choice_value(field: Any) -> str | None:
    """A radio group's chosen export value: its /V, else the widget whose /AS is on (a reader
    that saves only the appearance state)."""
    value = field.get("/V")
    if value is None:
        for kid in field.get("/Kids") or ():
            state = kid.get_object().get("/AS")
            if state is not None and str(state) != "/Off":
                value = state
                break
    text = str(value).removeprefix("/") if value is not None else ""
    return text if text and text != "Off" else None


def _text(fields: dict[str, Any], name: str, source: str) -> str:
    value = fields[name].get("/V")
    if value is None:
        return ""
    if not isinstance(value, str):
        raise FormError(source, f"{name}: the answer is not text")
    # Readers end lines with "\r"; control characters would spoil a PDF or a list.
    text = value.replace("\r\n", "\n").replace("\r", "\n").translate(_CONTROL).strip()
    if len(text) > MAX_FEEDBACK_TEXT:
        raise FormError(
            source,
            f"{name}: the text is too long ({len(text)} characters; at most "
            f"{MAX_FEEDBACK_TEXT}, as the form's field allows)",
        )
    return text


def _group(spec: FormSpec, field: Any, source: str) -> RespondentGroup | None:
    value = field.get("/V")
    if isinstance(value, list):
        raise FormError(source, f"{GROUP_FIELD}: more than one group is chosen")
    chosen = str(value).strip() if value is not None else ""
    if chosen in ("", NO_GROUP):
        return None
    options = {g.value: g for g in spec.groups}
    if chosen not in options:
        # A reader that saves the option's words instead of its value: look them up.
        for option in field.get("/Opt") or ():
            pair = option.get_object() if hasattr(option, "get_object") else option
            if isinstance(pair, list) and len(pair) == 2 and str(pair[1]) == chosen:
                chosen = str(pair[0])
    if chosen not in options:
        raise FormError(
            source,
            f"{GROUP_FIELD}: {chosen[:40]!r} is not one of the form's groups "
            f"({', '.join(options)})",
        )
    return options[chosen]
