"""Every print is a recorded job; a slip counts as issued only when its job succeeded."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class PrintJob(Base):
    """One document sent (or to be sent) to a printer."""

    __tablename__ = "print_job"
    __table_args__ = (
        Index("ix_print_job_event_status", "event_id", "status"),
        Index("ix_print_job_case", "case_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("reception_event.id", ondelete="CASCADE"))
    document: Mapped[str] = mapped_column(String(24))
    copy_label: Mapped[str] = mapped_column(String(32), default="")
    case_id: Mapped[int | None] = mapped_column(ForeignKey("petition_case.id"), default=None)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id"), default=None)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), default=None)
    reprint_no: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(16), default="pending")
    station: Mapped[str] = mapped_column(String(32), default="")
    user_name: Mapped[str] = mapped_column(String(64), default="")
    printer: Mapped[str] = mapped_column(String(128), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    error: Mapped[str] = mapped_column(Text, default="")
