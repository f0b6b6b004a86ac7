"""Reading a summary file: one as written is read as it was; anything else is refused, with why
— not a summary, from a newer version, names or free text added by hand, or damaged."""

from __future__ import annotations

import json
from datetime import date

import pytest

from ledarplan.services.demo import build_demo_bundle
from ledarplan.summary.build import summary_of
from ledarplan.summary.document import Refusal, SummaryFileError, read_summary, summary_text


@pytest.fixture
def written(catalog) -> dict:
    bundles = [build_demo_bundle(catalog.get("hjo"), None, date(2026, 4, 2)) for _ in range(2)]
    return json.loads(summary_text(summary_of(bundles, date(2026, 5, 1))))


def _refusal(document, source="summary.json") -> SummaryFileError:
    data = document if isinstance(document, bytes) else json.dumps(document).encode()
    with pytest.raises(SummaryFileError) as caught:
        read_summary(data, source)
    assert str(caught.value).startswith(f"{source}: ")
    return caught.value


def test_a_file_as_written_reads_back_the_same(written):
    data = json.dumps(written).encode()
    assert read_summary(data).document.model_dump(mode="json") == written


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (b"%PDF-1.7\n\xe2\xe3\xcf\xd3", "not UTF-8 text"),
        (b"[1, 2, 3]", "not a ledarplan summary (the document is a list"),
        (b'{"format": "ledarplan-plan", "format_version": 2}', "this is a plan file"),
        (b'{"format": "ledarplan-person"}', "everything stored about a person"),
        (b'{"name": "Karin"}', '"format" is missing'),
        (b"", "the file is empty"),
    ],
)
def test_what_is_not_a_summary_is_named_so(data, says):
    refused = _refusal(data)
    assert refused.refusal is Refusal.NOT_A_SUMMARY
    assert says in str(refused)


def test_a_file_of_a_newer_version_says_to_update(written):
    written["format_version"] = 2
    refused = _refusal(written)
    assert refused.refusal is Refusal.NEWER
    assert "newer version of ledarplan" in str(refused) and "Update ledarplan" in str(refused)


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda d: d["plans"][0].update(name="Karin Lindqvist"), "plans[0].name"),
        (lambda d: d.update(comment="from the team in Hjo"), "comment"),
        (lambda d: d["plans"][1]["goals"][0].update(title="Lead meetings"), "goals[0].title"),
        (lambda d: d["plans"][0].update(level="Karin Lindqvist"), "plans[0].level"),
        (lambda d: d["plans"][0].update(sessions="twelve, with Ulf"), "plans[0].sessions"),
        (
            lambda d: d["plans"][0]["goals"][0]["actions"][0].update(kind="Course in Umeå"),
            "actions[0].kind",
        ),
        (
            lambda d: d["plans"][0]["self_assessment"]["ratings"].update({"Karin L": 3}),
            "plans[0].self_assessment.ratings",
        ),
        (lambda d: d.update(written="2026-05-14"), "written"),
        (lambda d: d["plans"][0]["talk"].update(held="yes, on 3 May"), "talk.held"),
    ],
)
def test_names_or_free_text_added_by_hand_are_refused(written, change, where):
    change(written)
    refused = _refusal(written)
    assert refused.refusal is Refusal.NOT_ANONYMOUS
    assert where in str(refused)
    # The refusal names the place, never the text itself (it may be a name).
    for text in ("Karin", "Lead meetings", "Ulf", "Umeå", "3 May", "2026-05-14", "Hjo"):
        assert text not in str(refused).replace("summary.json", "")


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (lambda d: json.dumps(d).encode()[:-40], "not valid JSON"),
        (
            lambda d: json.dumps({**d, "plans": [{**d["plans"][0], "sessions": -1}]}).encode(),
            "sessions",
        ),
        (
            lambda d: json.dumps({k: v for k, v in d.items() if k != "plans"}).encode(),
            "plans: required",
        ),
        (
            lambda d: json.dumps(
                {
                    **d,
                    "plans": [
                        {
                            **d["plans"][0],
                            "self_assessment": {"low": 1, "high": 5, "ratings": {"ett": 9}},
                        }
                    ],
                }
            ).encode(),
            "outside the scale 1–5",
        ),
        (lambda d: json.dumps({**d, "format_version": "1"}).encode(), "format_version"),
    ],
)
def test_a_damaged_summary_is_named_as_damaged(written, data, says):
    refused = _refusal(data(written))
    assert refused.refusal is Refusal.DAMAGED
    assert says in str(refused)
