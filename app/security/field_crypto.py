"""Sealing one personal field: AES-256-GCM with a keyed lookup hash beside it.

A sealed value is ``version byte | 96-bit random nonce | ciphertext and tag``. The
version byte names the key it was sealed with, so a rotation can leave old and new
values side by side; the associated data is the field's purpose (``petitioner.phone``)
and the version, so a value moved to another column, or relabelled with another
version, fails authentication. Exact lookups use HMAC-SHA256 under a second key derived
from the same master key: equal plain values have equal hashes, and the hash says
nothing without the key.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.domain.errors import ReceptionDayError

KEY_BYTES = 32
NONCE_BYTES = 12
TAG_BYTES = 16
LOOKUP_BYTES = 16
MAX_VERSION = 255
_ENCRYPTION_INFO = b"reception-day/field-encryption/v1"
_LOOKUP_INFO = b"reception-day/lookup-hash/v1"
_FINGERPRINT_INFO = b"reception-day/key-fingerprint/v1"


class FieldCryptoError(ReceptionDayError):
    """Personal data could not be sealed or opened."""


class FieldTampered(FieldCryptoError):
    """A sealed value failed authentication: it was altered, or the key is not the one
    it was sealed with. Never returned as garbage."""

    def __init__(self, purpose: str, version: int) -> None:
        super().__init__(
            f"sealed {purpose} (key version {version}) failed authentication: "
            "the value was altered or this workstation's key is not the database's key"
        )
        self.purpose = purpose
        self.version = version


class KeyVersionMissing(FieldCryptoError):
    """A value was sealed with a key version this workstation does not hold."""

    def __init__(self, version: int, known: Iterable[int]) -> None:
        have = ", ".join(str(v) for v in sorted(known)) or "none"
        super().__init__(
            f"personal data sealed with key version {version}, this workstation holds {have}: "
            "import the database's key (reception-day key import FILE)"
        )
        self.version = version


class KeyLost(FieldCryptoError):
    """A value was sealed with a key version recorded as lost (``key replace-lost``):
    nobody can open it; the stations show it as unreadable and the desk re-enters it."""

    def __init__(self, purpose: str, version: int) -> None:
        super().__init__(
            f"sealed {purpose} (key version {version}) cannot be opened: that key was lost"
        )
        self.purpose = purpose
        self.version = version


def _derive(master: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=info).derive(master)


@lru_cache(maxsize=64)
def _fingerprint(key: bytes) -> str:
    return hmac.new(_derive(key, _FINGERPRINT_INFO), b"fp", hashlib.sha256).hexdigest()[:16]


def new_key() -> bytes:
    """A fresh random 256-bit master key."""
    return os.urandom(KEY_BYTES)


@dataclass(frozen=True)
class KeyRing:
    """Master keys by version; ``current`` seals new values, the others only open.

    ``lost``: versions whose every copy was lost, by fingerprint (``key replace-lost``
    records them), so that a value sealed with one reads as unreadable instead of
    asking for a key import that cannot happen.
    """

    current: int
    keys: Mapping[int, bytes] = field(default_factory=dict)
    lost: Mapping[int, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.current not in self.keys:
            raise FieldCryptoError(f"key ring has no current key version {self.current}")
        for version, key in self.keys.items():
            if not 1 <= version <= MAX_VERSION or len(key) != KEY_BYTES:
                raise FieldCryptoError(f"key version {version} is malformed")
        for version in self.lost:
            if not 1 <= version <= MAX_VERSION or version in self.keys:
                raise FieldCryptoError(f"lost key version {version} is malformed")

    @staticmethod
    def first() -> KeyRing:
        """A ring with one new key, version 1."""
        return KeyRing(1, {1: new_key()})

    def rotated(self) -> KeyRing:
        """This ring plus a new current key (the old ones stay to open old values)."""
        version = max((*self.keys, *self.lost)) + 1
        if version > MAX_VERSION:
            raise FieldCryptoError("no key versions left (255 rotations)")
        return KeyRing(version, {**self.keys, version: new_key()}, self.lost)

    def fingerprint(self, version: int | None = None) -> str:
        """A short public name of one key (16 hex digits); reveals nothing of the key."""
        return _fingerprint(self.keys[self.current if version is None else version])


class FieldCipher:
    """Seals, opens and hashes field values with one key ring."""

    def __init__(self, ring: KeyRing) -> None:
        self.ring = ring
        self._aead = {v: AESGCM(_derive(k, _ENCRYPTION_INFO)) for v, k in ring.keys.items()}
        self._mac = {v: _derive(k, _LOOKUP_INFO) for v, k in ring.keys.items()}

    @property
    def version(self) -> int:
        """The key version new values are sealed with."""
        return self.ring.current

    @cached_property
    def _versions_newest_first(self) -> tuple[int, ...]:
        others = sorted((v for v in self._mac if v != self.ring.current), reverse=True)
        return (self.ring.current, *others)

    def seal(self, purpose: str, text: str) -> bytes:
        """The sealed form of ``text`` under the current key."""
        version = self.ring.current
        nonce = os.urandom(NONCE_BYTES)
        aad = purpose.encode() + bytes((version,))
        return bytes((version,)) + nonce + self._aead[version].encrypt(nonce, text.encode(), aad)

    def open(self, purpose: str, sealed: bytes) -> str:
        """The plain text of a sealed value; raises rather than return anything wrong."""
        blob = bytes(sealed)
        if len(blob) < 1 + NONCE_BYTES + TAG_BYTES:
            raise FieldTampered(purpose, blob[0] if blob else 0)
        version = blob[0]
        aead = self._aead.get(version)
        if aead is None:
            if version in self.ring.lost:
                raise KeyLost(purpose, version)
            raise KeyVersionMissing(version, self._aead)
        aad = purpose.encode() + bytes((version,))
        try:
            plain = aead.decrypt(blob[1 : 1 + NONCE_BYTES], blob[1 + NONCE_BYTES :], aad)
        except InvalidTag:
            raise FieldTampered(purpose, version) from None
        return plain.decode()

    @staticmethod
    def version_of(sealed: bytes) -> int:
        """The key version a sealed value records."""
        return bytes(sealed[:1])[0]

    def lookup_hash(self, purpose: str, text: str, version: int | None = None) -> bytes:
        """HMAC-SHA256 of ``text`` under the (current) lookup key, its first 16 bytes:
        128 bits keep equal values apart beyond any register's size, at half the index."""
        key = self._mac[self.ring.current if version is None else version]
        message = purpose.encode() + b"\0" + text.encode()
        return hmac.digest(key, message, "sha256")[:LOOKUP_BYTES]

    def lookup_hashes(self, purpose: str, text: str) -> tuple[bytes, ...]:
        """The hash under every key held, current first: during a rotation a row may
        still carry the hash of an older key."""
        return tuple(self.lookup_hash(purpose, text, v) for v in self._versions_newest_first)
