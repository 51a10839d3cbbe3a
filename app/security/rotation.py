"""Key rotation and the key status of a database.

``rotate`` makes a new key version (kept beside the old ones in the key store), then
re-seals every petitioner row still at an older version and re-computes its lookup
hashes, in batches of :data:`BATCH` rows, each batch its own transaction. Each row
records its key version, so a rotation that stopped (power cut, Ctrl+C) resumes where
it was: ``rotate`` first finishes rows behind the current version before it makes
another key. Old and new rows stay readable throughout (the ring holds every version)
and lookups hash under every version. A value sealed with a version recorded as lost
(:mod:`app.security.key_loss`) cannot be re-sealed: it stays as it is, the row's other
values move to the new key, and the row keeps the lost version as its ``key_version``
(the oldest key it needs) without holding up the rotation. Other workstations must
import the new key before they write again; they are refused until they do.

Each step is in the audit log, written in the transaction that makes it (through
:func:`app.audit.recorder.note`, as whoever the ``Database`` handle acts for), naming
key fingerprints, never keys: ``key.rotate`` where the database starts using the new
version (old and new fingerprint, rows to re-seal), ``key.reseal`` with each batch
(rows, id range, from which versions to which), ``key.drop_old`` when old versions are
forgotten, ``key.import`` when an imported key changes the one a workstation seals with.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlalchemy import Connection, bindparam, func, or_, select, update
from sqlalchemy.orm import Session

from app.audit.recorder import note
from app.db import Database
from app.models import Petitioner
from app.models.petitioner import ADDRESS_PURPOSE, DOCUMENT_PURPOSE, PHONE_PURPOSE
from app.security.field_crypto import FieldCipher, FieldCryptoError, KeyRing
from app.security.keys import KeyMissing, check_ring, database_keys

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
    lost: dict[int, str] = field(default_factory=dict)  # versions recorded here as lost


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
        dict(cipher.ring.lost) if cipher else {},
    )


def _behind(conn: Connection, version: int, lost: Iterable[int] = ()) -> int:
    """Rows still to re-seal: behind ``version`` and not (only) under a lost key."""
    query = select(func.count()).where(
        Petitioner.key_version < version, Petitioner.key_version.not_in(list(lost))
    )
    return int(conn.scalar(query) or 0)


def rotate(db: Database, progress: Progress | None = None) -> Rotation:
    """Re-seal every row with a new key version (or finish a stopped rotation)."""
    keys = db.field_keys
    keys.reload()
    cipher = keys.cipher()
    if cipher is None:
        raise KeyMissing(keys.store.describe())
    new_key = False
    with db.write("key.rotate") as s:
        conn = s.connection()
        old = keys.writer(conn, s)  # this ring must be the database's before it is extended
        recorded = database_keys(conn)
        if not _behind(conn, old.version, old.ring.lost):
            keys.store.save(old.ring.rotated())
            keys.reload()
            new_key = True
        cipher = keys.writer(conn, s)  # records the new version: from now on it is in use
        total = _behind(conn, cipher.version, cipher.ring.lost)
        if cipher.version not in recorded:
            previous = max(recorded, default=None)
            details = {
                "from_version": previous,
                "from_fingerprint": recorded.get(previous) if previous else None,
                "to_version": cipher.version,
                "to_fingerprint": cipher.ring.fingerprint(),
                "rows_to_reseal": total,
            }
            note(s, "key.rotate", "field_key", cipher.version, details)
    done = 0
    if progress:
        progress(done, total)
    last = 0
    while True:
        with db.write("key.reseal") as s:
            count, after = _reseal_batch(s, cipher, last, BATCH)
        if after == last:
            break
        done, last = done + count, after
        if progress:
            progress(done, total)
    return Rotation(cipher.version, done, new_key)


def _reseal_batch(
    s: Session, cipher: FieldCipher, after: int, size: int = BATCH
) -> tuple[int, int]:
    """Re-seal the next ``size`` rows behind the current version, after id ``after``,
    and note the batch in the audit log (same transaction); (rows re-sealed, last id
    looked at). A value under a lost key version stays as it is (see the module)."""
    conn = s.connection()  # Core statements: not one audit entry per row
    columns = [getattr(Petitioner, c) for c, _h, _p in _COLUMNS]
    rows = conn.execute(
        select(Petitioner.id, Petitioner.key_version, *columns)
        .where(Petitioner.key_version < cipher.version, Petitioner.id > after)
        .order_by(Petitioner.id)
        .limit(size)
    ).all()
    if not rows:
        return 0, after
    lost = cipher.ring.lost
    values, changed = [], []
    for row in rows:
        value: dict[str, object] = {"row_id": row[0]}
        kept: list[int] = []
        for (column, hash_column, purpose), blob in zip(_COLUMNS, row[2:], strict=True):
            sealed_with = None if blob is None else FieldCipher.version_of(blob)
            if sealed_with is None or sealed_with == cipher.version:
                continue
            if sealed_with in lost:
                kept.append(sealed_with)
                continue  # nobody can open it: left as it is, with its old lookup hash
            text = cipher.open(purpose, blob)
            value[column] = cipher.seal(purpose, text) if text else None
            if hash_column:
                value[hash_column] = cipher.lookup_hash(purpose, text) if text else None
        version = min(kept, default=cipher.version)
        if len(value) > 1 or version != row[1]:
            value["key_version"] = version
            values.append(value)
            changed.append(row)
    for names in {tuple(k for k in v if k != "row_id") for v in values}:
        conn.execute(
            update(Petitioner)
            .where(Petitioner.id == bindparam("row_id"))
            .values({k: bindparam(k) for k in names}),
            [v for v in values if tuple(k for k in v if k != "row_id") == names],
        )
    if not changed:
        return 0, int(rows[-1][0])
    versions = sorted({int(row[1]) for row in changed})
    ring = cipher.ring
    details = {
        "rows": len(changed),
        "first_id": int(changed[0][0]),
        "last_id": int(changed[-1][0]),
        "from": {str(v): ring.fingerprint(v) if v in ring.keys else None for v in versions},
        "to_version": cipher.version,
        "to_fingerprint": ring.fingerprint(),
    }
    note(s, "key.reseal", "field_key", cipher.version, details)
    return len(changed), int(rows[-1][0])


def _still_used(conn: Connection, ring: KeyRing, old: list[int]) -> bool:
    """Whether a row still needs one of the ``old`` versions: a row behind the current
    version (not only under a lost one), or a row under a lost version that still holds
    a value sealed with an old version (a rotation stopped before reaching it)."""
    behind = select(func.count()).where(
        Petitioner.key_version > 0,
        Petitioner.key_version < ring.current,
        Petitioner.key_version.not_in(list(ring.lost)),
    )
    if conn.scalar(behind):
        return True
    if not old or not ring.lost:
        return False
    prefixes = [bytes((v,)) for v in old]
    holds_old = or_(
        *(func.substr(getattr(Petitioner, c), 1, 1).in_(prefixes) for c, *_ in _COLUMNS)
    )
    query = select(func.count()).where(Petitioner.key_version.in_(list(ring.lost)), holds_old)
    return bool(conn.scalar(query))


def drop_old_keys(db: Database) -> list[int]:
    """Remove the versions no row uses any more from the ring; the versions removed.

    Old backups of the database need the old keys: export the ring first.
    """
    keys = db.field_keys
    keys.reload()
    cipher = keys.reader()
    with db.write("key.drop_old") as s:
        ring = cipher.ring
        old = sorted(v for v in ring.keys if v != ring.current)
        if _still_used(s.connection(), ring, old):
            raise FieldCryptoError("rows still use older keys: finish the rotation first")
        keys.store.save(KeyRing(ring.current, {ring.current: ring.keys[ring.current]}, ring.lost))
        if old:
            details = {
                "dropped": {str(v): ring.fingerprint(v) for v in old},
                "current_version": ring.current,
                "current_fingerprint": ring.fingerprint(),
            }
            note(s, "key.drop_old", "field_key", ring.current, details)
    keys.reload()
    return old


def import_key(db: Database, ring: KeyRing, source: str) -> bool:
    """Make ``ring`` this workstation's key after checking it against the database's
    recorded fingerprints (``source`` names the file, for messages). When it changes
    the key the workstation seals with, or the versions it can open (a key recorded as
    lost was found), ``key.import`` goes into the audit log in the same transaction (old
    and new fingerprints, the versions held, the lost ones it opens again); whether it
    did."""
    keys = db.field_keys
    before = keys.store.load()
    changed = (
        before is None
        or before.fingerprint() != ring.fingerprint()
        or set(before.keys) != set(ring.keys)
    )
    found = {v: fp for v, fp in (before.lost if before else {}).items() if v in ring.keys}
    with db.write("key.import") as s:
        check_ring(ring, database_keys(s.connection()), source)
        keys.store.save(ring)
        if changed:
            details = {
                "from_version": before.current if before else None,
                "from_fingerprint": before.fingerprint() if before else None,
                "to_version": ring.current,
                "to_fingerprint": ring.fingerprint(),
                "versions": sorted(ring.keys),
                "found_lost": {str(v): fp for v, fp in sorted(found.items())} or None,
            }
            note(s, "key.import", "field_key", ring.current, details)
    keys.reload()
    return changed
