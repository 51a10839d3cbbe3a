"""信访事项: what a batch asks for, and the leader's decision on it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class Case(Base):
    """One matter raised by a visit. ``outcome`` stays empty until the leader decides."""

    __tablename__ = "petition_case"
    __table_args__ = (
        Index("ix_case_event_outcome", "event_id", "outcome"),
        Index("ix_case_created_at", "created_at"),  # the ledger's order
        Index("ix_case_event_created_at", "event_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("reception_event.id", ondelete="CASCADE"))
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"), index=True)
    case_number: Mapped[str] = mapped_column(String(32), unique=True)
    query_code: Mapped[str] = mapped_column(String(8), unique=True)
    topic_id: Mapped[int] = mapped_column(ForeignKey("topic.id"))
    summary: Mapped[str] = mapped_column(Text, default="")
    demand: Mapped[str] = mapped_column(Text, default="")
    statutory_category: Mapped[str] = mapped_column(String(16), default="demand")
    is_confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    accused_unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), default=None)
    outcome: Mapped[str | None] = mapped_column(String(24), default=None)
    outcome_note: Mapped[str] = mapped_column(Text, default="")
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"), default=None)
    leader_id: Mapped[int | None] = mapped_column(ForeignKey("leader.id"), default=None)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
