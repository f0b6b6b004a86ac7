"""Feedback from others through the services: a round, its form, answers from several
respondents across groups, the threshold, duplicates, bad files, a collector's summary, and
the aggregate travelling to the manager's copy."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from ledarplan.domain.entities import AssessorKind, Rating, RespondentGroup
from ledarplan.domain.errors import InvalidInputError
from ledarplan.paths import AppPaths
from ledarplan.pdf.form.labels import FormLabels
from ledarplan.services.container import Services
from ledarplan.services.feedback import collect
from ledarplan.storage.database import open_database
from ledarplan.storage.store import Store
from tests.feedback_filling import answers, fill

STAFF, PEERS, MANAGER, OTHER = RespondentGroup


@pytest.fixture
def plan(services):
    person = services.people.create("Åsa Öster", "Enhetschef")
    return services.plans.create(person.id, "kalix")


@pytest.fixture
def round_and_form(services, plan, tmp_path):
    round_ = services.feedback.create(
        plan.id, questions=["Vad ska Åsa fortsätta med?"], on=date(2027, 3, 1)
    )
    form = services.feedback.write_form(round_.id, tmp_path / "form.pdf", FormLabels())
    return round_, form.read_bytes()


def respond(folder: Path, form: bytes, name: str, *args, **kwargs) -> Path:
    path = folder / name
    path.write_bytes(fill(form, answers(*args, **kwargs)))
    return path


def test_a_new_round_asks_about_the_plans_items_on_its_scale(services, plan):
    round_ = services.feedback.create(plan.id)
    assert round_.item_ids == list(plan.snapshot.item_ids)
    assert (round_.scale_min, round_.scale_max, round_.threshold) == (1, 5, 3)
    assert round_.groups == list(RespondentGroup)
    assert services.feedback.list(plan.id) == [round_]
    with pytest.raises(InvalidInputError, match="not an area of the plan's model"):
        services.feedback.create(plan.id, areas=["nope"])
    with pytest.raises(InvalidInputError, match="threshold"):
        services.feedback.create(plan.id, threshold=1)


def test_answers_across_groups_are_stored_as_aggregates_after_the_threshold(
    services, plan, round_and_form, tmp_path
):
    round_, form = round_and_form
    items = round_.item_ids
    area = plan.snapshot.items[0].area_id
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    files = [
        respond(
            inbox,
            form,
            f"staff-{n}.pdf",
            STAFF,
            {items[0]: value, items[1]: "cannot-say"},
            {area: f"Kommentar {n}"},
        )
        for n, value in enumerate((3, 4, 4, 5))
    ]
    files += [
        respond(inbox, form, "peer-1.pdf", PEERS, {items[0]: 2}, {area: "Från en kollega"}),
        respond(inbox, form, "peer-2.pdf", PEERS, {items[0]: 1}),
        respond(inbox, form, "manager.pdf", MANAGER, {items[0]: 5}, questions={0: "Fortsätt!"}),
    ]
    report = services.feedback.import_files(plan.id, files)
    assert report.problems == report.duplicates == []
    [taken] = report.taken
    assert (taken.forms, taken.folded, taken.left_out) == (7, [PEERS, MANAGER], [])
    stored = services.feedback.get(round_.id)
    # Peers (2) and the manager (1) are each below 3: not shown on their own, but together
    # (3) as "others", with the peer's comment.
    assert [(r.group, r.respondents, r.folded) for r in stored.results] == [
        (STAFF, 4, []),
        (OTHER, 3, [PEERS, MANAGER]),
    ]
    staff, others = stored.results
    assert staff.item(items[0]).counts == [0, 0, 1, 2, 1]
    assert staff.item(items[0]).mean(1) == 4.0
    assert staff.item(items[1]).cannot_say == 4
    assert [c.text for c in staff.comments] == [f"Kommentar {n}" for n in range(4)]
    assert [c.text for c in others.comments] == ["Från en kollega"]
    assert [a.text for a in others.answers] == ["Fortsätt!"]
    assert others.item(items[0]).counts == [1, 1, 0, 0, 1]

    # A second batch of one peer and one other: too few even together, so left out.
    more = [
        respond(inbox, form, "peer-3.pdf", PEERS, {items[0]: 3}, {area: "Sen kommentar"}),
        respond(inbox, form, "other-1.pdf", OTHER, {items[0]: 2}),
    ]
    report = services.feedback.import_files(plan.id, more)
    assert (report.taken[0].folded, report.taken[0].left_out) == ([], [PEERS, OTHER])
    again = services.feedback.get(round_.id)
    assert again.results == stored.results
    assert again.left_out == [PEERS, OTHER]


def test_nothing_of_the_files_is_stored_but_the_aggregate(services, plan, round_and_form, tmp_path):
    round_, form = round_and_form
    item = round_.item_ids[0]
    files = [respond(tmp_path, form, f"Bo Berg svar {n}.pdf", STAFF, {item: 4}) for n in range(3)]
    services.feedback.import_files(plan.id, files)
    out = tmp_path / "plan.json"
    services.transfer.export_plan(plan.id, out, include_private_notes=True)
    text = out.read_text(encoding="utf-8")
    assert "Bo Berg" not in text and ".pdf" not in text
    assert "pypdf" not in text and "Producer" not in text
    [stored] = json.loads(text)["feedback_rounds"]
    assert stored["results"][0]["respondents"] == 3


def test_the_same_file_twice_is_counted_once(services, plan, round_and_form, tmp_path):
    round_, form = round_and_form
    item = round_.item_ids[0]
    files = [respond(tmp_path, form, f"{n}.pdf", STAFF, {item: 3 + n % 2}) for n in range(3)]
    copy = tmp_path / "again.pdf"
    copy.write_bytes(files[0].read_bytes())
    report = services.feedback.import_files(plan.id, [*files, copy])
    assert [str(d) for d in report.duplicates] == [f"{copy}: the same file as {files[0]}"]
    assert services.feedback.get(round_.id).results[0].respondents == 3


def test_bad_files_are_named_and_the_rest_of_the_batch_is_read(
    services, plan, round_and_form, tmp_path
):
    round_, form = round_and_form
    item = round_.item_ids[0]
    good = [respond(tmp_path, form, f"ok-{n}.pdf", STAFF, {item: 4}) for n in range(3)]
    other_round = services.feedback.create(plan.id)
    other_form = services.feedback.write_form(other_round.id, tmp_path / "f2.pdf", FormLabels())
    bad = {
        "empty.pdf": form,
        "outside.pdf": fill(form, answers(STAFF, {item: 9})),
        "encrypted.pdf": fill(form, answers(STAFF, {item: 3}), password="x"),
        "damaged.pdf": b"%PDF-1.4\n" + b"\x00" * 300,
        "notes.txt": b"Hej",
    }
    paths = []
    for name, data in bad.items():
        (tmp_path / name).write_bytes(data)
        paths.append(tmp_path / name)
    paths.append(respond(tmp_path, other_form.read_bytes(), "round-2.pdf", PEERS, {item: 2}))
    report = services.feedback.import_files(plan.id, [*good, *paths])
    problems = {p.path.name: p.problem for p in report.problems}
    assert problems["empty.pdf"] == "the form is not filled in"
    assert problems["outside.pdf"].startswith(f"rating__{item}: '9' is not on the form's scale")
    assert problems["encrypted.pdf"].startswith("the PDF is locked with a password")
    assert problems["damaged.pdf"].startswith("the PDF is damaged")
    assert problems["notes.txt"] == "neither a filled feedback form (PDF) nor a feedback summary"
    assert "round-2.pdf" not in problems  # a form of the plan's other round goes to that round
    assert sorted(t.round_.id for t in report.taken) == sorted([round_.id, other_round.id])
    assert services.feedback.get(round_.id).results[0].respondents == 3


def test_a_form_of_another_plan_is_refused(services, plan, round_and_form, tmp_path):
    round_, form = round_and_form
    bo = services.people.create("Bo Berg")
    other = services.plans.create(bo.id, "kalix")
    path = respond(tmp_path, form, "svar.pdf", STAFF, {round_.item_ids[0]: 3})
    report = services.feedback.import_files(other.id, [path])
    assert report.taken == []
    [problem] = report.problems
    assert problem.problem.startswith("belongs to a feedback round that is not in this plan")


def test_a_collector_summarises_without_the_plan_and_the_leader_imports_it_once(
    services, plan, round_and_form, tmp_path
):
    round_, form = round_and_form
    item = round_.item_ids[0]
    hr = tmp_path / "hr"
    hr.mkdir()
    files = [respond(hr, form, f"{n}.pdf", PEERS, {item: n + 2}) for n in range(3)]
    files.append(respond(hr, form, "manager.pdf", MANAGER, {item: 1}))
    (hr / "junk.pdf").write_bytes(form)
    summary_path = hr / "summary.json"
    report = collect([*files, hr / "junk.pdf"], summary_path)
    assert report.forms == 4
    assert [str(p) for p in report.problems] == [f"{hr / 'junk.pdf'}: the form is not filled in"]
    text = summary_path.read_text(encoding="utf-8")
    assert str(hr) not in text and ".pdf" not in text
    document = json.loads(text)
    assert document["format"] == "ledarplan-feedback"
    assert [(g["group"], g["respondents"]) for g in document["results"]] == [("peers", 3)]
    assert document["left_out"] == ["manager"]

    imported = services.feedback.import_files(plan.id, [summary_path])
    assert [t.summaries for t in imported.taken] == [1]
    again = services.feedback.import_files(plan.id, [summary_path])
    assert again.taken == []
    assert again.problems[0].problem.startswith("this summary was taken in already")
    stored = services.feedback.get(round_.id)
    assert [(r.group, r.respondents) for r in stored.results] == [(PEERS, 3)]


def test_a_summary_of_another_round_is_refused(services, plan, round_and_form, tmp_path):
    round_, form = round_and_form
    files = [respond(tmp_path, form, f"{n}.pdf", STAFF, {round_.item_ids[0]: 3}) for n in range(3)]
    collect(files, tmp_path / "summary.json")
    bo = services.people.create("Bo Berg")
    other = services.plans.create(bo.id, "kalix")
    report = services.feedback.import_files(other.id, [tmp_path / "summary.json"])
    assert report.problems[0].problem.startswith("belongs to a feedback round that is not in")


def test_blind_spots_compare_the_latest_self_assessment(services, plan, round_and_form, tmp_path):
    round_, form = round_and_form
    first, second = round_.item_ids[:2]
    services.assessments.record(plan.id, date(2027, 2, 1), [Rating(first, 5), Rating(second, 2)])
    services.assessments.record(
        plan.id, date(2027, 2, 2), [Rating(first, 1)], assessor_kind=AssessorKind.MANAGER
    )
    files = [respond(tmp_path, form, f"{n}.pdf", STAFF, {first: 2, second: 4}) for n in range(3)]
    [taken] = services.feedback.import_files(plan.id, files).taken
    spots = services.feedback.blind_spots(taken.round_)
    assert [(s.item_id, s.own, s.others) for s in spots] == [(first, 5, 2.0), (second, 2, 4.0)]
    goal = services.goals.add(plan.id, "Lyssna mer", [spots[0].item_id])
    assert goal.item_ids == [first]


def test_a_feedback_round_reaches_the_managers_copy_which_cannot_change_it(
    catalog, plan, services, round_and_form, tmp_path
):
    round_, form = round_and_form
    files = [respond(tmp_path, form, f"{n}.pdf", STAFF, {round_.item_ids[0]: 3}) for n in range(3)]
    services.feedback.import_files(plan.id, files)
    services.transfer.send(plan.id, tmp_path / "to-manager.json")
    paths = AppPaths(tmp_path / "manager")
    paths.ensure()
    database = open_database(paths.database_file, paths.backups_dir)
    try:
        manager = Services.over(Store(database), catalog, paths.backups_dir)
        manager.merging.merge(tmp_path / "to-manager.json")
        [there] = manager.feedback.list(plan.id)
        assert there.results == services.feedback.get(round_.id).results
        with pytest.raises(InvalidInputError, match="leader's own part"):
            manager.feedback.delete(round_.id)
    finally:
        database.dispose()
