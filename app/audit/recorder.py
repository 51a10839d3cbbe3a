"""Session listeners that turn each write transaction's changes into audit entries.

Installed on the write sessions of :class:`app.db.Database`. ``after_flush`` reads the
old and new values of every inserted, updated and deleted ORM object from its attribute
history; ``do_orm_execute`` covers Core ``insert``/``update``/``delete`` statements run
through the session (link tables, rules); ``before_commit`` flushes, resolves the event
each change belongs to and appends the entries to the chain — in the same transaction,
so a rolled-back change leaves no entry. Who and what come from :func:`begin`, called
by ``Database.write()`` with the service call's name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Table, event, inspect, select, tuple_
from sqlalchemy.orm import Mapper, ORMExecuteState, Session, sessionmaker

from app.audit.chain import EntryDraft, append
from app.audit.events import Rows, event_of
from app.audit.identity import SYSTEM, AuditIdentity
from app.audit.values import HIDDEN, NOT_AUDITED, changes_json
from app.models import Base

INFO_KEY = "rd_audit"


@dataclass
class _Change:
    table: str
    key: tuple[Any, ...]
    pairs: dict[str, tuple[Any, Any]]
    kind: str
    event_id: int | None = None
    reread: bool = False  # Core update: the new values are read back at commit
    action: str | None = None  # a noted entry's own action, instead of call:kind
    row: dict[str, Any] = field(default_factory=dict)  # all values, to find the event


@dataclass
class _Pending:
    identity: AuditIdentity
    action: str
    changes: list[_Change] = field(default_factory=list)


def begin(session: Session, identity: AuditIdentity, action: str) -> None:
    """Start recording a write transaction for ``identity``; ``action`` names the call."""
    session.info[INFO_KEY] = _Pending(identity, action)


def _pending(session: Session) -> _Pending:
    found = session.info.get(INFO_KEY)
    if found is None:
        found = session.info[INFO_KEY] = _Pending(SYSTEM, "write")
    assert isinstance(found, _Pending)
    return found


def note(
    session: Session,
    action: str,
    entity: str,
    entity_id: object,
    details: dict[str, Any],
    event_id: int | None = None,
) -> None:
    """Record something that changes no row but must be in the log (e.g. a reveal).

    ``details`` values are written as given: mask personal data before passing it.
    """
    pairs = {k: (None, v) for k, v in details.items()}
    change = _Change(entity, (entity_id,), pairs, "note", event_id, action=action)
    _pending(session).changes.append(change)


def _entity_id(key: tuple[Any, ...]) -> str:
    return ":".join("" if part is None else str(part) for part in key)


def _object_change(obj: object, kind: str) -> _Change | None:
    state = inspect(obj)
    mapper = state.mapper
    table = mapper.local_table
    if not isinstance(table, Table) or table.name in NOT_AUDITED:
        return None
    row = _row_of(obj)
    pairs: dict[str, tuple[Any, Any]] = {}
    if kind == "new":
        pairs = {column: (None, value) for column, value in row.items()}
    elif kind == "deleted":
        pairs = {column: (value, None) for column, value in row.items()}
    else:
        columns = _columns(mapper)
        for key in state.committed_state:  # only attributes set since the last flush
            if key not in columns:
                continue
            history = state.attrs[key].history
            if history.has_changes():
                old = history.deleted[0] if history.deleted else None
                new = history.added[0] if history.added else None
                pairs[columns[key]] = (old, new)
    _unseal(obj, kind, pairs)
    if not pairs:
        return None
    key = tuple(mapper.primary_key_from_instance(obj))
    return _Change(table.name, key, pairs, kind, row=row)


def _unseal(obj: object, kind: str, pairs: dict[str, tuple[Any, Any]]) -> None:
    """Fields sealed at rest (``__sealed__``, :mod:`app.models.sealed`) are logged by
    their plain name, so the masking rules apply, instead of as cipher text and lookup
    hashes. An update's old value is not opened: it shows as hidden."""
    for sealed in getattr(type(obj), "__sealed__", ()):
        cipher = getattr(sealed, "cipher_column", None)
        if cipher not in pairs:
            continue
        pairs.pop(cipher)
        pairs.pop(getattr(sealed, "hash_column", None) or "", None)
        plain = getattr(obj, sealed.name)
        if kind == "new":
            pairs[sealed.name] = (None, plain)
        elif kind == "deleted":
            pairs[sealed.name] = (plain, None)
        else:
            pairs[sealed.name] = (HIDDEN, plain)


def _row_of(obj: object) -> dict[str, Any]:
    """Column name → value as loaded in the session (nothing is loaded for it)."""
    state = inspect(obj)
    values = state.dict
    return {column: values.get(key) for key, column in _columns(state.mapper).items()}


_COLUMNS: dict[Mapper[Any], dict[str, str]] = {}


def _columns(mapper: Mapper[Any]) -> dict[str, str]:
    """Attribute key → column name of a mapped class (computed once)."""
    found = _COLUMNS.get(mapper)
    if found is None:
        found = _COLUMNS[mapper] = {p.key: p.columns[0].name for p in mapper.column_attrs}
    return found


def _after_flush(session: Session, _context: object) -> None:
    pending = _pending(session)
    groups = (("new", session.new), ("dirty", session.dirty), ("deleted", session.deleted))
    for kind, objects in groups:
        for obj in objects:
            change = _object_change(obj, kind)
            if change is not None:
                pending.changes.append(change)


def _key_of(table: Table, row: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(row.get(c.name) for c in table.primary_key.columns)


def _on_execute(state: ORMExecuteState) -> None:
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    statement: Any = state.statement
    table = statement.table
    name = getattr(table, "name", "")
    if name in NOT_AUDITED or name not in Base.metadata.tables:
        return
    table = Base.metadata.tables[name]
    pending = _pending(state.session)
    if state.is_insert:
        params: Any = state.parameters
        rows = params if isinstance(params, list) else [params or statement.compile().params]
        for given in rows:
            row = {str(k): v for k, v in given.items()}
            pairs = {k: (None, v) for k, v in row.items()}
            pending.changes.append(_Change(name, _key_of(table, row), pairs, "new", row=row))
        return
    query = select(table)
    if statement.whereclause is not None:
        query = query.where(statement.whereclause)
    for found in state.session.execute(query).mappings():
        row = dict(found)
        kind = "deleted" if state.is_delete else "dirty"
        pairs = {k: (v, None) for k, v in row.items()}
        change = _Change(name, _key_of(table, row), pairs, kind, reread=state.is_update)
        pending.changes.append(change)


def _reread(session: Session, change: _Change) -> None:
    table = Base.metadata.tables[change.table]
    keys = list(table.primary_key.columns)
    query = select(table).where(tuple_(*keys) == tuple_(*change.key))
    found = session.execute(query).mappings().first()
    new = dict(found) if found is not None else {}
    change.pairs = {k: (old, new.get(k)) for k, (old, _) in change.pairs.items()}


def _event_of(session: Session, change: _Change, known: Rows) -> int | None:
    if change.event_id is not None:
        return change.event_id
    values = {k: (new if new is not None else old) for k, (old, new) in change.pairs.items()}
    return event_of(session, change.table, {**change.row, **values}, known)


ACTION_OF_KIND = {"new": "create", "dirty": "update", "deleted": "delete"}


def _merged(changes: list[_Change]) -> list[_Change]:
    """One entry per record and transaction: a create or update followed by updates
    becomes one change from the first old values to the last new ones."""
    out: list[_Change] = []
    last: dict[tuple[str, tuple[Any, ...]], _Change] = {}
    for change in changes:
        ident = (change.table, change.key)
        before = last.get(ident)
        if before is not None and change.kind == "dirty" and before.kind in ("new", "dirty"):
            if before.reread or change.reread:
                before.reread = True
            for column, (old, new) in change.pairs.items():
                first = before.pairs[column][0] if column in before.pairs else old
                before.pairs[column] = (first, new)
            before.row.update(change.row)
            continue
        if change.kind != "note":
            last[ident] = change
        out.append(change)
    return out


def _before_commit(session: Session) -> None:
    session.flush()
    pending = session.info.pop(INFO_KEY, None)
    if not isinstance(pending, _Pending) or not pending.changes:
        return
    who, at = pending.identity, datetime.now(UTC).replace(tzinfo=None)
    merged = _merged(pending.changes)
    # rows written in this transaction answer most "which event" questions without SQL
    known: Rows = {(c.table, c.key[0]): c.row for c in merged if c.row and len(c.key) == 1}
    drafts = []
    for change in merged:
        if change.reread:
            _reread(session, change)
        changes = changes_json(change.table, change.pairs)
        if change.kind == "dirty" and changes == "{}":
            continue  # only the version column moved
        action = change.action or f"{pending.action}:{ACTION_OF_KIND[change.kind]}"
        drafts.append(
            EntryDraft(
                at=at,
                actor=who.actor,
                user_id=who.user_id,
                role=who.role,
                station=who.station,
                action=action[:64],
                entity=change.table,
                entity_id=_entity_id(change.key),
                event_id=_event_of(session, change, known),
                changes=changes,
            )
        )
    append(session.connection(), drafts)


def _forget(session: Session, _previous: object = None) -> None:
    session.info.pop(INFO_KEY, None)


def install(sessions: sessionmaker[Session]) -> None:
    """Record the changes of every session ``sessions`` makes."""
    event.listen(sessions, "after_flush", _after_flush)
    event.listen(sessions, "do_orm_execute", _on_execute)
    event.listen(sessions, "before_commit", _before_commit)
    event.listen(sessions, "after_rollback", _forget)


def uninstall(sessions: sessionmaker[Session]) -> None:
    """Stop recording (only for measuring what the audit costs: ``bench/``)."""
    event.remove(sessions, "after_flush", _after_flush)
    event.remove(sessions, "do_orm_execute", _on_execute)
    event.remove(sessions, "before_commit", _before_commit)
    event.remove(sessions, "after_rollback", _forget)
