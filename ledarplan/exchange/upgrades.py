"""The plan file's format changes, one function per step (see `ledarplan.upgrades`).

Format 1 is the first. Each later format adds a step here, with a stored file of the format
before it in tests/data/exchange to test it on; the format's version follows from the steps.
A step takes the parsed document (plain JSON data) of format N and returns one of format N + 1.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

from ledarplan.upgrades import Document, Steps

#: A format-1 record's change stamps: none (made before copies were merged, known to both).
_NO_VERSIONS: dict[str, Any] = {"created": None, "fields": {}, "withheld": []}


def _records(document: Document) -> Iterator[dict[str, Any]]:
    """Every record that format 2 stamps: the plan and its rounds, goals (with their check-ins
    and actions), sessions and talks (with their agreements)."""
    yield document["plan"]
    yield from document["assessment_rounds"]
    for goal in document["goals"]:
        yield goal
        yield from goal["checkins"]
        yield from goal["actions"]
    for parent in (*document["coaching_sessions"], *document["development_talks"]):
        yield parent
        yield from parent["agreements"]


def upgrade_v1_to_v2(document: Document) -> Document:
    """Format 2 (two desks): every record carries change stamps, the file says which desk
    wrote it, deleted records travel as tombstones, private text left out is marked so;
    and feedback rounds (feedback from others), which format 1 did not have.

    A format-1 file says nothing of desks or changes: its records get no stamps (a merge then
    asks about every value that differs), and private notes left out of it (empty, with
    `includes_private_notes` false) are marked as withheld, so they never erase the real text.
    """
    document = {
        **document,
        "format_version": 2,
        "for_desk": None,
        "sender": None,
        "deleted": [],
        "feedback_rounds": [],
    }
    try:
        document["plan"] = {**document["plan"], "manager_name": "", "manager_title": ""}
        document["plan"]["snapshot"] = {**document["plan"]["snapshot"], "scale": []}
        for record in _records(document):
            record["versions"] = {**_NO_VERSIONS, "withheld": []}
        for talk in document["development_talks"]:
            # One name signed for both: the talk stays signed by both (and final).
            name, at = talk.pop("signed_off_by"), talk.pop("signed_off_at")
            signature = {"name": name, "role": "", "at": at} if at is not None else None
            talk["leader_signature"] = talk["manager_signature"] = signature
        if document["includes_private_notes"] is False:
            for session in document["coaching_sessions"]:
                # Format 1 left out the notes only (the reflection went along).
                if session["notes_private"] is True and session["notes"] == "":
                    session["versions"]["withheld"] = ["notes"]
    except (KeyError, TypeError):
        pass  # a malformed file: the checks that follow say what is wrong, precisely
    return document


def downgrade_v2_to_v1(document: Document) -> Document:
    """A format-2 document written as format 1, for a colleague whose program reads only that:
    without the stamps, the sender, the deleted records and the feedback rounds."""
    old = {
        key: copy.deepcopy(value)
        for key, value in document.items()
        if key not in ("for_desk", "sender", "deleted", "feedback_rounds")
    }
    old["format_version"] = 1
    for record in _records(old):
        record.pop("versions", None)
    for name in ("manager_name", "manager_title"):
        old["plan"].pop(name, None)
    old["plan"]["snapshot"].pop("scale", None)
    for talk in old["development_talks"]:
        # Format 1 knows one signature for both: only a talk signed by both is signed there.
        signatures = [talk.pop("leader_signature"), talk.pop("manager_signature")]
        both = all(signatures)
        names = dict.fromkeys(s["name"] for s in signatures if s)  # one name when the same
        talk["signed_off_by"] = " / ".join(names)[:200] if both else ""
        talk["signed_off_at"] = (
            max((s["at"] for s in signatures if s and s["at"]), default=None) if both else None
        )
    return old


UPGRADES: Steps = {1: upgrade_v1_to_v2}

#: The format this version writes: one more than the last step's starting point.
FORMAT_VERSION = max(UPGRADES, default=0) + 1
