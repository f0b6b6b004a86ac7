"""The program's access to its database: every use is one transaction (`Store.transaction`),
in which a `Repository` loads and saves; the versions of plans this program knows, so that a
change someone else made is told from its own; and, on the organisation's database, whether
it has gone quiet (`storage.contact`)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.exc import DBAPIError, IntegrityError, SQLAlchemyError

from ledarplan.domain.errors import ConflictError
from ledarplan.storage.contact import on_main_thread
from ledarplan.storage.engine import Database
from ledarplan.storage.errors import UnreachableDatabaseError
from ledarplan.storage.faults import describe_fault, translated_faults
from ledarplan.storage.postgres import organisation_fault
from ledarplan.storage.repository import Repository


class Store:
    """The program's access to its database: every use is one transaction.

    It also keeps, per plan, the version this program last knew of it (read or written by
    itself), so that a change made by someone else is told from its own (`news`)."""

    def __init__(self, database: Database):
        self.database = database
        self._known: dict[str, str] = {}
        self._news: set[str] = set()
        #: How many transactions that changed a plan's version this program has committed.
        self.saves_made = 0
        #: What was last heard from the organisation's database (unused for the local file);
        #: its connections' waits on the window's thread ask `reachable` aside.
        self.contact = database.contact
        self.contact.prober = self.reachable

    def news(self, plan_id: str, current: str) -> bool:
        """Whether someone else changed the plan since this program last knew it (its
        version now being `current`); from now on `current` is known."""
        known = self._known.get(plan_id)
        self._known[plan_id] = current
        news = plan_id in self._news or (known is not None and known != current)
        self._news.discard(plan_id)
        return news

    def _learn(self, versions: dict[str, tuple[str, str]]) -> None:
        """After a commit: this program's own changes are known; a change by someone else
        found under them (the version before ours was not the one known) stays news."""
        if any(before != after for before, after in versions.values()):
            self.saves_made += 1
        for plan_id, (before, after) in versions.items():
            known = self._known.get(plan_id)
            if known is None:
                continue  # not watched
            if known != before:
                self._news.add(plan_id)
            self._known[plan_id] = after

    @contextmanager
    def transaction(self) -> Iterator[Repository]:
        organisation = self.database.organisation
        if organisation is None:
            with self._transaction() as repository:
                yield repository
            return
        aside = not on_main_thread()
        if not aside and self.contact.gone_quiet():
            # Not waited out on the window's thread: the page keeps what was typed and waits,
            # and a question asked aside tells when the database is back (storage.contact).
            self.contact.probe_aside(self.reachable)
            raise UnreachableDatabaseError(organisation.where, "it has not answered for a while")
        with (
            self.contact.asking(aside=aside, unreachable=UnreachableDatabaseError),
            self._transaction() as repository,
        ):
            yield repository

    @contextmanager
    def _transaction(self) -> Iterator[Repository]:
        try:
            with self.database.session() as session:
                repository = Repository(session, self.database.organisation)
                yield repository
            self._learn(repository.touched)
        except IntegrityError as exc:
            # Rolled back already; say what clashed without SQL in the message.
            reason = str(exc.orig) if exc.orig is not None else "a constraint"
            raise ConflictError(f"the change clashes with what is stored ({reason})") from None
        except DBAPIError as exc:
            # Rolled back already. A full disk, another program's lock, a read-only folder:
            # said in words, naming the file; anything else is a mistake and stays as it is.
            organisation = self.database.organisation
            if organisation is not None:
                refused = organisation_fault(organisation.where, exc)
                if refused is None:
                    raise
                raise refused from None
            assert self.path is not None
            fault = describe_fault(exc, self.path)
            if fault is None:
                raise
            raise fault from exc

    def reachable(self) -> bool:
        """Whether the database answers now: one short query on a connection of its own, so
        it may be asked from another thread than the one the program saves on (and its
        answer, on the organisation's database, ends or starts a quiet: storage.contact)."""
        organisation = self.database.organisation
        if organisation is None:
            return self._answers()
        try:
            with self.contact.asking(aside=True, unreachable=UnreachableDatabaseError):
                if not self._answers():
                    raise UnreachableDatabaseError(organisation.where, "no answer")
        except UnreachableDatabaseError:
            return False
        return True

    def _answers(self) -> bool:
        try:
            with self.database.engine.connect() as connection:
                connection.exec_driver_sql("SELECT 1")
        except (SQLAlchemyError, OSError):
            return False
        return True

    @property
    def path(self) -> Path | None:
        """The local file (None: the organisation's database)."""
        return self.database.path

    def compact(self) -> None:
        """Rewrites the file without free pages and empties the WAL: deleted notes are gone
        from the disk, not just unlinked (secure_delete already zeroes freed pages). The
        organisation's database is PostgreSQL's to clean up (its autovacuum)."""
        if self.path is None:
            return
        with translated_faults(self.path), self.database.engine.connect() as connection:
            connection.exec_driver_sql("VACUUM")
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
