"""Everything stored about one person, as one file (the GDPR right of access).

The file is a small JSON wrapper (format "ledarplan-person") around the person and every plan of
theirs, each plan as the exchange document that `bundle_to_json` writes, private notes included:
it is the person's own data. docs/exchange-format.md describes it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from ledarplan import __version__
from ledarplan.domain.records import to_plain
from ledarplan.services.transfer import write_private_file
from ledarplan.storage.store import Store

PERSON_FORMAT_NAME = "ledarplan-person"
PERSON_FORMAT_VERSION = 1
PERSON_EXPORT_SUFFIX = ".ledarplan-person.json"


@dataclass(frozen=True)
class PersonExportResult:
    path: Path
    person_name: str
    plans: int


class PersonExportService:
    def __init__(self, store: Store):
        self._store = store

    def document(self, person_id: str, *, exported_at: datetime | None = None) -> dict[str, Any]:
        """The whole export as a JSON-ready dict; raises NotFoundError for an unknown person."""
        exported_at = exported_at or datetime.now(timezone.utc).replace(microsecond=0)
        # One transaction: the person and their plans as they are at one moment.
        from ledarplan.exchange.format import bundle_to_json  # noqa: PLC0415 - on first use

        with self._store.transaction() as repo:
            person = repo.get_person(person_id)
            plans = repo.list_plans(person_id, counts=False)
            bundles = [repo.load_bundle(s.plan.id) for s in plans]
        return {
            "format": PERSON_FORMAT_NAME,
            "format_version": PERSON_FORMAT_VERSION,
            "exported_at": exported_at.isoformat(),
            "app_version": __version__,
            "person": to_plain(person),  # the same fields as the plan file's person
            "plans": [
                json.loads(
                    bundle_to_json(
                        bundle,
                        include_private_notes=True,
                        app_version=__version__,
                        exported_at=exported_at,
                    )
                )
                for bundle in bundles
            ],
        }

    def export(self, person_id: str, out: Path) -> PersonExportResult:
        """Writes the export to `out` whole or not at all, readable by the user alone."""
        document = self.document(person_id)
        text = json.dumps(document, indent=2, ensure_ascii=False, allow_nan=False) + "\n"
        write_private_file(out, text)
        return PersonExportResult(out, document["person"]["name"], len(document["plans"]))
