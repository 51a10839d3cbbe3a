"""Migration 0005 on both engines: plain ID numbers, phones and addresses of an older
database are sealed with the field key, the plain values are gone from the database,
nothing else is lost (search keys, visit members survive), and lookups work."""

from __future__ import annotations

from datetime import datetime

from alembic import command
from sqlalchemy import func, select, text

from app.db import Database
from app.migrations import alembic_config, upgrade_to_head
from app.models import Petitioner, PetitionerSearchKey
from app.models.petitioner import document_is, phone_in
from tests.services.test_sealed_fields import _raw_text

PEOPLE = [
    ("张三", "330726198005170017", "13800000007", "浙江省金华市浦江县浦阳街道一村1号"),
    ("李四", "330726199001011234", None, ""),
    ("王五", None, "057187654321", "浦江县城关镇"),
    ("赵六", None, None, ""),
]


def _old_database(url: str) -> Database:
    db = Database(url)
    with db.write_engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0004")
    with db.write_engine.begin() as conn:
        for i, (name, number, phone, address) in enumerate(PEOPLE, start=1):
            conn.execute(
                text(
                    "INSERT INTO petitioner (id, name, document_type, document_number, "
                    "id_tail_rev, phone, phone_tail_rev, address, is_disabled, created_at) "
                    "VALUES (:id, :name, :type, :number, :id_tail, :phone, :phone_tail, "
                    ":address, false, :at)"
                ),
                {
                    "id": i,
                    "name": name,
                    "type": "resident_id" if number else "none",
                    "number": number,
                    "id_tail": (number or "")[-8:][::-1],
                    "phone": phone,
                    "phone_tail": (phone or "")[-8:][::-1],
                    "address": address,
                    "at": datetime(2025, 3, 1, 9, 0),
                },
            )
            conn.execute(
                text("INSERT INTO petitioner_search_key (petitioner_id, key) VALUES (:p, :k)"),
                {"p": i, "k": f"k{i}"},
            )
    return db


def test_old_plain_rows_are_sealed_and_stay_findable(empty_db_url: str) -> None:
    db = _old_database(empty_db_url)
    try:
        upgrade_to_head(db.write_engine)
        raw = _raw_text(db)
        for _name, number, phone, address in PEOPLE:
            for value in (number, phone, address):
                assert not value or value not in raw
        with db.read() as s:
            people = {p.name: p for p in s.scalars(select(Petitioner).order_by(Petitioner.id))}
            assert [(p.name, p.document_number, p.phone, p.address) for p in people.values()] == [
                (name, number, phone, address) for name, number, phone, address in PEOPLE
            ]
            assert people["张三"].key_version == 1
            assert people["赵六"].key_version == 0  # nothing to seal
            assert s.scalar(select(func.count()).select_from(PetitionerSearchKey)) == 4
            found = s.scalars(
                select(Petitioner.name).where(document_is(s, "resident_id", "330726199001011234"))
            ).all()
            assert found == ["李四"]
            assert s.scalars(
                select(Petitioner.name).where(phone_in(s, ["057187654321"]))
            ).all() == ["王五"]
            retired = s.scalars(select(Petitioner.retired_document_number)).all()
            assert set(retired) == {None}
    finally:
        db.dispose()


def test_a_database_without_people_needs_no_key(empty_db_url: str) -> None:
    db = Database(empty_db_url)
    try:
        with db.write_engine.begin() as conn:
            command.upgrade(alembic_config(conn), "0004")
        upgrade_to_head(db.write_engine)
        with db.read_engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM field_key")).scalar() == 0
    finally:
        db.dispose()
