"""People whose plans are kept: the leader themself, or the leaders a manager talks with."""

from __future__ import annotations

from dataclasses import replace

from ledarplan.domain.entities import Person
from ledarplan.domain.rules import normalise_person
from ledarplan.storage.store import Store


class PeopleService:
    def __init__(self, store: Store):
        self._store = store

    def create(self, name: str, job_title: str = "", unit: str = "", email: str = "") -> Person:
        person = Person(name=name, job_title=job_title, unit=unit, email=email)
        normalise_person(person)
        with self._store.transaction() as repo:
            return repo.add_person(person)

    def update(self, person: Person) -> Person:
        person = replace(person)
        normalise_person(person)
        with self._store.transaction() as repo:
            return repo.update_person(person)

    def rename(self, person_id: str, name: str) -> Person:
        with self._store.transaction() as repo:
            person = repo.get_person(person_id)
            person.name = name
            normalise_person(person)
            return repo.update_person(person)

    def set_archived(self, person_id: str, archived: bool) -> Person:
        with self._store.transaction() as repo:
            person = repo.get_person(person_id)
            person.archived = archived
            return repo.update_person(person)

    def get(self, person_id: str) -> Person:
        with self._store.transaction() as repo:
            return repo.get_person(person_id)

    def list(self, *, include_archived: bool = False) -> list[Person]:
        with self._store.transaction() as repo:
            return repo.list_people(include_archived=include_archived)

    def delete(self, person_id: str) -> None:
        """Removes the person and every plan, round, goal, session and talk of theirs."""
        with self._store.transaction() as repo:
            repo.delete_person(person_id)
        self._store.compact()
