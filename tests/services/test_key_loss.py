"""Every copy of the field key lost (both engines): ``replace_lost`` makes a higher
version and is audited; the desk, the room's case card, the export, the papers and the
rotation go on, showing 〔无法解密〕 for what the lost key sealed; registering a person
again re-enters their values under the new key on the same row; a key found later opens
the old rows again and a rotation moves them to the current key."""

from __future__ import annotations

import dataclasses
import io
import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from app.audit.chain import verify_engine
from app.audit.identity import AuditIdentity
from app.bootstrap import Services, build_services
from app.cli_keys import merge_rings
from app.clock import ManualClock
from app.db import Database
from app.domain.errors import InvalidInput
from app.domain.masking import UNREADABLE
from app.migrations import upgrade_to_head
from app.models import AuditEntry, Petitioner
from app.security.field_crypto import FieldCryptoError, KeyRing
from app.security.key_loss import assess_loss, replace_lost
from app.security.key_store import KeyFile
from app.security.keys import FieldKeys, KeyMissing
from app.security.rotation import drop_old_keys, import_key, key_status, rotate
from app.services.reveal import RevealField
from tests.services.export_scenario import FULL_ID, FULL_PERSON, ExportDay, build_export_day
from tests.services.scenario import person, visit

OPERATOR = AuditIdentity("cli:operator", "cli", None, "admin")


@pytest.fixture
def lost(db_url: str, clock: ManualClock, tmp_path: Path) -> Any:
    """A day of cases sealed with key v1, then every copy of v1 gone."""
    store = KeyFile(tmp_path / "keys.json")
    db = Database(db_url, field_keys=FieldKeys(store))
    upgrade_to_head(db.write_engine)
    services = build_services(db, clock)
    day = build_export_day(services, clock)
    old = store.load()
    assert old is not None
    store.path.unlink()
    db.field_keys.reload()
    try:
        yield services, day, store, old
    finally:
        db.dispose()


def _people(db: Database) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(Petitioner)) or 0)


def _pdf_text(pdf: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_replacing_a_lost_key_is_audited_and_the_day_goes_on(
    lost: tuple[Services, ExportDay, KeyFile, KeyRing], tmp_path: Path
) -> None:
    services, day, store, old = lost
    db = services.ctx.db
    with pytest.raises(KeyMissing):  # before: the desk cannot register anyone
        services.registration.register_walk_in(visit(day.day, person(40)))
    people = _people(db)
    found = assess_loss(db)
    assert (found.lost, found.unreadable_rows, found.next_version) == (
        {1: old.fingerprint(1)},
        people,
        2,
    )
    done = replace_lost(db.acting(lambda: OPERATOR))
    assert (done.version, done.lost, done.kept, done.unreadable_rows) == (
        2,
        {1: old.fingerprint(1)},
        (),
        people,
    )
    ring = store.load()
    assert ring is not None
    assert (ring.current, sorted(ring.keys), ring.lost) == (2, [2], {1: old.fingerprint(1)})
    with db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "key.replace_lost")).one()
    assert (entry.actor, entry.station) == ("cli:operator", "cli")
    details = {k: v[1] for k, v in json.loads(entry.changes).items()}
    assert details == {
        "lost": {"1": old.fingerprint(1)},
        "to_version": 2,
        "to_fingerprint": ring.fingerprint(2),
        "unreadable_rows": people,
    }
    assert verify_engine(db.read_engine).ok
    with pytest.raises(FieldCryptoError, match="already replaced"):
        replace_lost(db)
    assert key_status(db).lost == {1: old.fingerprint(1)}

    # the desk: search by name and by ID tail still finds the old people, masked as unreadable
    event = day.day.event_id
    hits = services.search.find(event, "李秀英")
    assert hits
    assert (hits[0].id_masked, hits[0].phone_masked) == (UNREADABLE, UNREADABLE)
    assert services.search.find(event, FULL_ID[-4:])
    assert not services.search.find(event, FULL_ID)  # the lookup hash was the lost key's
    # the room's case card
    visit_id = hits[0].visit_id
    assert visit_id is not None
    card = services.reception.case_card(visit_id)
    first = card.petitioners[0]
    assert (first.id_masked, first.phone_masked, first.address) == (UNREADABLE,) * 3
    # reveal: nothing to show, nothing audited as shown
    with pytest.raises(InvalidInput) as refused:
        services.reveal.reveal(first.petitioner_id, RevealField.ID_NUMBER, "回访核实身份")
    assert refused.value.reason == "unreadable"
    # exports, masked and full
    table = services.exports.table(event)
    assert UNREADABLE in table.column("document_number")
    assert UNREADABLE in table.column("phone")
    services.exports.export_cases(event, "xlsx", tmp_path / "cases.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "cases.xlsx").worksheets[0]
    assert UNREADABLE in {c.value for row in sheet.iter_rows() for c in row}
    services.exports.export_full_identities(event, "csv", tmp_path / "full.csv")
    assert UNREADABLE in (tmp_path / "full.csv").read_text(encoding="utf-8-sig")
    # papers: the assignment slip prints the marker
    jobs = services.print_jobs.queue(event, documents=["assignment_slip"])
    _kind, built = services.print_jobs.document(jobs[0].job_id)
    assert UNREADABLE in _pdf_text(built.pdf)
    assert not built.missing_glyphs
    # new people are sealed with the new key
    fresh = services.registration.register_walk_in(visit(day.day, person(41, "赵新"))).value
    with db.read() as s:
        versions = s.scalars(select(Petitioner.key_version).where(Petitioner.name == "赵新"))
        assert versions.all() == [2]
    assert services.search.find(event, person(41).document_number)[0].visit_id == fresh.visit_id
    assert _people(db) == people + 1


def test_registering_a_person_again_re_enters_their_values_on_the_same_row(
    lost: tuple[Services, ExportDay, KeyFile, KeyRing],
) -> None:
    services, day, _store, _old = lost
    db = services.ctx.db
    replace_lost(db)
    people = _people(db)
    with db.read() as s:
        before = s.scalars(select(Petitioner).where(Petitioner.name == "李秀英")).one()
        row_id = before.id
    # the same person, but the desk types no address this time
    again = dataclasses.replace(FULL_PERSON, address="", phone="13600001234")
    result = services.registration.register_walk_in(visit(day.day, again)).value
    assert result.is_repeat  # the earlier visit of that row
    assert _people(db) == people  # no second 李秀英
    with db.read() as s:
        row = s.get_one(Petitioner, row_id)
        assert (row.document_number, row.phone, row.address) == (FULL_ID, "13600001234", UNREADABLE)
        assert row.key_version == 1  # its address still needs the lost key
    assert services.search.find(day.day.event_id, FULL_ID)  # found by the full number again
    # the address re-entered too: the whole row under the new key
    services.registration.register_walk_in(visit(day.day, FULL_PERSON))
    with db.read() as s:
        row = s.get_one(Petitioner, row_id)
        assert (row.address, row.key_version) == (FULL_PERSON.address, 2)
    # another name with the same number's tail is another person: a new row
    other = dataclasses.replace(person(8, "欧阳娜娜"), name="欧阳娜")
    services.registration.register_walk_in(visit(day.day, other))
    assert _people(db) == people + 1


def test_rotation_after_a_loss_and_a_key_found_later(
    lost: tuple[Services, ExportDay, KeyFile, KeyRing],
) -> None:
    services, day, store, old = lost
    db = services.ctx.db
    replace_lost(db)
    services.registration.register_walk_in(visit(day.day, FULL_PERSON))  # re-entered
    done = rotate(db)  # rows under the lost key neither block it nor are counted
    assert (done.version, done.resealed, done.new_key) == (3, 1, True)
    assert drop_old_keys(db) == [2]
    with db.read() as s:
        rows = {p.name: (p.document_number, p.key_version) for p in s.scalars(select(Petitioner))}
    assert rows["李秀英"] == (FULL_ID, 3)
    assert rows["吴建平"] == (UNREADABLE, 1)
    # the old key turns up on a USB stick after all: import it beside the current one
    ring = store.load()
    assert ring is not None
    merged = merge_rings(ring, old, replace=False)
    assert (merged.current, sorted(merged.keys), merged.lost) == (3, [1, 3], {})
    assert import_key(db, merged, "found.json")
    with db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "key.import")).one()
    assert json.loads(entry.changes)["found_lost"] == [None, {"1": old.fingerprint(1)}]
    with db.read() as s:
        accuser = s.scalars(select(Petitioner).where(Petitioner.name == "吴建平")).one()
        assert accuser.phone == "13712344321"
    assert rotate(db).resealed == _people(db) - 1
    assert drop_old_keys(db) == [1]
    assert key_status(db).rows_by_version == {3: _people(db)}
    assert verify_engine(db.read_engine).ok
