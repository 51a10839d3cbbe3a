"""交办: a case handed to a lead unit, and everything that follows it."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base

assignment_co_unit = Table(
    "assignment_co_unit",
    Base.metadata,
    Column("assignment_id", ForeignKey("assignment.id", ondelete="CASCADE"), primary_key=True),
    Column("unit_id", ForeignKey("unit.id", ondelete="RESTRICT"), primary_key=True),
)


class Assignment(Base):
    """The hand-over of one case, with its clocks.

    ``feedback_due`` is the colour deadline; ``acceptance_due`` and ``handling_due`` are
    the statutory ones (``handling_due`` moves when an extension is granted).
    """

    __tablename__ = "assignment"
    __table_args__ = (
        Index("ix_assignment_unit_status", "lead_unit_id", "status"),
        Index("ix_assignment_feedback_due", "feedback_due"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(
        ForeignKey("petition_case.id", ondelete="CASCADE"), unique=True
    )
    lead_unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    urgency: Mapped[str] = mapped_column(String(8))
    instruction: Mapped[str] = mapped_column(Text, default="")
    handed_over_at: Mapped[datetime] = mapped_column(DateTime)
    feedback_due: Mapped[date] = mapped_column(Date)
    acceptance_due: Mapped[date] = mapped_column(Date)
    handling_due: Mapped[date] = mapped_column(Date)
    first_feedback_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    status: Mapped[str] = mapped_column(String(16), default="open")
    closed_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    result: Mapped[str] = mapped_column(Text, default="")
    reopened_count: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class Feedback(Base):
    """反馈: what a unit reported; ``closes`` marks the closing report (办结)."""

    __tablename__ = "feedback"

    id: Mapped[int] = mapped_column(primary_key=True)
    assignment_id: Mapped[int] = mapped_column(
        ForeignKey("assignment.id", ondelete="CASCADE"), index=True
    )
    received_at: Mapped[datetime] = mapped_column(DateTime)
    content: Mapped[str] = mapped_column(Text)
    reported_by: Mapped[str] = mapped_column(String(64), default="")
    closes: Mapped[bool] = mapped_column(Boolean, default=False)


class Extension(Base):
    """延期: the handling deadline extended, with reason and approver."""

    __tablename__ = "extension"
    __table_args__ = (CheckConstraint("days >= 1 AND days <= 30", name="days_in_limit"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    assignment_id: Mapped[int] = mapped_column(
        ForeignKey("assignment.id", ondelete="CASCADE"), index=True
    )
    days: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    approver: Mapped[str] = mapped_column(String(64))
    granted_at: Mapped[datetime] = mapped_column(DateTime)
    previous_due: Mapped[date] = mapped_column(Date)
    new_due: Mapped[date] = mapped_column(Date)


class FollowUp(Base):
    """回访: one call attempt; satisfaction is recorded only when reached."""

    __tablename__ = "follow_up"

    id: Mapped[int] = mapped_column(primary_key=True)
    assignment_id: Mapped[int] = mapped_column(
        ForeignKey("assignment.id", ondelete="CASCADE"), index=True
    )
    attempted_at: Mapped[datetime] = mapped_column(DateTime)
    reached: Mapped[bool] = mapped_column(Boolean)
    satisfaction_organiser: Mapped[str | None] = mapped_column(String(24), default=None)
    satisfaction_unit: Mapped[str | None] = mapped_column(String(24), default=None)
    notes: Mapped[str] = mapped_column(Text, default="")
    caller: Mapped[str] = mapped_column(String(64), default="")
