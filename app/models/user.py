"""Login accounts: one per person who works a station (the hall display needs none)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.roles import Role
from app.models.base import Base

ROLE_VALUES = ", ".join(f"'{r.value}'" for r in Role)


class User(Base):
    """A user: role, Argon2id password hash, and the brute-force counters.

    ``username`` is stored lower-case; ``failed_attempts`` counts wrong passwords since
    the last good one and ``locked_until`` refuses logins until that time.
    """

    __tablename__ = "app_user"
    __table_args__ = (CheckConstraint(f"role IN ({ROLE_VALUES})", name="role_known"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(256))
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime, default=None)
