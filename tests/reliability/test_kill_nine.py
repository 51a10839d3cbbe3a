"""kill -9 of a writing desk at random moments (a short series; the long run is a script)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.db_fixtures import fresh_pg_url, sqlite_url
from tests.reliability.kill_nine import prepare, run_kills

KILLS = int(os.environ.get("RD_KILLS", "10"))


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield sqlite_url(tmp_path)
    else:
        yield from fresh_pg_url()


@pytest.mark.slow
def test_killed_desks_lose_nothing_and_retries_register_nothing_twice(url: str) -> None:
    report = run_kills(url, prepare(url), KILLS, seed=7)
    assert report.kills == KILLS
    assert report.acknowledged >= 1
    assert report.visits >= report.acknowledged  # the in-flight one may have committed
    assert report.visits <= report.acknowledged + 1  # … but at most that one
