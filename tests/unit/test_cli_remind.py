"""``reception-day remind``: the units to chase as of a day, and their letters as PDF."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from app import cli
from app.clock import ManualClock
from app.domain.types import Urgency
from app.services.reception_data import HandOver
from tests.db_fixtures import START, open_services, sqlite_url
from tests.services.scenario import build_day, person, visit


@pytest.fixture
def url(tmp_path: Path) -> str:
    """A day with a green hand-over to the land bureau and a red one to the town."""
    address = sqlite_url(tmp_path)
    db, services = open_services(address, ManualClock(START))
    try:
        day = build_day(services)
        for seq, unit, urgency in ((1, day.land_bureau, Urgency.GREEN), (2, day.town, Urgency.RED)):
            r = services.registration.register_walk_in(visit(day, person(seq))).value
            services.queue.call_next(day.room_land)
            case = services.reception.case_card(r.visit_id).cases[0]
            services.reception.decide(
                case.case_id, case.version, HandOver(unit, urgency, "限期办理")
            )
    finally:
        db.dispose()
    return address


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = cli.main(["remind", *args])
    return code, capsys.readouterr().out


def test_lists_the_units_to_chase_and_writes_their_letters(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run(capsys, "--db", url, "--as-of", "2026-11-23")
    assert code == 0
    assert "县自然资源和规划局：超期 0 件，即将到期 1 件" in out
    folder = tmp_path / "letters"
    code, out = run(capsys, "--db", url, "--as-of", "2026-11-25", "-o", str(folder), "--json")
    assert code == 0
    answer = json.loads(out)
    assert [(u["unit"], u["overdue"], u["due_soon"]) for u in answer["units"]] == [
        ("县自然资源和规划局", 1, 0)
    ]
    letter = folder / "催办函_县自然资源和规划局.pdf"
    assert answer["files"] == [str(letter)]
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(letter.read_bytes())).pages)
    assert "县自然资源和规划局：" in text
    assert "已超期1天" in text


def test_nothing_to_chase_and_unknown_event(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, "--db", url, "--as-of", "2026-11-23", "--unit", "999")
    assert code == 0
    assert "nothing overdue or due soon" in out
    assert cli.main(["remind", "--db", url, "--event", "999"]) == cli.EXIT_USER_ERROR
