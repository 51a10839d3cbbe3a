"""Key rotation, dropping old keys and key import are in the audit log (both engines):
each step in the transaction that makes it, naming key fingerprints and never keys; the
chain still verifies afterwards."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.audit.chain import verify_engine
from app.audit.identity import AuditIdentity
from app.bootstrap import build_services
from app.clock import ManualClock
from app.db import Database
from app.migrations import upgrade_to_head
from app.models import AuditEntry, Petitioner
from app.models.field_key import FieldKey
from app.security import rotation
from app.security.field_crypto import KeyRing
from app.security.key_store import KeyFile
from app.security.keys import FieldKeys
from app.security.rotation import drop_old_keys, import_key, rotate
from tests.db_fixtures import START
from tests.services.scenario import build_day, person, visit

OPERATOR = AuditIdentity("cli:operator", "cli", None, "admin")


def _key_entries(db: Database) -> list[tuple[str, str, str, dict[str, Any]]]:
    with db.read() as s:
        rows = s.execute(
            select(AuditEntry.action, AuditEntry.actor, AuditEntry.station, AuditEntry.changes)
            .where(AuditEntry.action.startswith("key."))
            .order_by(AuditEntry.seq)
        ).all()
    return [(a, actor, station, json.loads(c)) for a, actor, station, c in rows]


def _details(changes: dict[str, Any]) -> dict[str, Any]:
    """A noted entry's details: ``{field: [None, value]}`` → ``{field: value}``."""
    return {k: v[1] for k, v in changes.items()}


def _all_audit_text(db: Database) -> str:
    with db.read() as s:
        return "\n".join(s.scalars(select(AuditEntry.changes)))


def _ring_texts(ring: KeyRing) -> list[str]:
    return [base64.b64encode(k).decode() for k in ring.keys.values()] + [
        k.hex() for k in ring.keys.values()
    ]


@pytest.fixture
def keyed_db(db_url: str, clock: ManualClock, tmp_path: Path) -> Any:
    store = KeyFile(tmp_path / "keys.json")
    db = Database(db_url, field_keys=FieldKeys(store))
    upgrade_to_head(db.write_engine)
    services = build_services(db, clock)
    day = build_day(services)
    for i in range(1, 6):
        services.registration.register_walk_in(visit(day, person(i, phone=f"1390000{i:04d}")))
    try:
        yield db.acting(lambda: OPERATOR), store
    finally:
        db.dispose()


def test_rotation_writes_its_fingerprints_in_the_audit_log(
    keyed_db: tuple[Database, KeyFile], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, store = keyed_db
    v1 = store.load()
    assert v1 is not None
    monkeypatch.setattr(rotation, "BATCH", 2)  # 5 rows: batches of 2, 2, 1
    done = rotate(db)
    assert (done.version, done.resealed, done.new_key) == (2, 5, True)
    v2 = store.load()
    assert v2 is not None
    created, *entries = _key_entries(db)
    assert created[0] == "key.create"  # at the first registration
    assert [e[0] for e in entries] == ["key.rotate", *["key.reseal"] * 3]
    assert {(actor, station) for _, actor, station, _ in entries} == {("cli:operator", "cli")}
    assert _details(entries[0][3]) == {
        "from_version": 1,
        "from_fingerprint": v1.fingerprint(1),
        "to_version": 2,
        "to_fingerprint": v2.fingerprint(2),
        "rows_to_reseal": 5,
    }
    batches = [_details(e[3]) for e in entries[1:]]
    assert [b["rows"] for b in batches] == [2, 2, 1]
    assert all(b["from"] == {"1": v1.fingerprint(1)} for b in batches)
    assert all(b["to_fingerprint"] == v2.fingerprint(2) for b in batches)
    text = _all_audit_text(db)
    assert not [k for k in _ring_texts(v2) if k in text]  # fingerprints, never keys
    verdict = verify_engine(db.read_engine)
    assert verdict.ok, verdict

    assert drop_old_keys(db) == [1]
    action, *_, changes = _key_entries(db)[-1]
    assert action == "key.drop_old"
    assert _details(changes)["dropped"] == {"1": v1.fingerprint(1)}
    assert verify_engine(db.read_engine).ok


def test_a_failed_batch_leaves_neither_its_rows_nor_its_entry(
    keyed_db: tuple[Database, KeyFile], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, _ = keyed_db
    monkeypatch.setattr(rotation, "BATCH", 2)
    real_note = rotation.note
    batches: list[int] = []

    def failing_note(session: Session, action: str, *args: Any) -> None:
        if action == "key.reseal":
            batches.append(1)
            if len(batches) == 2:  # the second batch's rows are updated by now
                raise OSError("power cut")
        real_note(session, action, *args)

    monkeypatch.setattr(rotation, "note", failing_note)
    with pytest.raises(OSError, match="power cut"):
        rotate(db)
    assert [e[0] for e in _key_entries(db)] == ["key.create", "key.rotate", "key.reseal"]
    with db.read() as s:
        versions = sorted(s.scalars(select(Petitioner.key_version)))
    assert versions == [1, 1, 1, 2, 2]  # the second batch rolled back with its entry
    monkeypatch.setattr(rotation, "note", real_note)
    resumed = rotate(db)
    assert (resumed.new_key, resumed.resealed) == (False, 3)
    _created, *entries = _key_entries(db)
    assert [e[0] for e in entries] == ["key.rotate", *["key.reseal"] * 3]
    assert sum(_details(e[3])["rows"] for e in entries[1:]) == 5
    assert verify_engine(db.read_engine).ok


def test_an_import_that_changes_the_key_is_audited_and_one_that_does_not_is_not(
    keyed_db: tuple[Database, KeyFile], tmp_path: Path
) -> None:
    db, store = keyed_db
    v1 = store.load()
    assert v1 is not None
    assert import_key(db, v1, "same.json") is False  # the key in use did not change
    assert [e[0] for e in _key_entries(db)] == ["key.create"]
    # another workstation rotated: importing its ring moves this one to version 2
    rotated = v1.rotated()
    other = Database(str(db.url), field_keys=FieldKeys(KeyFile(tmp_path / "other.json")))
    try:
        assert import_key(other.acting(lambda: OPERATOR), rotated, "usb/key.json") is True
    finally:
        other.dispose()
    _created, (action, actor, station, changes), *_ = _key_entries(db)
    assert (action, actor, station) == ("key.import", "cli:operator", "cli")
    assert _details(changes) == {  # no key before: no "from_…" (None is left out)
        "to_version": 2,
        "to_fingerprint": rotated.fingerprint(2),
        "versions": [1, 2],
    }
    assert import_key(db, rotated, "usb/key.json") is True
    last = _details(_key_entries(db)[-1][3])
    assert (last["from_fingerprint"], last["to_fingerprint"]) == (
        v1.fingerprint(1),
        rotated.fingerprint(2),
    )
    assert not [k for k in _ring_texts(rotated) if k in _all_audit_text(db)]
    assert verify_engine(db.read_engine).ok


def _fresh(db_url: str, tmp_path: Path) -> tuple[Database, KeyFile]:
    store = KeyFile(tmp_path / "first.json")
    db = Database(db_url, field_keys=FieldKeys(store))
    upgrade_to_head(db.write_engine)
    return db, store


def test_the_first_key_is_created_in_the_audit_log_by_the_transaction_that_seals_with_it(
    db_url: str, clock: ManualClock, tmp_path: Path
) -> None:
    db, store = _fresh(db_url, tmp_path)
    try:

        def fail_after_sealing() -> None:
            with db.write() as s:
                s.add(Petitioner(name="李四", document_type="none", phone="139", created_at=START))
                s.flush()  # the key is made and recorded here, then the transaction fails
                raise OSError("power cut")

        with pytest.raises(OSError, match="power cut"):
            fail_after_sealing()
        assert _key_entries(db) == []
        with db.read() as s:
            assert s.scalars(select(FieldKey)).all() == []
        services = build_services(db, clock)
        day = build_day(services)
        services.registration.register_walk_in(visit(day, person(1)))
        services.registration.register_walk_in(visit(day, person(2)))
        ring = store.load()
        assert ring is not None
        [(action, actor, station, changes)] = _key_entries(db)
        assert action == "key.create"
        assert _details(changes) == {"key_version": 1, "fingerprint": ring.fingerprint(1)}
        with db.read() as s:  # written at the commit of the first registration, as its user
            columns = (AuditEntry.at, AuditEntry.actor, AuditEntry.station)
            created = s.execute(select(*columns).where(AuditEntry.action == "key.create")).one()
            people = select(*columns).where(AuditEntry.entity == "petitioner")
            assert s.execute(people.order_by(AuditEntry.seq)).first() == created
            assert created[1:] == (actor, station)
        assert not [k for k in _ring_texts(ring) if k in _all_audit_text(db)]
        assert verify_engine(db.read_engine).ok
    finally:
        db.dispose()


def test_a_bulk_writer_s_first_key_is_created_in_the_audit_log_as_system(
    db_url: str, tmp_path: Path
) -> None:
    db, _store = _fresh(db_url, tmp_path)
    try:
        with db.write_engine.begin() as conn:  # as migration 0005 and the demo builder do
            cipher = db.field_keys.writer(conn)
        with db.write_engine.begin() as conn:
            assert db.field_keys.writer(conn) is cipher  # recorded once, noted once
        [(action, actor, station, changes)] = _key_entries(db)
        assert (action, actor, station) == ("key.create", "system", "")
        assert _details(changes) == {"key_version": 1, "fingerprint": cipher.ring.fingerprint()}
        assert verify_engine(db.read_engine).ok
    finally:
        db.dispose()
