"""The merge rules of two desks' copies of a plan (domain.sync), without storage or Qt."""

from __future__ import annotations

import copy
from dataclasses import replace

import pytest

from ledarplan.domain.desk_records import equal_plans
from ledarplan.domain.entities import (
    Action,
    Agreement,
    AssessmentRound,
    AssessorKind,
    CheckIn,
    CoachingSession,
    DevelopmentTalk,
    FeedbackRound,
    Goal,
    GroupFeedback,
    ItemFeedback,
    PrepAnswer,
    RecordKind,
    RespondentGroup,
    Side,
    Signature,
)
from ledarplan.domain.sync import ChangeKind, Choice, MergeRefusedError, RefusalReason, RefusedFile
from tests.domain.desks import on, two_desks, with_title


def goal_titled(desk, title):
    return next(g for g in desk.bundle.goals if g.title == title)


def both_ways(leader, manager, **options):
    """The manager merges the leader's file, then the leader the manager's."""
    first = manager.receive(leader.send(), **options)
    second = leader.receive(manager.send(), **options)
    return first, second


# --- one side adds, changes, removes ------------------------------------------------------------


@pytest.mark.parametrize("list_name", ["goals", "talks"])
def test_a_shared_record_added_at_one_desk_reaches_the_other(list_name):
    leader, manager, _ = two_desks()
    record = Goal(leader.bundle.plan.id, "Tydelig feedback")
    if list_name == "talks":
        record = DevelopmentTalk(leader.bundle.plan.id, date=on(20), summary="Vi aftalte")
    leader.add(list_name, record)
    outcome = manager.receive(leader.send())
    assert [(c.kind.value, c.change) for c in outcome.changes] == [
        (list_name[:-1], ChangeKind.ADDED)
    ]
    assert outcome.conflicts == []
    assert [r.id for r in manager.records(list_name)] == [record.id]
    leader.receive(manager.send())
    assert equal_plans(leader.bundle, manager.bundle)


def test_changes_to_different_fields_of_one_goal_at_both_desks_are_both_kept():
    leader, manager, _ = two_desks()
    goal = leader.add("goals", Goal(leader.bundle.plan.id, "Feedback"))
    manager.receive(leader.send())
    leader.change("goals", goal.id, with_title("Feedback hver uge"))
    manager.change("goals", goal.id, lambda g: setattr(g, "progress", 40))
    first, second = both_ways(leader, manager)
    assert first.conflicts == second.conflicts == []
    for desk in (leader, manager):
        assert (desk.bundle.goals[0].title, desk.bundle.goals[0].progress) == (
            "Feedback hver uge",
            40,
        )
    assert equal_plans(leader.bundle, manager.bundle)


def test_the_same_change_at_both_desks_is_no_conflict():
    leader, manager, _ = two_desks()
    goal = leader.add("goals", Goal(leader.bundle.plan.id, "Feedback"))
    manager.receive(leader.send())
    leader.change("goals", goal.id, with_title("Feedback hver uge"))
    manager.change("goals", goal.id, with_title("Feedback hver uge"))
    first, second = both_ways(leader, manager)
    assert first.conflicts == second.conflicts == []
    assert equal_plans(leader.bundle, manager.bundle)


def test_a_removed_action_is_removed_at_the_other_desk_too():
    leader, manager, _ = two_desks()
    goal = Goal(leader.bundle.plan.id, "Feedback", actions=[Action("Ring"), Action("Skriv")])
    leader.add("goals", goal)
    manager.receive(leader.send())
    manager.change("goals", goal.id, lambda g: g.actions.pop(0))
    outcome = leader.receive(manager.send())
    assert [(c.kind, c.change, c.title) for c in outcome.changes] == [
        (RecordKind.ACTION, ChangeKind.REMOVED, "Ring")
    ]
    assert [a.what for a in leader.bundle.goals[0].actions] == ["Skriv"]
    manager.receive(leader.send())
    assert equal_plans(leader.bundle, manager.bundle)


def test_a_goal_deleted_at_one_desk_and_untouched_at_the_other_goes_with_its_actions():
    leader, manager, _ = two_desks()
    goal = leader.add("goals", Goal(leader.bundle.plan.id, "Gammelt mål", actions=[Action("X")]))
    manager.receive(leader.send())
    leader.delete("goals", goal.id)
    outcome = manager.receive(leader.send())
    assert [c.change for c in outcome.changes] == [ChangeKind.REMOVED]
    assert manager.bundle.goals == []
    assert {t.id for t in manager.bundle.deleted} == {goal.id, goal.actions[0].id}


# --- conflicts -----------------------------------------------------------------------------------


def conflicting_titles():
    leader, manager, _ = two_desks()
    goal = leader.add("goals", Goal(leader.bundle.plan.id, "Feedback", description="Start"))
    manager.receive(leader.send())
    leader.change("goals", goal.id, with_title("Leder: feedback"))
    manager.change("goals", goal.id, with_title("Chef: feedback"))
    return leader, manager, goal


def test_a_value_both_desks_changed_is_a_conflict_never_decided_silently():
    leader, manager, _goal = conflicting_titles()
    outcome = manager.receive(leader.send())
    [conflict] = outcome.conflicts
    assert (conflict.field, conflict.mine, conflict.theirs) == (
        "title",
        "Chef: feedback",
        "Leder: feedback",
    )
    assert conflict.my_stamp.side is Side.MANAGER
    assert conflict.their_stamp.side is Side.LEADER
    assert outcome.undecided == [conflict]
    assert manager.bundle.goals[0].title == "Chef: feedback"  # undecided: as it was here


@pytest.mark.parametrize(
    ("choice", "title"),
    [(Choice.MINE, "Chef: feedback"), (Choice.THEIRS, "Leder: feedback")],
)
def test_a_decided_conflict_reaches_the_other_desk_without_asking_again(choice, title):
    leader, manager, goal = conflicting_titles()
    first = manager.receive(leader.send(), choices={f"{goal.id}:title": choice})
    second = leader.receive(manager.send())
    assert len(first.conflicts) == 1
    assert second.conflicts == []
    assert leader.bundle.goals[0].title == manager.bundle.goals[0].title == title
    assert equal_plans(leader.bundle, manager.bundle)


def test_free_text_both_desks_edited_can_be_kept_as_both():
    leader, manager, _ = two_desks()
    goal = leader.add("goals", Goal(leader.bundle.plan.id, "Feedback", description="Start"))
    manager.receive(leader.send())
    leader.change("goals", goal.id, lambda g: setattr(g, "description", "Leders tekst"))
    manager.change("goals", goal.id, lambda g: setattr(g, "description", "Chefens tekst"))
    outcome = manager.receive(leader.send(), choices={f"{goal.id}:description": Choice.BOTH})
    assert outcome.conflicts[0].text
    merged = manager.bundle.goals[0].description
    assert merged.startswith("Chefens tekst\n\n[leader, 2027-01-01]\nLeders tekst")
    leader.receive(manager.send())
    assert leader.bundle.goals[0].description == merged


def test_a_goal_deleted_at_one_desk_and_changed_at_the_other_is_a_conflict():
    leader, manager, _ = two_desks()
    goal = leader.add("goals", Goal(leader.bundle.plan.id, "Feedback"))
    manager.receive(leader.send())
    leader.delete("goals", goal.id)
    manager.change("goals", goal.id, with_title("Feedback – vigtigt"))
    outcome = manager.receive(leader.send())
    [conflict] = outcome.conflicts
    assert (conflict.field, conflict.theirs, conflict.mine.title) == (
        "",
        None,
        "Feedback – vigtigt",
    )
    assert [g.title for g in manager.bundle.goals] == ["Feedback – vigtigt"]  # undecided: kept


@pytest.mark.parametrize("choice", [Choice.MINE, Choice.THEIRS])
def test_a_deletion_conflict_decided_either_way_ends_the_same_at_both_desks(choice):
    leader, manager, _ = two_desks()
    goal = leader.add("goals", Goal(leader.bundle.plan.id, "Feedback"))
    manager.receive(leader.send())
    leader.delete("goals", goal.id)
    manager.change("goals", goal.id, with_title("Feedback – vigtigt"))
    manager.receive(leader.send(), default=choice)
    second = leader.receive(manager.send())
    assert second.conflicts == []
    kept = choice is Choice.MINE
    assert [g.title for g in leader.bundle.goals] == (["Feedback – vigtigt"] if kept else [])
    assert equal_plans(leader.bundle, manager.bundle)


# --- each desk's own parts, privacy -------------------------------------------------------------


def test_the_leaders_coaching_log_cannot_be_changed_from_the_managers_desk():
    leader, manager, _ = two_desks()
    session = leader.add(
        "sessions", CoachingSession(leader.bundle.plan.id, on(5), topic="Konflikt", notes="Svært")
    )
    manager.receive(leader.send())
    manager.change("sessions", session.id, lambda s: setattr(s, "topic", "Chefens emne"))
    outcome = leader.receive(manager.send())
    assert [(r.kind, r.field, r.reason) for r in outcome.refused] == [
        (RecordKind.SESSION, "topic", RefusalReason.OWN_PART)
    ]
    assert leader.bundle.sessions[0].topic == "Konflikt"


def test_each_desk_writes_its_own_talk_preparation():
    leader, manager, _ = two_desks()
    talk = leader.add("talks", DevelopmentTalk(leader.bundle.plan.id, date=on(20)))
    manager.receive(leader.send())
    leader.change(
        "talks", talk.id, lambda t: t.leader_prep.append(PrepAnswer("Hvad gik godt?", "Meget"))
    )
    manager.change("talks", talk.id, lambda t: t.manager_prep.append(PrepAnswer("Styrker?", "Ro")))
    first, second = both_ways(leader, manager)
    assert first.conflicts == second.conflicts == first.refused == second.refused == []
    for desk in (leader, manager):
        [talk_here] = desk.bundle.talks
        assert [a.answer for a in talk_here.leader_prep] == ["Meget"]
        assert [a.answer for a in talk_here.manager_prep] == ["Ro"]


def test_a_managers_round_is_the_managers_and_a_self_assessment_the_leaders():
    leader, manager, _ = two_desks()
    own = leader.add("rounds", AssessmentRound(leader.bundle.plan.id, on(3)))
    manager.receive(leader.send())
    rated = manager.add(
        "rounds",
        AssessmentRound(leader.bundle.plan.id, on(4), assessor_kind=AssessorKind.MANAGER),
    )
    manager.change("rounds", own.id, lambda r: setattr(r, "note", "Chefen skrev her"))
    outcome = leader.receive(manager.send())
    assert [r.id for r in leader.bundle.rounds] == [own.id, rated.id]
    assert leader.bundle.rounds[0].note == ""
    assert [(r.record_id, r.field) for r in outcome.refused] == [(own.id, "note")]


def test_a_feedback_round_made_at_the_leaders_desk_reaches_the_manager_who_cannot_change_it():
    leader, manager, _ = two_desks()
    staff = GroupFeedback(RespondentGroup.STAFF, 3, [ItemFeedback("a", [0, 1, 1, 1, 0])])
    feedback = leader.add(
        "feedback",
        FeedbackRound(leader.bundle.plan.id, on(8), ["a", "b"], groups=[RespondentGroup.STAFF]),
    )
    leader.change("feedback", feedback.id, lambda f: f.results.append(staff))
    outcome = manager.receive(leader.send())
    assert [(c.kind, c.change) for c in outcome.changes] == [
        (RecordKind.FEEDBACK, ChangeKind.ADDED)
    ]
    assert manager.bundle.feedback[0].results == [staff]
    # The manager's desk changes and deletes it in its copy: neither reaches the leader's.
    manager.change("feedback", feedback.id, lambda f: setattr(f, "threshold", 5))
    outcome = leader.receive(manager.send())
    assert [(r.kind, r.field) for r in outcome.refused] == [(RecordKind.FEEDBACK, "threshold")]
    assert leader.bundle.feedback[0].threshold == 3
    manager.delete("feedback", feedback.id)
    outcome = leader.receive(manager.send())
    assert [(r.kind, r.reason) for r in outcome.refused] == [
        (RecordKind.FEEDBACK, "this desk's own part")
    ]
    assert [f.id for f in leader.bundle.feedback] == [feedback.id]


def test_a_private_note_left_out_of_a_file_never_erases_the_text_it_left_out():
    leader, manager, _ = two_desks()
    session = leader.add(
        "sessions",
        CoachingSession(leader.bundle.plan.id, on(5), notes="Mit eget", notes_private=True),
    )
    manager.receive(leader.send(private=False))
    assert manager.bundle.sessions[0].notes == ""
    assert manager.bundle.sessions[0].versions.withheld == ["notes"]
    leader.change("sessions", session.id, lambda s: setattr(s, "topic", "Konflikt"))
    manager.receive(leader.send(private=False))
    leader.receive(manager.send())
    assert leader.bundle.sessions[0].notes == "Mit eget"
    assert leader.bundle.sessions[0].topic == "Konflikt"


def test_a_talk_signed_by_both_is_final_and_a_file_changing_it_is_left_out():
    leader, manager, _ = two_desks()
    talk = leader.add("talks", DevelopmentTalk(leader.bundle.plan.id, date=on(20), summary="Godt"))
    leader.change("talks", talk.id, lambda t: setattr(t, "leader_signature", Signature("Åsa")))
    manager.receive(leader.send())
    manager.change("talks", talk.id, lambda t: setattr(t, "manager_signature", Signature("Bo")))
    leader.receive(manager.send())
    assert leader.bundle.talks[0].signed_off
    manager.change("talks", talk.id, lambda t: setattr(t, "summary", "Ændret bagefter"))
    outcome = leader.receive(manager.send())
    assert [(r.record_id, r.reason) for r in outcome.refused] == [(talk.id, RefusalReason.SIGNED)]
    assert leader.bundle.talks[0].summary == "Godt"


# --- files that cannot be merged ------------------------------------------------------------------


def test_a_file_older_than_what_was_merged_already_is_refused():
    leader, manager, _ = two_desks()
    old = leader.send()
    leader.add("goals", Goal(leader.bundle.plan.id, "Ny"))
    manager.receive(leader.send())
    with pytest.raises(
        MergeRefusedError, match="older than what this copy has already merged"
    ) as e:
        manager.receive(old)
    assert e.value.code is RefusedFile.OLDER


def test_a_file_from_the_same_kind_of_desk_is_refused():
    leader, _manager, _ = two_desks()
    with pytest.raises(MergeRefusedError, match="written at a leader's desk") as e:
        leader.receive(leader.send())
    assert (e.value.code, e.value.side) == (RefusedFile.SAME_DESK, Side.LEADER)


def test_a_file_claiming_changes_this_desk_never_made_is_refused():
    leader, manager, _ = two_desks()
    leader.add("goals", Goal(leader.bundle.plan.id, "Ny"))
    forged = leader.send()
    created = forged.goals[0].versions.created
    forged.goals[0].versions.fields["title"] = replace(created, side=Side.MANAGER, seq=99)
    with pytest.raises(MergeRefusedError, match="never made") as e:
        manager.receive(forged)
    assert e.value.code is RefusedFile.ALTERED


def test_a_file_of_another_persons_plan_with_the_same_id_is_refused():
    leader, manager, _ = two_desks()
    other = leader.send()
    other.person = copy.deepcopy(other.person)
    other.person.id = "00000000-0000-0000-0000-000000000001"
    with pytest.raises(MergeRefusedError, match="another person") as e:
        manager.receive(other)
    assert e.value.code is RefusedFile.OTHER_PERSON


def test_a_persons_details_that_differ_are_shown_and_taken_only_when_chosen():
    leader, manager, _ = two_desks()
    leader.bundle.person.unit = "Hjemmeplejen Syd"
    outcome = manager.receive(leader.send())
    assert outcome.person == {"unit": ("", "Hjemmeplejen Syd")}
    assert manager.bundle.person.unit == ""
    manager.receive(leader.send(), take_person=True)
    assert manager.bundle.person.unit == "Hjemmeplejen Syd"


def test_check_ins_and_agreements_merge_as_records_of_their_own():
    leader, manager, _ = two_desks()
    goal = leader.add("goals", Goal(leader.bundle.plan.id, "Feedback"))
    talk = leader.add("talks", DevelopmentTalk(leader.bundle.plan.id, date=on(20)))
    manager.receive(leader.send())
    leader.change("goals", goal.id, lambda g: g.checkins.append(CheckIn(on(6), "Godt")))
    manager.change("goals", goal.id, lambda g: g.checkins.append(CheckIn(on(7), "Set")))
    manager.change("talks", talk.id, lambda t: t.agreements.append(Agreement("Kursus i maj")))
    first, second = both_ways(leader, manager)
    assert first.conflicts == second.conflicts == []
    assert sorted(c.note for c in leader.bundle.goals[0].checkins) == ["Godt", "Set"]
    assert [a.text for a in leader.bundle.talks[0].agreements] == ["Kursus i maj"]
    assert equal_plans(leader.bundle, manager.bundle)
