"""The command line acts as ``cli:<OS user>`` at station ``cli`` with the admin role:
every change it makes is audited under that name (through the services, and as noted
entries for restore and key changes), and its backup and audit commands check the
permission the role must hold."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app import cli, cli_identity
from app.bootstrap import build_services, open_database
from app.clock import ManualClock
from app.domain.roles import Role
from app.models import AuditEntry
from app.paths import DATA_DIR_ENV
from app.security.key_store import KEY_FILE_ENV, KeyFile
from app.services.context import Actor
from tests.db_fixtures import START
from tests.services.scenario import build_day, person, visit


@pytest.fixture
def url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    monkeypatch.setenv(KEY_FILE_ENV, str(tmp_path / "keys.json"))
    monkeypatch.setenv("LOGNAME", "opsadmin")  # what getpass.getuser() reads first
    url = f"sqlite:///{tmp_path / 'day.db'}"
    db, _ = open_database(url)
    services = build_services(db, ManualClock(START))
    services.registration.register_walk_in(visit(build_day(services), person(1)))
    db.dispose()
    return url


def _entries(url: str, prefix: str = "") -> list[tuple[str, str, str, str, dict[str, Any]]]:
    db, _ = open_database(url)
    try:
        with db.read() as s:
            rows = s.execute(
                select(
                    AuditEntry.action,
                    AuditEntry.actor,
                    AuditEntry.station,
                    AuditEntry.role,
                    AuditEntry.changes,
                )
                .where(AuditEntry.action.startswith(prefix))
                .order_by(AuditEntry.seq)
            ).all()
    finally:
        db.dispose()
    return [(a, actor, st, role, json.loads(c)) for a, actor, st, role, c in rows]


def test_the_cli_actor_is_the_os_user_at_station_cli(url: str) -> None:
    actor = cli_identity.cli_actor()
    assert (actor.username, actor.station, actor.role) == ("cli:opsadmin", "cli", Role.ADMIN)


def test_user_changes_made_on_the_command_line_name_the_os_user(
    url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("a-long-password-1\n"))
    args = ["user", "add", "desk9", "--role", "registrar", "--password-stdin", "--db", url]
    assert cli.main(args) == 0
    assert cli.main(["user", "disable", "desk9", "--db", url]) == 0
    capsys.readouterr()
    made = _entries(url, "users.")
    assert made
    assert {(actor, station, role) for _, actor, station, role, _ in made} == {
        ("cli:opsadmin", "cli", "admin")
    }
    assert {a.split(":")[0] for a, *_ in made} >= {"users.add_user", "users.set_active"}


def test_key_rotation_and_import_on_the_command_line_are_audited_and_the_chain_holds(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = KeyFile(tmp_path / "keys.json").load()
    assert before is not None
    assert cli.main(["key", "rotate", "--db", url]) == 0
    after = KeyFile(tmp_path / "keys.json").load()
    assert after is not None
    created, rotate, reseal = _entries(url, "key.")
    assert created[0] == "key.create"  # by the first registration
    assert created[4]["fingerprint"] == [None, before.fingerprint(1)]
    assert rotate[:3] == ("key.rotate", "cli:opsadmin", "cli")
    assert rotate[4]["from_fingerprint"] == [None, before.fingerprint(1)]
    assert rotate[4]["to_fingerprint"] == [None, after.fingerprint(2)]
    assert reseal[0] == "key.reseal"
    assert reseal[4]["rows"] == [None, 1]
    assert cli.main(["verify-audit", "--db", url]) == 0
    assert "audit log OK" in capsys.readouterr().out

    carried = tmp_path / "carried.json"
    assert cli.main(["key", "export", str(carried)]) == 0
    other = tmp_path / "second-workstation.json"
    assert cli.main(["key", "import", str(carried), "--db", url, "--key-file", str(other)]) == 0
    assert "recorded in the audit log (key.import)" in capsys.readouterr().out
    *_, imported = _entries(url, "key.")
    assert imported[:3] == ("key.import", "cli:opsadmin", "cli")
    assert imported[4]["to_fingerprint"] == [None, after.fingerprint(2)]
    assert cli.main(["verify-audit", "--db", url]) == 0


def test_a_restore_is_audited_in_the_restored_database(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = tmp_path / "b.db"
    assert cli.main(["backup", "--db", url, "-o", str(backup)]) == 0
    assert _entries(url, "backup.") == []  # making a backup changes nothing
    assert cli.main(["restore", str(backup), "--db", url]) == 0
    capsys.readouterr()
    (entry,) = _entries(url, "backup.")
    action, actor, station, _, changes = entry
    assert (action, actor, station) == ("backup.restore", "cli:opsadmin", "cli")
    assert changes["backup"] == [None, "b.db"]
    assert "pre-restore" in changes["replaced_database_saved_to"][1]
    # the log goes on from the backup's last entry: both checks still pass
    assert cli.main(["verify-audit", "--db", url, "--anchor", str(backup)]) == 0
    assert "matches the backup" in capsys.readouterr().out


def test_backup_and_audit_commands_check_the_role_the_command_line_acts_with(
    url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The command line acts as admin; were it given a clerk's role, these are refused.
    clerk = Actor("cli:opsadmin", "cli", Role.CLERK, None, "cli:opsadmin")
    monkeypatch.setattr(cli_identity, "cli_actor", lambda: clerk)
    backup = tmp_path / "b.db"
    commands = [
        (["backup", "--db", url, "-o", str(backup)], "backup"),
        (["restore", str(backup), "--db", url], "backup"),
        (["verify-backup", str(backup)], "backup"),
        (["end-of-day", "--db", url], "backup"),
        (["verify-audit", "--db", url], "view_audit"),
        (["user", "list", "--db", url], "manage_users"),
    ]
    for args, permission in commands:
        assert cli.main(args) == cli.EXIT_USER_ERROR, args
        assert f"lacks permission {permission}" in capsys.readouterr().err
    assert not backup.exists()
