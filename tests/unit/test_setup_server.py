"""``reception-day setup-server``: the printed plan, checks, and --apply on a real server."""

from __future__ import annotations

import uuid

import pytest

from app import cli
from app.cli_setup_server import apply_plan, make_plan, plan_sql, plan_text
from app.domain.errors import InvalidInput
from tests.db_fixtures import PG_ADMIN_URL, skip_or_fail_without_pg

PG_ADMIN = PG_ADMIN_URL.replace("+psycopg", "")


def test_the_plan_names_every_step_for_the_lan() -> None:
    plan = make_plan("reception_day", "rd_hall", "Secret-pass-123", "192.168.1.7/24", "192.168.1.2")
    text = plan_text(plan)
    assert plan.lan == "192.168.1.0/24"
    assert "host    reception_day    rd_hall    192.168.1.0/24    scram-sha-256" in text
    assert "listen_addresses" in text
    assert "ufw allow from 192.168.1.0/24 to any port 5432 proto tcp" in text
    assert "postgresql+psycopg://rd_hall:Secret-pass-123@192.168.1.2:5432/reception_day" in text
    assert plan_sql(plan)[0] == "CREATE ROLE rd_hall LOGIN PASSWORD 'Secret-pass-123';"


def test_a_password_is_generated_when_none_is_given() -> None:
    first = make_plan("db", "usr", None, "10.0.0.0/8", "h")
    second = make_plan("db", "usr", None, "10.0.0.0/8", "h")
    assert len(first.password) == 20
    assert first.password != second.password


@pytest.mark.parametrize(
    ("database", "user", "password", "lan", "field"),
    [
        ("Bad-Name", "u", None, "10.0.0.0/8", "database"),
        ("db", "x; DROP", None, "10.0.0.0/8", "user"),
        ("db", "u", "short", "10.0.0.0/8", "password"),
        ("db", "u", "quote'in-password", "10.0.0.0/8", "password"),
        ("db", "u", None, "not-a-network", "lan"),
    ],
)
def test_unsafe_or_wrong_values_are_refused(
    database: str, user: str, password: str | None, lan: str, field: str
) -> None:
    with pytest.raises(InvalidInput) as caught:
        make_plan(database, user, password, lan, "h")
    assert caught.value.field == field


def test_the_command_prints_the_plan(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["setup-server", "--lan", "10.1.2.0/24", "--password", "A-long-pass-42"]) == 0
    assert "10.1.2.0/24" in capsys.readouterr().out


@pytest.mark.pg
def test_apply_creates_the_role_and_database_and_migrates_twice_safely() -> None:
    import psycopg

    skip_or_fail_without_pg()
    suffix = uuid.uuid4().hex[:8]
    plan = make_plan(f"rd_setup_{suffix}", f"rd_user_{suffix}", None, "127.0.0.1/32", "127.0.0.1")
    try:
        done = apply_plan(plan, PG_ADMIN, write_hba=False)
        assert done[0] == f"role {plan.user}: created"
        assert done[1] == f"database {plan.database}: created"
        assert done[-1].startswith("schema: ")
        again = apply_plan(plan, PG_ADMIN, write_hba=False)
        assert again[:2] == [
            f"role {plan.user}: password updated",
            f"database {plan.database}: exists",
        ]
        with psycopg.connect(plan.workstation_url.replace("+psycopg", "")) as conn:
            tables = conn.execute(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
            ).fetchone()
            assert tables is not None
            assert tables[0] > 10
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {plan.database} WITH (FORCE)")
            conn.execute(f"DROP ROLE IF EXISTS {plan.user}")
