"""Personal data at rest, on both engines: nothing readable in the database, lookups
by exact number and by tail still work, a foreign or missing key is refused, a partial
rotation keeps every row readable and findable."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app.bootstrap import Services, build_services
from app.clock import ManualClock
from app.db import Database
from app.migrations import upgrade_to_head
from app.models import Petitioner
from app.security.field_crypto import FieldTampered, KeyRing
from app.security.key_store import KeyFile
from app.security.keys import FieldKeys, KeyMismatch, KeyMissing
from app.security.rotation import _reseal_batch, drop_old_keys, key_status, rotate
from tests.db_fixtures import START
from tests.services.scenario import build_day, person, visit

ADDRESS = "浙江省金华市浦江县浦阳街道测试村17号"
NEW_ADDRESS = "浙江省金华市浦江县仙华街道幸福里8幢301室"


def _raw_text(db: Database) -> str:
    """Everything the petitioner table holds, as the database stores it."""
    if db.is_sqlite:  # the file and its write-ahead log, page by page
        path = db.sqlite_path
        assert path is not None
        files = [path, *path.parent.glob(path.name + "-*")]
        return "".join(f.read_bytes().decode("utf-8", "replace") for f in files)
    with db.read_engine.connect() as conn:
        rows = conn.execute(text("SELECT t::text FROM petitioner t")).scalars()
        return "\n".join(rows)


def test_registration_stores_no_plaintext_and_lookups_still_work(services: Services) -> None:
    day = build_day(services)
    p = dataclasses.replace(person(7, phone="13912345678"), address=ADDRESS)
    result = services.registration.register_walk_in(visit(day, p)).value
    raw = _raw_text(services.ctx.db)
    assert p.document_number not in raw
    assert "13912345678" not in raw
    assert ADDRESS not in raw
    with services.ctx.db.read() as s:
        stored = s.scalars(select(Petitioner)).one()
        assert (stored.document_number, stored.phone, stored.address) == (
            p.document_number,
            "13912345678",
            ADDRESS,
        )
        assert stored.key_version == 1
    for query in (p.document_number, "13912345678", p.document_number[-4:], "5678"):
        hits = services.search.find(day.event_id, query)
        assert [h.visit_id for h in hits] == [result.visit_id], query
    again = services.registration.register_walk_in(visit(day, p)).value
    assert again.is_repeat
    assert services.registration.earlier_visits_of(p.document_type, p.document_number)


def test_a_changed_phone_is_sealed_again(services: Services) -> None:
    day = build_day(services)
    p = person(8, phone="13912345678")
    services.registration.register_walk_in(visit(day, p))
    services.registration.register_walk_in(visit(day, dataclasses.replace(p, phone="13700000001")))
    with services.ctx.db.read() as s:
        assert s.scalars(select(Petitioner)).one().phone == "13700000001"
    assert services.search.find(day.event_id, "13700000001")
    assert not [h for h in services.search.find(day.event_id, "13912345678") if h.petitioner_id]


def test_a_flipped_byte_in_the_database_is_an_error_not_garbage(services: Services) -> None:
    day = build_day(services)
    services.registration.register_walk_in(visit(day, person(9)))
    db = services.ctx.db
    with db.read() as s:
        blob = bytearray(s.scalars(select(Petitioner.id_cipher)).one() or b"")
    blob[-1] ^= 0x01
    with db.write_engine.begin() as conn:
        conn.execute(Petitioner.__table__.update().values(id_cipher=bytes(blob)))
    with db.read() as s, pytest.raises(FieldTampered):
        _ = s.scalars(select(Petitioner)).one().document_number


def test_another_workstations_key_is_refused(services: Services, tmp_path: Path) -> None:
    day = build_day(services)
    services.registration.register_walk_in(visit(day, person(10)))
    url = services.ctx.db.url.render_as_string(hide_password=False)
    store = KeyFile(tmp_path / "other.json")
    other = Database(url, field_keys=FieldKeys(store))
    newcomer = Petitioner(name="李四", document_type="none", phone="13900000000", created_at=START)
    try:
        with other.read() as s, pytest.raises(KeyMissing):
            _ = s.scalars(select(Petitioner)).one().document_number
        with pytest.raises(KeyMissing), other.write() as s:  # never makes a key of its own
            s.add(newcomer)
        store.create(KeyRing.first())  # a key made elsewhere, not this database's
        other.field_keys.reload()
        with other.read() as s, pytest.raises(FieldTampered):
            _ = s.scalars(select(Petitioner)).one().document_number
        with pytest.raises(KeyMismatch), other.write() as s:
            s.add(newcomer)
    finally:
        other.dispose()


def test_a_partial_rotation_keeps_old_and_new_rows_readable(
    db_url: str, clock: ManualClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = KeyFile(tmp_path / "keys.json")
    db = Database(db_url, field_keys=FieldKeys(store))
    try:
        upgrade_to_head(db.write_engine)
        services = build_services(db, clock)
        day = build_day(services)
        people = [person(i, phone=f"1390000{i:04d}") for i in range(1, 6)]
        for p in people:
            services.registration.register_walk_in(visit(day, p))
        ring = store.load()
        assert ring is not None
        store.save(ring.rotated())  # a rotation that stopped after its first batch of 2
        db.field_keys.reload()
        with db.write("key.reseal") as s:
            _reseal_batch(s, db.field_keys.writer(s.connection()), 0, size=2)
        assert key_status(db).rows_by_version == {1: 3, 2: 2}
        for p in people:
            assert services.search.find(day.event_id, p.document_number)
            assert services.search.find(day.event_id, p.phone)
        with db.read() as s:
            numbers = sorted(x.document_number or "" for x in s.scalars(select(Petitioner)))
        assert numbers == sorted(p.document_number for p in people)
        done = rotate(db)
        assert (done.version, done.new_key, done.resealed) == (2, False, 3)
        assert key_status(db).rows_by_version == {2: 5}
        again = rotate(db)
        assert (again.version, again.new_key, again.resealed) == (3, True, 5)
        for p in people:
            assert services.search.find(day.event_id, p.document_number[-6:])
            assert services.search.find(day.event_id, p.phone)
        services.registration.register_walk_in(visit(day, people[0]))  # still a repeat
        with db.read() as s:
            assert {x.key_version for x in s.scalars(select(Petitioner))} == {3}
        assert drop_old_keys(db) == [1, 2]
        with db.read() as s:
            assert sorted(x.phone or "" for x in s.scalars(select(Petitioner))) == sorted(
                p.phone for p in people
            )
    finally:
        db.dispose()


def test_an_assignment_to_a_loaded_row_is_sealed_even_after_expiry(services: Services) -> None:
    day = build_day(services)
    services.registration.register_walk_in(visit(day, person(11)))
    with services.ctx.db.write() as s:
        stored = s.scalars(select(Petitioner)).one()
        s.expire(stored)
        stored.address = NEW_ADDRESS
    with services.ctx.db.read() as s:
        again = s.scalars(select(Petitioner)).one()
        assert (again.address, again.key_version) == (NEW_ADDRESS, 1)
    raw = _raw_text(services.ctx.db)
    assert NEW_ADDRESS not in raw
    assert "幸福里8幢" not in raw  # the audit log keeps it masked down to the township
