"""When every copy of a field key is lost: carry on with a new key (``key replace-lost``).

The values sealed with a lost key cannot be opened by anyone — that is what the cipher
is for. What the hall needs is to keep working: :func:`replace_lost` makes a new key
version above every version the database knows, keeps the versions this workstation
still holds, and records the lost ones in the key ring by fingerprint. From then on new
values are sealed with the new key; a value sealed with a lost key reads as
:data:`app.domain.masking.UNREADABLE` (the stations show 〔无法解密〕) instead of stopping
the station with "import the key"; the desk re-enters it by registering the person
again. The replacement is in the audit log (``key.replace_lost``: the lost and the new
fingerprints, the rows left unreadable), in the transaction that records the new version.

Restoring the key from a copy (``key import`` of a ``key export`` or ``backup
--key-copy`` file) is always the better way: it loses nothing. A key found after a
replacement can still be imported: its version opens again, and ``key rotate`` re-seals
those rows with the current key.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, func, select

from app.audit.recorder import note
from app.db import Database
from app.models import Petitioner
from app.security.field_crypto import MAX_VERSION, FieldCryptoError, KeyRing, new_key
from app.security.keys import database_keys


@dataclass(frozen=True)
class LossAssessment:
    """What this workstation cannot open of what the database holds."""

    store: str
    recorded: dict[int, str]  # version → fingerprint the database uses
    held: dict[int, str]  # the database's versions this workstation holds (same key)
    lost: dict[int, str]  # the database's versions it does not hold
    newly_lost: dict[int, str]  # of those, the ones not yet replaced
    unreadable_rows: int  # petitioner rows with a value sealed under a lost version
    next_version: int  # the version a replacement would make


@dataclass(frozen=True)
class Replacement:
    """What :func:`replace_lost` did."""

    version: int
    fingerprint: str
    lost: dict[int, str]
    kept: tuple[int, ...]
    unreadable_rows: int


def _rows_under(conn: Connection, versions: list[int]) -> int:
    if not versions:
        return 0
    query = select(func.count()).where(Petitioner.key_version.in_(versions))
    return int(conn.scalar(query) or 0)


def _assess(conn: Connection, ring: KeyRing | None, store: str) -> LossAssessment:
    recorded = database_keys(conn)
    held = {
        v: fp for v, fp in recorded.items() if ring and v in ring.keys and ring.fingerprint(v) == fp
    }
    lost = {v: fp for v, fp in recorded.items() if v not in held}
    # A replacement counts once the database uses its key (its version is recorded).
    replaced = ring.lost if ring is not None and ring.current in recorded else {}
    newly = {v: fp for v, fp in lost.items() if replaced.get(v) != fp}
    versions = [*recorded, *(ring.keys if ring else ()), *(ring.lost if ring else ())]
    return LossAssessment(
        store,
        recorded,
        held,
        lost,
        newly,
        _rows_under(conn, list(lost)),
        max(versions, default=0) + 1,
    )


def assess_loss(db: Database) -> LossAssessment:
    """Which of the database's key versions this workstation cannot open, and how many
    people's sealed values that leaves unreadable; changes nothing."""
    keys = db.field_keys
    keys.reload()
    with db.read_engine.connect() as conn:
        return _assess(conn, keys.store.load(), keys.store.describe())


def refusal(found: LossAssessment) -> str | None:
    """Why a replacement would be refused (nothing is lost, or it was replaced already),
    or None."""
    if not found.recorded:
        return "this database has no key yet: nothing is lost (the first registration makes one)"
    if not found.lost:
        return (
            f"{found.store} holds every key this database uses: nothing is lost "
            "(copy it to the other workstations: reception-day key export FILE)"
        )
    if not found.newly_lost:
        versions = ", ".join(f"v{v}" for v in sorted(found.lost))
        return f"{versions} already replaced as lost on this workstation: nothing new is lost"
    if found.next_version > MAX_VERSION:
        return "no key versions left (255)"
    return None


def replace_lost(db: Database) -> Replacement:
    """Make a new key after the loss of every copy of the database's key (or of some
    versions of it): refused when nothing is lost. The caller asks for the explicit
    confirmation: what the lost key sealed stays unreadable for good."""
    keys = db.field_keys
    keys.reload()
    before = keys.store.load()
    saved = False
    try:
        with db.write("key.replace_lost") as s:
            conn = s.connection()
            found = _assess(conn, before, keys.store.describe())
            refused = refusal(found)
            if refused:
                raise FieldCryptoError(refused)
            kept = {v: before.keys[v] for v in found.held} if before else {}
            version = found.next_version
            ring = KeyRing(version, {**kept, version: new_key()}, found.lost)
            keys.store.save(ring)
            saved = True
            keys.reload()
            cipher = keys.writer(conn, s)  # records the new version: in use from now on
            details = {
                "lost": {str(v): fp for v, fp in sorted(found.newly_lost.items())},
                "to_version": version,
                "to_fingerprint": cipher.ring.fingerprint(),
                "kept_versions": sorted(kept) or None,
                "unreadable_rows": found.unreadable_rows,
            }
            note(s, "key.replace_lost", "field_key", version, details)
    except BaseException:
        if saved and before is not None:
            keys.store.save(before)  # not recorded in the database: the old ring again
        keys.reload()
        raise
    keys.reload()
    return Replacement(
        version, ring.fingerprint(), found.newly_lost, tuple(sorted(kept)), found.unreadable_rows
    )
