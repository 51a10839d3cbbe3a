"""Plan the day from an event's pre-registrations: the inputs read, and the CLI on them."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from app import cli
from app.bootstrap import Services
from app.domain.simulation.planning import recommend
from app.domain.types import Priority, RegistrationChannel
from app.services.changes import Entity
from app.services.errors import NotFound
from tests.services.scenario import Day, build_day, person, visit

EVENT_DAY = datetime(2026, 11, 23)


def _pre_register(services: Services, day: Day) -> None:
    reg = services.registration
    for seq in range(6):
        window = datetime(2026, 11, 23, 9 + seq % 3, 0)
        reg.pre_register(
            visit(
                day,
                person(100 + seq),
                topic=day.land if seq % 2 else day.labour,
                channel=RegistrationChannel.TOWNSHIP,
                window_start=window,
                window_end=window.replace(hour=window.hour + 1),
            )
        )
    reg.pre_register(visit(day, person(200), person(201), channel=RegistrationChannel.PHONE))
    reg.register_walk_in(visit(day, person(300)))  # not a pre-registration


def test_inputs_hold_the_rooms_topics_and_pre_registrations(services: Services) -> None:
    day = build_day(services)
    _pre_register(services, day)
    inputs = services.day_planning.inputs(day.event_id)
    assert [r.room_id for r in inputs.rooms] == [day.room_land, day.room_labour, day.room_general]
    assert inputs.rooms[2].general
    assert inputs.rooms[0].topic_ids == {day.land}
    assert inputs.default_minutes[day.land] == 20
    assert inputs.topic_names[day.labour] == "劳动和社会保障"
    assert len(inputs.pre_registered) == 7
    windows = sorted(v.window_start for v in inputs.pre_registered if v.window_start is not None)
    assert windows == [60.0, 60.0, 120.0, 120.0, 180.0, 180.0]
    assert inputs.pre_registered[-1].head_count == 2
    assert {v.priority for v in inputs.pre_registered} == {Priority.PRE_BOOKED}
    assert inputs.typical_walk_ins() == 10
    days = inputs.days(10, [1, 2])
    assert [len(d.arrivals) for d in days] == [17, 17]
    assert days == inputs.days(10, [1, 2])
    assert days[0].rooms[0].hours[0] == (0.0, 100.0)
    work = inputs.topic_work(10)
    assert set(work) == {day.land, day.labour}
    advice = recommend(days, work, time_limit=10)
    assert advice.recommended.waits.mean <= advice.current.waits.mean
    with pytest.raises(NotFound):
        services.day_planning.inputs(999_999)


def test_simulate_command_plays_an_event(
    services: Services, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    day = build_day(services)
    _pre_register(services, day)
    args = ["simulate", "--db", db_url, "--event", str(day.event_id), "--seeds", "2"]
    assert cli.main([*args, "--walk-ins", "20", "--json", "--plan", "--time-limit", "5"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["seed"] for d in data["days"]] == [1, 2]
    assert data["days"][0]["allocator"]["served"] == 27
    assert data["plan"]["stopped"] in ("converged", "time_limit")
    assert cli.main(args) == 0
    out = capsys.readouterr()
    assert f"接访活动 {day.event_id}（预登记 7 批，现场登记约 10 批，3 间接待室）" in out.out
    assert "模拟 simulate" in out.err
    assert cli.main(["simulate", "--db", db_url, "--event", "999999"]) == cli.EXIT_USER_ERROR


def test_applying_a_layout_changes_only_the_rooms_topics(services: Services) -> None:
    day = build_day(services)
    before = services.setup.event_setup(day.event_id)
    wanted = {
        day.room_land: frozenset({day.land}),  # unchanged
        day.room_labour: frozenset({day.land}),
        day.room_general: frozenset({day.labour, day.law, day.other}),
    }
    result = services.day_planning.apply_room_topics(day.event_id, wanted)
    assert result.value == 2
    assert result.changes.ids(Entity.SETUP) == {day.room_labour, day.room_general}
    after = services.setup.event_setup(day.event_id)
    for old, new in zip(before.rooms, after.rooms, strict=True):
        assert new.topic_ids == wanted[new.id]
        assert (new.name, new.unit_ids, new.leader_ids, new.is_general, new.is_open) == (
            old.name,
            old.unit_ids,
            old.leader_ids,
            old.is_general,
            old.is_open,
        )
    assert services.day_planning.apply_room_topics(day.event_id, wanted).value == 0
