"""A reception day and its rooms."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Table,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base

room_topic = Table(
    "room_topic",
    Base.metadata,
    Column("room_id", ForeignKey("room.id", ondelete="CASCADE"), primary_key=True),
    Column("topic_id", ForeignKey("topic.id", ondelete="RESTRICT"), primary_key=True),
)

room_unit = Table(
    "room_unit",
    Base.metadata,
    Column("room_id", ForeignKey("room.id", ondelete="CASCADE"), primary_key=True),
    Column("unit_id", ForeignKey("unit.id", ondelete="RESTRICT"), primary_key=True),
)

room_leader = Table(
    "room_leader",
    Base.metadata,
    Column("room_id", ForeignKey("room.id", ondelete="CASCADE"), primary_key=True),
    Column("leader_id", ForeignKey("leader.id", ondelete="RESTRICT"), primary_key=True),
)


class ReceptionEvent(Base):
    """接访日: one reception day with its venue and settings.

    ``settings`` holds per-event choices as JSON: urgency day counts, working or
    calendar days, holidays and make-up days, document wording.
    """

    __tablename__ = "reception_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(128))
    event_date: Mapped[date] = mapped_column(Date, index=True)
    venue: Mapped[str] = mapped_column(String(128), default="")
    organisation_name: Mapped[str] = mapped_column(String(128), default="")
    case_number_prefix: Mapped[str] = mapped_column(String(8), default="JF")
    settings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    #: Raised by every set-up save; a save made on an older version is refused.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class Room(Base):
    """接待室: where a leader receives visitors on a topic."""

    __tablename__ = "room"
    __table_args__ = (UniqueConstraint("event_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(
        ForeignKey("reception_event.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(64))
    location: Mapped[str] = mapped_column(String(64), default="")
    is_open: Mapped[bool] = mapped_column(Boolean, default=True)
    is_general: Mapped[bool] = mapped_column(Boolean, default=False)
    #: Raised by every edit of the room (links and open state included).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
