"""The SQLite schema as typed SQLAlchemy 2 ORM classes.

Ids are the domain objects' UUIDs, so an exported plan keeps its identity when imported
elsewhere. Children are deleted with their parent (ON DELETE CASCADE and ORM cascades).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    ColumnElement,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    exists,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, aliased, mapped_column, relationship

# Named constraints let later migrations alter them in SQLite's batch mode.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

Uuid = String(36)
Line = String(200)
Kind = String(20)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _fk(target: str) -> ForeignKey:
    return ForeignKey(target, ondelete="CASCADE")


class PersonRow(Base):
    __tablename__ = "person"

    id: Mapped[str] = mapped_column(Uuid, primary_key=True)
    name: Mapped[str] = mapped_column(Line)
    job_title: Mapped[str] = mapped_column(Line, default="")
    unit: Mapped[str] = mapped_column(Line, default="")
    email: Mapped[str] = mapped_column(Line, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    plans: Mapped[list[PlanRow]] = relationship(
        back_populates="person", cascade="all, delete-orphan", passive_deletes=True
    )


class PlanRow(Base):
    __tablename__ = "plan"

    id: Mapped[str] = mapped_column(Uuid, primary_key=True)
    person_id: Mapped[str] = mapped_column(_fk("person.id"), index=True)
    framework_id: Mapped[str] = mapped_column(String(64))
    framework_version: Mapped[str] = mapped_column(Line)
    level_id: Mapped[str | None] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(Line, default="")
    period_start: Mapped[date | None] = mapped_column(Date)
    period_end: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(Kind)
    manager_name: Mapped[str] = mapped_column(Line, default="")
    manager_title: Mapped[str] = mapped_column(Line, default="")
    #: The model's texts as they were when the plan was made (see FrameworkSnapshot).
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON)
    #: When the record and each field last changed, at which desk (see domain.Versions).
    versions: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    person: Mapped[PersonRow] = relationship(back_populates="plans")
    rounds: Mapped[list[RoundRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="RoundRow.date"
    )
    goals: Mapped[list[GoalRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="GoalRow.position"
    )
    sessions: Mapped[list[SessionRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="SessionRow.date"
    )
    talks: Mapped[list[TalkRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="TalkRow.position"
    )
    feedback: Mapped[list[FeedbackRoundRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="FeedbackRoundRow.date"
    )
    # Through these the unit of work writes the plan's row before its desk and tombstones.
    desk: Mapped[DeskRow | None] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, uselist=False
    )
    tombstones: Mapped[list[TombstoneRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class RoundRow(Base):
    __tablename__ = "assessment_round"

    id: Mapped[str] = mapped_column(Uuid, primary_key=True)
    plan_id: Mapped[str] = mapped_column(_fk("plan.id"), index=True)
    date: Mapped[date] = mapped_column(Date)
    assessor_kind: Mapped[str] = mapped_column(Kind)
    assessor_name: Mapped[str] = mapped_column(Line, default="")
    scale_min: Mapped[int] = mapped_column(Integer)
    scale_max: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    #: When the record and each field last changed, at which desk (see domain.Versions).
    versions: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    ratings: Mapped[list[RatingRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="RatingRow.position"
    )


class RatingRow(Base):
    __tablename__ = "rating"

    round_id: Mapped[str] = mapped_column(_fk("assessment_round.id"), primary_key=True)
    item_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    value: Mapped[int | None] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text, default="")


class GoalRow(Base):
    __tablename__ = "goal"
    __table_args__ = (CheckConstraint("progress BETWEEN 0 AND 100", name="progress_range"),)

    id: Mapped[str] = mapped_column(Uuid, primary_key=True)
    plan_id: Mapped[str] = mapped_column(_fk("plan.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Line)
    description: Mapped[str] = mapped_column(Text, default="")
    success_criterion: Mapped[str] = mapped_column(Text, default="")
    target_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(Kind)
    progress: Mapped[int] = mapped_column(Integer, default=0)
    #: When the record and each field last changed, at which desk (see domain.Versions).
    versions: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    items: Mapped[list[GoalItemRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="GoalItemRow.position"
    )
    checkins: Mapped[list[CheckInRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="CheckInRow.position"
    )
    actions: Mapped[list[ActionRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="ActionRow.position"
    )


class GoalItemRow(Base):
    """A goal's link to a model item (by the item's id in the plan's snapshot)."""

    __tablename__ = "goal_item"

    goal_id: Mapped[str] = mapped_column(_fk("goal.id"), primary_key=True)
    item_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)


class CheckInRow(Base):
    __tablename__ = "checkin"

    id: Mapped[str] = mapped_column(Uuid, primary_key=True)
    goal_id: Mapped[str] = mapped_column(_fk("goal.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    date: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    progress: Mapped[int | None] = mapped_column(Integer)
    #: When the record and each field last changed, at which desk (see domain.Versions).
    versions: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class ActionRow(Base):
    __tablename__ = "action"
    #: The team overview counts the overdue actions of many plans from this index alone.
    __table_args__ = (Index("ix_action_plan_open", "plan_id", "status", "due_date"),)

    id: Mapped[str] = mapped_column(Uuid, primary_key=True)
    #: The plan of the action's goal, never anything else, as an agreement's (see
    #: AgreementRow.plan_id): set from the goal when stored (`convert`), checked by the write
    #: policies on PostgreSQL; read by plan, not through the goal row by row (migration 0007).
    plan_id: Mapped[str | None] = mapped_column(Uuid)
    goal_id: Mapped[str] = mapped_column(_fk("goal.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    what: Mapped[str] = mapped_column(Text)
    how: Mapped[str] = mapped_column(Text, default="")
    why: Mapped[str] = mapped_column(Text, default="")
    who: Mapped[str] = mapped_column(Text, default="")
    when: Mapped[str] = mapped_column(Text, default="")
    follow_up: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(Kind)
    building_block: Mapped[str | None] = mapped_column(Line)
    due_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(Kind)
    done_date: Mapped[date | None] = mapped_column(Date)
    #: When the record and each field last changed, at which desk (see domain.Versions).
    versions: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class SessionRow(Base):
    __tablename__ = "coaching_session"
    #: A plan's sessions by date, with the date each planned next and its id: the team
    #: overview's last and next session and open agreements are read from it alone, never
    #: from the rows with their notes (it also serves every look-up by plan).
    __table_args__ = (
        Index("ix_coaching_session_plan_dates", "plan_id", "date", "next_date", "id"),
    )

    id: Mapped[str] = mapped_column(Uuid, primary_key=True)
    plan_id: Mapped[str] = mapped_column(_fk("plan.id"))
    date: Mapped[date] = mapped_column(Date)
    with_whom: Mapped[str] = mapped_column(Line, default="")
    topic: Mapped[str] = mapped_column(Line, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    notes_private: Mapped[bool] = mapped_column(Boolean, default=True)
    experience: Mapped[str] = mapped_column(Text, default="")
    reflection: Mapped[str] = mapped_column(Text, default="")
    conclusion: Mapped[str] = mapped_column(Text, default="")
    experiment: Mapped[str] = mapped_column(Text, default="")
    next_date: Mapped[date | None] = mapped_column(Date)
    #: When the record and each field last changed, at which desk (see domain.Versions).
    versions: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    goal_links: Mapped[list[SessionGoalRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="SessionGoalRow.position"
    )
    agreements: Mapped[list[AgreementRow]] = relationship(
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="AgreementRow.position",
        primaryjoin="SessionRow.id == AgreementRow.session_id",
    )


class SessionGoalRow(Base):
    __tablename__ = "session_goal"

    session_id: Mapped[str] = mapped_column(_fk("coaching_session.id"), primary_key=True)
    goal_id: Mapped[str] = mapped_column(_fk("goal.id"), primary_key=True, index=True)
    position: Mapped[int] = mapped_column(Integer)


class TalkRow(Base):
    __tablename__ = "development_talk"

    id: Mapped[str] = mapped_column(Uuid, primary_key=True)
    plan_id: Mapped[str] = mapped_column(_fk("plan.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    date: Mapped[date | None] = mapped_column(Date)
    participants: Mapped[str] = mapped_column(Text, default="")
    #: [{"question", "answer", "question_key", "timeframe", "private"}, …]
    leader_prep: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    manager_prep: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    summary: Mapped[str] = mapped_column(Text, default="")
    follow_up_date: Mapped[date | None] = mapped_column(Date)
    #: {"name", "role", "at"} of each side's signature, or null.
    leader_signature: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    manager_signature: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    #: When the record and each field last changed, at which desk (see domain.Versions).
    versions: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    agreements: Mapped[list[AgreementRow]] = relationship(
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="AgreementRow.position",
        primaryjoin="TalkRow.id == AgreementRow.talk_id",
    )


class AgreementRow(Base):
    __tablename__ = "agreement"
    __table_args__ = (
        CheckConstraint("(session_id IS NULL) != (talk_id IS NULL)", name="one_parent"),
        #: A session's agreements, open or done, with their due dates and ids: counting the
        #: open and overdue ones of many plans reads this index alone (it also serves every
        #: look-up by session).
        Index("ix_agreement_session_open", "session_id", "done", "due_date", "id"),
        #: The same by plan: the team overview counts the open agreements of many plans
        #: from this index alone, without going through their sessions and talks.
        Index("ix_agreement_plan_open", "plan_id", "done", "due_date", "id", "carried_from"),
    )

    id: Mapped[str] = mapped_column(Uuid, primary_key=True)
    #: The plan of the agreement's session or talk, never anything else: set from the parent
    #: when stored (`convert`), checked by the write policies on PostgreSQL. With it the
    #: agreement's read policy is its plan's, not a look-up of its session per row, and the
    #: team overview counts agreements by plan. No foreign key: the agreement goes with its
    #: parent (migration 0006).
    plan_id: Mapped[str | None] = mapped_column(Uuid)
    session_id: Mapped[str | None] = mapped_column(_fk("coaching_session.id"))
    talk_id: Mapped[str | None] = mapped_column(_fk("development_talk.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(Line, default="")
    due_date: Mapped[date | None] = mapped_column(Date)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    #: Id of the earlier agreement this one carries over; kept even if that one is deleted.
    #: Indexed: whether an agreement was carried over is asked for every open one.
    carried_from: Mapped[str | None] = mapped_column(Uuid, index=True)
    versions: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class FeedbackRoundRow(Base):
    """Feedback from others (360°): the round's settings and its aggregates only (as JSON:
    they are read and written whole, never queried)."""

    __tablename__ = "feedback_round"
    __table_args__ = (CheckConstraint("threshold >= 2", name="threshold_range"),)

    id: Mapped[str] = mapped_column(Uuid, primary_key=True)
    plan_id: Mapped[str] = mapped_column(_fk("plan.id"), index=True)
    date: Mapped[date] = mapped_column(Date)
    item_ids: Mapped[list[str]] = mapped_column(JSON)
    scale_min: Mapped[int] = mapped_column(Integer)
    scale_max: Mapped[int] = mapped_column(Integer)
    questions: Mapped[list[str]] = mapped_column(JSON)
    groups: Mapped[list[str]] = mapped_column(JSON)
    threshold: Mapped[int] = mapped_column(Integer)
    #: [{"group", "respondents", "items": [{"item_id", "counts", "cannot_say"}], …}, …]
    results: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    left_out: Mapped[list[str]] = mapped_column(JSON)
    summaries: Mapped[list[str]] = mapped_column(JSON)
    #: When the record and each field last changed, at which desk (see domain.Versions).
    versions: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class DeskRow(Base):
    """Whose desk this copy of a plan is on and how far it has seen each desk's changes."""

    __tablename__ = "plan_desk"

    plan_id: Mapped[str] = mapped_column(_fk("plan.id"), primary_key=True)
    side: Mapped[str] = mapped_column(Kind)
    #: {"leader": n, "manager": m}: the highest change number seen from each desk.
    seen: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    met_at: Mapped[datetime | None] = mapped_column(DateTime)


class TombstoneRow(Base):
    """A record deleted at one desk, kept until the deletion has reached the other copy."""

    __tablename__ = "tombstone"

    plan_id: Mapped[str] = mapped_column(_fk("plan.id"), primary_key=True)
    id: Mapped[str] = mapped_column(Uuid, primary_key=True)
    kind: Mapped[str] = mapped_column(Kind)
    stamp: Mapped[dict[str, Any]] = mapped_column(JSON)


def not_carried_over() -> ColumnElement[bool]:
    """No later agreement carries this one over. Asked per agreement through the index on
    carried_from: a NOT IN over every carried-over id would read the whole table each time."""
    later = aliased(AgreementRow)
    return ~exists().where(later.carried_from == AgreementRow.id)
