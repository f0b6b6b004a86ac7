"""The plan exchange file: exact round trips, the privacy rule, and hostile or broken files."""

from __future__ import annotations

import copy
import dataclasses
import json
import re
import uuid
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ledarplan.domain.entities import (
    SESSION_TEXTS,
    Action,
    ActionKind,
    ActionStatus,
    Agreement,
    AssessmentRound,
    AssessorKind,
    CheckIn,
    CoachingSession,
    DevelopmentTalk,
    FeedbackAnswer,
    FeedbackComment,
    FeedbackRound,
    FrameworkSnapshot,
    Goal,
    GoalStatus,
    GroupFeedback,
    ItemFeedback,
    Person,
    Plan,
    PlanBundle,
    PlanStatus,
    PrepAnswer,
    Rating,
    RecordKind,
    RespondentGroup,
    Side,
    Signature,
    SnapshotItem,
)
from ledarplan.domain.errors import DomainError
from ledarplan.domain.rules import _BIDI_CONTROLS as _BIDI
from ledarplan.domain.rules import visible
from ledarplan.exchange import format as fmt
from ledarplan.exchange.format import (
    MAX_FILE_BYTES,
    ExchangeError,
    bundle_from_json,
    bundle_to_json,
    read_plan_file,
)

DOCS = Path(__file__).resolve().parents[2] / "docs" / "exchange-format.md"
EXPORTED_AT = datetime(2025, 3, 14, 9, 26, 53, tzinfo=timezone.utc)
NORDIC = "å ä ö æ ø Å Ä Ö Æ Ø"
HOSTILE = "<script>alert('x')</script> & &amp; \"citat\""
EMOJI = "🎯 👩🏽‍💼 🌱"
MULTILINE = f"Första raden {NORDIC}\nAndra raden\tmed tab\n\n{HOSTILE}\n{EMOJI}"


def rich_bundle() -> PlanBundle:
    """A plan with every field of every object set to something other than its default."""
    person = Person(
        name=f"Åsa Øster-Æblegård {EMOJI}",
        job_title="Enhetschef <äldreomsorg> & hemtjänst",
        unit=f"Vård och omsorg {NORDIC}",
        email="asa.oster@kommun.example.se",
        archived=True,
        created_at=datetime(2024, 1, 2, 3, 4, 5),
        updated_at=datetime(2024, 6, 7, 8, 9, 10, 123456, tzinfo=timezone.utc),
    )
    snapshot = FrameworkSnapshot(
        framework_name=f"Ledarskapsmodell {NORDIC}",
        source="Demo kommun: Ledarskap i Demo (2024), https://example.se/?a=1&b=<2>",
        level_name="Chef för chefer",
        items=(
            SnapshotItem("satta-mal", "mal", "Mål & riktning", "Sätter mål", MULTILINE, "Tydligt"),
            SnapshotItem("leda-andra", "mal", "Mål & riktning", f"Leder {EMOJI}", "", "Alltid"),
            SnapshotItem("tillit", "relationer", "Relationer", HOSTILE, "Text", ""),
        ),
    )
    plan = Plan(
        person_id=person.id,
        framework_id="demo-modell",
        framework_version="2024.1",
        snapshot=snapshot,
        level_id="chef",
        title=f"Min plan 2025 {NORDIC}",
        period_start=date(2025, 1, 1),
        period_end=date(2025, 12, 31),
        status=PlanStatus.AGREED,
        created_at=datetime(2024, 12, 1, 12, 0, tzinfo=timezone(timedelta(hours=1))),
        updated_at=datetime(2025, 1, 15, 8, 30, tzinfo=timezone(timedelta(hours=-5, minutes=-30))),
    )
    rounds = [
        AssessmentRound(
            plan_id=plan.id,
            date=date(2025, 1, 10),
            assessor_kind=AssessorKind.MANAGER,
            assessor_name="Bo Chef",
            scale_min=0,
            scale_max=10,
            note=MULTILINE,
            ratings=[
                Rating("satta-mal", 7, f"Bra {EMOJI}"),
                Rating("leda-andra", None, ""),
                Rating("tillit", 0, HOSTILE),
            ],
        ),
        AssessmentRound(plan_id=plan.id, date=date(2025, 6, 1), assessor_kind=AssessorKind.OTHER),
    ]
    goal_a = Goal(
        plan_id=plan.id,
        title=f"Tydligare mål {NORDIC}",
        description=MULTILINE,
        item_ids=["tillit", "satta-mal"],
        success_criterion="Alla vet målen & <varför>",
        target_date=date(2025, 9, 30),
        status=GoalStatus.IN_PROGRESS,
        progress=40,
        checkins=[
            CheckIn(date(2025, 2, 1), note=f"Halvvägs {EMOJI}", progress=40),
            CheckIn(date(2025, 3, 1), note="", progress=None),
        ],
        actions=[
            Action(
                what=f"Månadsmöte {NORDIC}",
                how="Med dagordning\n– punkt 1\n– punkt 2",
                why=HOSTILE,
                who="Jag & teamet",
                when="Första måndagen",
                follow_up="I coachningen",
                kind=ActionKind.WITH_OTHERS,
                building_block="mentorskap",
                due_date=date(2025, 4, 1),
                status=ActionStatus.DONE,
                done_date=date(2025, 3, 28),
            ),
            Action(what="Kurs", kind=ActionKind.COURSE),
        ],
    )
    goal_b = Goal(plan_id=plan.id, title="Andra målet", status=GoalStatus.DROPPED, progress=100)
    first_agreement = Agreement(
        text=f"Boka möte {EMOJI}", owner="Åsa", due_date=date(2025, 2, 15), done=True
    )
    sessions = [
        CoachingSession(
            plan_id=plan.id,
            date=date(2025, 2, 1),
            with_whom="Coach Örjan",
            topic=f"Svåra samtal {NORDIC}",
            goal_ids=[goal_a.id, goal_b.id],
            notes=f"Privat: {MULTILINE}",
            notes_private=True,
            experience="Det som hände",
            reflection="Det jag märkte <b>",
            conclusion="Det jag förstår nu & då",
            experiment=f"Det jag prövar {EMOJI}",
            agreements=[first_agreement],
            next_date=date(2025, 3, 1),
        ),
        CoachingSession(
            plan_id=plan.id,
            date=date(2025, 3, 1),
            notes=f"Delade anteckningar {NORDIC}",
            notes_private=False,
            agreements=[
                Agreement(text="Fortsätt", carried_from=first_agreement.id),
                Agreement(text="Från förr", carried_from=str(uuid.uuid4())),
            ],
        ),
    ]
    talks = [
        DevelopmentTalk(
            plan_id=plan.id,
            date=date(2025, 4, 1),
            participants=f"Åsa, Bo\nHR: Øystein {EMOJI}",
            leader_prep=[
                PrepAnswer("Vad har gått bra?", MULTILINE, "q-gatt-bra"),
                PrepAnswer("Egen fråga <i>", "", ""),
            ],
            manager_prep=[PrepAnswer("Vad ser du framåt?", "Mycket & mer", "q-framat")],
            summary=MULTILINE,
            agreements=[Agreement(text="Ny plan i höst", owner="Bo", due_date=date(2025, 10, 1))],
            follow_up_date=date(2025, 10, 1),
            leader_signature=Signature("Åsa Øster", "Enhetschef", datetime(2025, 4, 1, 15, 45)),
            manager_signature=Signature("Bo Chef", "", datetime(2025, 4, 1, 15, 45, 30)),
        ),
        DevelopmentTalk(plan_id=plan.id),
    ]
    feedback = FeedbackRound(
        plan_id=plan.id,
        date=date(2025, 5, 2),
        item_ids=["satta-mal", "tillit"],
        scale_min=1,
        scale_max=4,
        questions=[f"Vad ska {NORDIC} fortsätta med?", "Vad kan bli bättre & <hur>?"],
        groups=[RespondentGroup.STAFF, RespondentGroup.PEERS, RespondentGroup.MANAGER],
        threshold=4,
        results=[
            GroupFeedback(
                RespondentGroup.STAFF,
                5,
                [ItemFeedback("satta-mal", [0, 1, 2, 1], 1), ItemFeedback("tillit", [0, 0, 0, 5])],
                [FeedbackComment("mal", f"Bra {EMOJI}"), FeedbackComment("relationer", HOSTILE)],
                [FeedbackAnswer(0, MULTILINE.strip()), FeedbackAnswer(1, "Lyssna")],
            ),
            GroupFeedback(
                RespondentGroup.OTHER,
                4,
                [ItemFeedback("satta-mal", [1, 1, 1, 1])],
                folded=[RespondentGroup.PEERS],
            ),
        ],
        left_out=[RespondentGroup.MANAGER],
        summaries=[str(uuid.UUID(int=7))],
    )
    return PlanBundle(person, plan, rounds, [goal_a, goal_b], sessions, talks, [feedback])


def export(bundle: PlanBundle, *, private: bool = True) -> str:
    return bundle_to_json(
        bundle, include_private_notes=private, app_version="0.1.0", exported_at=EXPORTED_AT
    )


def valid_document() -> dict[str, Any]:
    return json.loads(export(rich_bundle()))


def load_document(document: Any) -> PlanBundle:
    return bundle_from_json(json.dumps(document, ensure_ascii=False).encode("utf-8"), "plan.json")


def problems_of(document: Any) -> list[str]:
    with pytest.raises(ExchangeError) as caught:
        load_document(document)
    return caught.value.problems


def problems_of_bytes(data: bytes) -> list[str]:
    with pytest.raises(ExchangeError) as caught:
        bundle_from_json(data, "plan.json")
    return caught.value.problems


def assert_user_message(error: ExchangeError) -> None:
    """A message for people: no traceback, no pydantic vocabulary, bounded length."""
    text = str(error)
    for leak in ("Traceback", "pydantic", "Input should", "errors.pydantic.dev", "Value error,"):
        assert leak not in text
    assert error.problems
    assert len(error.problems) <= fmt.MAX_PROBLEMS + 1
    assert all(len(p) < 600 for p in error.problems)


# --- round trip --------------------------------------------------------------------------


def test_a_rich_plan_comes_back_equal_in_every_field():
    bundle = rich_bundle()
    original = copy.deepcopy(bundle)
    text = export(bundle)
    loaded = bundle_from_json(text.encode("utf-8"), "plan.json")
    assert bundle == original  # exporting changed nothing
    assert loaded == bundle
    assert loaded.plan.snapshot == bundle.plan.snapshot
    assert loaded.plan.updated_at.utcoffset() == timedelta(hours=-5, minutes=-30)
    assert loaded.person.created_at.tzinfo is None
    assert export(loaded) == text  # and writes the same file again


def test_the_file_is_pretty_readable_utf8_json_with_its_header():
    text = export(rich_bundle(), private=False)
    assert text.startswith('{\n  "format": "ledarplan-plan",\n  "format_version": 2,\n')
    assert NORDIC in text
    assert EMOJI.split()[1] in text  # not escaped to \\ud83d…
    assert "<script>" in text
    document = json.loads(text)
    assert list(document) == [
        "format",
        "format_version",
        "exported_at",
        "app_version",
        "includes_private_notes",
        "for_desk",
        "person",
        "plan",
        "assessment_rounds",
        "goals",
        "coaching_sessions",
        "development_talks",
        "feedback_rounds",
        "sender",
        "deleted",
    ]
    assert document["exported_at"] == "2025-03-14T09:26:53+00:00"
    assert document["app_version"] == "0.1.0"
    assert document["plan"]["status"] == "agreed"
    assert document["plan"]["period_start"] == "2025-01-01"
    assert document["goals"][0]["actions"][0]["kind"] == "with-others"


def test_read_plan_file_also_gives_the_header():
    read = read_plan_file(export(rich_bundle(), private=False).encode(), "plan.json")
    assert read.format_version == 2
    assert read.exported_at == EXPORTED_AT
    assert read.app_version == "0.1.0"
    assert read.includes_private_notes is False


def test_every_field_of_every_entity_is_in_the_file():
    pairs = [
        (Person, fmt.PersonModel),
        (Plan, fmt.PlanModel),
        (FrameworkSnapshot, fmt.SnapshotModel),
        (SnapshotItem, fmt.SnapshotItemModel),
        (AssessmentRound, fmt.RoundModel),
        (Rating, fmt.RatingModel),
        (Goal, fmt.GoalModel),
        (CheckIn, fmt.CheckInModel),
        (Action, fmt.ActionModel),
        (CoachingSession, fmt.SessionModel),
        (Agreement, fmt.AgreementModel),
        (DevelopmentTalk, fmt.TalkModel),
        (PrepAnswer, fmt.PrepAnswerModel),
    ]
    for entity, model in pairs:
        assert {f.name for f in dataclasses.fields(entity)} == set(model.model_fields), entity


def test_the_documentation_names_every_field():
    text = DOCS.read_text(encoding="utf-8")
    models = [
        fmt.PlanFileModel,
        fmt.PersonModel,
        fmt.PlanModel,
        fmt.SnapshotModel,
        fmt.SnapshotItemModel,
        fmt.RoundModel,
        fmt.RatingModel,
        fmt.GoalModel,
        fmt.CheckInModel,
        fmt.ActionModel,
        fmt.SessionModel,
        fmt.AgreementModel,
        fmt.TalkModel,
        fmt.PrepAnswerModel,
        fmt.StampModel,
        fmt.VersionsModel,
        fmt.DeskModel,
        fmt.TombstoneModel,
        fmt.FeedbackRoundModel,
        fmt.GroupFeedbackModel,
        fmt.ItemFeedbackModel,
        fmt.FeedbackCommentModel,
        fmt.FeedbackAnswerModel,
    ]
    missing = [
        f"{model.__name__}.{name}"
        for model in models
        for name in model.model_fields
        if f"`{name}`" not in text
    ]
    assert missing == []
    for value in [
        *PlanStatus,
        *AssessorKind,
        *GoalStatus,
        *ActionKind,
        *ActionStatus,
        *Side,
        *RecordKind,
        *RespondentGroup,
    ]:
        assert f"`{value.value}`" in text


def test_the_documented_example_is_a_valid_plan_file():
    text = DOCS.read_text(encoding="utf-8")
    example = text.split("```json\n", 1)[1].split("```", 1)[0]
    bundle = bundle_from_json(example.encode("utf-8"), "example")
    assert bundle.person.name == "Åsa Öster"
    assert bundle.goals[0].actions[0].kind is ActionKind.ON_THE_JOB


# --- private notes -----------------------------------------------------------------------


def test_private_notes_are_left_out_unless_asked_for():
    bundle = rich_bundle()
    private, shared = bundle.sessions
    text = export(bundle, private=False)
    document = json.loads(text)
    assert document["includes_private_notes"] is False
    assert document["coaching_sessions"][0]["notes"] == ""
    assert document["coaching_sessions"][0]["notes_private"] is True
    assert "Privat:" not in text
    # The reflection (Kolb's four steps) is as private as the notes: the same one choice.
    assert private.reflection and private.experiment
    for name in SESSION_TEXTS:
        assert document["coaching_sessions"][0][name] == ""
    assert private.reflection not in text
    # Shared notes and the rest of a private session (its date, topic, agreements) are kept.
    assert document["coaching_sessions"][1]["notes"] == shared.notes
    assert document["coaching_sessions"][1]["reflection"] == shared.reflection
    assert document["coaching_sessions"][0]["topic"] == private.topic
    assert bundle.sessions[0].notes == private.notes  # the plan itself is untouched
    loaded = bundle_from_json(text.encode(), "plan.json")
    assert loaded.sessions[0].notes == ""
    assert loaded.sessions[1].notes == shared.notes
    # Marked as left out, so that a merge never takes the empty texts for the real ones.
    assert document["coaching_sessions"][0]["versions"]["withheld"] == list(SESSION_TEXTS)
    assert loaded.sessions[0].versions.withheld == list(SESSION_TEXTS)
    kept = {name: getattr(private, name) for name in SESSION_TEXTS}
    assert dataclasses.replace(loaded.sessions[0], **kept, versions=private.versions) == private


def test_a_private_talk_answer_is_left_out_whole_not_as_an_empty_row():
    bundle = rich_bundle()
    talk = bundle.talks[0]
    talk.leader_prep.append(PrepAnswer("Hvad overvejer du?", "At søge andet job", private=True))
    document = json.loads(export(bundle, private=False))
    questions = [a["question"] for a in document["development_talks"][0]["leader_prep"]]
    assert "Hvad overvejer du?" not in questions  # not even that there is one
    assert questions == [a.question for a in talk.leader_prep if not a.private]
    document = json.loads(export(bundle, private=True))
    assert document["development_talks"][0]["leader_prep"][-1]["answer"] == "At søge andet job"


def test_private_notes_are_kept_when_asked_for():
    bundle = rich_bundle()
    document = json.loads(export(bundle, private=True))
    assert document["includes_private_notes"] is True
    assert document["coaching_sessions"][0]["notes"] == bundle.sessions[0].notes


# --- broken and hostile files ------------------------------------------------------------


def test_not_json():
    [problem] = problems_of_bytes(b'{"format": "ledarplan-plan",\n  "format_version": 1 oops}')
    assert problem.startswith("not valid JSON")
    assert "line 2, column" in problem


def test_empty_file():
    assert problems_of_bytes(b"  \n") == ["the file is empty"]


def test_not_utf8():
    data = export(rich_bundle()).encode("latin-1", errors="replace")
    [problem] = problems_of_bytes(data)
    assert "not UTF-8 text (byte 0x" in problem
    [problem] = problems_of_bytes(export(rich_bundle()).encode("utf-16"))
    assert "UTF-16" in problem


def test_a_byte_order_mark_is_accepted():
    bundle = rich_bundle()
    assert bundle_from_json(export(bundle).encode("utf-8-sig")) == bundle


@pytest.mark.parametrize(
    "document",
    [
        {"format": "something-else", "format_version": 1},
        {"format_version": 1},
        {"format": ["ledarplan-plan"], "format_version": 1},
        ["ledarplan-plan", 1],
        "ledarplan-plan",
        None,
    ],
)
def test_wrong_format_marker(document):
    [problem] = problems_of(document)
    assert problem.startswith("not a ledarplan plan file")


def test_a_newer_format_version():
    document = valid_document()
    document["format_version"] = 3
    document["something_new"] = "x"
    [problem] = problems_of(document)
    assert (
        "was written by a newer version of ledarplan (format 3); this version reads format 2"
        in problem
    )


@pytest.mark.parametrize(
    ("version", "expected"), [(0, "there is no format 0"), ("1", "wrong type")]
)
def test_an_impossible_format_version(version, expected):
    document = valid_document()
    document["format_version"] = version
    [problem] = problems_of(document)
    assert problem.startswith("format_version: ")
    assert expected in problem


def test_missing_fields():
    document = valid_document()
    del document["person"]["name"]
    del document["goals"][0]["actions"][1]["status"]
    del document["includes_private_notes"]
    assert problems_of(document) == [
        "includes_private_notes: required field is missing",
        "person.name: required field is missing",
        "goals[0].actions[1].status: required field is missing",
    ]


def test_wrong_types():
    document = valid_document()
    document["goals"][0]["progress"] = "50"
    document["goals"][1]["checkins"] = {}
    document["person"]["archived"] = 1
    document["plan"]["period_start"] = 20250101
    document["plan"]["title"] = None
    document["assessment_rounds"][0]["ratings"][0]["value"] = 7.0
    problems = problems_of(document)
    assert problems == [
        "person.archived: wrong type: expected true or false, found the number 1",
        "plan.title: wrong type: expected text, found null",
        "plan.period_start: wrong type: expected a date as text (YYYY-MM-DD), "
        "found the number 20250101",
        "assessment_rounds[0].ratings[0].value: wrong type: expected a whole number, "
        "found the number 7.0",
        'goals[0].progress: wrong type: expected a whole number, found the text "50"',
        "goals[1].checkins: wrong type: expected a list, found an object",
    ]


def test_bad_values_of_the_right_type():
    document = valid_document()
    document["goals"][0]["status"] = "finished"
    document["goals"][0]["target_date"] = "2025-02-30"
    document["goals"][1]["progress"] = 101
    document["plan"]["created_at"] = "yesterday"
    document["plan"]["framework_id"] = "Demo Modell"
    document["person"]["id"] = "not-a-uuid"
    problems = problems_of(document)
    assert problems == [
        'person.id: "not-a-uuid" is not an id of the form '
        "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx (a UUID)",
        'plan.framework_id: "Demo Modell" is not a model id '
        "(lower-case letters a-z, digits and single hyphens)",
        'plan.created_at: "yesterday" is not a date and time of the form '
        "YYYY-MM-DDThh:mm:ss (optionally with .ffffff and Z or ±hh:mm)",
        'goals[0].target_date: "2025-02-30" is not a date in the calendar',
        "goals[0].status: \"finished\" is not allowed here (expected 'not-started', "
        "'in-progress', 'done' or 'dropped')",
        "goals[1].progress: 101 is too large (at most 100)",
    ]


def test_unknown_fields():
    document = valid_document()
    document["goals"][0]["colour"] = "red"
    document["person"]["bad\u0007key"] = 1
    document["extra"] = {}
    assert problems_of(document) == [
        'person["bad\\u0007key"]: unknown field',
        "goals[0].colour: unknown field",
        "extra: unknown field",
    ]


def test_huge_strings():
    document = valid_document()
    document["person"]["name"] = "Å" * 201
    document["coaching_sessions"][0]["notes"] = "x" * 20_001
    assert problems_of(document) == [
        "person.name: is too long (201 characters; at most 200)",
        "coaching_sessions[0].notes: is too long (20001 characters; at most 20000)",
    ]


def test_strings_at_the_limits_are_fine():
    document = valid_document()
    document["person"]["name"] = "Å" * 200
    document["coaching_sessions"][0]["notes"] = "ø\n" * 10_000
    bundle = load_document(document)
    assert len(bundle.person.name) == 200
    assert len(bundle.sessions[0].notes) == 20_000


def test_too_many_entries():
    document = valid_document()
    document["goals"] = [document["goals"][1]] * 501
    document["plan"]["snapshot"]["items"] = [document["plan"]["snapshot"]["items"][0]] * 2001
    assert problems_of(document) == [
        "plan.snapshot.items: has too many entries (2001; at most 2000)",
        "goals: has too many entries (501; at most 500)",
    ]


@pytest.mark.parametrize(
    ("char", "code"),
    [
        ("\x00", "U+0000"),
        ("\x07", "U+0007"),
        ("\r", "U+000D"),
        ("\x1b", "U+001B"),
        ("\x85", "U+0085"),
    ],
)
def test_control_characters(char, code):
    document = valid_document()
    document["goals"][0]["description"] = f"ok\n\tok{char}"
    [problem] = problems_of(document)
    assert problem.startswith(f"goals[0].description: contains a control character ({code}")
    assert "only line breaks (\\n) and tabs are allowed" in problem


def test_an_unpaired_surrogate():
    text = export(rich_bundle()).replace('"Bo Chef"', '"Bo \\ud800Chef"', 1)
    [problem] = problems_of_bytes(text.encode())
    assert problem.startswith("assessment_rounds[0].assessor_name: contains an unpaired surrogate")


def test_a_line_must_be_one_line_and_required_text_not_blank():
    document = valid_document()
    document["person"]["unit"] = "Rad ett\nRad två"
    document["goals"][0]["actions"][0]["what"] = " \n\t "
    document["development_talks"][0]["leader_prep"][1]["question"] = ""
    assert problems_of(document) == [
        "person.unit: must be a single line",
        "goals[0].actions[0].what: must not be empty",
        "development_talks[0].leader_prep[1].question: must not be empty",
    ]


def test_duplicate_ids():
    document = valid_document()
    goal_id = document["goals"][0]["id"]
    document["goals"][1]["actions"] = [document["goals"][0]["actions"][1]]
    document["development_talks"][1]["id"] = goal_id
    assert problems_of(document) == [
        f"goals[1].actions[0].id: the id '{document['goals'][0]['actions'][1]['id']}' "
        "is used twice (also at goals[0].actions[1].id)",
        f"development_talks[1].id: the id '{goal_id}' is used twice (also at goals[0].id)",
    ]


def test_duplicate_snapshot_items_ratings_and_links():
    document = valid_document()
    items = document["plan"]["snapshot"]["items"]
    items.append(dict(items[0]))
    ratings = document["assessment_rounds"][0]["ratings"]
    ratings.append(dict(ratings[0]))
    document["goals"][0]["item_ids"].append("tillit")
    goal_ids = document["coaching_sessions"][0]["goal_ids"]
    goal_ids.append(goal_ids[0])
    assert problems_of(document) == [
        "plan.snapshot.items[3].item_id: the item 'satta-mal' is listed twice "
        "(also at plan.snapshot.items[0])",
        "assessment_rounds[0].ratings[3].item_id: 'satta-mal' is rated twice",
        "goals[0].item_ids[2]: 'tillit' is linked twice",
        f"coaching_sessions[0].goal_ids[2]: '{goal_ids[0]}' is linked twice",
    ]


def test_a_goal_or_rating_linking_an_unknown_item():
    document = valid_document()
    document["goals"][0]["item_ids"][1] = "finns-inte"
    document["assessment_rounds"][0]["ratings"][2]["item_id"] = "okand"
    assert problems_of(document) == [
        "assessment_rounds[0].ratings[2].item_id: 'okand' is not an item of the plan's model "
        "(plan.snapshot.items)",
        "goals[0].item_ids[1]: 'finns-inte' is not an item of the plan's model "
        "(plan.snapshot.items)",
    ]


def test_a_session_linking_an_unknown_goal():
    document = valid_document()
    stranger = str(uuid.uuid4())
    document["coaching_sessions"][0]["goal_ids"][1] = stranger
    assert problems_of(document) == [
        f"coaching_sessions[0].goal_ids[1]: '{stranger}' is not a goal in this file"
    ]


def test_plan_and_person_mismatches():
    document = valid_document()
    other = str(uuid.uuid4())
    document["goals"][1]["plan_id"] = other
    document["development_talks"][0]["plan_id"] = other
    document["plan"]["person_id"] = other
    plan_id, person_id = document["plan"]["id"], document["person"]["id"]
    assert problems_of(document) == [
        f"plan.person_id: '{other}' is not the person in this file (person.id is '{person_id}')",
        f"goals[1].plan_id: '{other}' is not the plan in this file (plan.id is '{plan_id}')",
        f"development_talks[0].plan_id: '{other}' is not the plan in this file "
        f"(plan.id is '{plan_id}')",
    ]


def test_carried_from_may_point_anywhere():
    document = valid_document()
    document["coaching_sessions"][1]["agreements"][0]["carried_from"] = str(uuid.uuid4())
    document["coaching_sessions"][1]["agreements"][1]["carried_from"] = None
    assert load_document(document).sessions[1].agreements[1].carried_from is None


def test_the_domain_rules_apply_with_paths():
    document = valid_document()
    document["person"]["email"] = "inte en adress"
    document["assessment_rounds"][0]["scale_max"] = 5
    document["development_talks"][0]["follow_up_date"] = "2025-01-01"
    document["coaching_sessions"][0]["next_date"] = "2025-01-01"
    document["plan"]["period_end"] = "2024-12-31"
    assert problems_of(document) == [
        "person.email: 'inte en adress' is not an e-mail address",
        "plan.period: ends (2024-12-31) before it starts (2025-01-01)",
        "assessment_rounds[0].ratings[0]: 7 is outside the scale 0–5",
        "coaching_sessions[0].next_date: the next session cannot be before this one",
        "development_talks[0].follow_up_date: ends (2025-01-01) before it starts (2025-04-01)",
    ]


def test_names_are_trimmed_and_ids_lower_cased_on_import():
    document = valid_document()
    document["person"]["name"] = "  Åsa  "
    upper = document["person"]["id"].upper()
    document["person"]["id"] = upper
    document["plan"]["person_id"] = upper
    bundle = load_document(document)
    assert bundle.person.name == "Åsa"
    assert bundle.person.id == upper.lower() == bundle.plan.person_id


def test_iso_datetimes_with_z_and_fractions():
    document = valid_document()
    document["exported_at"] = "2025-03-14T09:26Z"
    document["person"]["created_at"] = "2024-01-02T03:04:05.5+02:00"
    read = read_plan_file(json.dumps(document).encode())
    assert read.exported_at == datetime(2025, 3, 14, 9, 26, tzinfo=timezone.utc)
    assert read.bundle.person.created_at == datetime(
        2024, 1, 2, 3, 4, 5, 500_000, tzinfo=timezone(timedelta(hours=2))
    )
    document["exported_at"] = "2025-03-14"
    [problem] = problems_of(document)
    assert problem.startswith('exported_at: "2025-03-14" is not a date and time')


def test_json_that_is_valid_but_not_allowed():
    text = export(rich_bundle())
    duplicate = text.replace('"unit": ', '"unit": "x", "unit": ', 1)
    [problem] = problems_of_bytes(duplicate.encode())
    assert 'the key "unit" appears twice' in problem
    nan = re.sub(r'"progress": 40', '"progress": NaN', text, count=1)
    [problem] = problems_of_bytes(nan.encode())
    assert problem == "not valid JSON: NaN is not a number JSON allows"
    digits = re.sub(r'"progress": 40', '"progress": ' + "9" * 5000, text, count=1)
    assert problems_of_bytes(digits.encode()) == [
        "not valid JSON for a plan: a number has too many digits"
    ]
    assert problems_of_bytes(b"[" * 200_000) == [
        "not valid JSON for a plan: the document is nested too deeply"
    ]


def test_a_file_too_large_is_refused_before_parsing():
    data = b" " * (MAX_FILE_BYTES + 1)
    assert problems_of_bytes(data) == [
        f"the file is too large ({MAX_FILE_BYTES + 1} bytes; at most {MAX_FILE_BYTES})"
    ]


def test_the_error_names_the_source_and_is_a_domain_error():
    with pytest.raises(DomainError) as caught:
        bundle_from_json(b"{}", "C:/Users/åsa/plan.ledarplan.json")
    assert isinstance(caught.value, ExchangeError)
    assert caught.value.source == "C:/Users/åsa/plan.ledarplan.json"
    assert str(caught.value).startswith("C:/Users/åsa/plan.ledarplan.json: not a ledarplan plan")


def test_many_problems_are_capped():
    document = valid_document()
    document["goals"] = [{"bad": i} for i in range(400)]
    with pytest.raises(ExchangeError) as caught:
        load_document(document)
    assert_user_message(caught.value)
    assert caught.value.problems[-1].startswith("… and more problems")


# --- generated plans ---------------------------------------------------------------------

# No control characters (Cc) and no lone surrogates (Cs); tabs and line breaks are added back.
_CHAR = st.characters(exclude_categories=("Cc", "Cs"))
MODEL_IDS = st.from_regex(r"[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}", fullmatch=True)
DATES = st.dates()
OFFSETS = st.integers(-23 * 60, 23 * 60).map(lambda m: timezone(timedelta(minutes=m)))
DATETIMES = st.datetimes(timezones=st.none() | st.just(timezone.utc) | OFFSETS)
EMAILS = st.just("") | st.from_regex(
    r"[a-z0-9._%+-]{1,12}@[a-z0-9-]{1,10}\.[a-z]{2,6}", fullmatch=True
)


def texts(max_size: int = 40, *, required: bool = False) -> st.SearchStrategy[str]:
    strategy = st.text(_CHAR | st.sampled_from("\n\t"), max_size=max_size)
    return strategy.filter(visible) if required else strategy


def lines(max_size: int = 30, *, required: bool = False) -> st.SearchStrategy[str]:
    # clean_line trims and takes out direction overrides; a stored line has neither.
    strategy = st.text(_CHAR | st.just("\t"), max_size=max_size)
    strategy = strategy.map(lambda v: _BIDI.sub("", v).strip())
    return strategy.filter(visible) if required else strategy


def ordered_dates(draw: st.DrawFn) -> tuple[date, date]:
    first, second = draw(DATES), draw(DATES)
    return min(first, second), max(first, second)


def maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


@st.composite
def bundles(draw: st.DrawFn) -> PlanBundle:
    base = draw(st.uuids()).int
    counter = iter(range(1_000_000))

    def fresh_id() -> str:
        return str(uuid.UUID(int=(base + next(counter)) % 2**128))

    small = {"max_size": 3}
    person = Person(
        name=draw(lines(required=True)),
        job_title=draw(lines()),
        unit=draw(lines()),
        email=draw(EMAILS),
        archived=draw(st.booleans()),
        id=fresh_id(),
        created_at=draw(maybe(DATETIMES)),
        updated_at=draw(maybe(DATETIMES)),
    )
    item_ids = draw(st.lists(MODEL_IDS, unique=True, max_size=5))
    snapshot = FrameworkSnapshot(
        framework_name=draw(texts()),
        source=draw(texts()),
        level_name=draw(texts()),
        items=tuple(
            SnapshotItem(
                item_id=item_id,
                area_id=draw(MODEL_IDS),
                area_title=draw(texts()),
                label=draw(texts()),
                text=draw(texts()),
                expectation=draw(texts()),
            )
            for item_id in item_ids
        ),
    )
    start, end = ordered_dates(draw)
    has_period = draw(st.booleans())
    plan = Plan(
        person_id=person.id,
        framework_id=draw(MODEL_IDS),
        framework_version=draw(texts()),
        snapshot=snapshot,
        level_id=draw(maybe(MODEL_IDS)),
        title=draw(lines()),
        period_start=start if has_period else draw(maybe(DATES)),
        period_end=end if has_period else None,
        status=draw(st.sampled_from(PlanStatus)),
        id=fresh_id(),
        created_at=draw(maybe(DATETIMES)),
        updated_at=draw(maybe(DATETIMES)),
    )
    some_items = st.lists(st.sampled_from(item_ids), unique=True) if item_ids else st.just([])

    rounds = []
    for _ in range(draw(st.integers(0, 2))):
        low = draw(st.integers(0, 9))
        high = draw(st.integers(low + 1, 10))
        rounds.append(
            AssessmentRound(
                plan_id=plan.id,
                date=draw(DATES),
                assessor_kind=draw(st.sampled_from(AssessorKind)),
                assessor_name=draw(lines()),
                scale_min=low,
                scale_max=high,
                note=draw(texts()),
                ratings=[
                    Rating(item_id, draw(maybe(st.integers(low, high))), draw(texts()))
                    for item_id in draw(some_items)
                ],
                id=fresh_id(),
            )
        )

    def agreements() -> list[Agreement]:
        return [
            Agreement(
                text=draw(texts(required=True)),
                owner=draw(lines()),
                due_date=draw(maybe(DATES)),
                done=draw(st.booleans()),
                carried_from=draw(maybe(st.uuids().map(str))),
                id=fresh_id(),
            )
            for _ in range(draw(st.integers(0, 2)))
        ]

    goals = []
    for _ in range(draw(st.integers(0, 3))):
        goals.append(
            Goal(
                plan_id=plan.id,
                title=draw(lines(required=True)),
                description=draw(texts()),
                item_ids=draw(some_items),
                success_criterion=draw(texts()),
                target_date=draw(maybe(DATES)),
                status=draw(st.sampled_from(GoalStatus)),
                progress=draw(st.integers(0, 100)),
                checkins=[
                    CheckIn(
                        draw(DATES), draw(texts()), draw(maybe(st.integers(0, 100))), id=fresh_id()
                    )
                    for _ in range(draw(st.integers(0, 2)))
                ],
                actions=[
                    Action(
                        what=draw(texts(required=True)),
                        how=draw(texts()),
                        why=draw(texts()),
                        who=draw(texts()),
                        when=draw(texts()),
                        follow_up=draw(texts()),
                        kind=draw(st.sampled_from(ActionKind)),
                        building_block=draw(maybe(lines(required=True))),
                        due_date=draw(maybe(DATES)),
                        status=draw(st.sampled_from(ActionStatus)),
                        done_date=draw(maybe(DATES)),
                        id=fresh_id(),
                    )
                    for _ in range(draw(st.integers(0, 2)))
                ],
                id=fresh_id(),
            )
        )
    goal_ids = [goal.id for goal in goals]
    sessions = []
    for _ in range(draw(st.integers(0, 2))):
        day, next_day = ordered_dates(draw)
        sessions.append(
            CoachingSession(
                plan_id=plan.id,
                date=day,
                with_whom=draw(lines()),
                topic=draw(lines()),
                goal_ids=draw(st.lists(st.sampled_from(goal_ids), unique=True, **small))
                if goal_ids
                else [],
                notes=draw(texts()),
                notes_private=draw(st.booleans()),
                experience=draw(texts()),
                reflection=draw(texts()),
                conclusion=draw(texts()),
                experiment=draw(texts()),
                agreements=agreements(),
                next_date=draw(maybe(st.just(next_day))),
                id=fresh_id(),
            )
        )

    def prep() -> list[PrepAnswer]:
        return [
            PrepAnswer(draw(texts(required=True)), draw(texts()), draw(lines()))
            for _ in range(draw(st.integers(0, 2)))
        ]

    talks = []
    for _ in range(draw(st.integers(0, 2))):
        day, follow_up = ordered_dates(draw)
        signer = draw(lines())
        talks.append(
            DevelopmentTalk(
                plan_id=plan.id,
                date=draw(maybe(st.just(day))),
                participants=draw(texts()),
                leader_prep=prep(),
                manager_prep=prep(),
                summary=draw(texts()),
                agreements=agreements(),
                follow_up_date=draw(maybe(st.just(follow_up))),
                # A name of invisible characters only (a soft hyphen) is no signer: the
                # rules refuse it as empty.
                leader_signature=(
                    Signature(signer, draw(lines()), draw(maybe(DATETIMES)))
                    if visible(signer)
                    else None
                ),
                manager_signature=draw(maybe(st.builds(Signature, lines(required=True), lines()))),
                id=fresh_id(),
            )
        )
    return PlanBundle(person, plan, rounds, goals, sessions, talks)


PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(bundle=bundles(), exported_at=DATETIMES, app_version=lines())
def test_generated_plans_round_trip_exactly(bundle, exported_at, app_version):
    text = bundle_to_json(
        bundle, include_private_notes=True, app_version=app_version, exported_at=exported_at
    )
    read = read_plan_file(text.encode("utf-8"), "plan.json")
    assert read.bundle == bundle
    assert read.exported_at == exported_at
    assert read.app_version == app_version


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bundle=bundles())
def test_generated_plans_without_private_notes(bundle):
    text = bundle_to_json(
        bundle, include_private_notes=False, app_version="1", exported_at=EXPORTED_AT
    )
    loaded = bundle_from_json(text.encode("utf-8"))
    expected = [
        dataclasses.replace(
            s,
            **dict.fromkeys(SESSION_TEXTS, ""),
            versions=dataclasses.replace(s.versions, withheld=list(SESSION_TEXTS)),
        )
        if s.notes_private
        else s
        for s in bundle.sessions
    ]
    assert loaded.sessions == expected
    assert dataclasses.replace(loaded, sessions=bundle.sessions) == bundle


JSON_SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


def loads_or_explains(data: bytes) -> None:
    """The only allowed outcomes: a plan, or an ExchangeError with a readable message."""
    try:
        bundle = bundle_from_json(data, "plan.json")
    except ExchangeError as exc:
        assert_user_message(exc)
    else:
        assert isinstance(bundle, PlanBundle)


@settings(max_examples=150, deadline=None)
@given(data=st.binary(max_size=300))
def test_arbitrary_bytes_never_crash(data):
    loads_or_explains(data)


@settings(max_examples=150, deadline=None)
@given(value=JSON_VALUES, with_header=st.booleans())
def test_arbitrary_json_never_crashes(value, with_header):
    if with_header and isinstance(value, dict):
        value = {"format": "ledarplan-plan", "format_version": 2, **value}
    loads_or_explains(json.dumps(value).encode())


def _paths(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path] if path else []
    if isinstance(node, dict):
        for key, child in node.items():
            found += _paths(child, (*path, key))
    elif isinstance(node, list):
        for index, child in enumerate(node):
            found += _paths(child, (*path, index))
    return found


def _leaves(node: Any) -> list[Any]:
    if isinstance(node, dict):
        return [leaf for child in node.values() for leaf in _leaves(child)]
    if isinstance(node, list):
        return [leaf for child in node for leaf in _leaves(child)]
    return [node]


VALID_TEXT = export(rich_bundle())
VALID_DOCUMENT = json.loads(VALID_TEXT)
VALID_PATHS = _paths(VALID_DOCUMENT)
VALID_LEAVES = _leaves(VALID_DOCUMENT)


@settings(max_examples=200, deadline=None)
@given(
    mutations=st.lists(
        st.tuples(
            st.sampled_from(VALID_PATHS),
            st.sampled_from(["drop", "replace", "swap"]),
            JSON_VALUES,
            st.sampled_from(VALID_LEAVES),
        ),
        min_size=1,
        max_size=3,
    )
)
def test_mutated_files_load_or_explain(mutations):
    document = copy.deepcopy(VALID_DOCUMENT)
    for path, action, random_value, leaf in mutations:
        parent = document
        try:
            for part in path[:-1]:
                parent = parent[part]
            key = path[-1]
            parent[key]  # the path may be gone after an earlier mutation
        except (KeyError, IndexError, TypeError):
            continue
        if action == "drop":
            del parent[key]
        elif action == "replace":
            parent[key] = random_value
        else:  # a value from elsewhere in the file: another id, date, enum value …
            parent[key] = leaf
    loads_or_explains(json.dumps(document, ensure_ascii=False).encode())


@settings(max_examples=100, deadline=None)
@given(cut=st.integers(0, len(VALID_TEXT.encode())), junk=st.binary(max_size=8))
def test_truncated_or_spliced_files_load_or_explain(cut, junk):
    data = VALID_TEXT.encode()
    loads_or_explains(data[:cut] + junk)
