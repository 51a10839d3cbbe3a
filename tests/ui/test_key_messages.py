"""A workstation without the database's key, or a value that fails its check, is worded
for the user (never the raw exception, never garbage)."""

from __future__ import annotations

from app.security.field_crypto import FieldTampered, KeyVersionMissing
from app.security.keys import KeyMismatch, KeyMissing
from app.ui.messages import describe_error


def test_key_errors_are_worded() -> None:
    for error in (KeyMissing("/x/field-keys.json"), KeyMismatch("x"), KeyVersionMissing(2, [1])):
        assert "reception-day key import" in describe_error(error)
    assert "未通过校验" in describe_error(FieldTampered("petitioner.phone", 1))
