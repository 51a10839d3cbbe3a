"""The demo county's standing directory and the layout of a Qujiang-like reception day.

Topics (the default catalogue), about 30 responsible units (county bureaus and the
townships), topic→unit suggestion rules, 15 leaders, and 15 rooms by topic. Everything
goes through :class:`~app.services.setup.SetupService`; what already exists (by topic
code, unit name, leader title) is reused, so the directory can be ensured twice.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app.bootstrap import Services
from app.demo.names import TOWNSHIPS, PersonFactory
from app.domain.types import Sex
from app.models import Leader, Topic, TopicUnitRule, Unit
from app.services.catalogue import DEFAULT_TOPICS
from app.services.setup_data import EventDraft, RoomDraft, UnitDraft

VENUE = "县实验中学"
ORGANISATION = "县委县政府信访工作联席会议办公室"

#: (name, short name) of the county departments and bodies.
DEPARTMENTS: tuple[tuple[str, str], ...] = (
    ("县自然资源和规划局", "自然资源局"),
    ("县人力资源和社会保障局", "人社局"),
    ("县生态环境局", "生态环境局"),
    ("县住房和城乡建设局", "住建局"),
    ("县农业农村局", "农业农村局"),
    ("县水利局", "水利局"),
    ("县交通运输局", "交通运输局"),
    ("县公安局", "公安局"),
    ("县人民法院", "法院"),
    ("县人民检察院", "检察院"),
    ("县司法局", "司法局"),
    ("县民政局", "民政局"),
    ("县卫生健康局", "卫健局"),
    ("县医疗保障局", "医保局"),
    ("县教育局", "教育局"),
    ("县退役军人事务局", "退役军人局"),
    ("县市场监督管理局", "市场监管局"),
    ("县应急管理局", "应急管理局"),
    ("县纪委县监委", "纪委监委"),
)

#: Lead-unit suggestions per topic code, best first (short names).
RULES: dict[str, tuple[str, ...]] = {
    "land": ("自然资源局", "住建局"),
    "urban": ("住建局", "自然资源局", "市场监管局"),
    "labour": ("人社局", "医保局"),
    "safety_env": ("生态环境局", "应急管理局"),
    "agri": ("农业农村局", "水利局", "自然资源局"),
    "transport": ("交通运输局",),
    "law": ("法院", "检察院", "司法局"),
    "discipline": ("纪委监委",),
    "civil": ("民政局",),
    "health": ("卫健局", "医保局"),
    "education": ("教育局",),
    "enterprise": ("市场监管局", "人社局"),
    "veterans": ("退役军人局",),
    "public_security": ("公安局", "司法局"),
    "other": ("司法局",),
}

#: Topics whose hand-over usually goes to the petitioner's township.
TOWNSHIP_TOPICS = frozenset({"land", "agri", "discipline", "civil", "other"})

LEADER_TITLES: tuple[str, ...] = (
    "县委书记",
    "县委副书记、县长",
    "县人大常委会主任",
    "县政协主席",
    "县委副书记",
    "县委常委、常务副县长",
    "县委常委、政法委书记",
    "县委常委、纪委书记、监委主任",
    "县委常委、组织部部长",
    "县委常委、宣传部部长",
    "副县长（分管城建交通）",
    "副县长、公安局局长",
    "副县长（分管农业水利）",
    "县人民法院院长",
    "县信访局局长",
)

#: Rooms: (name, topic codes, units present by short name or township, general?).
ROOMS: tuple[tuple[str, tuple[str, ...], tuple[str, ...], bool], ...] = (
    ("土地征收与拆迁接待室（一）", ("land",), ("自然资源局", "城关镇", "住建局"), False),
    ("土地征收与拆迁接待室（二）", ("land",), ("自然资源局", "清溪镇", "石桥镇"), False),
    ("城乡建设与住房接待室", ("urban",), ("住建局", "市场监管局"), False),
    ("劳动和社会保障接待室（一）", ("labour",), ("人社局", "医保局"), False),
    ("劳动和社会保障接待室（二）", ("labour", "enterprise"), ("人社局", "市场监管局"), False),
    ("安全生产与环境保护接待室", ("safety_env",), ("生态环境局", "应急管理局"), False),
    ("农林水利接待室", ("agri",), ("农业农村局", "水利局", "桃源镇"), False),
    ("交通基础设施接待室", ("transport",), ("交通运输局", "新河镇"), False),
    ("涉法涉诉接待室", ("law",), ("法院", "检察院", "司法局"), False),
    ("基层组织与党风廉政接待室", ("discipline",), ("纪委监委", "青山镇"), False),
    ("民政与退役军人事务接待室", ("civil", "veterans"), ("民政局", "退役军人局"), False),
    ("卫生健康接待室", ("health",), ("卫健局", "医保局"), False),
    ("教育文体接待室", ("education",), ("教育局", "东岭镇"), False),
    ("治安与户籍接待室", ("public_security",), ("公安局", "司法局"), False),
    ("综合接待室", ("other", "enterprise"), ("司法局", "南湖镇", "梅林乡"), True),
)


@dataclass(frozen=True)
class Directory:
    """Ids of what the demo needs from the standing directory."""

    topics: dict[str, int]  # topic code -> id
    units: dict[str, int]  # short name (or township name) -> id
    rules: dict[str, tuple[int, ...]]  # topic code -> suggested unit ids, best first
    leaders: tuple[int, ...]  # in LEADER_TITLES order


def township_unit_name(township: str) -> str:
    """The unit name of a township: 城关镇 -> 城关镇人民政府 (街道 -> 街道办事处)."""
    return township + ("办事处" if township.endswith("街道") else "人民政府")


def ensure_directory(services: Services, rng: random.Random) -> Directory:
    """Topics, units, rules and leaders of the demo county; missing ones are added."""
    setup, db = services.setup, services.ctx.db
    with db.read() as s:
        topics = dict(s.execute(select(Topic.code, Topic.id)).all())
        units = dict(s.execute(select(Unit.name, Unit.id)).all())
        rules = {
            (t, u) for t, u in s.execute(select(TopicUnitRule.topic_id, TopicUnitRule.unit_id))
        }
        leaders = dict(s.execute(select(Leader.title, Leader.id)).all())
    for draft in DEFAULT_TOPICS:
        if draft.code not in topics:
            topics[draft.code] = setup.add_topic(draft).value.id
    by_short: dict[str, int] = {}
    wanted = [(name, short, "department") for name, short in DEPARTMENTS]
    wanted += [(township_unit_name(t), t, "township") for t in TOWNSHIPS]
    for name, short, kind in wanted:
        if name not in units:
            units[name] = setup.add_unit(UnitDraft(name, short, kind)).value.id
        by_short[short] = units[name]
    rule_ids: dict[str, tuple[int, ...]] = {}
    for code, shorts in RULES.items():
        ids = tuple(by_short[short] for short in shorts)
        for rank, unit_id in enumerate(ids):
            if (topics[code], unit_id) not in rules:
                setup.add_topic_unit_rule(topics[code], unit_id, rank)
        rule_ids[code] = ids
    people = PersonFactory(rng, date(2026, 1, 1))
    leader_ids = []
    for title in LEADER_TITLES:
        if title not in leaders:
            name = people.name(Sex.MALE if rng.random() < 0.8 else Sex.FEMALE)
            leaders[title] = setup.add_leader(name, title).value.id
        leader_ids.append(leaders[title])
    return Directory(topics, by_short, rule_ids, tuple(leader_ids))


def create_event(services: Services, directory: Directory, name: str, day: date) -> int:
    """A reception day at the venue with the 15 rooms of :data:`ROOMS`; its id."""
    setup = services.setup
    event_id = setup.create_event(EventDraft(name, day, VENUE, ORGANISATION, "JF")).value.id
    for number, (room_name, codes, present, general) in enumerate(ROOMS, start=1):
        setup.add_room(
            event_id,
            RoomDraft(
                number,
                room_name,
                frozenset(directory.topics[c] for c in codes),
                frozenset(directory.units[u] for u in present),
                frozenset({directory.leaders[number - 1]}),
                location=f"教学楼{'AB'[number > 8]}{100 + number}室",
                is_general=general,
            ),
        )
    return event_id
