"""A small reception day for service tests: 4 topics, 4 units, 3 rooms."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from app.bootstrap import Services
from app.domain.identity import make_resident_id
from app.domain.types import DocumentType, RegistrationChannel
from app.services.registration_data import PetitionerDraft, VisitDraft
from app.services.setup_data import EventDraft, RoomDraft, TopicDraft, UnitDraft


@dataclass(frozen=True)
class Day:
    event_id: int
    land: int
    labour: int
    law: int
    other: int
    land_bureau: int
    town: int
    hrss: int
    court: int
    room_land: int
    room_labour: int
    room_general: int
    leader: int


def build_day(services: Services) -> Day:
    setup = services.setup
    land = setup.add_topic(TopicDraft("land", "土地征收与拆迁", "01", 20)).value.id
    labour = setup.add_topic(TopicDraft("labour", "劳动和社会保障", "03", 10)).value.id
    law = setup.add_topic(TopicDraft("law", "涉法涉诉", "07", 20, is_legal_related=True)).value.id
    other = setup.add_topic(TopicDraft("other", "其他", "99", 10, is_general=True)).value.id
    land_bureau = setup.add_unit(UnitDraft("县自然资源和规划局", "自然资源局")).value.id
    town = setup.add_unit(UnitDraft("城关镇人民政府", "城关镇", "township")).value.id
    hrss = setup.add_unit(UnitDraft("县人力资源和社会保障局", "人社局")).value.id
    court = setup.add_unit(UnitDraft("县人民法院", "法院")).value.id
    setup.add_topic_unit_rule(land, land_bureau, 0)
    setup.add_topic_unit_rule(land, town, 1)
    setup.add_topic_unit_rule(labour, hrss, 0)
    leader = setup.add_leader("测试领导", "县长").value.id
    event = setup.create_event(EventDraft("测试接访日", date(2026, 11, 23), "县第一中学")).value.id
    r1 = setup.add_room(
        event,
        RoomDraft(
            1,
            "土地拆迁接待室",
            frozenset({land}),
            frozenset({land_bureau, town}),
            frozenset({leader}),
        ),
    ).value.id
    r2 = setup.add_room(
        event, RoomDraft(2, "劳动社保接待室", frozenset({labour}), frozenset({hrss}))
    ).value.id
    r3 = setup.add_room(
        event,
        RoomDraft(3, "综合接待室", frozenset({other, law}), frozenset({court}), is_general=True),
    ).value.id
    return Day(event, land, labour, law, other, land_bureau, town, hrss, court, r1, r2, r3, leader)


def person(
    seq: int, name: str = "王小明", *, birth: date = date(1980, 5, 17), phone: str = ""
) -> PetitionerDraft:
    """A fake person with a valid-looking ID number (never a real one)."""
    return PetitionerDraft(
        name,
        DocumentType.RESIDENT_ID,
        make_resident_id("330726", birth, seq % 1000),
        phone or f"138{seq % 100_000_000:08d}",
    )


def visit(
    day: Day,
    *people: PetitionerDraft,
    topic: int | None = None,
    head_count: int | None = None,
    channel: RegistrationChannel = RegistrationChannel.WALK_IN,
    **extra: object,
) -> VisitDraft:
    return VisitDraft(
        client_key=str(uuid.uuid4()),
        event_id=day.event_id,
        topic_id=topic or day.land,
        head_count=head_count or len(people),
        petitioners=tuple(people),
        summary="村里征地补偿款未发放到位",
        demand="要求按标准发放补偿款",
        channel=channel,
        **extra,  # type: ignore[arg-type]
    )
