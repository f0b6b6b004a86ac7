"""The round description hidden in a feedback form (`domain.feedback.FormSpec`), read back.

It is checked like a file: a form whose description was edited into something else is refused,
so a filled form can never claim another scale, threshold or set of fields than its round's.
"""

from __future__ import annotations

import json
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ledarplan.domain.entities import RespondentGroup
from ledarplan.domain.feedback import FORM_VERSION, FormSpec
from ledarplan.domain.rules import MAX_LIST, MAX_QUESTIONS
from ledarplan.exchange.fields import ModelId, ScalePoint, Threshold, Uuid, _enum
from ledarplan.exchange.messages import _pydantic_problem

_MAX_TEXT = 200_000  # the description of a form with every item of the largest model


class SpecModel(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    form: Literal["ledarplan-feedback-form"]
    version: int
    round: Uuid
    scale: Annotated[list[ScalePoint], Field(min_length=2, max_length=2)]
    threshold: Threshold
    groups: Annotated[list[_enum(RespondentGroup)], Field(min_length=1, max_length=4)]
    items: Annotated[list[ModelId], Field(min_length=1, max_length=MAX_LIST)]
    areas: Annotated[list[ModelId], Field(min_length=1, max_length=MAX_LIST)]
    questions: Annotated[int, Field(ge=0, le=MAX_QUESTIONS)]


def parse_spec(text: str) -> FormSpec:
    """The form's description; raises ValueError saying briefly what is wrong."""
    if len(text) > _MAX_TEXT:
        raise ValueError("it is too long")
    try:
        document = json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        raise ValueError("it is not what ledarplan wrote") from None
    version = document.get("version") if isinstance(document, dict) else None
    if type(version) is int and version > FORM_VERSION:
        raise ValueError(
            f"a form of a newer version of ledarplan ({version}); update ledarplan to read it"
        )
    try:
        parsed = SpecModel.model_validate(document)
    except ValidationError as exc:
        raise ValueError(_pydantic_problem(exc.errors(include_url=False)[0])) from None
    low, high = parsed.scale
    if not low < high or parsed.version != FORM_VERSION:
        raise ValueError("its scale or version is not possible")
    return FormSpec(
        parsed.round,
        low,
        high,
        parsed.threshold,
        tuple(parsed.groups),
        tuple(parsed.items),
        tuple(parsed.areas),
        parsed.questions,
    )
