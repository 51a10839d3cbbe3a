"""What the audit log may say about a value: masked, hidden, plain JSON."""

from __future__ import annotations

import json
from datetime import date, datetime
from types import SimpleNamespace
from typing import Any

from app.audit.recorder import _unseal
from app.audit.values import HIDDEN, changes_json, is_secret


def test_personal_fields_are_masked_and_secrets_hidden() -> None:
    pairs: dict[str, tuple[Any, Any]] = {
        "name": ("张三丰", "张三"),
        "birth_date": (None, date(1980, 5, 17)),
        "id_tail_rev": (None, "21001050"),
        "created_at": (None, datetime(2026, 11, 23, 8, 30)),
        "version": (1, 2),
        "is_disabled": (False, False),
    }
    assert json.loads(changes_json("petitioner", pairs)) == {
        "name": ["张*丰", "张*"],
        "birth_date": [None, "1980-**-**"],
        "created_at": [None, "2026-11-23T08:30:00"],
    }
    users = json.loads(changes_json("app_user", {"password_hash": ("$argon2id$a", "$argon2id$b")}))
    assert users == {"password_hash": [HIDDEN, HIDDEN]}
    for column in ("id_cipher", "phone_hash", "password_hash", "api_token", "salt"):
        assert is_secret(column)
    assert not is_secret("phone")


class _Person:
    __sealed__ = (
        SimpleNamespace(name="phone", cipher_column="phone_cipher", hash_column="phone_hash"),
        SimpleNamespace(name="address", cipher_column="address_cipher", hash_column=None),
    )

    def __init__(self) -> None:
        self.phone = "13800000007"
        self.address = "浙江省金华市浦江县浦阳街道和平路12号"


def test_sealed_fields_are_logged_by_their_plain_names_and_masked() -> None:
    pairs: dict[str, tuple[Any, Any]] = {
        "phone_cipher": (None, b"\x01" * 40),
        "phone_hash": (None, b"\x02" * 32),
        "address_cipher": (None, b"\x03" * 60),
        "key_version": (None, 1),
    }
    _unseal(_Person(), "new", pairs)
    assert json.loads(changes_json("petitioner", pairs)) == {
        "phone": [None, "138****0007"],
        "address": [None, "浙江省金华市浦江县浦阳街道****"],
        "key_version": [None, 1],
    }
    pairs = {"phone_cipher": (b"\x01", b"\x04"), "phone_hash": (b"\x02", b"\x05")}
    _unseal(_Person(), "dirty", pairs)  # the old value is not opened
    assert json.loads(changes_json("petitioner", pairs)) == {"phone": [HIDDEN, "138****0007"]}
