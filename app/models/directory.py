"""The standing directory: topics, responsible units, leaders and suggestion rules.

They outlive a single reception day: events pick from them.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Float, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class Topic(Base):
    """反映类别: what a petition is about, with the national content class code."""

    __tablename__ = "topic"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(64))
    national_class_code: Mapped[str] = mapped_column(String(16), default="")
    default_service_minutes: Mapped[float] = mapped_column(Float, default=15.0)
    is_general: Mapped[bool] = mapped_column(Boolean, default=False)
    is_legal_related: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Unit(Base):
    """责任单位: a department, township or body that can be handed a case."""

    __tablename__ = "unit"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(128), unique=True)
    short_name: Mapped[str] = mapped_column(String(32), default="")
    kind: Mapped[str] = mapped_column(String(16), default="department")
    contact_person: Mapped[str] = mapped_column(String(64), default="")
    contact_phone: Mapped[str] = mapped_column(String(32), default="")
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)


class Leader(Base):
    """A leader who receives visitors in a room."""

    __tablename__ = "leader"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(String(128), default="")
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), default=None)


class TopicUnitRule(Base):
    """Suggests a lead unit for a topic; lower ``rank`` is suggested first."""

    __tablename__ = "topic_unit_rule"
    __table_args__ = (UniqueConstraint("topic_id", "unit_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    topic_id: Mapped[int] = mapped_column(ForeignKey("topic.id", ondelete="CASCADE"))
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"))
    rank: Mapped[int] = mapped_column(Integer, default=0)
