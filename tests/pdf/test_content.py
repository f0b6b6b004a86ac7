"""What the document says: the model's expectations at the plan's level, and what is private."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from ledarplan.domain.entities import (
    Agreement,
    FrameworkSnapshot,
    Person,
    Plan,
    PlanBundle,
    PrepAnswer,
    Signature,
)
from tests.pdf.pdftext import MODELS, normalise, page_texts, pdf_text, reader, render


def expectation_texts(pack, level_id: str) -> list[str]:
    return [
        item.expectations[level_id]
        for area in pack.areas
        for item in area.items
        if level_id in item.expectations
    ]


LEVELS = ("direktor", "chef", "leder-af-ledere", "leder-af-medarbejdere")


@pytest.mark.parametrize("level_id", LEVELS)
def test_holstebro_prints_all_24_expectations_of_the_level_and_no_other(holstebro, demo, level_id):
    text = pdf_text(render(demo("holstebro", level_id), holstebro))
    own = expectation_texts(holstebro, level_id)
    assert len(own) == 24
    missing = [e for e in own if normalise(e) not in text]
    assert missing == []
    others = {
        normalise(e)
        for level in holstebro.levels
        if level.id != level_id
        for e in expectation_texts(holstebro, level.id)
    } - {normalise(e) for e in own}
    assert [e for e in others if e in text] == []
    level_name = next(lv.name for lv in holstebro.levels if lv.id == level_id)
    assert f"Expectations at role level: {level_name}" in text


def test_models_without_levels_print_their_areas_and_items(catalog, demo):
    pack = catalog.get("huddinge")
    text = pdf_text(render(demo("huddinge"), pack))
    assert "The model's areas and items" in text
    for area in pack.areas:
        assert normalise(area.title) in text
        for item in area.items:
            assert normalise(item.text or item.title or "") in text


def test_the_model_is_named_with_its_source_and_its_context_in_brief(holstebro, demo):
    bundle = demo("holstebro", "chef")
    text = pdf_text(render(bundle, holstebro))
    assert normalise(bundle.plan.snapshot.source) in text
    assert "De fire hjørneflag" in text  # cornerstones
    assert "Holstebro Kommunes tre værdier" in text  # values
    assert "Forord" not in text  # the long introduction stays in the program


def test_without_the_model_installed_the_snapshot_is_enough(holstebro, demo):
    bundle = demo("holstebro", "leder-af-ledere")
    text = pdf_text(render(bundle, None))
    for expectation in expectation_texts(holstebro, "leder-af-ledere"):
        assert normalise(expectation) in text
    assert "De fire hjørneflag" not in text  # the context comes from the pack only


def test_private_coaching_notes_are_left_out_unless_asked_for(holstebro, demo):
    bundle = demo("holstebro", "chef")
    session = bundle.sessions[0]
    assert session.notes_private
    session.notes = "Hemmelig note om min chef"
    session.reflection = "Privat refleksion nummer et"
    shared = bundle.sessions[1]
    shared.notes_private = False
    shared.notes = "Delbar note fra anden session"

    by_default = pdf_text(render(bundle, holstebro))
    assert "Hemmelig note om min chef" not in by_default
    assert "Privat refleksion nummer et" not in by_default
    assert "Delbar note fra anden session" in by_default  # shareable notes are always there
    assert "Private notes and answers are not included" in by_default
    assert normalise(session.topic) in by_default  # the summary of the session is not private
    assert normalise(session.agreements[0].text) in by_default

    with_private = pdf_text(render(bundle, holstebro, include_private=True))
    assert "Hemmelig note om min chef" in with_private
    assert "Privat refleksion nummer et" in with_private
    assert "Delbar note fra anden session" in with_private


def test_private_talk_answers_are_left_out_unless_asked_for(holstebro, demo):
    bundle = demo("holstebro", "chef")
    talk = bundle.talks[0]
    talk.leader_prep.append(PrepAnswer("Et privat spørgsmål", "Mit private svar", private=True))
    talk.manager_prep[0].private = True
    talk.manager_prep[0].answer = "Chefens private forberedelse"
    talk.leader_prep[1].answer = "Et svar til referatet"

    by_default = pdf_text(render(bundle, holstebro))
    assert "Mit private svar" not in by_default
    assert "Chefens private forberedelse" not in by_default
    assert "Et svar til referatet" in by_default

    with_private = pdf_text(render(bundle, holstebro, include_private=True))
    assert "Mit private svar" in with_private
    assert "Chefens private forberedelse" in with_private


def test_goals_actions_and_the_talk_are_all_there(holstebro, demo):
    bundle = demo("holstebro", "chef")
    talk = bundle.talks[0]
    talk.summary = "Vi er enige om at fokusere på opfølgning."
    text = pdf_text(render(bundle, holstebro))
    for number, goal in enumerate(bundle.goals, 1):
        assert f"Goal {number}: {normalise(goal.title)}" in text
        assert normalise(goal.success_criterion) in text
        for action in goal.actions:
            assert normalise(action.what) in text
            assert normalise(action.follow_up) in text
    for word in ("What", "How", "Why", "Who", "When", "How we follow up", "On the job", "Course"):
        assert word in text
    assert "Vi er enige om at fokusere på opfølgning." in text
    assert "Signatures" in text and "Signature" in text


def test_sections_can_be_left_out(holstebro, demo):
    bundle = demo("holstebro", "chef")
    sections = frozenset({"cover", "goals", "talk"})
    text = pdf_text(render(bundle, holstebro, sections=sections))
    for session in bundle.sessions:
        assert normalise(session.topic) not in text
    assert "Expectations at role level" not in text
    assert "Signatures" not in text
    assert "Goal 1:" in text


def test_without_the_cover_the_document_opens_with_the_title(holstebro, demo):
    bundle = demo("holstebro", "chef")
    sections = frozenset({"goals"})
    data = render(bundle, holstebro, sections=sections)
    first_page = page_texts(data)[0]
    assert first_page.startswith(normalise(bundle.plan.title))
    assert normalise(bundle.person.name) in first_page
    assert "Contents" not in pdf_text(data)


@pytest.mark.parametrize("model", MODELS)
def test_every_built_in_model_renders(catalog, demo, model):
    bundle = demo(model)
    text = pdf_text(render(bundle, catalog.get(model), organisation="Kommunen"))
    assert normalise(bundle.person.name) in text
    assert normalise(bundle.plan.snapshot.framework_name) in text
    assert normalise(bundle.goals[0].title) in text
    assert "Page 1 of" in text


def test_a_new_empty_plan_renders_with_what_is_still_missing():
    person = Person("Ny Leder")
    plan = Plan(person.id, "gone", "1", FrameworkSnapshot("Modellen", "Kommunen: Modellen"))
    bundle = PlanBundle(person, plan)
    text = pdf_text(render(bundle, None))
    for missing in (
        "No assessment has been made yet.",
        "No goals have been set yet.",
        "No coaching sessions yet.",
        "No development talk has been planned yet.",
    ):
        assert missing in text
    assert "Ny Leder" in text
    only_the_cover = render(bundle, None, sections=frozenset({"cover"}))
    assert len(reader(only_the_cover).pages) == 1


def test_a_held_talk_shows_its_outcome_and_a_coming_one_has_room_to_write(holstebro, demo):
    bundle = demo("holstebro", "chef")
    coming = pdf_text(render(bundle, holstebro, sections=frozenset({"talk"})))
    assert "Agreed summary" in coming and "To be filled in at the talk." in coming
    talk = bundle.talks[0]
    talk.summary = "Vi er enige om retningen."
    talk.agreements = [Agreement("Fast punkt om mål", "Mette", date(2025, 4, 30))]
    talk.follow_up_date = date(2025, 9, 15)
    talk.leader_signature = Signature("Mette Kjær Sørensen", "Chef", datetime(2025, 3, 31, 14, 0))
    talk.manager_signature = Signature("Anders Holm", "", datetime(2025, 3, 31, 15, 0))
    held = pdf_text(render(bundle, holstebro, sections=frozenset({"talk"})))
    assert "Vi er enige om retningen." in held
    assert "Fast punkt om mål Mette 2025-04-30 Open" in held
    assert "Follow-up date 2025-09-15" in held
    assert "Signed by the leader: Mette Kjær Sørensen, Chef, 2025-03-31" in held
    assert "Signed by the manager: Anders Holm, 2025-03-31" in held
    assert "To be filled in" not in held


def test_the_cover_names_the_manager_and_its_status_follows_the_talk(holstebro, demo):
    bundle = demo("holstebro", "chef")
    plan, talk = bundle.plan, bundle.talks[0]
    plan.manager_name, plan.manager_title = "Anders Holm", "Områdechef"
    cover = page_texts(render(bundle, holstebro, sections=frozenset({"cover"})))[0]
    assert "Manager Anders Holm, Områdechef" in normalise(cover)
    assert "Status Draft" in normalise(cover)

    talk.summary = "Vi er enige."
    talk.leader_signature = Signature("Mette Kjær Sørensen", "Chef", datetime(2025, 3, 31, 14, 0))
    talk.manager_signature = Signature("Anders Holm", "", datetime(2025, 4, 2, 9, 0))
    cover = page_texts(render(bundle, holstebro, sections=frozenset({"cover"})))[0]
    assert "Status Talk held and signed by both (2025-04-02)" in normalise(cover)

    signed = pdf_text(render(bundle, holstebro, sections=frozenset({"signatures"})))
    assert "Anders Holm, Områdechef" in signed
    assert "Signed in ledarplan by Anders Holm" in signed
    assert "Signed in ledarplan by Mette Kjær Sørensen" in signed
    assert "2025-04-02" in signed


def test_a_follow_up_without_a_date_has_a_line_to_write_one_in(holstebro, demo):
    bundle = demo("holstebro", "chef")
    bundle.talks[0].follow_up_date = None
    text = pdf_text(render(bundle, holstebro, sections=frozenset({"talk"})))
    assert "Follow-up date ________________________" in text


def test_the_pdf_says_what_the_ratings_mean(holstebro, demo):
    bundle = demo("holstebro", "chef")
    text = pdf_text(render(bundle, holstebro, sections=frozenset({"assessment"})))
    assert "What the ratings mean: 1 Not yet shown · 2 Shown now and then" in text
    assert "5 A strength others learn from" in text
