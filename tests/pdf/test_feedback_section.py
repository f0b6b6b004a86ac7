"""The PDF plan's "Feedback from others": the aggregate beside the own and manager's ratings,
the respondents per group and the threshold, and a line per group in the spider chart."""

from __future__ import annotations

from datetime import date

from ledarplan.domain.entities import FeedbackRound, RespondentGroup
from ledarplan.domain.feedback import FormAnswers, FormSpec, add_batch, aggregate
from ledarplan.i18n.pdf_labels import pdf_labels
from ledarplan.pdf import PdfLabels
from tests.pdf.pdftext import pdf_text, render

STAFF, PEERS, MANAGER, OTHER = RespondentGroup


def with_feedback(bundle):
    snapshot = bundle.plan.snapshot
    items = snapshot.item_ids
    round_ = FeedbackRound(
        bundle.plan.id, date(2025, 2, 20), list(items), questions=["Vad ska du fortsätta med?"],
        groups=list(RespondentGroup),
    )  # fmt: skip
    area = snapshot.items[0].area_id
    forms = [
        FormAnswers(STAFF, {items[0]: 2}, {area: f"Medarbetare {n}"}, {0: "Mötena"})
        for n in range(4)
    ]
    forms += [FormAnswers(PEERS, {items[0]: 5}, {area: "Bara två kollegor"}) for _ in range(2)]
    forms.append(FormAnswers(MANAGER, {items[0]: 4}))
    bundle.feedback = [add_batch(round_, aggregate(FormSpec.of(round_, snapshot), forms))]
    return bundle


def test_the_feedback_section_shows_groups_threshold_and_comments(demo, holstebro):
    bundle = with_feedback(demo("holstebro", "chef"))
    text = pdf_text(render(bundle, holstebro))
    labels = PdfLabels()
    assert labels.feedback in text
    assert "Feedback round of 2025-02-20: 7 respondents answered a form." in text
    assert "Respondents: Staff 4 · Others 3" in text
    assert "at least 3 people of it answered" in text
    assert "Too few on their own, so counted with others: Peers, Own manager." in text
    assert "Staff (4)" in text and "Others (3)" in text  # table columns and chart legend
    assert "Medarbetare 0" in text and "Bara två kollegor" in text  # folded with its group
    assert "Self-assessment, manager's assessment and feedback from others per area" in text


def test_without_feedback_the_section_is_left_out(demo, holstebro):
    text = pdf_text(render(demo("holstebro", "chef"), holstebro))
    assert "Feedback from others" not in text
    bundle = with_feedback(demo("holstebro", "chef"))
    text = pdf_text(render(bundle, holstebro, sections=frozenset({"cover", "goals"})))
    assert "Feedback from others" not in text


def test_the_section_speaks_the_plans_language(demo, holstebro):
    bundle = with_feedback(demo("holstebro", "chef"))
    for lang in ("sv", "da"):
        labels = pdf_labels(lang)
        text = pdf_text(render(bundle, holstebro, labels=labels))
        assert labels.feedback != "Feedback from others"
        assert labels.feedback in text and labels.group_staff in text
