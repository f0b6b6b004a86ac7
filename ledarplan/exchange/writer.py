"""Writing a plan as an exchange file: a `PlanBundle` to the file's JSON text.

The document's models (`document`) describe the file once: the plan's data goes through them
as it does when a file is read, so a file this program writes is one it would accept, its
keys come in the models' order, and an entity field the format does not have is refused here
instead of being left out silently.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime

from pydantic import ValidationError

from ledarplan.domain.entities import (
    SESSION_TEXTS,
    CoachingSession,
    PlanBundle,
    PrepAnswer,
    Side,
)
from ledarplan.domain.records import to_plain
from ledarplan.exchange.document import FILE_NAMES, PlanFileModel
from ledarplan.exchange.errors import ExchangeError
from ledarplan.exchange.fields import FORMAT_NAME, FORMAT_VERSION, MAX_PROBLEMS
from ledarplan.exchange.messages import _pydantic_problem
from ledarplan.exchange.upgrades import downgrade_v2_to_v1


def bundle_to_json(
    bundle: PlanBundle,
    *,
    include_private_notes: bool,
    app_version: str,
    exported_at: datetime,
    format_version: int = FORMAT_VERSION,
    for_desk: Side | None = None,
) -> str:
    """The plan as an exchange file (pretty JSON, UTF-8 text without escapes).

    Without `include_private_notes`, coaching sessions whose notes are private are written
    with empty notes marked as withheld, and talk answers marked private with empty answers;
    everything else (and what is shared) is kept. `format_version` 1 writes the first format
    (without what two desks need to merge). Raises `ExchangeError` for data the format
    cannot hold.
    """
    if format_version not in (1, FORMAT_VERSION):
        raise ValueError(f"format {format_version} cannot be written (1 or {FORMAT_VERSION})")
    if not include_private_notes:
        bundle = without_private(bundle)
    document = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "exported_at": exported_at.isoformat(),
        "app_version": app_version,
        "includes_private_notes": include_private_notes,
        "for_desk": for_desk.value if for_desk else None,
        **{FILE_NAMES.get(name, name): value for name, value in to_plain(bundle).items()},
    }
    try:
        checked = PlanFileModel.model_validate(document)
    except ValidationError as exc:
        problems = [_pydantic_problem(err) for err in exc.errors(include_url=False)]
        raise ExchangeError("the plan", problems[:MAX_PROBLEMS]) from None
    written = checked.model_dump(mode="json")
    if format_version == 1:
        written = downgrade_v2_to_v1(written)
    return json.dumps(written, indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def without_private(bundle: PlanBundle) -> PlanBundle:
    """The plan without what its writers keep to themselves: the texts of private coaching
    sessions are emptied and private talk answers left out (the rest stays)."""
    return replace(
        bundle,
        sessions=[_withheld_notes(s) if s.notes_private else s for s in bundle.sessions],
        talks=[
            replace(
                t,
                leader_prep=_without_private(t.leader_prep),
                manager_prep=_without_private(t.manager_prep),
            )
            for t in bundle.talks
        ],
    )


def _withheld_notes(session: CoachingSession) -> CoachingSession:
    """The session with its private texts (the notes and the reflection) left out, and marked
    so: the receiver must never take the empty texts for the real ones."""
    withheld = [*session.versions.withheld]
    withheld += [name for name in SESSION_TEXTS if name not in withheld]
    versions = replace(session.versions, withheld=withheld)
    return replace(session, **dict.fromkeys(SESSION_TEXTS, ""), versions=versions)


def _without_private(answers: list[PrepAnswer]) -> list[PrepAnswer]:
    """A private answer is left out whole: an empty row would still say that there is one.
    (The list is its writer's own part; their copy keeps it, whatever the file holds.)"""
    return [a for a in answers if not a.private]
