"""Gap-free counters for ticket and case numbers.

A number is taken with ``UPDATE counter SET value = value + 1 … RETURNING value`` in the
same transaction as the row that uses it: concurrent writers serialise on the counter
row, and a rolled-back registration gives its number back. Never "max + 1".
"""

from __future__ import annotations

from sqlalchemy import BigInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class Counter(Base):
    """One named sequence inside a scope (e.g. scope ``event:12``, name ``ticket``)."""

    __tablename__ = "counter"

    scope: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)
