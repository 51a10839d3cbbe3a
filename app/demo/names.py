"""Fake people for demo and benchmark data: names, ID numbers, phones, addresses.

Everything is drawn from a caller's seeded :class:`random.Random`, so a seed always
gives the same people. Names come from our own lists (not Faker: its output changes
between versions), ID numbers from :func:`app.domain.identity.make_resident_id` with
region codes of one prefecture (金华 3307), phones are valid mainland mobiles, and
addresses look like ``清溪镇前塘村3组``. None of it describes a real person.
"""

from __future__ import annotations

import functools
import itertools
import random
from dataclasses import dataclass
from datetime import date, timedelta

from app.domain.identity import make_resident_id
from app.domain.types import Sex

#: The demo county's own code (most people) and its neighbours in the same prefecture.
HOME_REGION = "330726"
REGION_WEIGHTS: tuple[tuple[str, int], ...] = (
    (HOME_REGION, 85),
    ("330702", 3),
    ("330703", 2),
    ("330723", 2),
    ("330727", 2),
    ("330781", 2),
    ("330782", 2),
    ("330783", 1),
    ("330784", 1),
)

#: Townships of the (invented) demo county; the first is the county seat.
TOWNSHIPS: tuple[str, ...] = (
    "城关镇",
    "清溪镇",
    "石桥镇",
    "桃源镇",
    "新河镇",
    "青山镇",
    "东岭镇",
    "南湖镇",
    "梅林乡",
    "双塘乡",
    "大溪乡",
    "仙华街道",
)

# Roughly by frequency; the weights follow the national surname ranking loosely.
_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余"
    "杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史"
    "陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤楼虞应骆单解仇查翟乐柏"
)
_MALE_CHARS = (
    "伟强军勇杰涛明超辉刚平华建国文斌志红波宁飞鹏林海峰东亮成俊磊新春龙祥荣根金福德生"
    "贵发忠良财兴永水松才荣宝顺长庆家明浩宇轩睿博涵晨然子一泽航思诚"
)
_FEMALE_CHARS = (
    "秀英华玲芳娟敏静丽艳霞燕红梅兰凤桂珍萍琴云莲菊花美娜婷雪慧倩颖欣怡佳琳晶月素彩爱"
    "珠妹翠玉亚小春琪萱雨涵婉诗"
)
_VILLAGE_FIRST = "前后上下东西南北新大小高塘溪岭山坑桥湾畈岩杨黄石"
_VILLAGE_SECOND = "塘溪岭山坑桥湾畈头店园庄宅口源垄"
_STREETS = ("解放路", "人民路", "和平街", "建设路", "新华路", "文化路", "中山路", "江滨路")
_MOBILE_PREFIXES = tuple(
    str(n)
    for n in (
        *range(130, 140),
        *(150, 151, 152, 153, 155, 156, 157, 158, 159, 166, 173, 175, 176, 177, 178),
        *range(180, 190),
        *(191, 193, 195, 198, 199),
    )
)


@dataclass(frozen=True)
class FakePerson:
    """One invented person."""

    name: str
    sex: Sex
    birth_date: date
    id_number: str
    phone: str  # "" when the person gave none
    address: str
    township: str
    is_disabled: bool


def _zipf_weights(n: int, s: float = 0.9) -> list[float]:
    return list(itertools.accumulate(1.0 / (rank + 1) ** s for rank in range(n)))


@functools.cache
def _given_names(sex: Sex) -> tuple[tuple[str, ...], list[float]]:
    """A fixed pool of given names with cumulative Zipf weights (same for every seed).

    A bounded pool repeats names as real registers do (张伟 is common) and lets the
    county builder compute each distinct name's pinyin keys once.
    """
    chars = _MALE_CHARS if sex is Sex.MALE else _FEMALE_CHARS
    rng = random.Random(0x5EED + (sex is Sex.MALE))
    pool = dict.fromkeys(ch for ch in chars)
    pairs = [a + b for a in chars for b in chars if a != b]
    rng.shuffle(pairs)
    pool.update(dict.fromkeys(pairs[:2400]))
    names = list(pool)
    rng.shuffle(names)
    return tuple(names), _zipf_weights(len(names), 0.6)


@functools.cache
def _surnames() -> tuple[tuple[str, ...], list[float]]:
    chars = tuple(dict.fromkeys(_SURNAMES))
    return chars, _zipf_weights(len(chars), 1.0)


@functools.cache
def villages(township: str) -> tuple[str, ...]:
    """The invented villages of a township (the same list for every seed)."""
    rng = random.Random(township)
    found: dict[str, None] = {}
    while len(found) < 9:
        found[rng.choice(_VILLAGE_FIRST) + rng.choice(_VILLAGE_SECOND) + "村"] = None
    return tuple(found)


class PersonFactory:
    """Makes invented people from a seeded generator; ID numbers never repeat."""

    def __init__(self, rng: random.Random, today: date, taken: set[str] | None = None) -> None:
        self._rng = rng
        self._today = today
        self._taken: set[str] = taken if taken is not None else set()
        self._regions = [code for code, _ in REGION_WEIGHTS]
        self._region_weights = list(itertools.accumulate(w for _, w in REGION_WEIGHTS))

    def name(self, sex: Sex) -> str:
        """A name such as 王建华 or 李娜."""
        surnames, s_weights = _surnames()
        given, g_weights = _given_names(sex)
        choose = self._rng.choices
        return choose(surnames, cum_weights=s_weights)[0] + choose(given, cum_weights=g_weights)[0]

    def birth_date(self, min_age: int = 18, max_age: int = 88) -> date:
        """A birth date; ages skew towards 40-70 as visitors' do."""
        age = min(max_age, max(min_age, int(self._rng.triangular(min_age, max_age, 56))))
        return self._today - timedelta(days=age * 365 + self._rng.randrange(365))

    def id_number(self, birth: date, sex: Sex) -> str:
        """A checksum-valid resident ID number not handed out before by this factory."""
        region = self._rng.choices(self._regions, cum_weights=self._region_weights)[0]
        while True:
            seq = self._rng.randrange(500) * 2 + (1 if sex is Sex.MALE else 0)
            number = make_resident_id(region, birth, seq)
            if number not in self._taken:
                self._taken.add(number)
                return number

    def phone(self) -> str:
        """A valid mainland mobile number."""
        return self._rng.choice(_MOBILE_PREFIXES) + f"{self._rng.randrange(10**8):08d}"

    def address(self, township: str | None = None) -> tuple[str, str]:
        """(township, address): a village group, or a street address in the county seat."""
        rng = self._rng
        town = township or rng.choice(TOWNSHIPS)
        if town == TOWNSHIPS[0] and rng.random() < 0.5:
            street = rng.choice(_STREETS)
            return town, f"{town}{street}{rng.randint(1, 260)}号{rng.randint(1, 12)}幢"
        return town, f"{town}{rng.choice(villages(town))}{rng.randint(1, 12)}组"

    def person(
        self, *, township: str | None = None, phone_rate: float = 0.95, disabled_rate: float = 0.02
    ) -> FakePerson:
        """A whole person."""
        rng = self._rng
        sex = Sex.MALE if rng.random() < 0.58 else Sex.FEMALE
        birth = self.birth_date()
        town, address = self.address(township)
        return FakePerson(
            self.name(sex),
            sex,
            birth,
            self.id_number(birth, sex),
            self.phone() if rng.random() < phone_rate else "",
            address,
            town,
            rng.random() < disabled_rate,
        )
