"""Key rotation and the key status of a database.

``rotate`` makes a new key version (kept beside the old ones in the key store), then
re-seals every petitioner row still at an older version and re-computes its lookup
hashes, in batches of :data:`BATCH` rows, each batch its own transaction. Each row
records its key version, so a rotation that stopped (power cut, Ctrl+C) resumes where
it was: ``rotate`` first finishes rows behind the current version before it makes
another key. Old and new rows stay readable throughout (the ring holds every version)
and lookups hash under every version. Other workstations must import the new key
before they write again; they are refused until they do.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, bindparam, func, select, update

from app.db import Database
from app.models import Petitioner
from app.models.petitioner import ADDRESS_PURPOSE, DOCUMENT_PURPOSE, PHONE_PURPOSE
from app.security.field_crypto import FieldCipher, FieldCryptoError
from app.security.keys import KeyMissing, database_keys

BATCH = 2_000
Progress = Callable[[int, int], None]
_COLUMNS = (
    ("id_cipher", "id_hash", DOCUMENT_PURPOSE),
    ("phone_cipher", "phone_hash", PHONE_PURPOSE),
    ("address_cipher", None, ADDRESS_PURPOSE),
)


@dataclass(frozen=True)
class KeyStatus:
    """Where the keys are and how the rows stand."""

    store: str
    local: dict[int, str]  # version → fingerprint held on this workstation
    current: int | None
    recorded: dict[int, str]  # version → fingerprint the database has used
    rows_by_version: dict[int, int]  # key version → petitioner rows (0: nothing sealed)


@dataclass(frozen=True)
class Rotation:
    """What a rotation did."""

    version: int
    resealed: int
    new_key: bool


def key_status(db: Database) -> KeyStatus:
    """The local ring, the database's recorded keys and the rows per key version."""
    cipher = db.field_keys.cipher()
    local = {v: cipher.ring.fingerprint(v) for v in cipher.ring.keys} if cipher else {}
    with db.read_engine.connect() as conn:
        recorded = database_keys(conn)
        counts = conn.execute(
            select(Petitioner.key_version, func.count()).group_by(Petitioner.key_version)
        )
        rows = {int(v): int(n) for v, n in counts}
    return KeyStatus(
        db.field_keys.store.describe(),
        local,
        cipher.version if cipher else None,
        recorded,
        rows,
    )


def _behind(conn: Connection, version: int) -> int:
    query = select(func.count()).where(Petitioner.key_version < version)
    return int(conn.scalar(query) or 0)


def rotate(db: Database, progress: Progress | None = None) -> Rotation:
    """Re-seal every row with a new key version (or finish a stopped rotation)."""
    keys = db.field_keys
    keys.reload()
    cipher = keys.cipher()
    if cipher is None:
        raise KeyMissing(keys.store.describe())
    new_key = False
    with db.write_engine.begin() as conn:
        keys.writer(conn)  # this ring must be the database's before it is extended
        if not _behind(conn, cipher.version):
            ring = cipher.ring.rotated()
            keys.store.save(ring)
            keys.reload()
            new_key = True
    with db.write_engine.begin() as conn:
        cipher = keys.writer(conn)
        total = _behind(conn, cipher.version)
    done = 0
    if progress:
        progress(done, total)
    last = 0
    while True:
        with db.write_engine.begin() as conn:
            count, last = _reseal_batch(conn, cipher, last)
        if not count:
            break
        done += count
        if progress:
            progress(done, total)
    return Rotation(cipher.version, done, new_key)


def _reseal_batch(
    conn: Connection, cipher: FieldCipher, after: int, size: int = BATCH
) -> tuple[int, int]:
    columns = [getattr(Petitioner, c) for c, _h, _p in _COLUMNS]
    rows = conn.execute(
        select(Petitioner.id, *columns)
        .where(Petitioner.key_version < cipher.version, Petitioner.id > after)
        .order_by(Petitioner.id)
        .limit(size)
    ).all()
    if not rows:
        return 0, after
    values = []
    for row in rows:
        value: dict[str, object] = {"row_id": row[0], "key_version": cipher.version}
        for (column, hash_column, purpose), blob in zip(_COLUMNS, row[1:], strict=True):
            text = cipher.open(purpose, blob) if blob is not None else None
            value[column] = cipher.seal(purpose, text) if text else None
            if hash_column:
                value[hash_column] = cipher.lookup_hash(purpose, text) if text else None
        values.append(value)
    names = [k for k in values[0] if k != "row_id"]
    conn.execute(
        update(Petitioner)
        .where(Petitioner.id == bindparam("row_id"))
        .values({k: bindparam(k) for k in names}),
        values,
    )
    return len(rows), int(rows[-1][0])


def drop_old_keys(db: Database) -> list[int]:
    """Remove the versions no row uses any more from the ring; the versions removed.

    Old backups of the database need the old keys: export the ring first.
    """
    keys = db.field_keys
    keys.reload()
    cipher = keys.reader()
    with db.read_engine.connect() as conn:
        still = select(func.count()).where(
            Petitioner.key_version > 0, Petitioner.key_version < cipher.version
        )
        if conn.scalar(still):
            raise FieldCryptoError("rows still use older keys: finish the rotation first")
    ring = cipher.ring
    old = sorted(v for v in ring.keys if v != ring.current)
    keys.store.save(type(ring)(ring.current, {ring.current: ring.keys[ring.current]}))
    keys.reload()
    return old
