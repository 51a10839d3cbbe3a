"""The keys a database's personal data is sealed with — by fingerprint, never the key."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, SmallInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class FieldKey(Base):
    """One key version in use: a workstation whose key has another fingerprint for this
    version (or lacks a newer version) is refused before it writes anything."""

    __tablename__ = "field_key"

    version: Mapped[int] = mapped_column(SmallInteger, primary_key=True, autoincrement=False)
    fingerprint: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(DateTime)
