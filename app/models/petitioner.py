"""来访人: one person, with the keys the desk searches by."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class Petitioner(Base):
    """A person who came (or is expected). ID number and phone are optional.

    Search never scans: the reversed tails and the name are indexed columns searched by
    prefix range, and the pinyin variants of the name live in :class:`PetitionerSearchKey`.
    """

    __tablename__ = "petitioner"
    __table_args__ = (
        UniqueConstraint("document_type", "document_number"),
        # text_pattern_ops: PostgreSQL uses these indexes for LIKE 'prefix%' whatever the
        # database collation; SQLite searches them by a binary range instead.
        Index(
            "ix_petitioner_id_tail_rev",
            "id_tail_rev",
            postgresql_ops={"id_tail_rev": "text_pattern_ops"},
        ),
        Index(
            "ix_petitioner_phone_tail_rev",
            "phone_tail_rev",
            postgresql_ops={"phone_tail_rev": "text_pattern_ops"},
        ),
        Index("ix_petitioner_phone", "phone"),
        Index("ix_petitioner_name", "name", postgresql_ops={"name": "text_pattern_ops"}),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64))
    document_type: Mapped[str] = mapped_column(String(24))
    document_number: Mapped[str | None] = mapped_column(String(32), default=None)
    # Last 8 characters reversed: a tail query of any length 3..8 becomes an
    # indexed prefix range on this column.
    id_tail_rev: Mapped[str] = mapped_column(String(8), default="")
    birth_date: Mapped[date | None] = mapped_column(Date, default=None)
    sex: Mapped[str | None] = mapped_column(String(8), default=None)
    phone: Mapped[str | None] = mapped_column(String(32), default=None)
    phone_tail_rev: Mapped[str] = mapped_column(String(8), default="")
    address: Mapped[str] = mapped_column(String(256), default="")
    is_disabled: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class PetitionerSearchKey(Base):
    """One pinyin key of a petitioner's name (full pinyin or initials, every reading)."""

    __tablename__ = "petitioner_search_key"
    __table_args__ = (
        Index(
            "ix_petitioner_search_key_key",
            "key",
            "petitioner_id",
            postgresql_ops={"key": "text_pattern_ops"},
        ),
    )

    petitioner_id: Mapped[int] = mapped_column(
        ForeignKey("petitioner.id", ondelete="CASCADE"), primary_key=True
    )
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
