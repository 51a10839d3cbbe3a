"""Sealing personal fields: round trip, tamper and wrong-key detection, key versions,
lookup hashes, and the key file (owner-only, made once, shared by racing processes)."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.security.field_crypto import (
    FieldCipher,
    FieldCryptoError,
    FieldTampered,
    KeyLost,
    KeyRing,
    KeyVersionMissing,
    new_key,
)
from app.security.key_store import KeyFile, default_store, ring_from_text, ring_to_text

PURPOSE = "petitioner.document_number"
NUMBER = "330726199001011234"


@given(st.text(max_size=300))
def test_any_text_round_trips(text: str) -> None:
    cipher = FieldCipher(KeyRing(1, {1: b"k" * 32}))
    assert cipher.open(PURPOSE, cipher.seal(PURPOSE, text)) == text


def test_a_sealed_value_hides_the_text_and_never_repeats() -> None:
    cipher = FieldCipher(KeyRing.first())
    first, second = cipher.seal(PURPOSE, NUMBER), cipher.seal(PURPOSE, NUMBER)
    assert first != second  # a random nonce per value
    assert NUMBER.encode() not in first
    assert NUMBER[-4:].encode() not in first
    assert first[0] == 1
    assert len(first) == 1 + 12 + len(NUMBER) + 16


def test_every_flipped_byte_fails_authentication() -> None:
    cipher = FieldCipher(KeyRing.first())
    sealed = cipher.seal(PURPOSE, NUMBER)
    for index in range(1, len(sealed)):
        bad = bytearray(sealed)
        bad[index] ^= 0x01
        with pytest.raises(FieldTampered):
            cipher.open(PURPOSE, bytes(bad))
    with pytest.raises(FieldTampered):
        cipher.open(PURPOSE, sealed[:20])  # truncated


def test_a_value_moved_to_another_column_fails() -> None:
    cipher = FieldCipher(KeyRing.first())
    with pytest.raises(FieldTampered):
        cipher.open("petitioner.phone", cipher.seal(PURPOSE, NUMBER))


def test_the_wrong_key_fails_with_a_clear_error_never_garbage() -> None:
    sealed = FieldCipher(KeyRing.first()).seal(PURPOSE, NUMBER)
    with pytest.raises(FieldTampered, match="failed authentication"):
        FieldCipher(KeyRing.first()).open(PURPOSE, sealed)


def test_a_relabelled_version_byte_fails() -> None:
    ring = KeyRing.first().rotated()
    cipher = FieldCipher(ring)
    sealed = bytearray(cipher.seal(PURPOSE, NUMBER))
    sealed[0] = 1
    with pytest.raises(FieldTampered):
        cipher.open(PURPOSE, bytes(sealed))


def test_old_and_new_versions_open_after_a_rotation() -> None:
    old = KeyRing.first()
    old_sealed = FieldCipher(old).seal(PURPOSE, NUMBER)
    new = FieldCipher(old.rotated())
    new_sealed = new.seal(PURPOSE, NUMBER)
    assert (old_sealed[0], new_sealed[0]) == (1, 2)
    assert new.open(PURPOSE, old_sealed) == new.open(PURPOSE, new_sealed) == NUMBER
    with pytest.raises(KeyVersionMissing, match="key import"):
        FieldCipher(old).open(PURPOSE, new_sealed)


def test_lookup_hashes_are_keyed_and_cover_every_version() -> None:
    ring = KeyRing.first()
    cipher, rotated = FieldCipher(ring), FieldCipher(ring.rotated())
    assert cipher.lookup_hash(PURPOSE, NUMBER) == cipher.lookup_hash(PURPOSE, NUMBER)
    assert cipher.lookup_hash(PURPOSE, NUMBER) != FieldCipher(KeyRing.first()).lookup_hash(
        PURPOSE, NUMBER
    )
    assert cipher.lookup_hash(PURPOSE, NUMBER) != cipher.lookup_hash("petitioner.phone", NUMBER)
    both = rotated.lookup_hashes(PURPOSE, NUMBER)
    assert both[0] == rotated.lookup_hash(PURPOSE, NUMBER)
    assert both[1] == cipher.lookup_hash(PURPOSE, NUMBER)


def test_fingerprints_name_keys_without_revealing_them() -> None:
    ring = KeyRing.first()
    assert ring.fingerprint() == ring.fingerprint(1)
    assert len(ring.fingerprint()) == 16
    assert ring.fingerprint() != KeyRing.first().fingerprint()
    assert ring.keys[1].hex()[:16] != ring.fingerprint()


def test_malformed_rings_are_refused() -> None:
    with pytest.raises(FieldCryptoError):
        KeyRing(2, {1: b"k" * 32})
    with pytest.raises(FieldCryptoError):
        KeyRing(1, {1: b"short"})


def test_the_key_file_is_owner_only_and_made_once(tmp_path: Path) -> None:
    store = KeyFile(tmp_path / "sub" / "field-keys.json")
    assert store.load() is None
    first = store.create(KeyRing.first())
    again = store.create(KeyRing.first())  # a second process racing: the first one wins
    assert again == first == store.load()
    if sys.platform != "win32":
        assert stat.S_IMODE(os.stat(store.path).st_mode) == 0o600
        os.chmod(store.path, 0o644)
        store.load()
        assert stat.S_IMODE(os.stat(store.path).st_mode) == 0o600
    assert list(store.path.parent.iterdir()) == [store.path]  # no temporary files left


def test_saving_a_rotated_ring_keeps_the_old_keys(tmp_path: Path) -> None:
    store = KeyFile(tmp_path / "keys.json")
    ring = store.create(KeyRing.first())
    store.save(ring.rotated())
    loaded = store.load()
    assert loaded is not None
    assert loaded.current == 2
    assert loaded.keys[1] == ring.keys[1]


def test_a_damaged_key_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "keys.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(FieldCryptoError, match="not a valid key file"):
        KeyFile(path).load()
    with pytest.raises(FieldCryptoError):
        ring_from_text('{"format": "reception-day-field-keys", "current": 1, "keys": {}}', "x")
    ring = KeyRing.first()
    assert ring_from_text(ring_to_text(ring), "x") == ring


def test_the_environment_names_the_key_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RECEPTION_DAY_KEY_FILE", str(tmp_path / "server.json"))
    store = default_store()
    assert isinstance(store, KeyFile)
    assert store.path == tmp_path / "server.json"
    monkeypatch.delenv("RECEPTION_DAY_KEY_FILE")
    monkeypatch.setenv("RECEPTION_DAY_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("RECEPTION_DAY_KEY_STORE", "keyring")  # not installed: the file
    store = default_store()
    assert isinstance(store, KeyFile)
    assert store.path == tmp_path / "data" / "field-keys.json"


def test_a_version_recorded_as_lost_is_unreadable_not_missing(tmp_path: Path) -> None:
    old = KeyRing.first()
    sealed = FieldCipher(old).seal("petitioner.phone", "13800000000")
    after = KeyRing(2, {2: new_key()}, {1: old.fingerprint(1)})
    with pytest.raises(KeyLost, match="that key was lost"):
        FieldCipher(after).open("petitioner.phone", sealed)
    with pytest.raises(KeyVersionMissing):  # not recorded as lost: import the key
        FieldCipher(KeyRing(2, {2: new_key()})).open("petitioner.phone", sealed)
    assert after.rotated().current == 3
    assert after.rotated().lost == after.lost
    with pytest.raises(FieldCryptoError, match="lost key version 2 is malformed"):
        KeyRing(2, {2: new_key()}, {2: "0" * 16})
    store = KeyFile(tmp_path / "k.json")
    store.save(after)
    assert store.load() == after  # the file keeps the lost versions by fingerprint
    assert '"lost"' in (tmp_path / "k.json").read_text()
    store.save(old)
    assert '"lost"' not in (tmp_path / "k.json").read_text()  # older files stay as they were
