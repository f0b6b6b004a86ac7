"""Filled feedback forms and collectors' summaries are read and checked as files: every kind
of bad file is refused with what is wrong with it."""

from __future__ import annotations

import io
import json
import uuid
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from pypdf import PdfWriter
from pypdf.generic import DictionaryObject, NameObject, NumberObject, TextStringObject

from ledarplan.domain.entities import (
    FeedbackRound,
    FrameworkSnapshot,
    Person,
    Plan,
    RespondentGroup,
    SnapshotItem,
)
from ledarplan.domain.feedback import CANNOT_SAY, FORM_FIELD, FormSpec, aggregate
from ledarplan.exchange.errors import ExchangeError
from ledarplan.exchange.feedback_forms import MAX_FORM_BYTES, FormError, read_form
from ledarplan.exchange.feedback_summary import (
    Summary,
    SummaryModel,
    read_summary,
    summary_to_json,
)
from tests.feedback_filling import answers, fill, form_of

STAFF, PEERS, MANAGER, OTHER = RespondentGroup
SNAPSHOT = FrameworkSnapshot(
    "Kalixmodellen",
    "Kalix kommun: Handbok (2026)",
    items=(
        SnapshotItem("mal", "lista", "Checklista", "Jag sätter mål."),
        SnapshotItem("leda", "lista", "Checklista", "Jag leder arbetet."),
        SnapshotItem("tillit", "relation", "Relationer", "Jag visar tillit."),
    ),
)
PERSON = Person("Åsa Öster")
PLAN = Plan(PERSON.id, "kalix", "1", SNAPSHOT)
ROUND = FeedbackRound(
    PLAN.id,
    date(2027, 3, 1),
    ["mal", "leda", "tillit"],
    questions=["Vad ska Åsa fortsätta med?"],
    groups=[STAFF, PEERS, MANAGER],
)


@pytest.fixture(scope="module")
def form() -> bytes:
    return form_of(ROUND, PLAN, PERSON)


def problem_of(data: bytes) -> str:
    with pytest.raises(FormError) as caught:
        read_form(data, "svar.pdf")
    assert str(caught.value).startswith("svar.pdf: ")
    return caught.value.problem


def test_a_filled_form_gives_its_round_and_answers(form):
    data = fill(
        form,
        answers(
            STAFF,
            {"mal": 4, "leda": CANNOT_SAY},
            {"lista": "Tydlig\r\nmen stressad"},
            {0: "Mer dialog"},
        ),
    )
    read = read_form(data, "svar.pdf")
    assert read.spec == FormSpec.of(ROUND, SNAPSHOT)
    assert read.answers.group is STAFF
    assert read.answers.ratings == {"mal": 4, "leda": None}  # tillit left blank
    assert read.answers.comments == {"lista": "Tydlig\nmen stressad"}
    assert read.answers.answers == {0: "Mer dialog"}


def test_a_reader_that_saves_only_the_buttons_appearance_state_is_read_too(form):
    data = fill(form, answers(PEERS, {"mal": 2}))
    writer = PdfWriter(io.BytesIO(data))
    for reference in writer.root_object["/AcroForm"]["/Fields"]:
        field = reference.get_object()
        if field.get("/T") == "rating__mal":
            del field[NameObject("/V")]
    buffer = io.BytesIO()
    writer.write(buffer)
    assert read_form(buffer.getvalue(), "x.pdf").answers.ratings == {"mal": 2}


def test_an_unfilled_form_is_refused(form):
    assert problem_of(form) == "the form is not filled in"
    assert problem_of(fill(form, answers(STAFF))) == "the form is not filled in"


def test_answers_without_a_group_are_refused(form):
    assert problem_of(fill(form, answers(None, {"mal": 3}))).startswith(
        "no group is chosen (who answers: staff, peers, manager)"
    )


def test_a_value_outside_the_scale_is_refused(form):
    assert problem_of(fill(form, answers(STAFF, {"mal": 7}))) == (
        "rating__mal: '7' is not on the form's scale (1–5, or cannot-say)"
    )


def test_a_group_the_round_does_not_ask_is_refused(form):
    problem = problem_of(fill(form, answers("chef", {"mal": 3})))
    assert problem.startswith("group: 'chef' is not one of the form's groups")
    assert problem_of(fill(form, answers(OTHER, {"mal": 3}))).startswith("group: 'other'")


def with_extra_field(data: bytes) -> bytes:
    writer = PdfWriter(io.BytesIO(data))
    field = writer._add_object(
        DictionaryObject(
            {
                NameObject("/FT"): NameObject("/Tx"),
                NameObject("/T"): TextStringObject("name"),
                NameObject("/V"): TextStringObject("Bo"),
                NameObject("/Ff"): NumberObject(0),
            }
        )
    )
    writer.root_object["/AcroForm"]["/Fields"].append(field)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_a_form_with_fields_of_its_own_is_refused(form):
    data = with_extra_field(fill(form, answers(STAFF, {"mal": 3})))
    assert problem_of(data) == (
        "the form was changed: it has fields the round's form has not ('name')"
    )


def test_a_form_whose_hidden_description_was_edited_is_refused(form):
    spec = json.loads(FormSpec.of(ROUND, SNAPSHOT).to_text())
    for edit, expected in [
        ({"threshold": 1}, "threshold: 1 is too small (at least 2)"),
        ({"version": 9}, "a form of a newer version of ledarplan (9)"),
        ({"scale": [1, 50]}, "scale[1]: 50 is too large (at most 10)"),
    ]:
        edited = fill(form, {**answers(STAFF, {"mal": 3}), FORM_FIELD: json.dumps(spec | edit)})
        assert problem_of(edited).startswith(
            f"the form's hidden round description was changed ({expected}"
        )


def test_a_damaged_pdf_is_refused(form):
    data = fill(form, answers(STAFF, {"mal": 3}))
    damaged = data[:200] + b"\x00garbage\x00" * 50
    assert problem_of(damaged).startswith(
        ("the PDF is damaged and cannot be read", "not a ledarplan feedback form")
    )
    assert problem_of(b"%PDF-1.4\n%garbage").startswith("the PDF is damaged")


def test_an_encrypted_pdf_is_refused(form):
    data = fill(form, answers(STAFF, {"mal": 3}), password="hemligt")
    assert problem_of(data).startswith("the PDF is locked with a password")


def test_a_huge_file_and_other_files_are_refused_before_they_are_parsed(form):
    assert problem_of(b"%PDF-1.7\n" + b" " * MAX_FORM_BYTES).startswith("the file is too large")
    assert problem_of(b"PK\x03\x04 a zip file") == "not a PDF file"


def test_a_pdf_without_the_forms_fields_is_not_a_feedback_form():
    from reportlab.pdfgen.canvas import Canvas  # noqa: PLC0415

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(100, 700, "Printed to PDF")
    canvas.save()
    assert problem_of(buffer.getvalue()).startswith("not a ledarplan feedback form")


# --- the collector's summary ----------------------------------------------------------------


def summary_text(**changes) -> bytes:
    spec = FormSpec.of(ROUND, SNAPSHOT)
    batch = aggregate(spec, [])
    summary = Summary(str(uuid.UUID(int=5)), spec, batch, datetime(2027, 3, 9, tzinfo=timezone.utc))
    document = json.loads(summary_to_json(summary, app_version="0.1.0"))
    document.update(changes)
    return json.dumps(document).encode("utf-8")


def test_a_summary_reads_back_as_written():
    read = read_summary(summary_text(), "sammanfattning.json")
    assert read.spec == FormSpec.of(ROUND, SNAPSHOT)
    assert read.summary_id == str(uuid.UUID(int=5))


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        (
            {"format": "ledarplan-plan"},
            'not a ledarplan feedback summary ("format" is "ledarplan-plan"',
        ),
        (
            {"format_version": 2},
            "the summary was written by a newer version of ledarplan (format 2)",
        ),
        ({"file_name": "svar.pdf"}, "file_name: unknown field"),
        ({"threshold": 1}, "threshold: 1 is too small (at least 2)"),
        (
            {
                "results": [
                    {
                        "group": "peers",
                        "respondents": 2,
                        "items": [],
                        "comments": [],
                        "answers": [],
                        "folded": [],
                    }
                ]
            },
            "results: peers has fewer respondents than the threshold (3)",
        ),
    ],
)
def test_a_bad_summary_is_refused_naming_what_is_wrong(changes, problem):
    with pytest.raises(ExchangeError) as caught:
        read_summary(summary_text(**changes), "sammanfattning.json")
    assert caught.value.problems[0].startswith(problem)


def test_the_documented_summary_is_a_valid_summary():
    docs = Path(__file__).resolve().parents[2] / "docs" / "exchange-format.md"
    section = docs.read_text(encoding="utf-8").split("## Feedback summary", 1)[1]
    example = section.split("```json\n", 1)[1].split("\n```", 1)[0]
    read = read_summary(example.encode("utf-8"), "example.json")
    assert [(r.group, r.respondents) for r in read.batch.results] == [(STAFF, 4)]
    assert read.batch.left_out == [PEERS, MANAGER]
    for name in SummaryModel.model_fields:
        assert f"`{name}`" in section
