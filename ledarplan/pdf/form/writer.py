"""The feedback round's fillable PDF form (AcroForm fields), one for all respondents.

Every respondent gets the same file: the model's texts verbatim at the plan's level with the
source named, a radio group per item (the scale's points and "cannot say"), a comment field per
area, the open questions, the respondent's group as a choice, and the round hidden in a
read-only field (`domain.feedback.FormSpec`), so that filled forms can be matched and checked.
The field names are in `domain.feedback`. Printed, the form still reads: every field has its
words beside it and the group choice lists its options.

Form fields use a standard PDF font (Helvetica): reportlab's AcroForm cannot use an embedded
font for them, and every PDF reader has it. The printed texts are in the embedded DejaVu.
"""

from __future__ import annotations

import io
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, SimpleDocTemplate, Spacer

from ledarplan.domain.entities import FeedbackRound, Person, Plan
from ledarplan.domain.feedback import (
    CANNOT_SAY,
    FORM_FIELD,
    GROUP_FIELD,
    NO_GROUP,
    FormSpec,
    comment_field,
    question_field,
    rating_field,
)
from ledarplan.domain.rules import MAX_FEEDBACK_TEXT
from ledarplan.frameworks.scale import anchors
from ledarplan.pdf.fonts import REGULAR, printable, register_fonts
from ledarplan.pdf.form.labels import FormLabels
from ledarplan.pdf.labels import fill
from ledarplan.pdf.markup import Paragraph, markup
from ledarplan.pdf.styles import (
    ACCENT,
    INK,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    RULE,
    make_styles,
)

PAGE = (21.0 * cm, 29.7 * cm)  # A4, as the municipalities print
_FIELD_FONT = "Helvetica"  # see the module's docstring
_RADIO = 12.0
_POINT_STEP = 34.0
_COMMENT_HEIGHT = 2.2 * cm
_ANSWER_HEIGHT = 3.2 * cm


@dataclass(frozen=True)
class FormContent:
    """What the form shows: the round, its plan (the model's texts) and the leader's name."""

    round_: FeedbackRound
    plan: Plan
    person: Person


def render_feedback_form(content: FormContent, labels: FormLabels, out: Path) -> Path:
    """Writes the form to `out` whole or not at all (a temporary file moved into place)."""
    out = Path(out)
    fd, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    temporary = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(render_feedback_form_bytes(content, labels))
            handle.flush()
            os.fsync(handle.fileno())
        temporary.replace(out)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return out


def render_feedback_form_bytes(content: FormContent, labels: FormLabels) -> bytes:
    register_fonts()
    # Laid out twice: the first time to count the pages for "Page N of M" in the footer.
    pages = _render(content, labels, io.BytesIO(), None)
    buffer = io.BytesIO()
    _render(content, labels, buffer, pages)
    return buffer.getvalue()


def _render(content: FormContent, labels: FormLabels, target: BinaryIO, pages: int | None) -> int:
    name = content.person.name
    footer = fill(labels.form_id, id=content.round_.id[:8])
    counted: list[int] = []

    def decorate(canvas: Canvas, doc: Any) -> None:
        number = canvas.getPageNumber()
        counted.append(number)
        canvas.saveState()
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(MUTED)
        page = fill(labels.page_of, page=number, pages=pages or "…")
        canvas.drawString(MARGIN_X, MARGIN_BOTTOM - 0.9 * cm, printable(footer))
        canvas.drawRightString(PAGE[0] - MARGIN_X, MARGIN_BOTTOM - 0.9 * cm, printable(page))
        canvas.restoreState()

    doc = SimpleDocTemplate(
        target,
        pagesize=PAGE,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=printable(fill(labels.title, name=name)),
        lang=labels.lang,
        initialFontName=REGULAR,
    )
    doc.build(_story(content, labels), onFirstPage=decorate, onLaterPages=decorate)
    return max(counted, default=1)


def _story(content: FormContent, labels: FormLabels) -> list[Flowable]:
    styles = make_styles()
    round_, plan, name = content.round_, content.plan, content.person.name
    snapshot = plan.snapshot
    spec = FormSpec.of(round_, snapshot)
    story: list[Flowable] = [
        _Hidden(FORM_FIELD, spec.to_text()),
        Paragraph(markup(fill(labels.title, name=name)), styles.cover_title),
        Paragraph(markup(fill(labels.intro, name=name)), styles.body),
        Paragraph(markup(fill(labels.anonymity, threshold=round_.threshold)), styles.body),
        Paragraph(markup(labels.how_to), styles.body),
        Spacer(0, 0.2 * cm),
    ]
    facts = [
        (labels.model, snapshot.framework_name),
        (labels.role_level, snapshot.level_name),
        (labels.source, snapshot.source),
        (labels.date, round_.date.strftime(labels.date_format)),
    ]
    for label, value in facts:
        if value:
            story.append(Paragraph(f"<b>{markup(label)}:</b> {markup(value)}", styles.small))
    meaning = anchors(snapshot, round_.scale_min, round_.scale_max, labels.scale_anchors)
    if meaning:
        points = " · ".join(f"<b>{value}</b> {markup(text)}" for value, text in meaning)
        story.append(Spacer(0, 0.15 * cm))
        story.append(Paragraph(f"<b>{markup(labels.scale_legend)}:</b> {points}", styles.small))
    groups = [(labels.group(g), g.value) for g in round_.groups]
    relation = fill(labels.group_question, name=name)
    story += [
        Spacer(0, 0.35 * cm),
        KeepTogether(
            [
                Paragraph(markup(relation), styles.h3),
                _GroupChoice([(labels.choose, NO_GROUP), *groups], relation),
                Paragraph(
                    markup(fill(labels.group_hint, groups=", ".join(g for g, _ in groups))),
                    styles.muted,
                ),
            ]
        ),
    ]
    points = [(str(p), str(p)) for p in spec.points] + [(labels.cannot_say, CANNOT_SAY)]
    asked = set(round_.item_ids)
    for area_id in spec.area_ids:
        items = [i for i in snapshot.items if i.area_id == area_id and i.item_id in asked]
        heading: list[Flowable] = [Paragraph(markup(items[0].area_title), styles.h2)]
        for item in items:
            # The area's title stays with its first item, never alone at the foot of a page.
            block: list[Flowable] = [*heading, Paragraph(markup(item.label), styles.cell_bold)]
            heading = []
            if item.text.strip() and item.text.strip() != item.label.strip():
                block.append(Paragraph(markup(item.text), styles.cell))
            if item.expectation.strip():
                block.append(Paragraph(markup(item.expectation), styles.cell))
            tooltip = fill(labels.rating_of, item=item.label)
            block += [_RadioRow(rating_field(item.item_id), points, tooltip), Spacer(0, 7)]
            story.append(KeepTogether(block))
        title = fill(labels.comments_on, area=items[0].area_title)
        story.append(
            KeepTogether(
                [
                    Paragraph(markup(title), styles.label),
                    _TextBox(comment_field(area_id), title, _COMMENT_HEIGHT),
                ]
            )
        )
    heading = [Paragraph(markup(labels.open_questions), styles.h2)]
    for index, question in enumerate(round_.questions):
        story.append(
            KeepTogether(
                [
                    *heading,
                    Paragraph(markup(question), styles.cell_bold),
                    _TextBox(question_field(index), question, _ANSWER_HEIGHT),
                    Spacer(0, 6),
                ]
            )
        )
        heading = []
    story += [Spacer(0, 0.4 * cm), Paragraph(markup(labels.thanks), styles.h3)]
    return story


# --- the fields ------------------------------------------------------------------------------


def _field_text(text: str) -> str:
    """A field's tooltip: one line, no characters a reader might show as boxes."""
    return " ".join(printable(text).split())[:300]


def _latin(text: str) -> str:
    """A choice's option as reportlab can draw it with the standard font (Latin-1)."""
    typographic = str.maketrans({"“": '"', "”": '"', "’": "'", "–": "-", "—": "-", "…": "..."})
    return text.translate(typographic).encode("latin-1", "replace").decode("latin-1")


class _Hidden(Flowable):
    """The round's description: a read-only field no reader shows or prints."""

    def __init__(self, name: str, value: str):
        super().__init__()
        self.name, self.value = name, value

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def draw(self) -> None:
        self.canv.acroForm.textfield(
            name=self.name,
            value=self.value,
            x=0,
            y=0,
            width=1,
            height=1,
            relative=True,
            annotationFlags="hidden",
            fieldFlags="readOnly",
            maxlen=0,
            borderWidth=0,
            fontName=_FIELD_FONT,
            fontSize=1,
        )


class _RadioRow(Flowable):
    """One item's rating: a radio button per point of the scale and one for "cannot say",
    each with its number (or words) printed above it."""

    def __init__(self, name: str, options: list[tuple[str, str]], tooltip: str):
        super().__init__()
        self.name, self.options, self.tooltip = name, options, tooltip

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width, self.height = availWidth, _RADIO + 14
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(INK)
        x = 8.0
        for number, (label, value) in enumerate(self.options):
            if value == CANNOT_SAY:
                x += _POINT_STEP * 0.6  # set apart from the scale
            canvas.drawCentredString(x + _RADIO / 2, _RADIO + 3, printable(label))
            self.canv.acroForm.radio(
                name=self.name,
                value=value,
                selected=False,
                x=x,
                y=0,
                size=_RADIO,
                buttonStyle="circle",
                shape="circle",
                borderColor=INK,
                fillColor=colors.white,
                textColor=ACCENT,
                borderWidth=0.8,
                relative=True,
                fieldFlags="noToggleToOff radio",
                tooltip=_field_text(f"{self.tooltip}: {label}") if number == 0 else None,
            )
            x += _POINT_STEP


class _TextBox(Flowable):
    """A multi-line text field as wide as the column, with a visible border for print."""

    def __init__(self, name: str, tooltip: str, height: float):
        super().__init__()
        self.name, self.tooltip, self.box_height = name, tooltip, height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        return availWidth, self.box_height + 6

    def draw(self) -> None:
        self.canv.acroForm.textfield(
            name=self.name,
            value="",
            x=0,
            y=3,
            width=self.width,
            height=self.box_height,
            relative=True,
            fieldFlags="multiline doNotSpellCheck",
            maxlen=MAX_FEEDBACK_TEXT,
            borderColor=RULE,
            fillColor=colors.white,
            textColor=INK,
            borderWidth=0.8,
            fontName=_FIELD_FONT,
            fontSize=10,
            tooltip=_field_text(self.tooltip),
        )


class _GroupChoice(Flowable):
    """The respondent's group: a drop-down list of the round's groups."""

    def __init__(self, options: list[tuple[str, str]], tooltip: str):
        super().__init__()
        self.options, self.tooltip = options, tooltip

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return availWidth, 24

    def draw(self) -> None:
        self.canv.acroForm.choice(
            name=GROUP_FIELD,
            value=NO_GROUP,
            options=[(_latin(label), value) for label, value in self.options],
            x=0,
            y=3,
            width=7 * cm,
            height=18,
            relative=True,
            borderColor=INK,
            fillColor=colors.white,
            textColor=INK,
            borderWidth=0.8,
            fontName=_FIELD_FONT,
            fontSize=10,
            tooltip=_field_text(self.tooltip),
        )
