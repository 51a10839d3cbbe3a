"""The statistics station's figures against hand-computed ones, on both engines
(the scenario is described in tests/services/statistics_scenario.py)."""

from __future__ import annotations

from datetime import date

import pytest

from app.bootstrap import Services
from app.clock import ManualClock
from app.domain.types import Outcome
from app.services.errors import NotFound
from app.services.reception_data import Explained
from app.services.setup_data import EventDraft
from app.services.statistics_follow_up import HandOverRow, Rate
from app.services.statistics_live import Count
from tests.services.scenario import build_day, person, visit
from tests.services.statistics_scenario import build_statistics_day


def outcomes(spot: int = 0, handed: int = 0, legal: int = 0, explained: int = 0) -> dict[str, int]:
    return {
        Outcome.RESOLVED_ON_SPOT.value: spot,
        Outcome.HANDED_OVER.value: handed,
        Outcome.LEGAL_CHANNEL.value: legal,
        Outcome.EXPLAINED.value: explained,
    }


def test_live_day_by_status_and_room(services: Services, clock: ManualClock) -> None:
    day = build_day(services)
    build_statistics_day(services, day, clock)
    live = services.statistics.live_day(day.event_id)
    # A6 B1 D1 L1 H1 C2 E1 I1 J1 K1 F1
    assert live.registered == Count(11, 17)
    assert live.waiting == Count(2, 2)  # E, I
    assert live.in_reception == Count(1, 1)  # F
    assert live.done == Count(7, 13)  # A B D L C J K
    assert live.set_aside == Count(1, 1)  # H
    assert live.pre_registered == Count(1, 1)  # G
    assert live.outcomes == outcomes(spot=1, handed=4, legal=1, explained=1)
    assert live.undecided == 4  # H E I F
    assert live.cases == 11
    assert live.as_of == clock.current
    land, labour, general = live.rooms
    assert (land.room_id, labour.room_id, general.room_id) == (
        day.room_land,
        day.room_labour,
        day.room_general,
    )
    assert (land.waiting, land.in_reception, land.done, land.set_aside) == (0, 0, 4, 1)
    assert (land.batches, land.persons) == (5, 10)
    assert land.outcomes == outcomes(spot=1, handed=3)
    assert (labour.waiting, labour.done, labour.batches, labour.persons) == (2, 1, 3, 4)
    assert labour.outcomes == outcomes(handed=1)
    assert (general.in_reception, general.done, general.persons) == (1, 2, 3)
    assert general.outcomes == outcomes(legal=1, explained=1)


def test_follow_up_rates_hand_overs_and_repeats(services: Services, clock: ManualClock) -> None:
    day = build_day(services)
    build_statistics_day(services, day, clock)
    stats = services.statistics.follow_up(day.event_id)
    assert stats.as_of == clock.current.date()
    assert stats.on_spot == Rate(1, 7)  # A of A B D L C J K
    assert (stats.handed_over, stats.closed, stats.overdue) == (4, 3, 1)
    assert stats.on_time == Rate(2, 3)  # a2 (extended) and a4 of a1 a2 a4
    assert stats.on_time_of_due == Rate(2, 4)  # … of closed + a3 (open, overdue)
    assert stats.satisfaction == Rate(2, 3)  # a3 满意, a4 基本满意 (latest), a1 不满意
    assert stats.satisfaction_unit == Rate(1, 3)  # a1 基本满意; a3, a4 不满意
    assert stats.ratings == {"satisfied": 1, "basically_satisfied": 1, "dissatisfied": 1}
    assert stats.ratings_unit == {"satisfied": 0, "basically_satisfied": 1, "dissatisfied": 2}
    assert stats.participation == Rate(2, 3)  # a1, a4 rated of closed a1 a2 a4
    assert stats.satisfaction.value == pytest.approx(2 / 3)
    by_unit = {r.key_id: r for r in stats.by_unit}
    assert stats.by_unit[0].key_id == day.land_bureau
    assert by_unit[day.land_bureau] == HandOverRow(
        day.land_bureau, "县自然资源和规划局", 2, 2, 1, 0, assisting=1
    )
    assert by_unit[day.town] == HandOverRow(day.town, "城关镇人民政府", 1, 0, 0, 1)
    assert by_unit[day.hrss] == HandOverRow(day.hrss, "县人力资源和社会保障局", 1, 1, 1, 0)
    assert by_unit[day.town].open == 1
    assert by_unit[day.court] == HandOverRow(day.court, "县人民法院", 0, 0, 0, 0, assisting=1)
    assert stats.by_unit[-1].key_id == day.court  # only assisting: after every lead unit
    assert stats.by_topic == (
        HandOverRow(day.land, "土地征收与拆迁", 3, 2, 1, 1),
        HandOverRow(day.labour, "劳动和社会保障", 1, 1, 1, 0),
    )
    assert (stats.petitioners, stats.repeat_petitioners, stats.repeat_batches) == (10, 1, 1)


def test_rates_are_none_when_nothing_is_counted(services: Services) -> None:
    day = build_day(services)
    live = services.statistics.live_day(day.event_id)
    assert live.registered == Count()
    assert live.cases == 0
    assert live.outcomes == outcomes()
    assert [r.batches for r in live.rooms] == [0, 0, 0]
    stats = services.statistics.follow_up(day.event_id)
    for rate in (
        stats.on_spot,
        stats.on_time,
        stats.on_time_of_due,
        stats.satisfaction,
        stats.satisfaction_unit,
        stats.participation,
    ):
        assert rate == Rate(0, 0)
        assert rate.value is None
    assert stats.by_unit == stats.by_topic == ()
    assert (stats.petitioners, stats.repeat_petitioners) == (0, 0)


def test_decided_without_hand_overs_leaves_follow_up_rates_undefined(services: Services) -> None:
    day = build_day(services)
    services.registration.register_walk_in(visit(day, person(1)))
    entry = services.queue.call_next(day.room_land).value
    assert entry is not None
    case = services.reception.case_card(entry.visit_id).cases[0]
    services.reception.decide(case.case_id, case.version, Explained("政策解释"))
    stats = services.statistics.follow_up(day.event_id)
    assert stats.on_spot == Rate(0, 1)
    assert stats.on_spot.value == 0.0
    assert stats.on_time.value is None
    assert stats.participation.value is None
    assert stats.satisfaction.value is None


def test_other_events_are_not_counted_and_unknown_event_is_not_found(
    services: Services, clock: ManualClock
) -> None:
    day = build_day(services)
    build_statistics_day(services, day, clock)
    other = services.setup.create_event(EventDraft("另一接访日", date(2026, 12, 1), "县会堂"))
    assert services.statistics.live_day(other.value.id).registered == Count()
    assert services.statistics.follow_up(other.value.id).handed_over == 0
    with pytest.raises(NotFound):
        services.statistics.live_day(999_999)
    with pytest.raises(NotFound):
        services.statistics.follow_up(999_999)


def test_the_summary_statistics_quote_the_same_rates(
    services: Services, clock: ManualClock
) -> None:
    day = build_day(services)
    build_statistics_day(services, day, clock)
    summary = services.statistics.event_statistics(day.event_id)
    stats = services.statistics.follow_up(day.event_id)
    assert summary.on_spot_rate == stats.on_spot.value
    assert summary.on_time_closing_rate == stats.on_time.value
    assert summary.satisfaction_rate == stats.satisfaction.value
    assert summary.participation_rate == stats.participation.value == 2 / 3
    assert summary.closed_rated == 2
