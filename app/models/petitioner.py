"""来访人: one person, with the keys the desk searches by."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import (
    Date,
    DateTime,
    ForeignKey,
    Index,
    LargeBinary,
    SmallInteger,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, Session, mapped_column
from sqlalchemy.sql import ColumnElement

from app.models.base import Base
from app.models.sealed import SealedOptionalText, SealedText, lookup_hashes, watch_loads


class Petitioner(Base):
    """A person who came (or is expected). ID number and phone are optional.

    ID number, phone and address are sealed at rest (:mod:`app.models.sealed`):
    ``document_number``, ``phone`` and ``address`` read and write plain text, the
    database holds only ``*_cipher`` (AES-GCM) and, for exact lookups, ``*_hash``
    (HMAC-SHA256); ``key_version`` is the key the row was last sealed with.

    Search never scans: the reversed tails and the name are indexed columns searched by
    prefix range, and the pinyin variants of the name live in :class:`PetitionerSearchKey`.
    The tails hold only the last 8 characters.
    """

    __tablename__ = "petitioner"
    __table_args__ = (
        # The plain ID column of before migration 0005 and its constraint: always NULL
        # now, kept because SQLite cannot drop a constrained column without a rebuild.
        UniqueConstraint("document_type", "document_number"),
        Index("uq_petitioner_document_type_id_hash", "document_type", "id_hash", unique=True),
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
        Index("ix_petitioner_phone_hash", "phone_hash"),
        Index("ix_petitioner_name", "name", postgresql_ops={"name": "text_pattern_ops"}),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64))
    document_type: Mapped[str] = mapped_column(String(24))
    retired_document_number: Mapped[str | None] = mapped_column(
        "document_number", String(32), default=None
    )
    id_cipher: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    id_hash: Mapped[bytes | None] = mapped_column(LargeBinary(16), default=None)
    # Last 8 characters reversed: a tail query of any length 3..8 becomes an
    # indexed prefix range on this column.
    id_tail_rev: Mapped[str] = mapped_column(String(8), default="")
    birth_date: Mapped[date | None] = mapped_column(Date, default=None)
    sex: Mapped[str | None] = mapped_column(String(8), default=None)
    phone_cipher: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    phone_hash: Mapped[bytes | None] = mapped_column(LargeBinary(16), default=None)
    phone_tail_rev: Mapped[str] = mapped_column(String(8), default="")
    address_cipher: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    key_version: Mapped[int] = mapped_column(SmallInteger, default=0, server_default="0")
    is_disabled: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime)

    document_number = SealedOptionalText("id", hashed=True)
    phone = SealedOptionalText("phone", hashed=True)
    address = SealedText("address")


watch_loads(Petitioner)

#: Associated data of the sealed fields, also the purposes of their lookup hashes.
DOCUMENT_PURPOSE = "petitioner.document_number"
PHONE_PURPOSE = "petitioner.phone"
ADDRESS_PURPOSE = "petitioner.address"


def document_is(session: Session, document_type: str, number: str) -> ColumnElement[bool]:
    """Rows with this document (matched by lookup hash under every key in use)."""
    hashes = list(lookup_hashes(session, DOCUMENT_PURPOSE, [number]))
    return (Petitioner.document_type == document_type) & Petitioner.id_hash.in_(hashes)


def documents_in(session: Session, numbers: Iterable[str]) -> dict[bytes, str]:
    """Lookup hash → document number, for matching many numbers in one query."""
    return lookup_hashes(session, DOCUMENT_PURPOSE, numbers)


def phone_in(session: Session, phones: Iterable[str]) -> ColumnElement[bool]:
    """Rows whose phone is one of ``phones`` (normalised)."""
    return Petitioner.phone_hash.in_(list(lookup_hashes(session, PHONE_PURPOSE, phones)))


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
