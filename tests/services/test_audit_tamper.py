"""Rewriting history is refused (PostgreSQL trigger) or detected (``verify-audit``)."""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from app import cli
from app.audit.chain import FIELDS, entry_hash, verify_engine
from app.backup.backups import make_backup
from app.bootstrap import Services
from app.models import AuditEntry
from tests.services.scenario import build_day, person, visit


def _day_with_entries(services: Services) -> int:
    day = build_day(services)
    services.registration.register_walk_in(visit(day, person(1)))
    with services.ctx.db.read() as s:
        return int(s.execute(text("SELECT count(*) FROM audit_log")).scalar_one())


def _tamper(services: Services, *statements: str) -> None:
    """Run SQL as the database owner; on PostgreSQL with the guard triggers switched off
    (what a superuser could do), so the chain is what has to catch it."""
    db = services.ctx.db
    with db.write_engine.begin() as c:
        pg = c.dialect.name == "postgresql"
        if pg:
            c.execute(text("ALTER TABLE audit_log DISABLE TRIGGER USER"))
        for sql in statements:
            c.execute(text(sql))
        if pg:
            c.execute(text("ALTER TABLE audit_log ENABLE TRIGGER USER"))


def _verdict(services: Services) -> tuple[int | None, str]:
    verdict = verify_engine(services.ctx.db.read_engine)
    assert not verdict.ok
    return verdict.seq, verdict.problem or ""


def test_an_intact_log_verifies(services: Services, capsys: pytest.CaptureFixture[str]) -> None:
    count = _day_with_entries(services)
    verdict = verify_engine(services.ctx.db.read_engine)
    assert (verdict.ok, verdict.entries) == (True, count)
    assert cli.main(["verify-audit", "--db", str(services.ctx.db.url)]) == 0
    assert f"OK: {count:,}" in capsys.readouterr().out


def test_an_edited_entry_is_found(services: Services, capsys: pytest.CaptureFixture[str]) -> None:
    _day_with_entries(services)
    _tamper(services, "UPDATE audit_log SET actor = 'someone else' WHERE seq = 5")
    assert _verdict(services) == (5, "hash does not match the entry's content (edited)")
    url = services.ctx.db.url.render_as_string(hide_password=False)
    assert cli.main(["verify-audit", "--db", url]) == 1
    out = capsys.readouterr().out
    assert "BROKEN at seq 5" in out
    assert "4 entries verified" in out


def test_an_edit_with_a_recomputed_hash_breaks_the_next_link(services: Services) -> None:
    _day_with_entries(services)
    db = services.ctx.db
    with db.read_engine.connect() as c:
        columns = [getattr(AuditEntry, name) for name in FIELDS]
        row = dict(c.execute(select(*columns).where(AuditEntry.seq == 7)).mappings().one())
    row["changes"] = '{"name":[null,"改写"]}'
    forged = entry_hash(row)
    _tamper(
        services,
        f"UPDATE audit_log SET changes = '{row['changes']}', hash = '{forged}' WHERE seq = 7",
    )
    assert _verdict(services) == (8, "prev_hash does not match the hash of the entry before")


def test_a_deleted_entry_is_found(services: Services) -> None:
    _day_with_entries(services)
    _tamper(services, "DELETE FROM audit_log WHERE seq = 3")
    seq, problem = _verdict(services)
    assert seq == 3
    assert "entry 3 missing" in problem


def test_entries_cut_off_the_end_are_found(services: Services) -> None:
    count = _day_with_entries(services)
    _tamper(services, f"DELETE FROM audit_log WHERE seq >= {count - 1}")
    seq, problem = _verdict(services)
    assert seq == count - 1
    assert f"entries {count - 1}..{count} missing at the end" in problem


def test_reordered_entries_are_found(services: Services) -> None:
    _day_with_entries(services)
    _tamper(
        services,
        "UPDATE audit_log SET seq = -4 WHERE seq = 4",
        "UPDATE audit_log SET seq = 4 WHERE seq = 5",
        "UPDATE audit_log SET seq = 5 WHERE seq = -4",
    )
    assert _verdict(services)[0] == 4


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE audit_log SET actor = 'x' WHERE seq = 1",
        "DELETE FROM audit_log WHERE seq = 1",
        "TRUNCATE audit_log",
    ],
)
def test_postgresql_refuses_to_rewrite_the_log(services: Services, sql: str) -> None:
    if services.ctx.db.dialect != "postgresql":
        pytest.skip("the append-only trigger is PostgreSQL's; SQLite relies on detection")
    _day_with_entries(services)
    run: Callable[[], None]

    def run() -> None:
        with services.ctx.db.write_engine.begin() as c:
            c.execute(text(sql))

    with pytest.raises(DBAPIError, match="append-only"):
        run()
    assert verify_engine(services.ctx.db.read_engine).ok


def test_a_fully_rehashed_rewrite_is_caught_against_a_backup(
    services: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if services.ctx.db.dialect == "postgresql" and shutil.which("pg_dump") is None:
        pytest.skip("pg_dump not on PATH: no PostgreSQL backup to anchor to")
    count = _day_with_entries(services)
    url = services.ctx.db.url.render_as_string(hide_password=False)
    backup = make_backup(url, tmp_path / "anchor.bak").path
    db = services.ctx.db
    with db.read_engine.connect() as c:
        columns = [getattr(AuditEntry, name) for name in (*FIELDS, "hash")]
        rows = [dict(r) for r in c.execute(select(*columns).order_by(AuditEntry.seq)).mappings()]
    rows[2]["actor"] = "someone else"
    statements = []
    for before, row in itertools.pairwise(rows[1:]):
        row["prev_hash"] = before["hash"]
        row["hash"] = entry_hash(row)
        statements.append(
            f"UPDATE audit_log SET actor = '{row['actor']}', prev_hash = '{row['prev_hash']}', "
            f"hash = '{row['hash']}' WHERE seq = {row['seq']}"
        )
    _tamper(services, *statements)
    assert verify_engine(db.read_engine).ok  # the chain alone cannot tell
    assert cli.main(["verify-audit", "--db", url]) == 0
    capsys.readouterr()
    assert cli.main(["verify-audit", "--db", url, "--anchor", str(backup)]) == 1
    assert f"entry {count} differs from the backup" in capsys.readouterr().out
