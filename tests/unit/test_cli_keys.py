"""reception-day key status | export | import | rotate | replace-lost: two workstations
share a key; a lost key is replaced so the hall carries on."""

from __future__ import annotations

import dataclasses
import os
import stat
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from app import cli
from app.bootstrap import build_services, open_database
from app.clock import ManualClock
from app.domain.masking import UNREADABLE
from app.models import Petitioner
from app.security.field_crypto import KeyRing
from app.security.key_store import KEY_FILE_ENV, KeyFile
from app.security.keys import KeyMismatch
from tests.db_fixtures import START
from tests.services.scenario import build_day, person, visit


def _register_one(url: str) -> str:
    db, _ = open_database(url)
    try:
        services = build_services(db, ManualClock(START))
        day = build_day(services)
        p = dataclasses.replace(person(3), address="浦江县城关镇1号")
        services.registration.register_walk_in(visit(day, p))
        return p.document_number
    finally:
        db.dispose()


def _numbers(url: str) -> list[str | None]:
    db, _ = open_database(url)
    try:
        with db.read() as s:
            return [p.document_number for p in s.scalars(select(Petitioner))]
    finally:
        db.dispose()


def test_export_import_rotate_between_two_workstations(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    monkeypatch.setenv(KEY_FILE_ENV, str(first))
    url = f"sqlite:///{tmp_path / 'rd.db'}"
    number = _register_one(url)
    assert cli.main(["key", "status", "--db", url]) == 0
    out = capsys.readouterr().out
    assert str(first) in out
    assert "v1" in out
    assert "matches" in out
    carried = tmp_path / "usb" / "key.json"
    assert cli.main(["key", "export", str(carried), "--db", url]) == 0
    assert "key exported" in capsys.readouterr().out
    if sys.platform != "win32":
        assert stat.S_IMODE(os.stat(carried).st_mode) == 0o600
    assert cli.main(["key", "export", str(carried)]) == 2  # never overwrites
    assert "exists already" in capsys.readouterr().err

    # the second workstation, with its own (wrong) key, is refused until it imports
    KeyFile(second).create(KeyRing.first())
    monkeypatch.setenv(KEY_FILE_ENV, str(second))
    assert cli.main(["key", "import", str(carried), "--db", url]) == 2
    assert "differs from the imported one" in capsys.readouterr().err
    assert cli.main(["key", "import", str(carried), "--db", url, "--replace"]) == 0
    assert "key imported" in capsys.readouterr().out
    assert _numbers(url) == [number]

    assert cli.main(["key", "rotate", "--db", url]) == 0
    out = capsys.readouterr().out
    assert "new key" in out
    assert "new key: v2, 1 行 / rows re-sealed" in out
    assert _numbers(url) == [number]
    # the first workstation still holds only v1: refused before it writes, then imports
    monkeypatch.setenv(KEY_FILE_ENV, str(first))
    db, _ = open_database(url)
    try:
        newcomer = Petitioner(
            name="李四", document_type="none", phone="13900000000", created_at=START
        )
        with pytest.raises(KeyMismatch), db.write() as s:
            s.add(newcomer)
    finally:
        db.dispose()
    rotated = tmp_path / "rotated.json"
    monkeypatch.setenv(KEY_FILE_ENV, str(second))
    assert cli.main(["key", "export", str(rotated), "--db", url]) == 0
    assert cli.main(["key", "import", str(rotated), "--db", url, "--key-file", str(first)]) == 0
    capsys.readouterr()
    monkeypatch.setenv(KEY_FILE_ENV, str(first))
    assert _numbers(url) == [number]
    assert cli.main(["key", "rotate", "--db", url, "--drop-old"]) == 0
    assert "old key versions removed: [1, 2]" in capsys.readouterr().out
    ring = KeyFile(first).load()
    assert ring is not None
    assert sorted(ring.keys) == [3]


def test_importing_a_foreign_key_into_a_database_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(KEY_FILE_ENV, str(tmp_path / "mine.json"))
    url = f"sqlite:///{tmp_path / 'rd.db'}"
    _register_one(url)
    foreign = tmp_path / "foreign.json"
    KeyFile(foreign).create(KeyRing.first())
    monkeypatch.setenv(KEY_FILE_ENV, str(tmp_path / "new.json"))
    assert cli.main(["key", "import", str(foreign), "--db", url]) == 2
    assert "is not this database's key" in capsys.readouterr().err
    assert not (tmp_path / "new.json").exists()


def test_backup_reminds_of_the_key_and_copies_it_separately(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(KEY_FILE_ENV, str(tmp_path / "keys.json"))
    url = f"sqlite:///{tmp_path / 'rd.db'}"
    number = _register_one(url)
    assert cli.main(["backup", "--db", url, "-o", str(tmp_path / "b.db")]) == 0
    assert "the field key is not in database backups" in capsys.readouterr().out
    assert number.encode() not in (tmp_path / "b.db").read_bytes()
    copy = tmp_path / "safe" / "key.json"
    args = ["backup", "--db", url, "-o", str(tmp_path / "c.db"), "--key-copy", str(copy)]
    assert cli.main(args) == 0
    assert "key copied (separately)" in capsys.readouterr().out
    assert KeyFile(copy).load() == KeyFile(tmp_path / "keys.json").load()
    assert b"reception-day-field-keys" not in (tmp_path / "c.db").read_bytes()


def test_replace_lost_shows_the_loss_first_then_makes_a_higher_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    keys = tmp_path / "keys.json"
    monkeypatch.setenv(KEY_FILE_ENV, str(keys))
    url = f"sqlite:///{tmp_path / 'rd.db'}"
    _register_one(url)
    assert cli.main(["key", "replace-lost", "--db", url]) == 2  # holds the key: nothing lost
    assert "nothing is lost" in capsys.readouterr().err
    old = KeyFile(keys).load()
    assert old is not None
    keys.unlink()  # every copy gone
    assert cli.main(["key", "replace-lost", "--db", url]) == 2  # no confirmation: a report
    out, err = capsys.readouterr()
    assert f"v1 {old.fingerprint(1)}" in out
    assert "stays unreadable: 1" in out
    assert "--confirm-lost" in err
    assert "key import FILE" in err  # the better way first
    assert not keys.exists()  # nothing changed

    assert cli.main(["key", "replace-lost", "--db", url, "--confirm-lost"]) == 0
    out = capsys.readouterr().out
    ring = KeyFile(keys).load()
    assert ring is not None
    assert (ring.current, sorted(ring.keys), ring.lost) == (2, [2], {1: old.fingerprint(1)})
    assert f"new key after the loss: v2 {ring.fingerprint(2)}" in out
    assert "key.replace_lost" in out
    assert cli.main(["key", "replace-lost", "--db", url, "--confirm-lost"]) == 2
    assert "already replaced" in capsys.readouterr().err
    assert cli.main(["key", "status", "--db", url]) == 0
    out = capsys.readouterr().out
    assert "v1" in out
    assert "LOST, replaced" in out
    assert _numbers(url) == [UNREADABLE]  # readable as the marker, the app goes on
    db, _ = open_database(url)
    try:  # and writes again, with the new key
        with db.write() as s:
            s.add(Petitioner(name="李四", document_type="none", phone="139", created_at=START))
        with db.read() as s:
            assert s.scalars(select(Petitioner.key_version).order_by(Petitioner.id)).all() == [1, 2]
    finally:
        db.dispose()
    assert cli.main(["verify-audit", "--db", url]) == 0
