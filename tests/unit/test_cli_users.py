"""reception-day init --admin-user and reception-day user add|list|set-password|disable."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from app import cli
from app.bootstrap import build_services, open_database
from app.services.user_data import LoginFailed


def run(monkeypatch: pytest.MonkeyPatch, args: list[str], password: str = "") -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    return cli.main(args)


def test_init_creates_the_first_admin_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'rd.db'}"
    assert cli.main(["init", "--db", url]) == 0
    assert "no users yet" in capsys.readouterr().out
    args = ["init", "--db", url, "--admin-user", "Boss", "--admin-name", "局长"]
    assert run(monkeypatch, [*args, "--password-stdin"], "boss-pass-1") == 0
    assert "created admin: boss" in capsys.readouterr().out
    assert run(monkeypatch, [*args, "--password-stdin"], "other-pass") == 0
    assert "users exist already" in capsys.readouterr().out
    db, _ = open_database(url)
    try:
        users = build_services(db).users
        assert users.authenticate("boss", "boss-pass-1").value.display_name == "局长"
    finally:
        db.dispose()


def test_user_add_list_set_password_disable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'rd.db'}"
    add = ["user", "add", "desk1", "--role", "registrar", "--name", "王丽", "--password-stdin"]
    assert run(monkeypatch, [*add, "--db", url], "desk-pass-1") == 0
    assert "added: desk1" in capsys.readouterr().out
    assert run(monkeypatch, [*add, "--db", url], "desk-pass-1") == cli.EXIT_USER_ERROR
    assert "duplicate" in capsys.readouterr().err
    short = ["user", "add", "clerk9", "--role", "clerk", "--password-stdin", "--db", url]
    assert run(monkeypatch, short, "短") == cli.EXIT_USER_ERROR
    assert "too_short" in capsys.readouterr().err
    assert cli.main(["user", "--db", url, "list"]) == 0
    listed = capsys.readouterr().out
    assert "desk1" in listed
    assert "王丽" in listed
    assert "registrar" in listed
    reset = ["user", "set-password", "desk1", "--password-stdin", "--db", url]
    assert run(monkeypatch, reset, "new-pass-22") == 0
    assert cli.main(["user", "disable", "desk1", "--db", url]) == 0
    assert "disabled" in capsys.readouterr().out
    db, _ = open_database(url)
    try:
        users = build_services(db).users
        with pytest.raises(LoginFailed) as refused:
            users.authenticate("desk1", "new-pass-22")
        assert refused.value.reason == "disabled"
    finally:
        db.dispose()
    assert cli.main(["user", "enable", "desk1", "--db", url]) == 0
    assert "user" in cli.command_names()
