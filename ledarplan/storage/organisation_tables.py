"""The tables only the organisation's database has (made by `ledarplan org init`).

They are not in `tables.Base`: the local file never has them, and the Alembic migrations stay
the same on both. Who a login is (`MemberRow`), and the private texts kept apart from the rows
they belong to: row-level security decides which rows a login sees, never which columns, so a
coaching session's private texts and a talk's private answers sit in rows of their own that
only their author can read (see docs/organisation-database.md).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    ForeignKey,
    Integer,
    MetaData,
    String,
    func,
    select,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from ledarplan.storage.tables import (
    NAMING_CONVENTION,
    Kind,
    PersonRow,
    PlanRow,
    SessionRow,
    TalkRow,
)
from ledarplan.summary import MIN_THRESHOLD

#: A login as PostgreSQL knows it (role names are at most 63 bytes).
Login = String(63)


class OrgBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class SetupRow(OrgBase):
    """Which version of the access rules `org init` set up (one row)."""

    __tablename__ = "org_setup"

    version: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)


class HrSettingRow(OrgBase):
    """The smallest number of plans HR's picture is given of (one row; `ledarplan org
    set-hr-threshold N`). Not secret: readable by every login."""

    __tablename__ = "org_hr"
    __table_args__ = (CheckConstraint(f"threshold >= {MIN_THRESHOLD}", name="at_least_min"),)

    threshold: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)


class MemberRow(OrgBase):
    """A login and the person it is; `manager` is the login of their current manager."""

    __tablename__ = "org_member"
    __table_args__ = (CheckConstraint("manager IS DISTINCT FROM login", name="not_own_manager"),)

    login: Mapped[str] = mapped_column(Login, primary_key=True)
    person_id: Mapped[str] = mapped_column(
        ForeignKey(PersonRow.__table__.c.id, ondelete="CASCADE"), unique=True
    )
    manager: Mapped[str | None] = mapped_column(
        ForeignKey("org_member.login", onupdate="CASCADE", ondelete="SET NULL"), index=True
    )
    hr: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))


class AccessRow(OrgBase):
    """A plan a login may see, and its side of it: its own plans ("leader") and those of the
    people it is the current manager of ("manager"). Derived from `org_member` and `plan` by
    triggers the access rules install, never written by the program: the policies' functions
    read a login's plans here with one index look-up, where they joined members and plans on
    every statement (`storage.access_table`; `ledarplan check` compares it with the members
    and plans, and `org init` makes it again)."""

    __tablename__ = "org_access"

    login: Mapped[str] = mapped_column(Login, primary_key=True)
    side: Mapped[str] = mapped_column(Kind, primary_key=True)
    plan_id: Mapped[str] = mapped_column(
        ForeignKey(PlanRow.__table__.c.id, ondelete="CASCADE"), primary_key=True, index=True
    )


def login_side(login: Any, plan_id: Any) -> Any:
    """The login's side of the plan: its row of `org_access`, by the key ("leader" before
    "manager", were it both); NULL when the login may not see the plan. `plan_id` may be a
    value or a column of the statement it is used in (correlated)."""
    return (
        select(func.min(AccessRow.side))
        .where(AccessRow.login == login, AccessRow.plan_id == plan_id)
        .scalar_subquery()
    )


class SessionPrivateRow(OrgBase):
    """A coaching session's private texts (SESSION_TEXTS), readable by their author alone."""

    __tablename__ = "session_private"

    session_id: Mapped[str] = mapped_column(
        ForeignKey(SessionRow.__table__.c.id, ondelete="CASCADE"), primary_key=True
    )
    author: Mapped[str] = mapped_column(
        Login, primary_key=True, server_default=text("current_user")
    )
    texts: Mapped[dict[str, Any]] = mapped_column(JSON)


class TalkPrivateRow(OrgBase):
    """One side's private answers to a talk's preparation, readable by their author alone:
    [[index in the side's list, answer], …]."""

    __tablename__ = "talk_private"

    talk_id: Mapped[str] = mapped_column(
        ForeignKey(TalkRow.__table__.c.id, ondelete="CASCADE"), primary_key=True
    )
    side: Mapped[str] = mapped_column(Kind, primary_key=True)
    author: Mapped[str] = mapped_column(
        Login, primary_key=True, server_default=text("current_user")
    )
    answers: Mapped[list[Any]] = mapped_column(JSON)


#: Not plan data: the version of the access rules and HR's threshold, readable by every login.
UNGUARDED = ("alembic_version", "org_setup", "org_hr")
