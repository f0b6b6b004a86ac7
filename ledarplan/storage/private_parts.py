"""Private texts in the organisation's database: kept in rows only their author can read.

Row-level security decides which rows a login sees, not which columns. A coaching session
whose texts are private, and a talk's private answers, share their row with what the other
side may read (the session's date and agreements, the talk's other answers). So on
PostgreSQL the private part is taken out of the shared row when it is stored (the row keeps
empty texts, and only the answers that are not private: a CHECK constraint keeps it so) and
put in `session_private` / `talk_private` under the author's login; reading puts it back for
its author. Anyone else reads the row as the other desk would receive it in a file
(`exchange.writer.without_private`): texts withheld, private answers left out.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ledarplan.domain.desk_records import owner
from ledarplan.domain.entities import SESSION_TEXTS, CoachingSession, DevelopmentTalk, PrepAnswer
from ledarplan.domain.errors import InvalidInputError
from ledarplan.domain.records import build
from ledarplan.storage.organisation_tables import SessionPrivateRow, TalkPrivateRow
from ledarplan.storage.tables import SessionRow, TalkRow

#: A talk's lists of answers, by the side whose they are.
PREP = {"leader": "leader_prep", "manager": "manager_prep"}


class PrivateParts:
    """The private parts of one login's rows, within one transaction."""

    def __init__(self, session: Session, login: str):
        self._s = session
        self._login = login

    # --- coaching sessions ---------------------------------------------------------------

    def keep_session(self, row: SessionRow) -> None:
        """Takes a private session's texts out of its row into the author's private row (or
        drops that row when the texts are no longer private)."""
        with self._s.no_autoflush:  # the row is written once its private texts are out
            mine = self._s.get(SessionPrivateRow, (row.id, self._login))
        if not row.notes_private:
            if mine is not None:
                self._s.delete(mine)
            return
        texts = {name: getattr(row, name) for name in SESSION_TEXTS}
        for name in SESSION_TEXTS:
            setattr(row, name, "")
        self._s.flush()  # the session before its private row (whose policy looks it up)
        if mine is None:
            self._s.add(SessionPrivateRow(session_id=row.id, author=self._login, texts=texts))
        else:
            mine.texts = texts

    def take_out(self, row: SessionRow) -> SessionPrivateRow | None:
        """As `keep_session`, for a session added in this transaction (a plan stored whole):
        its private texts taken out of its row, and the author's private row to add once the
        sessions are written (its policy looks the session up). Nothing is flushed here, so a
        plan's sessions go out in a few statements instead of a round trip each."""
        if not row.notes_private:
            return None
        texts = {name: getattr(row, name) for name in SESSION_TEXTS}
        for name in SESSION_TEXTS:
            setattr(row, name, "")
        return SessionPrivateRow(session_id=row.id, author=self._login, texts=texts)

    def sessions(self, rows: Iterable[SessionRow], side: str | None, build_one: Any) -> list:
        """The sessions of `rows` with their private texts where this login wrote them."""
        rows = list(rows)
        texts = self._session_texts([r.id for r in rows if r.notes_private])
        return [self._session(build_one(r), texts.get(r.id), side) for r in rows]

    def _session_texts(self, ids: list[str]) -> dict[str, dict[str, str]]:
        if not ids:
            return {}
        found = self._s.scalars(
            select(SessionPrivateRow).where(
                SessionPrivateRow.session_id.in_(ids), SessionPrivateRow.author == self._login
            )
        )
        return {row.session_id: dict(row.texts) for row in found}

    @staticmethod
    def _session(
        session: CoachingSession, texts: dict[str, str] | None, side: str | None
    ) -> CoachingSession:
        if not session.notes_private:
            return session
        if texts is not None:
            for name in SESSION_TEXTS:
                setattr(session, name, texts.get(name, ""))
            return session
        writer = owner(session)
        if writer is not None and writer.value != side:
            # Kept private at the other desk: not received, so never taken as empty text.
            withheld = session.versions.withheld
            withheld += [name for name in SESSION_TEXTS if name not in withheld]
        return session

    # --- development talks ---------------------------------------------------------------

    def keep_talk(self, row: TalkRow, side: str) -> None:
        """Takes this side's private answers out of the talk's row into the author's private
        row. The other side's answers are as they were read (without their private ones)."""
        other = "manager" if side == "leader" else "leader"
        if any(answer.get("private") for answer in getattr(row, PREP[other])):
            raise InvalidInputError(
                PREP[other], f"private answers of the {other} can only be written by the {other}"
            )
        answers = list(getattr(row, PREP[side]))
        private = [[n, a] for n, a in enumerate(answers) if a.get("private")]
        setattr(row, PREP[side], [a for a in answers if not a.get("private")])
        self._s.flush()  # the talk before its private row (whose policy looks it up)
        with self._s.no_autoflush:
            mine = self._s.get(TalkPrivateRow, (row.id, side, self._login))
        if not private:
            if mine is not None:
                self._s.delete(mine)
        elif mine is None:
            self._s.add(
                TalkPrivateRow(talk_id=row.id, side=side, author=self._login, answers=private)
            )
        else:
            mine.answers = private

    def talks(self, rows: Iterable[TalkRow], build_one: Any) -> list[DevelopmentTalk]:
        rows = list(rows)
        found: dict[tuple[str, str], list] = {}
        if rows:
            for row in self._s.scalars(
                select(TalkPrivateRow).where(
                    TalkPrivateRow.talk_id.in_([r.id for r in rows]),
                    TalkPrivateRow.author == self._login,
                )
            ):
                found[(row.talk_id, row.side)] = list(row.answers)
        talks = []
        for row in rows:
            talk = build_one(row)
            for side, attribute in PREP.items():
                private = found.get((row.id, side))
                if private:
                    setattr(talk, attribute, _merged(getattr(talk, attribute), private))
            talks.append(talk)
        return talks


def _merged(shared: list[PrepAnswer], private: list[Any]) -> list[PrepAnswer]:
    """The answers in their order: each private one back at the place it was taken from."""
    answers = list(shared)
    for index, answer in sorted(private, key=lambda pair: pair[0]):
        answers.insert(min(index, len(answers)), build(PrepAnswer, answer))
    return answers
