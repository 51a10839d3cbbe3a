"""Where the field keys live: a key file (default) or the OS keyring, never the database.

The key file is ``field-keys.json`` in the user data folder, created on first use with
owner-only permissions (0600; on Windows the folder is in the user's profile, which
only that user and administrators may read). ``RECEPTION_DAY_KEY_FILE`` (or the
command line's ``--key-file``) names another file, for servers and tests;
``RECEPTION_DAY_KEY_STORE=keyring`` keeps the keys in the OS keyring instead when the
``keyring`` package is installed. Losing every copy of the key makes the sealed fields
(ID numbers, phones, addresses) unrecoverable.
"""

from __future__ import annotations

import base64
import json
import os
import sys
import uuid
from pathlib import Path
from typing import Any, Protocol

from app.paths import user_data_dir
from app.security.field_crypto import FieldCryptoError, KeyRing

KEY_FILE_ENV = "RECEPTION_DAY_KEY_FILE"
KEY_STORE_ENV = "RECEPTION_DAY_KEY_STORE"
KEY_FILE_NAME = "field-keys.json"
KEYRING_SERVICE = "ReceptionDay"
KEYRING_ENTRY = "field-keys"
_FORMAT = "reception-day-field-keys"
_OWNER_ONLY = 0o600


class KeyStore(Protocol):
    """A place that holds one key ring."""

    def describe(self) -> str:
        """Where the keys are, for messages."""

    def load(self) -> KeyRing | None:
        """The stored ring, or None when there is none yet."""

    def save(self, ring: KeyRing) -> None:
        """Replace the stored ring."""

    def create(self, ring: KeyRing) -> KeyRing:
        """Store ``ring`` unless a ring exists already; the ring now stored."""


def ring_to_text(ring: KeyRing) -> str:
    """The ring as the JSON text of a key file (the key material in base64)."""
    keys = {str(v): base64.b64encode(k).decode() for v, k in sorted(ring.keys.items())}
    body: dict[str, object] = {"format": _FORMAT, "current": ring.current, "keys": keys}
    if ring.lost:  # versions nobody holds any more (key replace-lost), by fingerprint
        body["lost"] = {str(v): fp for v, fp in sorted(ring.lost.items())}
    return json.dumps(body, indent=2) + "\n"


def ring_from_text(text: str, where: str) -> KeyRing:
    """Parse a key file's text; a clear error names ``where`` when it is not one."""
    try:
        body: Any = json.loads(text)
        if body.get("format") != _FORMAT:
            raise ValueError("not a key file")
        keys = {int(v): base64.b64decode(k, validate=True) for v, k in body["keys"].items()}
        lost = {int(v): str(fp) for v, fp in body.get("lost", {}).items()}
        return KeyRing(int(body["current"]), keys, lost)
    except (ValueError, KeyError, TypeError, AttributeError, FieldCryptoError) as error:
        raise FieldCryptoError(f"{where} is not a valid key file: {error}") from None


class KeyFile:
    """A key ring in a JSON file readable by its owner only."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def describe(self) -> str:
        return str(self.path)

    def load(self) -> KeyRing | None:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        if sys.platform != "win32" and self.path.stat().st_mode & 0o077:
            os.chmod(self.path, _OWNER_ONLY)  # someone loosened it: owner-only again
        return ring_from_text(text, str(self.path))

    def _write_temp(self, ring: KeyRing) -> Path:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temp = self.path.with_name(f".{self.path.name}.{uuid.uuid4().hex[:8]}.tmp")
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, _OWNER_ONLY)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(ring_to_text(ring))
            out.flush()
            os.fsync(out.fileno())
        return temp

    def save(self, ring: KeyRing) -> None:
        temp = self._write_temp(ring)
        os.replace(temp, self.path)

    def create(self, ring: KeyRing) -> KeyRing:
        temp = self._write_temp(ring)
        try:
            os.link(temp, self.path)  # fails if another process made the file first
        except FileExistsError:
            pass
        finally:
            temp.unlink()
        stored = self.load()
        assert stored is not None
        return stored


class KeyringStore:  # pragma: no cover - needs an OS keyring backend
    """The key ring as one secret in the OS keyring (``keyring`` package)."""

    def __init__(self) -> None:
        import importlib

        self._keyring: Any = importlib.import_module("keyring")  # optional dependency

    def describe(self) -> str:
        return f"OS keyring {KEYRING_SERVICE}/{KEYRING_ENTRY}"

    def load(self) -> KeyRing | None:
        text = self._keyring.get_password(KEYRING_SERVICE, KEYRING_ENTRY)
        return None if text is None else ring_from_text(text, self.describe())

    def save(self, ring: KeyRing) -> None:
        self._keyring.set_password(KEYRING_SERVICE, KEYRING_ENTRY, ring_to_text(ring))

    def create(self, ring: KeyRing) -> KeyRing:
        existing = self.load()
        if existing is not None:
            return existing
        self.save(ring)
        return ring


def default_key_path() -> Path:
    """The key file in the user data folder."""
    return user_data_dir() / KEY_FILE_NAME


def default_store() -> KeyStore:
    """The key file named by the environment, else the OS keyring when asked for and
    available, else the key file in the user data folder."""
    named = os.environ.get(KEY_FILE_ENV, "").strip()
    if named:
        return KeyFile(Path(named))
    if os.environ.get(KEY_STORE_ENV, "").strip().lower() == "keyring":
        try:
            return KeyringStore()
        except ImportError:
            pass  # no keyring package: the key file works everywhere
    return KeyFile(default_key_path())
