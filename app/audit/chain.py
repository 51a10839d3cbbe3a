"""Appending to and verifying the hash chain of ``audit_log``.

Entry n stores ``prev_hash`` = hash of entry n-1 (64 zeros for the first) and ``hash`` =
SHA-256 of the canonical JSON of all its other fields. Sequence numbers come from the
counter row ``audit``/``seq``, taken in the writing transaction: its row lock
(PostgreSQL) or the write lock (SQLite, BEGIN IMMEDIATE) serialises appends, so the
chain stays linear and gap-free under concurrent writers, and the counter also tells
when entries were cut off the end of the log.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, update

from app.audit.values import canonical_json
from app.models import AuditEntry, Counter
from app.models.base import insert_unless_present

GENESIS = "0" * 64
SEQ_SCOPE, SEQ_NAME = "audit", "seq"
FIELDS = (
    "seq",
    "at",
    "actor",
    "user_id",
    "role",
    "station",
    "action",
    "entity",
    "entity_id",
    "event_id",
    "changes",
    "prev_hash",
)


@dataclass(frozen=True)
class EntryDraft:
    """An entry before it has its place in the chain."""

    at: datetime
    actor: str
    user_id: int | None
    role: str
    station: str
    action: str
    entity: str
    entity_id: str
    event_id: int | None
    changes: str


def entry_hash(row: dict[str, Any]) -> str:
    """SHA-256 (hex) of an entry's fields as canonical JSON."""
    data = {name: row[name] for name in FIELDS}
    at = data["at"]
    data["at"] = at.isoformat(timespec="microseconds") if isinstance(at, datetime) else str(at)
    return hashlib.sha256(canonical_json(data).encode("utf-8")).hexdigest()


def _take_seq(connection: Connection, count: int) -> int:
    """Reserve ``count`` numbers; the last one taken."""
    stmt = (
        update(Counter)
        .where(Counter.scope == SEQ_SCOPE, Counter.name == SEQ_NAME)
        .values(value=Counter.value + count)
        .returning(Counter.value)
    )
    value = connection.execute(stmt).scalar()
    if value is None:
        values = {"scope": SEQ_SCOPE, "name": SEQ_NAME, "value": 0}
        connection.execute(insert_unless_present(connection.dialect.name, Counter, values))
        value = connection.execute(stmt).scalar_one()
    return int(value)


def append(connection: Connection, drafts: Sequence[EntryDraft]) -> list[dict[str, Any]]:
    """Write the drafts as the next entries of the chain, in the caller's transaction."""
    if not drafts:
        return []
    last = _take_seq(connection, len(drafts))
    first = last - len(drafts) + 1
    prev = connection.execute(select(AuditEntry.hash).where(AuditEntry.seq == first - 1)).scalar()
    prev_hash = prev if prev is not None else GENESIS
    rows = []
    for seq, draft in enumerate(drafts, start=first):
        row: dict[str, Any] = {"seq": seq, **draft.__dict__, "prev_hash": prev_hash}
        row["hash"] = prev_hash = entry_hash(row)
        rows.append(row)
    connection.execute(insert(AuditEntry), rows)
    return rows


@dataclass(frozen=True)
class Verdict:
    """What verifying the chain found: ``problem`` None when every link holds."""

    entries: int
    problem: str | None = None
    seq: int | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


def _rows(connection: Connection, batch: int) -> Iterator[dict[str, Any]]:
    after = 0
    columns = [getattr(AuditEntry, name) for name in (*FIELDS, "hash")]
    while True:
        chunk = connection.execute(
            select(*columns).where(AuditEntry.seq > after).order_by(AuditEntry.seq).limit(batch)
        ).all()
        if not chunk:
            return
        for found in chunk:
            yield dict(found._mapping)
        after = chunk[-1].seq


def verify_rows(rows: Iterable[dict[str, Any]], counter: int | None) -> Verdict:
    """Check seq continuity, each ``prev_hash`` link and each hash; the first break.

    ``counter`` is the chain's seq counter (None when no entry was ever written).
    """
    expected, prev_hash, count = 1, GENESIS, 0
    for row in rows:
        seq = row["seq"]
        if seq != expected:
            kind = "missing" if seq > expected else "out of order"
            return Verdict(count, f"entry {expected} {kind} (found {seq} next)", expected)
        if row["prev_hash"] != prev_hash:
            return Verdict(count, "prev_hash does not match the hash of the entry before", seq)
        if entry_hash(row) != row["hash"]:
            return Verdict(count, "hash does not match the entry's content (edited)", seq)
        prev_hash, expected, count = row["hash"], expected + 1, count + 1
    if (counter or 0) != count:
        if (counter or 0) > count:
            return Verdict(count, f"entries {count + 1}..{counter} missing at the end", count + 1)
        return Verdict(count, f"{count} entries but the counter says {counter or 0}", counter)
    return Verdict(count)


def verify(connection: Connection, batch: int = 5000) -> Verdict:
    """Verify the whole chain of the database behind ``connection``."""
    counter = connection.execute(
        select(Counter.value).where(Counter.scope == SEQ_SCOPE, Counter.name == SEQ_NAME)
    ).scalar()
    return verify_rows(_rows(connection, batch), None if counter is None else int(counter))


def verify_engine(engine: Engine) -> Verdict:
    """Verify the chain in one consistent snapshot, while stations may keep writing."""
    with engine.connect() as connection:
        if connection.dialect.name == "postgresql":
            connection.execution_options(isolation_level="REPEATABLE READ")
        return verify(connection)
