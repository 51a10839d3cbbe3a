"""Audit log: every write transaction leaves masked, hash-chained entries in the same
transaction; rewriting the log is refused (PostgreSQL) or detected (both engines)."""

from __future__ import annotations

import itertools
import json
from dataclasses import replace

import pytest
from sqlalchemy import select, update

from app.audit.chain import verify_engine
from app.bootstrap import Services, build_services
from app.domain.errors import InvalidInput
from app.domain.roles import Role
from app.models import AuditEntry, Room, Visit
from app.services.context import Actor
from app.services.setup_data import RoomDraft
from tests.services.scenario import build_day, person, visit

ID_NUMBER_SEQ = 7


def _entries(services: Services) -> list[AuditEntry]:
    with services.ctx.db.read() as s:
        return list(s.scalars(select(AuditEntry).order_by(AuditEntry.seq)))


def _register(services: Services) -> tuple[int, str]:
    day = build_day(services)
    someone = person(ID_NUMBER_SEQ, "欧阳娜娜")
    draft = visit(day, someone)
    someone = replace(someone, address="浙江省金华市浦江县浦阳街道和平路12号")
    draft = replace(draft, petitioners=(someone,))
    result = services.registration.register_walk_in(draft).value
    return result.visit_id, someone.document_number


def test_a_registration_is_audited_with_who_where_and_the_fields(services: Services) -> None:
    desk = build_services(
        services.ctx.db,
        services.ctx.clock,
        Actor("李登记", "desk:1", Role.REGISTRAR, user_id=7, username="lidengji"),
    )
    day = build_day(services)
    before = len(_entries(services))
    visit_id = desk.registration.register_walk_in(visit(day, person(3))).value.visit_id
    new = _entries(services)[before:]
    assert {e.entity for e in new} >= {"petitioner", "visit", "visit_member", "petition_case"}
    # the first value sealed in this database made its key: key.create, same transaction
    assert [e.action for e in new if e.action.startswith("key.")] == ["key.create"]
    for e in new:
        assert (e.actor, e.station, e.user_id, e.role) == ("lidengji", "desk:1", 7, "registrar")
        assert e.action.startswith("registration.register_walk_in:") or e.action == "key.create"
    (created,) = [e for e in new if e.entity == "visit"]
    assert created.entity_id == str(visit_id)
    assert created.event_id == day.event_id
    assert created.action == "registration.register_walk_in:create"
    changes = json.loads(created.changes)
    assert changes["status"] == [None, "waiting"]
    assert changes["ticket_number"] == [None, 1]
    member = next(e for e in new if e.entity == "visit_member")
    assert member.event_id == day.event_id  # found through the visit


def test_personal_data_is_masked_in_the_log(services: Services) -> None:
    _, number = _register(services)
    entries = _entries(services)
    everything = "\n".join(e.changes for e in entries)
    assert number not in everything
    assert "13800000007" not in everything
    assert "欧阳娜娜" not in everything
    assert "和平路" not in everything
    (p,) = [json.loads(e.changes) for e in entries if e.entity == "petitioner"]
    assert p["document_number"] == [None, f"{number[:6]}********{number[-4:]}"]
    assert p["phone"] == [None, "138****0007"]
    assert p["name"] == [None, "欧阳*娜"]
    assert p["address"] == [None, "浙江省金华市浦江县浦阳街道****"]
    assert p["birth_date"] == [None, "1980-**-**"]
    assert "id_tail_rev" not in p


def test_an_update_records_old_and_new_values(services: Services) -> None:
    day = build_day(services)
    room = services.setup.update_room(
        day.room_labour, RoomDraft(2, "劳动保障室", frozenset({day.labour}), frozenset({day.hrss}))
    )
    assert room.value.name == "劳动保障室"
    e = [e for e in _entries(services) if e.action.startswith("setup.update_room")]
    (renamed,) = [x for x in e if x.entity == "room"]
    assert json.loads(renamed.changes) == {"name": ["劳动社保接待室", "劳动保障室"]}
    assert renamed.event_id == day.event_id
    # Core delete + insert of the link rows are recorded too, with the event found.
    links = [x for x in e if x.entity == "room_topic"]
    assert [x.action.rsplit(":", 1)[1] for x in links] == ["delete", "create"]
    assert all(x.event_id == day.event_id for x in links)


def test_a_core_delete_records_the_rows_it_removed(services: Services) -> None:
    day = build_day(services)
    services.setup.remove_topic_unit_rule(day.land, day.town)
    (removed,) = [
        e for e in _entries(services) if e.action.endswith("remove_topic_unit_rule:delete")
    ]
    assert removed.entity == "topic_unit_rule"
    old = json.loads(removed.changes)
    assert (old["topic_id"], old["unit_id"]) == ([day.land, None], [day.town, None])


def test_a_rolled_back_change_leaves_no_entry(services: Services) -> None:
    day = build_day(services)
    before = [e.hash for e in _entries(services)]
    with pytest.raises(InvalidInput):
        services.registration.register_walk_in(visit(day, person(1), person(2), head_count=1))

    def rename_then_fail() -> None:
        with services.ctx.db.write() as s:
            room = s.get_one(Room, day.room_land)
            room.name = "改过的名字"
            s.flush()  # the change reached the database inside the transaction …
            raise RuntimeError("… and is rolled back")

    with pytest.raises(RuntimeError):
        rename_then_fail()
    assert [e.hash for e in _entries(services)] == before
    assert verify_engine(services.ctx.db.read_engine).ok


def test_a_write_that_changes_nothing_writes_no_entry(services: Services) -> None:
    build_day(services)
    before = len(_entries(services))
    with services.ctx.db.write() as s:
        s.scalars(select(Visit)).all()
    assert len(_entries(services)) == before


def test_the_chain_verifies_and_counts(services: Services) -> None:
    _register(services)
    entries = _entries(services)
    assert [e.seq for e in entries] == list(range(1, len(entries) + 1))
    assert entries[0].prev_hash == "0" * 64
    assert all(b.prev_hash == a.hash for a, b in itertools.pairwise(entries))
    verdict = verify_engine(services.ctx.db.read_engine)
    assert verdict.ok
    assert verdict.entries == len(entries)


def test_secrets_never_reach_the_log(services: Services) -> None:
    password = "Correct-Horse-9"
    services.users.create_first_admin("zhang", "张管理", password)
    services.users.set_password("zhang", "Battery-Staple-7")
    entries = [e for e in _entries(services) if e.entity == "app_user"]
    assert [e.action.rsplit(":", 1)[1] for e in entries] == ["create", "update"]
    for e in entries:
        changes = json.loads(e.changes)
        assert "[hidden]" in changes["password_hash"]
        assert "argon2" not in e.changes
        assert password not in e.changes


def test_a_core_update_records_old_and_new_values(services: Services) -> None:
    day = build_day(services)
    with services.ctx.db.write("setup.rename_rooms") as s:
        s.execute(update(Room).where(Room.event_id == day.event_id).values(location="二楼"))
    entries = [e for e in _entries(services) if e.action == "setup.rename_rooms:update"]
    assert sorted(int(e.entity_id) for e in entries) == sorted(
        (day.room_land, day.room_labour, day.room_general)
    )
    for e in entries:
        assert json.loads(e.changes) == {"location": ["", "二楼"]}
        assert e.event_id == day.event_id
