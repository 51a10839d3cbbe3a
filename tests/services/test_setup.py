"""Set-up service: events, rooms, directory edits and their validation."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.bootstrap import Services
from app.domain.errors import InvalidInput
from app.services.errors import ChangedElsewhere
from app.services.setup_data import EventDraft, RoomDraft, TopicDraft, UnitDraft
from tests.services.scenario import build_day


def test_event_basics_and_rooms_can_be_edited(services: Services) -> None:
    day = build_day(services)
    setup = services.setup
    info = setup.update_event(
        day.event_id, EventDraft("改名后的接访日", date(2026, 11, 24), "县二中", "示范县", "xf")
    ).value
    assert (info.name, info.case_number_prefix, info.venue) == ("改名后的接访日", "XF", "县二中")
    with pytest.raises(InvalidInput) as error:
        setup.update_event(
            day.event_id, EventDraft("x", date(2026, 11, 24), case_number_prefix="J1")
        )
    assert error.value.field == "case_number_prefix"
    with pytest.raises(InvalidInput):
        setup.add_room(day.event_id, RoomDraft(1, "重复编号"))
    room = setup.update_room(
        day.room_labour, RoomDraft(2, "劳动保障接待室", frozenset({day.labour}), is_open=False)
    ).value
    assert not room.is_open
    assert room.name == "劳动保障接待室"


def test_directory_edits_and_duplicate_rule(services: Services) -> None:
    day = build_day(services)
    setup = services.setup
    topic = setup.update_topic(
        day.labour, TopicDraft("labour", "劳动就业与社会保障", "03", 14)
    ).value
    assert topic.name == "劳动就业与社会保障"
    with pytest.raises(InvalidInput):
        setup.update_topic(day.labour, TopicDraft("land", "撞代码", "03", 14))
    with pytest.raises(InvalidInput) as error:
        setup.add_topic_unit_rule(day.land, day.land_bureau)
    assert error.value.reason == "duplicate"
    assert (day.land, day.land_bureau, 0) in setup.topic_unit_rules()
    setup.remove_topic_unit_rule(day.land, day.town)
    assert [u.id for u in setup.suggested_units(day.land)] == [day.land_bureau]
    unit = setup.update_unit(
        day.town, UnitDraft("城关镇人民政府", "城关", "township", "张干事", "0579-1234567")
    ).value
    assert unit.contact_person == "张干事"
    setup.set_unit_active(day.court, False)
    assert day.court not in {u.id for u in setup.event_setup(day.event_id).units}
    leader = setup.update_leader(day.leader, "测试领导", "副县长").value
    assert leader.title == "副县长"


def test_retired_units_are_listed_but_never_suggested(services: Services) -> None:
    day = build_day(services)
    services.setup.set_unit_active(day.land_bureau, False)
    assert day.land_bureau not in [u.id for u in services.setup.suggested_units(day.land)]
    retired = {u.id: u.is_active for u in services.setup.all_units()}
    assert retired[day.land_bureau] is False


def test_two_organisers_saving_one_room_the_second_is_refused(services: Services) -> None:
    day = build_day(services)
    setup = services.setup
    seen_by_a = seen_by_b = next(
        r for r in setup.event_setup(day.event_id).rooms if r.id == day.room_labour
    )
    saved = setup.update_room(
        day.room_labour,
        RoomDraft(2, "劳动保障接待室", frozenset({day.labour}), is_open=True),
        seen_by_a.version,
    ).value
    assert saved.version == seen_by_a.version + 1
    with pytest.raises(ChangedElsewhere):
        setup.update_room(
            day.room_labour, RoomDraft(2, "B 的名字", frozenset(), is_open=False), seen_by_b.version
        )
    stored = next(r for r in setup.event_setup(day.event_id).rooms if r.id == day.room_labour)
    assert (stored.name, stored.topic_ids, stored.is_open) == (
        "劳动保障接待室",
        frozenset({day.labour}),
        True,
    )
    # Closing the room is absolute (never refused) but makes a full edit on an old copy stale.
    setup.set_room_open(day.room_labour, False)
    with pytest.raises(ChangedElsewhere):
        setup.update_room(day.room_labour, RoomDraft(2, "再改", is_open=True), stored.version)


def test_event_basics_and_settings_saved_on_an_old_version_are_refused(services: Services) -> None:
    day = build_day(services)
    setup = services.setup
    event = setup.event_setup(day.event_id).event
    changed = replace(event.settings, supervision_phone="0579-7654321")
    after_settings = setup.update_settings(day.event_id, changed, event.version).value
    with pytest.raises(ChangedElsewhere):  # the basics page still holds the first version
        setup.update_event(
            day.event_id,
            EventDraft("改名", event.event_date, case_number_prefix="JF"),
            event.version,
        )
    renamed = setup.update_event(
        day.event_id,
        EventDraft("改名", event.event_date, case_number_prefix="JF"),
        after_settings.version,
    ).value
    assert renamed.name == "改名"
    assert renamed.settings.supervision_phone == "0579-7654321"
    with pytest.raises(ChangedElsewhere):
        setup.update_settings(day.event_id, event.settings, after_settings.version)
    # Callers that do not check (command line, demo builder) still save.
    assert setup.update_settings(day.event_id, event.settings).value.version == renamed.version + 1
