"""HR's yearly picture from the organisation's database, where there is one.

On the organisation's PostgreSQL database HR collects no files: the database gives HR's login
the anonymous summary of every current plan (never a plan row) through a function that only
HR may run and that answers only when the organisation has at least its threshold of plans
(see storage.hr_picture and docs/organisation-database.md). The report is then made from them
as from summary files (`services.hr_report`). On the local file there is nothing to read here.
"""

from __future__ import annotations

from typing import Any

from ledarplan.storage.store import Store


class OrganisationPictureService:
    def __init__(self, store: Store):
        self._store = store

    @property
    def available(self) -> bool:
        """Whether the program runs on the organisation's database."""
        return self._store.database.organisation is not None

    @property
    def where(self) -> str:
        organisation = self._store.database.organisation
        return organisation.where if organisation is not None else ""

    def summaries(self) -> tuple[int, list[dict[str, Any]]]:
        """The database's threshold and every current plan's anonymous summary (as a summary
        file's plans hold them). Raises when the login is not HR's or there are too few
        plans (said in words)."""
        with self._store.transaction() as repository:
            found = repository.hr_summaries()
        if found is None:
            raise LookupError("HR's picture is read from the organisation's database only")
        return found
