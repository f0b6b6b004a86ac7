"""Setting up the organisation's database, for IT: `ledarplan org init|add-user|set-manager|
users` and `ledarplan check` on PostgreSQL (see storage.organisation for what is set up)."""

from __future__ import annotations

from ledarplan.domain.entities import Person
from ledarplan.domain.errors import InvalidInputError
from ledarplan.domain.rules import normalise_person
from ledarplan.storage.backup import CheckReport
from ledarplan.storage.organisation import Member, OrganisationAdmin


class OrganisationService:
    def __init__(self, admin: OrganisationAdmin):
        self._admin = admin

    @property
    def where(self) -> str:
        return self._admin.where

    def initialise(self) -> str:
        """Creates or upgrades the schema, roles and access rules; returns the schema's
        revision. Harmless to run again."""
        return self._admin.initialise()

    def add_user(
        self,
        login: str,
        name: str,
        *,
        email: str = "",
        unit: str = "",
        manager: str | None = None,
        hr: bool = False,
    ) -> tuple[Member, bool]:
        """Registers a login as a person; returns the member and whether the login role was
        created now (without a password: IT's sign-on gives it one, or Kerberos)."""
        person = Person(name=name, email=email, unit=unit)
        normalise_person(person)
        try:
            return self._admin.add_user(login, person, manager=manager, hr=hr)
        except ValueError as exc:
            raise InvalidInputError("login", str(exc)) from None
        except LookupError as exc:
            raise InvalidInputError("manager", str(exc)) from None

    def set_manager(self, login: str, manager: str) -> tuple[Member, str | None]:
        """Hands a leader over to a new manager; returns the member and the former manager."""
        try:
            return self._admin.set_manager(login, manager)
        except (ValueError, LookupError) as exc:
            raise InvalidInputError("login", str(exc)) from None

    def set_hr_threshold(self, threshold: int) -> int:
        """Sets the smallest number of plans HR's picture is given of (the whole
        organisation's, and each group shown); returns the former threshold."""
        try:
            return self._admin.set_hr_threshold(threshold)
        except ValueError as exc:
            raise InvalidInputError("threshold", str(exc)) from None

    def members(self) -> list[Member]:
        return self._admin.members()

    def check(self) -> CheckReport:
        return self._admin.check()

    def close(self) -> None:
        self._admin.close()
