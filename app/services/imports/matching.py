"""Matching what a row names — a topic, a room or a leader — to the event's own.

Each matcher returns the id, or raises InvalidInput with reason ``unknown`` (nothing
fits; ``details['choices']`` lists what would) or ``ambiguous`` (``details['matches']``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from app.domain.errors import InvalidInput
from app.services.imports.cells import parse_count
from app.services.setup_data import LeaderInfo, RoomInfo, TopicInfo

#: Short names towns write for the default catalogue's topics (by topic code).
TOPIC_ALIASES: dict[str, tuple[str, ...]] = {
    "land": ("土地", "征地", "拆迁", "征地拆迁", "土地拆迁", "土地征收", "房屋征收"),
    "urban": ("城建", "住房", "房产", "物业", "城乡建设", "住建"),
    "labour": ("劳动", "社保", "劳动保障", "欠薪", "工资", "养老保险", "人社"),
    "safety_env": ("环保", "环境", "安全生产", "污染", "环境保护"),
    "agri": ("农业", "林业", "水利", "农林水", "农林"),
    "transport": ("交通", "道路", "修路"),
    "law": ("涉法", "涉诉", "法律", "诉讼", "政法"),
    "discipline": ("党风廉政", "基层组织", "村务", "纪检", "村务公开", "干部作风"),
    "civil": ("民政", "救助", "低保", "社会救助", "困难救助"),
    "health": ("医疗", "卫生", "医保", "卫健"),
    "education": ("教育", "学校", "文体"),
    "enterprise": ("企业", "改制", "经济"),
    "veterans": ("退役军人", "优抚", "复员军人", "退伍军人"),
    "public_security": ("治安", "户籍", "公安", "户口"),
    "other": ("其他", "其它", "综合"),
}

_SPLIT = re.compile(r"[与和及、/，,]")
_ROOM_NUMBER = re.compile(r"^第?(.+?)(?:号)?(?:接待室|室)?$")


def _key(text: str) -> str:
    return text.replace(" ", "").lower()


@dataclass(frozen=True)
class EventDirectory:
    """What rows are matched against: the topics, the event's rooms and every leader
    (only those on duty in a room can be requested)."""

    topics: tuple[TopicInfo, ...]
    rooms: tuple[RoomInfo, ...]
    leaders: tuple[LeaderInfo, ...]

    @property
    def general_topic(self) -> TopicInfo | None:
        return next((t for t in self.topics if t.is_general), None)


def _one(hits: Iterable[tuple[int, str]]) -> int | None:
    found = dict(hits)
    if len(found) > 1:
        raise InvalidInput("topic", "ambiguous", {"matches": sorted(set(found.values()))[:5]})
    return next(iter(found), None)


def match_topic(text: str, directory: EventDirectory) -> TopicInfo:
    """The topic a row names: its name, code or class code, an alias, or a part of the
    name (``拆迁`` for 土地征收与拆迁); a blank cell means the general topic."""
    topics = directory.topics
    choices = [t.name for t in topics]
    if not text:
        if directory.general_topic is None:
            raise InvalidInput("topic", "required", {"choices": choices[:20]})
        return directory.general_topic
    key = _key(text)
    by_id = {t.id: t for t in topics}
    steps: tuple[Iterable[tuple[int, str]], ...] = (
        ((t.id, t.name) for t in topics if _key(t.name) == key),
        ((t.id, t.name) for t in topics if key in (t.code.lower(), t.national_class_code)),
        ((t.id, t.name) for t in topics if key in TOPIC_ALIASES.get(t.code, ())),
        ((t.id, t.name) for t in topics if key in map(_key, _SPLIT.split(t.name))),
        ((t.id, t.name) for t in topics if len(key) >= 2 and key in _key(t.name)),
        ((t.id, t.name) for t in topics if len(t.name) >= 2 and _key(t.name) in key),
    )
    for hits in steps:
        found = _one(hits)
        if found is not None:
            return by_id[found]
    raise InvalidInput("topic", "unknown", {"text": text[:30], "choices": choices[:20]})


def _room_number(text: str) -> int | None:
    match = _ROOM_NUMBER.match(_key(text))
    if match is None:
        return None
    try:
        return parse_count(match.group(1))
    except InvalidInput:
        return None


def match_request(text: str, directory: EventDirectory) -> tuple[int | None, int | None, str]:
    """(room id, leader id, what matched) for a cell naming a room (``3``, ``3号``,
    ``第三接待室``, its name) or a leader on duty (name, name + title, surname + title)."""
    if not text:
        return None, None, ""
    key = _key(text)
    number = _room_number(text)
    rooms = directory.rooms
    by_number = [r for r in rooms if r.number == number]
    if by_number:
        return by_number[0].id, None, f"{by_number[0].number}号 {by_number[0].name}"
    room_hits = [r for r in rooms if _key(r.name) == key] or [
        r for r in rooms if len(key) >= 2 and key in _key(r.name)
    ]
    on_duty = {i for r in rooms for i in r.leader_ids}
    leaders = [x for x in directory.leaders if x.id in on_duty]
    leader_hits = [
        x
        for x in leaders
        if key in (_key(x.name), _key(x.name + x.title), _key(x.name[:1] + x.title))
    ]
    if len(room_hits) + len(leader_hits) > 1:
        names = [r.name for r in room_hits] + [x.name for x in leader_hits]
        raise InvalidInput("request", "ambiguous", {"matches": names[:5]})
    if room_hits:
        return room_hits[0].id, None, f"{room_hits[0].number}号 {room_hits[0].name}"
    if leader_hits:
        leader = leader_hits[0]
        return None, leader.id, f"{leader.name} {leader.title}".strip()
    if number is not None:
        raise InvalidInput("request", "unknown_room", {"number": number})
    if any(_key(x.name) == key for x in directory.leaders):
        raise InvalidInput("request", "leader_not_on_duty", {"text": text[:30]})
    choices = [f"{r.number} {r.name}" for r in rooms] + [x.name for x in leaders]
    raise InvalidInput("request", "unknown", {"text": text[:30], "choices": choices[:20]})
