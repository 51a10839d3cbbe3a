"""The field keys of one database connection: loaded once, checked against the database.

The database records the fingerprint of every key version its values are sealed with
(table ``field_key``). Before a workstation seals anything it checks its key ring
against that list: a different key (a workstation that made its own key instead of
importing the first one) or a missing newer version (a rotation made elsewhere) stops
the write with a clear message instead of mixing keys in one database. A workstation
with no key makes one only for a database that has none yet. The database's first key is
in the audit log (``key.create``: version and fingerprint, never the key), written in
the transaction that records it, i.e. the one that first seals with it.
"""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from app.audit.chain import EntryDraft, append
from app.audit.identity import SYSTEM
from app.audit.recorder import note
from app.audit.values import changes_json
from app.models.base import insert_unless_present
from app.models.field_key import FieldKey
from app.security.field_crypto import FieldCipher, FieldCryptoError, KeyRing
from app.security.key_store import KeyStore, default_store

RECHECK_SECONDS = 30.0


class KeyMissing(FieldCryptoError):
    """The database's personal data is sealed, but this workstation holds no key."""

    def __init__(self, where: str) -> None:
        super().__init__(
            f"no field key at {where}, but this database's personal data is sealed: "
            "copy the key from the first workstation (reception-day key export / key import)"
        )


class KeyMismatch(FieldCryptoError):
    """This workstation's key is not (or no longer) the database's key."""


def database_keys(connection: Connection) -> dict[int, str]:
    """Fingerprints by version of the keys the database uses."""
    rows = connection.execute(select(FieldKey.version, FieldKey.fingerprint))
    return {int(v): str(fp) for v, fp in rows}


def check_ring(ring: KeyRing, recorded: dict[int, str], where: str) -> None:
    """Raise :class:`KeyMismatch` unless ``ring`` agrees with the recorded fingerprints."""
    for version, fingerprint in recorded.items():
        if version in ring.keys and ring.fingerprint(version) != fingerprint:
            raise KeyMismatch(
                f"the key at {where} (version {version}, {ring.fingerprint(version)}) is not "
                f"this database's key ({fingerprint}): import the database's key"
            )
    for version, fingerprint in ring.lost.items():
        if recorded.get(version, fingerprint) != fingerprint:
            raise KeyMismatch(
                f"the key at {where} was made for another database: the key version "
                f"{version} it records as lost ({fingerprint}) is not this database's "
                f"({recorded[version]})"
            )
    if recorded and max(recorded) > ring.current:
        raise KeyMismatch(
            f"this database uses key version {max(recorded)} but {where} holds only up to "
            f"{ring.current}: import the rotated key (reception-day key import)"
        )


def record_current(connection: Connection, ring: KeyRing, recorded: dict[int, str]) -> bool:
    """Add the ring's current version to the database's list if it is new there; whether
    this recorded the database's very first key."""
    first = False
    if ring.current not in recorded:
        values = {
            "version": ring.current,
            "fingerprint": ring.fingerprint(),
            "created_at": datetime.now(UTC).replace(tzinfo=None),
        }
        # Two stations sealing their first value at once: one record wins (the other
        # waits for it), and the loser's key is compared with it before anything commits.
        statement = insert_unless_present(connection.dialect.name, FieldKey, values)
        inserted = connection.execute(statement.returning(FieldKey.version)).first()
        check_ring(ring, database_keys(connection), "this workstation's key")
        first = not recorded and inserted is not None
    return first


def note_key_created(target: Session | Connection, ring: KeyRing) -> None:
    """``key.create`` in the audit log of the transaction of ``target``: through the
    session's recorder (as whoever the session writes for), or — for the bulk writers
    that hold only a connection (migration 0005, the demo builder) — appended to the
    chain directly as ``system``."""
    details = {"key_version": ring.current, "fingerprint": ring.fingerprint()}
    if isinstance(target, Session):
        note(target, "key.create", "field_key", ring.current, details)
        return
    draft = EntryDraft(
        at=datetime.now(UTC).replace(tzinfo=None),
        actor=SYSTEM.actor,
        user_id=SYSTEM.user_id,
        role=SYSTEM.role,
        station=SYSTEM.station,
        action="key.create",
        entity="field_key",
        entity_id=str(ring.current),
        event_id=None,
        changes=changes_json("field_key", {k: (None, v) for k, v in details.items()}),
    )
    append(target, [draft])


class FieldKeys:
    """The key ring of one database handle; ``store`` defaults to :func:`default_store`,
    looked up at first use (so a ``--key-file`` given on the command line counts)."""

    def __init__(self, store: KeyStore | None = None) -> None:
        self._store = store
        self._cipher: FieldCipher | None = None
        self._trusted_until = 0.0
        self._lock = threading.Lock()

    @property
    def store(self) -> KeyStore:
        if self._store is None:
            self._store = default_store()
        return self._store

    def reload(self) -> None:
        """Forget the loaded ring (after an import or rotation)."""
        with self._lock:
            self._cipher = None
            self._trusted_until = 0.0

    def cipher(self) -> FieldCipher | None:
        """The cipher of the stored ring, or None while there is no key at all."""
        with self._lock:
            if self._cipher is None:
                ring = self.store.load()
                if ring is not None:
                    self._cipher = FieldCipher(ring)
            return self._cipher

    def reader(self) -> FieldCipher:
        """The cipher for opening values; raises when this workstation has no key."""
        found = self.cipher()
        if found is None:
            raise KeyMissing(self.store.describe())
        return found

    def writer(self, connection: Connection, audit: Session | None = None) -> FieldCipher:
        """The cipher for sealing, checked against (and recorded in) the database the
        caller is writing in; makes the first key when neither side has one. Recording
        the database's first key writes ``key.create`` in the same transaction, through
        ``audit`` (the writing session) when given.

        A check that passed is trusted for :data:`RECHECK_SECONDS` (it costs a query
        per registration otherwise): a rotation made elsewhere meanwhile leaves at most
        that long of rows sealed with the previous version, which stay readable and
        which ``key rotate`` re-seals.
        """
        with self._lock:
            if self._cipher is not None and time.monotonic() < self._trusted_until:
                return self._cipher
        recorded = database_keys(connection)
        found = self.cipher()
        if found is None:
            if recorded:
                raise KeyMissing(self.store.describe())
            with self._lock:
                self._cipher = found = FieldCipher(self.store.create(KeyRing.first()))
        try:
            check_ring(found.ring, recorded, self.store.describe())
        except KeyMismatch:
            self.reload()  # the key may have been imported since it was loaded
            found = self.reader()
            check_ring(found.ring, recorded, self.store.describe())
        if found.ring.current in recorded:  # trusted only once the record is committed
            with self._lock:
                self._trusted_until = time.monotonic() + RECHECK_SECONDS
        elif record_current(connection, found.ring, recorded):
            note_key_created(audit if audit is not None else connection, found.ring)
        return found
