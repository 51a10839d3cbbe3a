"""来访批次: a batch of people arriving together, and its members."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class Visit(Base):
    """One batch on one reception day; the unit the queue moves.

    ``client_key`` is made by the registering station, so a retried registration
    finds the first one instead of registering the batch twice.
    """

    __tablename__ = "visit"
    __table_args__ = (
        UniqueConstraint("event_id", "ticket_number"),
        CheckConstraint("head_count >= 1", name="head_count_positive"),
        CheckConstraint("(head_count >= 5) = is_collective", name="collective_iff_five_or_more"),
        Index("ix_visit_event_status", "event_id", "status"),
        Index("ix_visit_room_status", "room_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_key: Mapped[str] = mapped_column(String(36), unique=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("reception_event.id", ondelete="CASCADE"))
    channel: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))
    topic_id: Mapped[int] = mapped_column(ForeignKey("topic.id"))
    head_count: Mapped[int] = mapped_column(Integer)
    is_collective: Mapped[bool] = mapped_column(Boolean)
    priority: Mapped[str] = mapped_column(String(16), default="normal")
    summary: Mapped[str] = mapped_column(Text, default="")
    demand: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    requested_room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"), default=None)
    requested_leader_id: Mapped[int | None] = mapped_column(ForeignKey("leader.id"), default=None)
    window_start: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    window_end: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"), default=None)
    allocation_reason: Mapped[str] = mapped_column(String(32), default="")
    override_reason: Mapped[str] = mapped_column(String(256), default="")
    expected_wait_minutes: Mapped[float | None] = mapped_column(Float, default=None)
    ticket_number: Mapped[int | None] = mapped_column(Integer, default=None)
    queue_seq: Mapped[int | None] = mapped_column(Integer, default=None)
    is_repeat: Mapped[bool] = mapped_column(Boolean, default=False)
    no_show_count: Mapped[int] = mapped_column(Integer, default=0)
    registered_at: Mapped[datetime] = mapped_column(DateTime)
    checked_in_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    called_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    started_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    station: Mapped[str] = mapped_column(String(32), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class VisitMember(Base):
    """A petitioner belonging to a visit; members check in individually or together."""

    __tablename__ = "visit_member"
    __table_args__ = (UniqueConstraint("visit_id", "petitioner_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"), index=True)
    petitioner_id: Mapped[int] = mapped_column(ForeignKey("petitioner.id"), index=True)
    is_representative: Mapped[bool] = mapped_column(Boolean, default=False)
    checked_in_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
