"""Loading and saving whole aggregates (a person, a plan, a goal with its actions …).

A `Repository` works inside one session, i.e. one transaction opened by `store.Store`.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import Text, cast, func, literal_column, select, type_coerce
from sqlalchemy.orm import Session, defer, selectinload

from ledarplan.domain.entities import (
    Agreement,
    AssessmentRound,
    CoachingSession,
    DevelopmentTalk,
    FeedbackRound,
    Goal,
    Person,
    Plan,
    PlanBundle,
    PlanSummary,
    Side,
)
from ledarplan.domain.errors import NotFoundError
from ledarplan.storage import convert
from ledarplan.storage.desk_book import DeskBook
from ledarplan.storage.engine import Membership
from ledarplan.storage.organisation_tables import MemberRow
from ledarplan.storage.private_parts import PrivateParts
from ledarplan.storage.record_ids import records_elsewhere
from ledarplan.storage.tables import (
    AgreementRow,
    DeskRow,
    FeedbackRoundRow,
    GoalRow,
    PersonRow,
    PlanRow,
    RoundRow,
    SessionRow,
    TalkRow,
    TombstoneRow,
    not_carried_over,
)
from ledarplan.storage.team_queries import (
    PlanFacts,
    TeamPlan,
    plan_names,
    team_facts,
    team_plans,
)


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)


class Repository(DeskBook):
    def __init__(self, session: Session, organisation: Membership | None = None):
        super().__init__(session, organisation)
        #: On the organisation's database: the login's private texts, in rows of their own.
        self._private = PrivateParts(session, organisation.login) if organisation else None

    def _stored_order(self, row_type: type) -> Any:
        """Breaks a tie in a list's order (rounds of one date …): the order they were stored
        in, by SQLite's rowid; PostgreSQL keeps no such order, so there by id (stable)."""
        if self._s.get_bind().dialect.name == "sqlite":
            return literal_column(f"{row_type.__tablename__}.rowid")  # type: ignore[attr-defined]
        return row_type.id  # type: ignore[attr-defined]

    # --- people ------------------------------------------------------------------------

    def add_person(self, person: Person) -> Person:
        now = _now()
        row = PersonRow(id=person.id, created_at=person.created_at or now, updated_at=now)
        convert.fill_person_row(row, person)
        self._s.add(row)
        self._s.flush()
        return convert.person_from_row(row)

    def update_person(self, person: Person) -> Person:
        row = self._person_row(person.id)
        convert.fill_person_row(row, person)
        row.updated_at = _now()
        self._s.flush()
        return convert.person_from_row(row)

    def get_person(self, person_id: str) -> Person:
        return convert.person_from_row(self._person_row(person_id))

    def person_exists(self, person_id: str) -> bool:
        return self._s.get(PersonRow, person_id) is not None

    def list_people(self, *, include_archived: bool = False) -> list[Person]:
        query = select(PersonRow).order_by(func.lower(PersonRow.name))
        if not include_archived:
            query = query.where(PersonRow.archived.is_(False))
        return [convert.person_from_row(r) for r in self._s.scalars(query)]

    def delete_person(self, person_id: str) -> None:
        self._s.delete(self._person_row(person_id))
        self._s.flush()

    def _person_row(self, person_id: str) -> PersonRow:
        row = self._s.get(PersonRow, person_id)
        if row is None:
            raise NotFoundError("person", person_id)
        return row

    # --- plans -------------------------------------------------------------------------

    def add_plan(self, plan: Plan, side: Side = Side.LEADER) -> Plan:
        """A new plan, kept at `side`'s desk (a plan made here is the leader's own)."""
        now = _now()
        row = PlanRow(id=plan.id, created_at=plan.created_at or now, updated_at=now)
        convert.fill_plan_row(row, plan)
        row.desk = DeskRow(plan_id=plan.id, side=side.value, seen={})
        self._s.add(row)
        self._s.flush()
        return convert.plan_from_row(row)

    def update_plan(self, plan: Plan) -> Plan:
        row = self._plan_row(plan.id)
        self._stamped(plan.id, convert.plan_from_row(row), plan)
        convert.fill_plan_row(row, plan)
        row.updated_at = _now()
        self._s.flush()
        return convert.plan_from_row(row)

    def touch_plan(self, plan_id: str) -> None:
        self._plan_row(plan_id).updated_at = _now()

    def get_plan(self, plan_id: str) -> Plan:
        return convert.plan_from_row(self._plan_row(plan_id))

    def delete_plan(self, plan_id: str) -> None:
        self._s.delete(self._plan_row(plan_id))
        self._s.flush()

    def list_plans(self, person_id: str | None = None, *, counts: bool = True) -> list[PlanSummary]:
        """Every plan (of one person) with its person, by name and period; with `counts` also
        the number of goals and open agreements of each."""
        # The snapshot as stored text: equal texts become one shared snapshot (see
        # convert.snapshot_from_text) instead of thousands of equal copies.
        # (PostgreSQL's driver decodes a json column whatever SQLAlchemy says: cast there.)
        sqlite = self._s.get_bind().dialect.name == "sqlite"
        snapshot = type_coerce(PlanRow.snapshot, Text) if sqlite else cast(PlanRow.snapshot, Text)
        columns: list[Any] = [PlanRow, PersonRow, snapshot]
        if counts:
            goals = (
                select(func.count(GoalRow.id))
                .where(GoalRow.plan_id == PlanRow.id)
                .scalar_subquery()
            )
            open_agreements = (
                select(func.count(AgreementRow.id))
                .join(SessionRow, AgreementRow.session_id == SessionRow.id)
                .where(
                    SessionRow.plan_id == PlanRow.id,
                    AgreementRow.done.is_(False),
                    not_carried_over(),
                )
                .scalar_subquery()
            )
            columns += [goals, open_agreements]
        query = (
            select(*columns)
            .options(defer(PlanRow.snapshot))
            .join(PersonRow, PlanRow.person_id == PersonRow.id)
            .order_by(func.lower(PersonRow.name), PlanRow.period_start, PlanRow.created_at)
        )
        if person_id is not None:
            query = query.where(PlanRow.person_id == person_id)
        summaries = []
        for plan, person, text, *numbers in self._s.execute(query):
            goal_count, open_count = (n or 0 for n in numbers) if counts else (None, None)
            summaries.append(
                PlanSummary(
                    convert.plan_from_row(plan, convert.snapshot_from_text(text)),
                    convert.person_from_row(person),
                    goal_count,
                    open_count,
                )
            )
        return summaries

    # --- assessment rounds -------------------------------------------------------------

    def save_round(self, round_: AssessmentRound) -> AssessmentRound:
        row = self._s.get(RoundRow, round_.id)
        old = convert.round_from_row(row) if row is not None else None
        if row is None:
            row = RoundRow(id=round_.id)
            self._s.add(row)
        self._stamped(round_.plan_id, old, round_)
        convert.fill_round_row(row, round_)
        self.touch_plan(round_.plan_id)
        self._s.flush()
        return convert.round_from_row(row)

    def list_rounds(self, plan_id: str) -> list[AssessmentRound]:
        rows = self._s.scalars(
            select(RoundRow)
            .where(RoundRow.plan_id == plan_id)
            .options(selectinload(RoundRow.ratings))
            .order_by(RoundRow.date, self._stored_order(RoundRow))
        )
        return [convert.round_from_row(r) for r in rows]

    def delete_round(self, round_id: str) -> None:
        row = self._s.get(RoundRow, round_id)
        if row is None:
            raise NotFoundError("assessment round", round_id)
        self._deleted(row.plan_id, convert.round_from_row(row))
        self._s.delete(row)

    # --- goals -------------------------------------------------------------------------

    def save_goal(self, goal: Goal, *, children: bool = True) -> Goal:
        """Creates or updates the goal; without `children` its check-ins and actions are left
        as they are stored (a pause in typing the title rewrites no action rows)."""
        row = self._s.get(GoalRow, goal.id)
        old = convert.goal_from_row(row) if row is not None else None
        if row is None:
            position = self._s.scalar(
                select(func.count(GoalRow.id)).where(GoalRow.plan_id == goal.plan_id)
            )
            row = GoalRow(id=goal.id)
            self._s.add(row)
        else:
            position = row.position
        self._stamped(goal.plan_id, old, goal)
        convert.fill_goal_row(row, goal, position or 0, children=children)
        self.touch_plan(goal.plan_id)
        self._s.flush()
        return convert.goal_from_row(row)

    def get_goal(self, goal_id: str) -> Goal:
        row = self._s.get(GoalRow, goal_id)
        if row is None:
            raise NotFoundError("goal", goal_id)
        self._held.append(row)
        return convert.goal_from_row(row)

    def goal_ids(self, plan_id: str) -> set[str]:
        """The ids of a plan's goals (what a session may link to), without loading the goals."""
        return set(self._s.scalars(select(GoalRow.id).where(GoalRow.plan_id == plan_id)))

    def list_goals(self, plan_id: str) -> list[Goal]:
        rows = self._s.scalars(
            select(GoalRow)
            .where(GoalRow.plan_id == plan_id)
            .options(
                selectinload(GoalRow.items),
                selectinload(GoalRow.checkins),
                selectinload(GoalRow.actions),
            )
            .order_by(GoalRow.position)
        )
        return [convert.goal_from_row(r) for r in rows]

    def delete_goal(self, goal_id: str) -> None:
        row = self._s.get(GoalRow, goal_id)
        if row is None:
            raise NotFoundError("goal", goal_id)
        self._deleted(row.plan_id, convert.goal_from_row(row))
        self._s.delete(row)

    # --- coaching sessions -------------------------------------------------------------

    def save_session(self, session: CoachingSession) -> CoachingSession:
        row = self._s.get(SessionRow, session.id)
        old = self._session_of(row) if row is not None else None
        if row is None:
            row = SessionRow(id=session.id)
            self._s.add(row)
        self._stamped(session.plan_id, old, session)
        convert.fill_session_row(row, session)
        if self._private is not None:
            self._private.keep_session(row)
        self.touch_plan(session.plan_id)
        self._s.flush()
        return self._session_of(row)

    def get_session(self, session_id: str) -> CoachingSession:
        row = self._s.get(SessionRow, session_id)
        if row is None:
            raise NotFoundError("coaching session", session_id)
        return self._session_of(row)

    def _session_of(self, row: SessionRow) -> CoachingSession:
        return self._sessions_of([row])[0]

    def _sessions_of(self, rows: Any) -> list[CoachingSession]:
        if self._private is None:
            return [convert.session_from_row(r) for r in rows]
        rows = list(rows)
        side = self._org_side(rows[0].plan_id).value if rows else None
        return self._private.sessions(rows, side, convert.session_from_row)

    def list_sessions(self, plan_id: str) -> list[CoachingSession]:
        rows = self._s.scalars(
            select(SessionRow)
            .where(SessionRow.plan_id == plan_id)
            .options(selectinload(SessionRow.goal_links), selectinload(SessionRow.agreements))
            .order_by(SessionRow.date, self._stored_order(SessionRow))
        )
        return self._sessions_of(rows)

    def delete_session(self, session_id: str) -> None:
        row = self._s.get(SessionRow, session_id)
        if row is None:
            raise NotFoundError("coaching session", session_id)
        self._deleted(row.plan_id, self._session_of(row))
        self._s.delete(row)

    def open_session_agreements(self, plan_id: str, before: date | None = None) -> list[Agreement]:
        """Agreements of a plan's sessions not yet done nor carried over to a later session."""
        query = (
            select(AgreementRow)
            .join(SessionRow, AgreementRow.session_id == SessionRow.id)
            .where(
                SessionRow.plan_id == plan_id,
                AgreementRow.done.is_(False),
                not_carried_over(),
            )
            .order_by(SessionRow.date, AgreementRow.position)
        )
        if before is not None:
            query = query.where(SessionRow.date <= before)
        return [convert.agreement_from_row(r) for r in self._s.scalars(query)]

    # --- development talks -------------------------------------------------------------

    def save_talk(self, talk: DevelopmentTalk) -> DevelopmentTalk:
        row = self._s.get(TalkRow, talk.id)
        old = self._talk_of(row) if row is not None else None
        if row is None:
            position = self._s.scalar(
                select(func.count(TalkRow.id)).where(TalkRow.plan_id == talk.plan_id)
            )
            row = TalkRow(id=talk.id)
            self._s.add(row)
        else:
            position = row.position
        self._stamped(talk.plan_id, old, talk)
        convert.fill_talk_row(row, talk, position or 0)
        if self._private is not None:
            self._private.keep_talk(row, self._org_side(talk.plan_id).value)
        self.touch_plan(talk.plan_id)
        self._s.flush()
        return self._talk_of(row)

    def get_talk(self, talk_id: str) -> DevelopmentTalk:
        row = self._s.get(TalkRow, talk_id)
        if row is None:
            raise NotFoundError("development talk", talk_id)
        return self._talk_of(row)

    def _talk_of(self, row: TalkRow) -> DevelopmentTalk:
        return self._talks_of([row])[0]

    def _talks_of(self, rows: Any) -> list[DevelopmentTalk]:
        if self._private is None:
            return [convert.talk_from_row(r) for r in rows]
        return self._private.talks(rows, convert.talk_from_row)

    def list_talks(self, plan_id: str) -> list[DevelopmentTalk]:
        rows = self._s.scalars(
            select(TalkRow)
            .where(TalkRow.plan_id == plan_id)
            .options(selectinload(TalkRow.agreements))
            .order_by(TalkRow.position)
        )
        return self._talks_of(rows)

    # --- feedback from others ----------------------------------------------------------

    def save_feedback(self, round_: FeedbackRound) -> FeedbackRound:
        row = self._s.get(FeedbackRoundRow, round_.id)
        old = convert.feedback_from_row(row) if row is not None else None
        if row is None:
            row = FeedbackRoundRow(id=round_.id)
            self._s.add(row)
        self._stamped(round_.plan_id, old, round_)
        convert.fill_feedback_row(row, round_)
        self.touch_plan(round_.plan_id)
        self._s.flush()
        return convert.feedback_from_row(row)

    def get_feedback(self, round_id: str) -> FeedbackRound:
        row = self._s.get(FeedbackRoundRow, round_id)
        if row is None:
            raise NotFoundError("feedback round", round_id)
        return convert.feedback_from_row(row)

    def list_feedback(self, plan_id: str) -> list[FeedbackRound]:
        rows = self._s.scalars(
            select(FeedbackRoundRow)
            .where(FeedbackRoundRow.plan_id == plan_id)
            .order_by(FeedbackRoundRow.date, self._stored_order(FeedbackRoundRow))
        )
        return [convert.feedback_from_row(r) for r in rows]

    def delete_feedback(self, round_id: str) -> None:
        row = self._s.get(FeedbackRoundRow, round_id)
        if row is None:
            raise NotFoundError("feedback round", round_id)
        self._deleted(row.plan_id, convert.feedback_from_row(row))
        self._s.delete(row)

    # --- whole plans -------------------------------------------------------------------

    def load_bundle(self, plan_id: str) -> PlanBundle:
        plan = self.get_plan(plan_id)
        return PlanBundle(
            person=self.get_person(plan.person_id),
            plan=plan,
            rounds=self.list_rounds(plan_id),
            goals=self.list_goals(plan_id),
            sessions=self.list_sessions(plan_id),
            talks=self.list_talks(plan_id),
            feedback=self.list_feedback(plan_id),
            desk=self.get_desk(plan_id),
            deleted=[
                convert.tombstone_from_row(row)
                for row in self._s.scalars(
                    select(TombstoneRow)
                    .where(TombstoneRow.plan_id == plan_id)
                    .order_by(TombstoneRow.id)
                )
            ],
        )

    def save_bundle(self, bundle: PlanBundle) -> None:
        """Writes a whole plan (import); the caller has removed any older copy.

        All its rows are added first and written in one flush (the parents' rows first), not
        one statement round per round, goal, session and talk."""
        if not self.person_exists(bundle.person.id):  # a stored person is never changed here
            self.add_person(bundle.person)
        rows = convert.plan_rows(bundle, _now())
        if self._private is None:
            self._s.add_all(rows)
            self._s.flush()
            return
        # The plan first: the database says whose side it is on. Then each record with its
        # private texts taken out before its row is written (a CHECK refuses them there).
        self._s.add(rows[0])
        self._s.flush()
        side = self._org_side(bundle.plan.id).value
        private = []
        for row in rows[1:]:
            self._s.add(row)
            if isinstance(row, SessionRow):
                private.append(self._private.take_out(row))
            elif isinstance(row, TalkRow):
                self._private.keep_talk(row, side)
        self._s.flush()
        self._s.add_all(row for row in private if row is not None)
        self._s.flush()

    def store_merged(self, before: PlanBundle, after: PlanBundle) -> None:
        """Writes a merge's outcome (`after`) over the stored plan as it was read (`before`),
        record by record: only the records that differ are written, with the merge's stamps
        (not restamped here), so nothing is written of what the merge left as it was (on the
        organisation's database: the other side's own parts, which this login may not
        write). The desk's counts and the tombstones become the merge's."""
        plan_id = after.plan.id
        plan_row = self._plan_row(plan_id)
        if after.plan != before.plan:
            convert.fill_plan_row(plan_row, after.plan)
        side = self._org_side(plan_id).value if self._org is not None else None
        for name, row_type in _RECORD_ROWS:
            stored = {record.id: record for record in getattr(before, name)}
            kept = set()
            for position, record in enumerate(getattr(after, name)):
                kept.add(record.id)
                if stored.get(record.id) == record:
                    continue
                row = self._s.get(row_type, record.id)
                if row is None:
                    row = row_type(id=record.id)
                    self._s.add(row)
                self._fill_record(row, record, position, side)
            for gone in set(stored) - kept:
                row = self._s.get(row_type, gone)
                if row is not None:
                    self._s.delete(row)
        before_tombs = {tomb.id: tomb for tomb in before.deleted}
        after_tombs = {tomb.id: tomb for tomb in after.deleted}
        for tomb_id, tomb in after_tombs.items():
            if before_tombs.get(tomb_id) != tomb:
                self._s.merge(convert.tombstone_row(plan_id, tomb))
        for tomb_id in set(before_tombs) - set(after_tombs):
            row = self._s.get(TombstoneRow, (plan_id, tomb_id))
            if row is not None:
                self._s.delete(row)
        if after.desk is not None:
            desk = self._desk_row(plan_id)
            merged = convert.desk_row(plan_id, after.desk)
            desk.seen, desk.met_at = merged.seen, merged.met_at
        plan_row.updated_at = _now()
        self._s.flush()

    def _fill_record(self, row: Any, record: Any, position: int, side: str | None) -> None:
        if isinstance(row, RoundRow):
            convert.fill_round_row(row, record)
        elif isinstance(row, GoalRow):
            convert.fill_goal_row(row, record, position)
        elif isinstance(row, SessionRow):
            convert.fill_session_row(row, record)
            if self._private is not None:
                self._private.keep_session(row)
        elif isinstance(row, TalkRow):
            convert.fill_talk_row(row, record, position)
            if self._private is not None and side is not None:
                self._private.keep_talk(row, side)
        else:
            convert.fill_feedback_row(row, record)

    def team_members(self) -> list[tuple[str, Person]]:
        """On the organisation's database: the logins whose current manager this login is,
        with the persons they are (empty on the local file)."""
        if self._org is None:
            return []
        rows = self._s.execute(
            select(MemberRow.login, PersonRow)
            .join(PersonRow, PersonRow.id == MemberRow.person_id)
            .where(MemberRow.manager == self._org.login)
            .order_by(MemberRow.login)
        )
        return [(login, convert.person_from_row(person)) for login, person in rows]

    def team_plans(self) -> list[TeamPlan]:
        """Every plan of the people not archived, named as the team overview names it."""
        return team_plans(self._s, self._org.login if self._org is not None else None)

    def team_facts(self, plan_ids: list[str], today: date) -> dict[str, PlanFacts]:
        """Desks, dates, counts and averages of many plans at once (the team overview)."""
        login = self._org.login if self._org is not None else None
        return team_facts(self._s, plan_ids, today, login)

    def plan_names(self, plan_ids: list[str]) -> dict[str, tuple[str, str]]:
        """The names of the plans' models and levels, as their snapshots have them."""
        return plan_names(self._s, plan_ids)

    def records_elsewhere(self, bundle: PlanBundle) -> list[tuple[str, str, str]]:
        """(kind, id, other plan's id) of the bundle's records whose ids belong to records
        of another stored plan (ids are unique across the whole database)."""
        return records_elsewhere(self._s, bundle)

    # --- HR's picture (the organisation's database only) -------------------------------

    def hr_summaries(self) -> tuple[int, list[dict[str, Any]]] | None:
        """The database's threshold and the anonymous summary of every current plan, read
        through HR's function (`storage.hr_picture`); None on the local file."""
        if self._org is None:
            return None
        from ledarplan.storage.hr_picture import read_hr_summaries  # noqa: PLC0415

        return read_hr_summaries(self._s, self._org.where)


#: A plan's lists of records and the rows that hold them (`store_merged`).
_RECORD_ROWS: tuple[tuple[str, type], ...] = (
    ("rounds", RoundRow),
    ("goals", GoalRow),
    ("sessions", SessionRow),
    ("talks", TalkRow),
    ("feedback", FeedbackRoundRow),
)
