"""The coaching log: sessions with Kolb reflection and agreements that carry over."""

from __future__ import annotations

from copy import deepcopy
from datetime import date

from ledarplan.domain.desk_records import owner
from ledarplan.domain.entities import Agreement, CoachingSession
from ledarplan.domain.errors import InvalidInputError
from ledarplan.domain.rules import normalise_session
from ledarplan.services.meanwhile import on_top
from ledarplan.storage.repository import Repository
from ledarplan.storage.store import Store


class CoachingService:
    def __init__(self, store: Store):
        self._store = store

    def open_agreements(self, plan_id: str) -> list[Agreement]:
        """What earlier sessions agreed and is neither done nor carried over yet."""
        with self._store.transaction() as repo:
            return repo.open_session_agreements(plan_id)

    def carryable(self, plan_id: str) -> list[Agreement]:
        """The open agreements a new session at this desk may bring along: its own sessions'
        (the other desk's log stays the other desk's)."""
        with self._store.transaction() as repo:
            return _carryable(repo, plan_id)

    def save(
        self,
        session: CoachingSession,
        carry_over: list[str] = (),
        read: CoachingSession | None = None,
    ) -> CoachingSession:
        """Creates or updates a session; `carry_over` lists open agreements to bring along.

        `read`: the session (with its agreements) as it was read before it was edited into
        `session`. What someone else saved since then is kept where this edit changed nothing
        (an agreement they added stays); a value both changed raises ChangedMeanwhileError with
        both sides to choose from, and nothing is written."""
        session = deepcopy(session)  # normalised and added to here, not in the caller's hands
        with self._store.transaction() as repo:
            if read is not None:
                session = on_top(repo.get_session(session.id), read, session)
            goal_ids = repo.goal_ids(session.plan_id)
            if carry_over:
                open_ones = {a.id: a for a in _carryable(repo, session.plan_id)}
                for agreement_id in carry_over:
                    old = open_ones.get(agreement_id)
                    if old is None:
                        raise InvalidInputError(
                            "carry_over",
                            f"'{agreement_id}' is not an open agreement of this desk's sessions",
                        )
                    session.agreements.append(
                        Agreement(
                            text=old.text,
                            owner=old.owner,
                            due_date=old.due_date,
                            carried_from=old.id,
                        )
                    )
            normalise_session(session, goal_ids)
            return repo.save_session(session)

    def set_agreement_done(self, session_id: str, agreement_id: str, done: bool) -> None:
        with self._store.transaction() as repo:
            session = repo.get_session(session_id)
            for agreement in session.agreements:
                if agreement.id == agreement_id:
                    agreement.done = done
                    break
            else:
                raise InvalidInputError("agreement", f"'{agreement_id}' is not in this session")
            repo.save_session(session)

    def list(self, plan_id: str) -> list[CoachingSession]:
        with self._store.transaction() as repo:
            return repo.list_sessions(plan_id)

    def delete(self, session_id: str) -> None:
        with self._store.transaction() as repo:
            repo.delete_session(session_id)

    @staticmethod
    def new_session(plan_id: str, on: date | None = None) -> CoachingSession:
        return CoachingSession(plan_id=plan_id, date=on or date.today())


def _carryable(repo: Repository, plan_id: str) -> list[Agreement]:
    side = repo.get_desk(plan_id).side
    own = {
        agreement.id
        for session in repo.list_sessions(plan_id)
        if owner(session) is side
        for agreement in session.agreements
    }
    return [a for a in repo.open_session_agreements(plan_id) if a.id in own]
