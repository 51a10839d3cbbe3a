"""What an audit entry may say about a record: masked personal data, no secrets.

Personal data (names, ID numbers, phones, addresses, birth dates) is masked with the
rules of :mod:`app.domain.masking`; secrets (password hashes, key material, ciphertext)
are never written, only that they changed. Derived search columns are left out.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from functools import cache
from typing import Any

from app.domain.masking import mask_address, mask_id_number, mask_name, mask_phone

HIDDEN = "[hidden]"

#: Tables whose rows are not records of their own: counters (numbers are audited on
#: the visit or case that took them), derived search keys, and the log itself.
NOT_AUDITED = frozenset({"audit_log", "counter", "petitioner_search_key", "alembic_version"})

#: Columns left out: derived from masked data, or bookkeeping that every update bumps.
LEFT_OUT = frozenset(
    {
        ("petitioner", "id_tail_rev"),
        ("petitioner", "phone_tail_rev"),
    }
)
VERSION_COLUMN = "version"


def _mask_birth(value: Any) -> str:
    text = _plain(value)
    return f"{text[:4]}-**-**" if isinstance(text, str) and len(text) >= 4 else "****"


MASKED: dict[tuple[str, str], Callable[[str], str]] = {
    ("petitioner", "name"): mask_name,
    ("petitioner", "document_number"): mask_id_number,
    ("petitioner", "phone"): mask_phone,
    ("petitioner", "address"): mask_address,
    ("petitioner", "birth_date"): _mask_birth,
}

_SECRET_WORDS = ("password", "secret", "cipher", "hmac", "token", "_enc", "salt", "_hash")


@cache
def is_secret(column: str) -> bool:
    """Whether a column holds a secret whose value must never reach the log."""
    name = column.lower()
    return any(word in name for word in _SECRET_WORDS)


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Enum):
        return _plain(value.value)
    if isinstance(value, bytes | bytearray | memoryview):
        return f"[{len(bytes(value))} bytes]"
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_plain(v) for v in value]
    return str(value)


def shown(table: str, column: str, value: Any) -> Any:
    """The value as the log may show it: masked, hidden or plain JSON."""
    if value is None or value == HIDDEN:
        return value
    if is_secret(column):
        return HIDDEN
    mask = MASKED.get((table, column))
    if mask is not None:
        text = value if isinstance(value, str) else str(_plain(value))
        return mask(text) if text else text
    return _plain(value)


def recorded(table: str, column: str) -> bool:
    """Whether a column's changes are written to the log at all."""
    return (table, column) not in LEFT_OUT and column != VERSION_COLUMN


def changes_json(table: str, pairs: Mapping[str, tuple[Any, Any]]) -> str:
    """``{column: [old, new]}`` as canonical JSON, masked; unchanged pairs dropped."""
    out: dict[str, list[Any]] = {}
    for column, (old, new) in pairs.items():
        if not recorded(table, column):
            continue
        if old == new:
            continue
        out[column] = [shown(table, column, old), shown(table, column, new)]
    return canonical_json(out)


def canonical_json(value: Any) -> str:
    """Sorted keys, no spaces, UTF-8 characters kept: the same text on every machine."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
