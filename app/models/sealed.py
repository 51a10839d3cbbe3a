"""Sealed columns: personal fields stored encrypted, read and written as plain text.

A model declares a :class:`SealedText` (or :class:`SealedOptionalText`) attribute next
to its ``<field>_cipher`` column (and, for fields looked up exactly, a ``<field>_hash``
column). Code reads and assigns the attribute as plain text; the session hooks
installed by :func:`install` seal pending values before each flush with the database
handle's current key, and opening happens on first read. The key source travels in the
session's ``info`` (``Database`` puts it there), so nothing here is global. Lookups go
through :func:`lookup_hashes`, which hashes the query under every key still in use.

A value sealed with a key recorded as lost (``key replace-lost``) reads as
:data:`~app.domain.masking.UNREADABLE`, so every screen, export and paper goes on
working; assigning that marker back changes nothing, assigning a real value re-seals
the field with the current key. A row's ``key_version`` is the oldest key its values
need: a row whose ID number is still under a lost key keeps that version after its
phone is re-entered.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import chain
from typing import Any, Protocol, overload

from sqlalchemy import Connection, event, inspect
from sqlalchemy.orm import Session, object_session, sessionmaker

from app.domain.masking import UNREADABLE
from app.security.field_crypto import FieldCipher, KeyLost

INFO_KEY = "rd_field_keys"
_PENDING = "_rd_sealed_pending"
_OPENED = "_rd_sealed_opened"
_KEYS = "_rd_sealed_keys"
_BOUND = "rd_field_keys_bound"


class KeySource(Protocol):
    """What the hooks need from :class:`app.security.keys.FieldKeys`."""

    def cipher(self) -> FieldCipher | None: ...

    def reader(self) -> FieldCipher: ...

    def writer(self, connection: Connection, audit: Session | None = None) -> FieldCipher: ...


class _Sealed:
    """A plain-text view of ``<name>_cipher``; ``purpose`` is the associated data."""

    cipher_column: str
    hash_column: str | None
    purpose: str

    def __init__(self, column: str, *, hashed: bool = False) -> None:
        self.column, self.hashed = column, hashed

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name
        self.purpose = f"{owner.__dict__.get('__tablename__', owner.__name__)}.{name}"
        self.cipher_column = f"{self.column}_cipher"
        self.hash_column = f"{self.column}_hash" if self.hashed else None
        fields = [*getattr(owner, "__sealed__", ()), self]
        owner.__sealed__ = tuple(fields)  # type: ignore[attr-defined]

    def _plain(self, obj: Any) -> str | None:
        pending: dict[str, str | None] = obj.__dict__.get(_PENDING, {})
        if self.name in pending:
            return pending[self.name]
        blob = getattr(obj, self.cipher_column)
        if blob is None:
            return None
        opened: dict[str, tuple[bytes, str]] = obj.__dict__.setdefault(_OPENED, {})
        cached = opened.get(self.name)
        if cached is not None and cached[0] is blob:
            return cached[1]
        try:
            text = _keys_of(obj).reader().open(self.purpose, blob)
        except KeyLost:
            text = UNREADABLE
        opened[self.name] = (blob, text)
        return text

    def __set__(self, obj: Any, value: str | None) -> None:
        if value == UNREADABLE:
            return  # the marker read back from a value under a lost key: unchanged
        obj.__dict__.setdefault(_PENDING, {})[self.name] = value or None
        if inspect(obj).persistent:
            obj.key_version = -1  # puts the row in session.dirty; the flush hook seals it


class SealedOptionalText(_Sealed):
    """A sealed field that may be absent (None)."""

    @overload
    def __get__(self, obj: None, owner: type) -> SealedOptionalText: ...
    @overload
    def __get__(self, obj: object, owner: type) -> str | None: ...
    def __get__(self, obj: object | None, owner: type) -> SealedOptionalText | str | None:
        return self if obj is None else self._plain(obj)


class SealedText(_Sealed):
    """A sealed field read as ``""`` when empty."""

    @overload
    def __get__(self, obj: None, owner: type) -> SealedText: ...
    @overload
    def __get__(self, obj: object, owner: type) -> str: ...
    def __get__(self, obj: object | None, owner: type) -> SealedText | str:
        return self if obj is None else (self._plain(obj) or "")


def _keys_of(obj: Any) -> KeySource:
    keys = obj.__dict__.get(_KEYS)
    if keys is None:
        session = object_session(obj)
        keys = session.info.get(INFO_KEY) if session is not None else None
        if keys is None:
            raise RuntimeError("a sealed field was read outside a Database session")
        obj.__dict__[_KEYS] = keys
    assert keys is not None
    return keys  # type: ignore[no-any-return]


def seal_row(obj: Any, cipher: FieldCipher) -> None:
    """Seal the pending plain values of ``obj`` into its columns (cipher, hash)."""
    pending: dict[str, str | None] = obj.__dict__.pop(_PENDING, {})
    opened: dict[str, tuple[bytes, str]] = obj.__dict__.setdefault(_OPENED, {})
    versions = {cipher.version}
    for field in type(obj).__sealed__:
        if field.name not in pending:
            kept = getattr(obj, field.cipher_column)
            if kept is not None:  # sealed before with this or an older (maybe lost) key
                versions.add(FieldCipher.version_of(kept))
            continue
        text = pending[field.name]
        blob = cipher.seal(field.purpose, text) if text else None
        setattr(obj, field.cipher_column, blob)
        if blob is not None and text:
            opened[field.name] = (blob, text)
        if field.hash_column:
            digest = cipher.lookup_hash(field.purpose, text) if text else None
            setattr(obj, field.hash_column, digest)
    obj.key_version = min(versions)  # the oldest key the row's values still need


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    rows = [o for o in chain(session.new, session.dirty) if _PENDING in o.__dict__]
    if not rows:
        return
    keys: KeySource = session.info[INFO_KEY]
    bound = session.info.get(_BOUND)
    cipher = None if bound else keys.writer(session.connection(), audit=session)
    session.info[_BOUND] = True
    if cipher is None:
        cipher = keys.reader()
    for obj in rows:
        seal_row(obj, cipher)
        obj.__dict__[_KEYS] = keys


def _after_end(session: Session, _transaction: Any) -> None:
    session.info.pop(_BOUND, None)  # the next transaction checks the keys again


def _on_load(obj: Any, context: Any) -> None:
    keys = context.session.info.get(INFO_KEY) if context.session is not None else None
    if keys is not None:
        obj.__dict__[_KEYS] = keys  # still readable once the session has closed


def watch_loads(model: type) -> None:
    """Let loaded rows of ``model`` open their sealed fields after their session ends."""
    event.listen(model, "load", _on_load)


def install(factory: sessionmaker[Session], keys: KeySource) -> None:
    """Give ``factory``'s sessions the key source and the sealing hook."""
    factory.configure(info={**(factory.kw.get("info") or {}), INFO_KEY: keys})
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_transaction_end", _after_end)


def lost_versions(session: Session) -> frozenset[int]:
    """The key versions recorded as lost in this workstation's ring (none without a key)."""
    cipher = session.info[INFO_KEY].cipher()
    return frozenset(cipher.ring.lost) if cipher is not None else frozenset()


def lookup_hashes(session: Session, purpose: str, values: Iterable[str]) -> dict[bytes, str]:
    """The lookup hash of each value under every key the database may hold, mapped back
    to the value; empty while no key exists (nothing is sealed yet)."""
    cipher = session.info[INFO_KEY].cipher()
    if cipher is None:
        return {}
    return {h: v for v in values if v for h in cipher.lookup_hashes(purpose, v)}
