"""The command line: init, stats, user errors, the county builder's invariants, --demo."""

from __future__ import annotations

import io
import json
import sqlite3
from collections import Counter as Tally
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app import cli, main
from app.bootstrap import build_services, open_database
from app.demo.population import insert_petitioners, name_keys
from app.domain.numbering import format_case_number, is_valid_query_code
from app.domain.types import Outcome
from app.models import (
    Assignment,
    Case,
    Counter,
    Petitioner,
    PetitionerSearchKey,
    ReceptionEvent,
    Visit,
    VisitMember,
)
from app.paths import DATA_DIR_ENV, default_database_url, demo_database_path, sqlite_url
from app.services.context import case_number_scope, event_scope
from app.services.setup_data import EventDraft


def _url(tmp_path: Path, name: str = "rd.db") -> str:
    return f"sqlite:///{tmp_path / name}"


def test_init_creates_seeds_and_is_idempotent(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = _url(tmp_path)
    assert cli.main(["init", "--db", url]) == 0
    out = capsys.readouterr().out
    assert "created database" in out
    assert "added 15 default topics" in out
    assert cli.main(["init", "--db", url]) == 0
    out = capsys.readouterr().out
    assert "up to date" in out
    assert "topics already present" in out


def test_stats_json_on_an_empty_and_a_small_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = _url(tmp_path)
    assert cli.main(["init", "--db", url]) == 0
    capsys.readouterr()
    assert cli.main(["stats", "--db", url, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"events": []}
    db, _ = open_database(url)
    try:
        draft = EventDraft("测试接访日", date(2026, 11, 23), "县实验中学")
        event_id = build_services(db).setup.create_event(draft).value.id
    finally:
        db.dispose()
    assert main.main(["stats", "--db", url, "--event", str(event_id), "--json"]) == 0
    (event,) = json.loads(capsys.readouterr().out)["events"]
    assert event["event_id"] == event_id
    assert event["event_date"] == "2026-11-23"
    assert event["batches"] == event["persons"] == 0
    assert event["outcomes"] == {o.value: 0 for o in Outcome}
    assert cli.main(["stats", "--db", url]) == 0
    assert "测试接访日" in capsys.readouterr().out


def _one_line_error(capsys: pytest.CaptureFixture[str], code: int) -> str:
    assert code == cli.EXIT_USER_ERROR
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "Traceback" not in err
    return err


def test_unknown_event_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    err = _one_line_error(capsys, cli.main(["stats", "--db", _url(tmp_path), "--event", "99"]))
    assert err.startswith("找不到 event 99")
    assert "not found" in err


def test_network_share_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("app.db.is_network_path", lambda _path: True)
    err = _one_line_error(capsys, cli.main(["init", "--db", _url(tmp_path)]))
    assert err.startswith("数据库位于网络共享上")
    assert "network share" in err


def test_newer_database_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = _url(tmp_path)
    assert cli.main(["init", "--db", url]) == 0
    with sqlite3.connect(tmp_path / "rd.db") as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    capsys.readouterr()
    err = _one_line_error(capsys, main.main(["stats", "--db", url]))
    assert "9999_future" in err
    assert "newer" in err


def test_bad_url_and_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    err = _one_line_error(capsys, cli.main(["stats", "--db", "not a url"]))
    assert "invalid database URL" in err
    assert cli.main(["demo", "--scale", "galaxy"]) == 2
    assert "invalid choice" in capsys.readouterr().err


def test_default_database_lives_in_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path))
    assert default_database_url() == f"sqlite:///{tmp_path / 'reception-day.db'}"
    assert demo_database_path() == tmp_path / "demo.db"


def test_progress_line_without_a_terminal() -> None:
    stream = io.StringIO()
    progress = cli.ProgressLine(stream)
    for done in range(0, 101, 5):
        progress(done, 100, "petitioners")
    progress(1, 2, "cases")
    progress.close()
    lines = stream.getvalue().splitlines()
    assert len(lines) == 12
    assert lines[0] == "来访人 petitioners: 0/100   0%  0s"
    assert lines[5] == "来访人 petitioners: 50/100  50%  0s"
    assert lines[-2:] == ["来访人 petitioners: 100/100 100%  0s", "信访件 cases: 1/2  50%  0s"]


def test_small_county_keeps_the_invariants(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = _url(tmp_path)
    code = cli.main(
        [
            "demo",
            "--db",
            url,
            "--scale",
            "county",
            "--seed",
            "3",
            "--petitioners",
            "2000",
            "--cases",
            "300",
        ]
    )
    assert code == 0
    assert "built 2,000 petitioners" in capsys.readouterr().out
    db, _ = open_database(url)
    try:
        with db.read() as s:
            people = [
                (p.id, p.name, p.document_number, p.id_tail_rev, p.phone, p.phone_tail_rev)
                for p in s.scalars(select(Petitioner))
            ]
            keys: dict[int, set[str]] = {}
            for pid, key in s.execute(
                select(PetitionerSearchKey.petitioner_id, PetitionerSearchKey.key)
            ):
                keys.setdefault(pid, set()).add(key)
            cases = s.execute(
                select(Case.case_number, Case.query_code, Case.event_id, Case.outcome, Case.id)
            ).all()
            handed = set(s.scalars(select(Assignment.case_id)))
            events = dict(s.execute(select(ReceptionEvent.id, ReceptionEvent.event_date)).all())
            counters = {
                (scope, name): value
                for scope, name, value in s.execute(
                    select(Counter.scope, Counter.name, Counter.value)
                )
            }
            tickets = s.execute(select(Visit.event_id, Visit.ticket_number)).all()
            orphans = s.scalar(
                select(func.count()).where(Visit.id.not_in(select(VisitMember.visit_id)))
            )
    finally:
        db.dispose()
    assert len(people) == 2000
    assert len(events) == 40
    for pid, name, number, id_tail, phone, phone_tail in people:
        assert id_tail == number[-8:][::-1]
        assert phone_tail == (phone[-8:][::-1] if phone else "")
        assert keys[pid] == set(name_keys(name))
    assert len(cases) == 300
    assert len({c.case_number for c in cases}) == 300
    assert len({c.query_code for c in cases}) == 300
    assert all(is_valid_query_code(c.query_code) for c in cases)
    per_event = Tally(c.event_id for c in cases)
    for event_id, day in events.items():
        n = per_event[event_id]
        numbers = sorted(c.case_number for c in cases if c.event_id == event_id)
        assert numbers == sorted(format_case_number(day, i) for i in range(1, n + 1))
        assert counters[(case_number_scope("JF", day), "case")] == n
        mine = sorted(t for e, t in tickets if e == event_id)
        assert mine == list(range(1, len(mine) + 1))
        assert counters[(event_scope(event_id), "ticket")] == len(mine)
    assert handed == {c.id for c in cases if c.outcome == Outcome.HANDED_OVER.value}
    assert orphans == 0


@pytest.mark.slow
def test_petitioners_do_not_depend_on_worker_processes(tmp_path: Path) -> None:
    found = []
    for workers in (0, 1):
        db, _ = open_database(_url(tmp_path, f"w{workers}.db"))
        try:
            insert_petitioners(db, 5, 1500, lambda *_: None, date(2026, 11, 23), workers)
            with db.read() as s:
                found.append(
                    [
                        (p.name, p.document_number, p.phone)
                        for p in s.scalars(select(Petitioner).order_by(Petitioner.id))
                    ]
                )
        finally:
            db.dispose()
    assert len(found[0]) == 1500
    assert found[0] == found[1]


def test_demo_flag_builds_once_and_opens_the_window_on_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path))
    built: list[int] = []
    opened: list[tuple[str | None, str | None]] = []

    def fake_start(url: str | None, station: str | None, *args: object, **kw: object) -> int:
        opened.append((url, station))  # the window itself is tested in tests/ui
        return 0

    monkeypatch.setattr(main, "start", fake_start)

    def fake_build_day(services: object, seed: int, progress: object = None) -> None:
        built.append(seed)
        setup = build_services(services.ctx.db).setup  # type: ignore[attr-defined]
        setup.create_event(EventDraft("演示接访日", date(2026, 11, 23), "县实验中学"))

    monkeypatch.setattr("app.demo.day.build_day", fake_build_day)
    assert main.main(["--demo"]) == 0
    assert main.main(["--demo"]) == 0
    assert built == [main.DEMO_SEED]
    assert opened == [(sqlite_url(demo_database_path()), "admin")] * 2
    assert demo_database_path().exists()
    assert not list(tmp_path.glob("*.building*"))
