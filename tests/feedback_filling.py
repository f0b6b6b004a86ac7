"""Filling a feedback form in the tests as a PDF reader saves it: the field values, the radio
buttons' appearance states, appended to the file as an incremental update."""

from __future__ import annotations

import io
import itertools
from collections.abc import Mapping

from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, TextStringObject

from ledarplan.domain.entities import (
    FeedbackRound,
    Person,
    Plan,
    RespondentGroup,
)
from ledarplan.domain.feedback import (
    GROUP_FIELD,
    comment_field,
    question_field,
    rating_field,
)
from ledarplan.pdf.form.labels import FormLabels
from ledarplan.pdf.form.writer import FormContent, render_feedback_form_bytes

Rating = int | str  # a point of the scale, or domain.feedback.CANNOT_SAY
_SAVES = itertools.count(1)


def answers(
    group: RespondentGroup | str | None,
    ratings: Mapping[str, Rating] = (),  # type: ignore[assignment]
    comments: Mapping[str, str] = (),  # type: ignore[assignment]
    questions: Mapping[int, str] = (),  # type: ignore[assignment]
) -> dict[str, str]:
    """The field values a respondent leaves in the form."""
    values: dict[str, str] = {}
    if group is not None:
        values[GROUP_FIELD] = group.value if isinstance(group, RespondentGroup) else group
    for item_id, value in dict(ratings).items():
        values[rating_field(item_id)] = f"/{value}"
    for area_id, text in dict(comments).items():
        values[comment_field(area_id)] = text
    for index, text in dict(questions).items():
        values[question_field(index)] = text
    return values


def fill(form: bytes, values: Mapping[str, str], *, password: str | None = None) -> bytes:
    """The form with `values` typed in and saved, as a reader saves it: each field's /V, the
    chosen radio button's /AS (the others /Off), appended as an incremental update."""
    writer = PdfWriter(io.BytesIO(form), incremental=password is None)
    radios = {k: v for k, v in values.items() if v.startswith("/")}
    texts = {k: v for k, v in values.items() if not v.startswith("/")}
    for page in writer.pages:
        for annotation in page.get("/Annots") or ():
            widget = annotation.get_object()
            parent = widget.get("/Parent")
            name = str(parent.get_object()["/T"]) if parent is not None else str(widget.get("/T"))
            if name in radios:
                states = widget["/AP"]["/N"].keys()
                chosen = radios[name] if radios[name] in states else "/Off"
                widget[NameObject("/AS")] = NameObject(chosen)
                parent.get_object()[NameObject("/V")] = NameObject(radios[name])
            elif name in texts:
                widget[NameObject("/V")] = TextStringObject(texts[name])
    writer.set_need_appearances_writer(True)
    # As a reader does: its name and the time of saving, so two people's files differ even
    # when their answers are the same.
    second = next(_SAVES)
    hour, minute = second // 3600 % 24, second // 60 % 60
    writer.add_metadata(
        {
            "/Producer": "Test PDF Reader 1.0",
            "/Author": "Bo Berg",
            "/ModDate": f"D:20270301{hour:02d}{minute:02d}{second % 60:02d}",
        }
    )
    if password is not None:
        writer.encrypt(password, algorithm="AES-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def form_of(
    round_: FeedbackRound, plan: Plan, person: Person, labels: FormLabels | None = None
) -> bytes:
    return render_feedback_form_bytes(FormContent(round_, plan, person), labels or FormLabels())


def read_back(data: bytes) -> dict[str, object]:
    return {k: f.get("/V") for k, f in (PdfReader(io.BytesIO(data)).get_fields() or {}).items()}
