"""Search keys for Chinese names, and what a desk search query looks like.

The desk finds a visitor by name, pinyin (``zhangsan``) or initials (``zs``), ID or
phone tail, ticket, query code, case number or the QR code of an appointment notice.
:func:`searchable_keys` gives the keys to store for a name; :func:`classify_query`
tells which of those searches a typed or scanned query can mean.

Readings: the surname (first character, or a compound surname such as 欧阳 when the
name has at least 3 Han characters) is read as a surname (单 shan, 曾 zeng, 尉迟 yuchi);
its everyday reading is kept as an alternative key. The given name is read by pypinyin
with word context; other readings of polyphonic characters (乐 le/yue) give alternative
keys, at most :data:`MAX_VARIANTS` full spellings and as many initials strings.
Pinyin is toneless, ``ü`` is written ``v`` (吕 ``lv``). Latin letters are lower-cased
and kept, digits kept, everything else dropped.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from app.domain.errors import InvalidInput
from app.domain.numbering import is_valid_query_code, parse_case_number

MAX_VARIANTS = 8
"""At most this many full spellings, and as many initials strings, per name."""

_MAX_READINGS_PER_CHAR = 3

QR_PREFIX = "RD1:"
"""Start of the payload of the QR code printed on appointment notices."""

_HAN_CLASS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_HAN_RE = re.compile(f"[{_HAN_CLASS}]")
_TOKEN_RE = re.compile(f"(?P<han>[{_HAN_CLASS}]+)|(?P<latin>[a-z]+)|(?P<digits>[0-9]+)")
_PINYIN_RE = re.compile("[a-z]+")

# Surname readings of characters that pypinyin reads otherwise, or that have other
# common readings (《现代汉语词典》 surname notes, 百家姓 usage); "-" splits syllables.
_SURNAME_TABLE = (
    "单:shan 曾:zeng 解:xie 仇:qiu 朴:piao 区:ou 查:zha 盖:ge 覃:qin 繁:po 员:yun "
    "乐:yue 缪:miao 翟:zhai 召:shao 黑:he 种:chong 折:she 宁:ning 秘:bi 句:gou "
    "华:hua 任:ren 纪:ji 费:fei 隗:wei 洗:xian 殷:yin 过:guo 藏:zang 朝:chao "
    "柏:bai 薄:bo 卜:bu 长:chang 重:chong 褚:chu 都:du 番:pan 葛:ge 贾:jia 角:jue "
    "阚:kan 六:lu 陆:lu 那:na 能:nai 佴:nai 粘:nian 乜:nie 莘:shen 沈:shen 石:shi "
    "宿:su 相:xiang 郇:huan 郗:xi 冼:xian 鲜:xian 燕:yan 叶:ye 尉:wei 俞:yu 恽:yun "
    "臧:zang 祭:zhai 占:zhan 禚:zhuo 谌:chen 盛:sheng 厍:she 佘:she 炅:gui 艾:ai "
    "谷:gu 瞿:qu 曲:qu 蔚:yu 亓:qi 万:wan 莫:mo 眭:sui 逄:pang "
    "欧阳:ou-yang 司马:si-ma 诸葛:zhu-ge 上官:shang-guan 尉迟:yu-chi 单于:chan-yu "
    "长孙:zhang-sun 令狐:ling-hu 万俟:mo-qi 澹台:tan-tai 公冶:gong-ye 东方:dong-fang "
    "皇甫:huang-fu 夏侯:xia-hou 宇文:yu-wen 慕容:mu-rong 司徒:si-tu 司空:si-kong "
    "公孙:gong-sun 轩辕:xuan-yuan 呼延:hu-yan 端木:duan-mu 独孤:du-gu 南宫:nan-gong "
    "西门:xi-men 百里:bai-li 东郭:dong-guo 闻人:wen-ren 赫连:he-lian 钟离:zhong-li "
    "宗政:zong-zheng 濮阳:pu-yang 淳于:chun-yu 太叔:tai-shu 申屠:shen-tu "
    "仲孙:zhong-sun 公羊:gong-yang 拓跋:tuo-ba 第五:di-wu 乐正:yue-zheng "
    "梁丘:liang-qiu 左丘:zuo-qiu 东门:dong-men 羊舌:yang-she 微生:wei-sheng "
    "公良:gong-liang 漆雕:qi-diao 亓官:qi-guan 司寇:si-kou 巫马:wu-ma 鲜于:xian-yu "
    "闾丘:lv-qiu 子车:zi-ju 颛孙:zhuan-sun 壤驷:rang-si 公西:gong-xi 谷梁:gu-liang "
    "段干:duan-gan 宰父:zai-fu 夹谷:jia-gu 公仪:gong-yi"
)


def _parse_surnames(table: str) -> dict[str, tuple[str, ...]]:
    pairs = (item.partition(":") for item in table.split())
    return {chars: tuple(readings.split("-")) for chars, _, readings in pairs}


_SURNAMES = _parse_surnames(_SURNAME_TABLE)
"""Surname (1 or 2 characters) -> its syllables."""


@dataclass(frozen=True, slots=True)
class NameKeys:
    """Pinyin keys of one name: ``张三`` gives ``full='zhangsan'``, ``initials='zs'``,
    ``full_spaced='zhang san'``. The ``*_variants`` start with the main key and add
    the other readings of polyphonic characters."""

    full: str
    initials: str
    full_spaced: str
    full_variants: tuple[str, ...]
    initials_variants: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Unit:
    """One syllable (or Latin word / digit run): readings and initials, main one first."""

    readings: tuple[str, ...]
    initials: tuple[str, ...]


@functools.cache
def _char_readings(ch: str) -> tuple[str, ...]:
    """All toneless readings pypinyin knows for one character, most common first."""
    from pypinyin import Style, pinyin  # on first use: its dictionaries load in ≈ 0.3 s

    found = pinyin(ch, style=Style.NORMAL, heteronym=True, errors="ignore")
    readings = found[0] if found else []
    return tuple(dict.fromkeys(r for r in readings if _PINYIN_RE.fullmatch(r)))


def _han_unit(main: str, others: Sequence[str]) -> _Unit | None:
    readings = tuple(dict.fromkeys(r for r in (main, *others) if r))[:_MAX_READINGS_PER_CHAR]
    if not readings:
        return None
    return _Unit(readings, tuple(dict.fromkeys(r[0] for r in readings)))


def _han_units(run: str, at_start: bool, han_count: int) -> list[_Unit | None]:
    """Units of a run of Han characters; ``at_start`` if the run begins the name."""
    units: list[_Unit | None] = []
    if at_start and han_count >= 3 and len(run) >= 2 and run[:2] in _SURNAMES:
        units += [_han_unit(r, ()) for r in _SURNAMES[run[:2]]]
        run = run[2:]
    elif at_start:
        everyday = _char_readings(run[0])[:1]
        units.append(_han_unit(_SURNAMES.get(run[0], ("",))[0], everyday))
        run = run[1:]
    known = "".join(ch for ch in run if _char_readings(ch))  # unknown characters dropped
    from pypinyin import Style, lazy_pinyin

    main = lazy_pinyin(known, style=Style.NORMAL)  # one reading per known character
    for ch, reading in zip(known, main, strict=True):
        units.append(_han_unit(reading, _char_readings(ch)))
    return units


def _units(name: str) -> list[_Unit]:
    text = unicodedata.normalize("NFKC", name).lower().replace("ü", "v")
    han_count = len(_HAN_RE.findall(text))
    units: list[_Unit | None] = []
    for index, m in enumerate(_TOKEN_RE.finditer(text)):
        token = m.group()
        if m.lastgroup == "han":
            units += _han_units(token, index == 0, han_count)
        elif m.lastgroup == "latin":
            units.append(_Unit((token,), (token[0],)))
        else:
            units.append(_Unit((token,), (token,)))
    return [u for u in units if u is not None]


def _combinations(choices: Sequence[Sequence[str]]) -> Iterator[str]:
    """Joined choices, main ones first, then with 1, 2, … alternatives swapped in."""
    flexible = [i for i, c in enumerate(choices) if len(c) > 1]
    for k in range(len(flexible) + 1):
        for positions in itertools.combinations(flexible, k):
            for picks in itertools.product(*(choices[p][1:] for p in positions)):
                chosen = [c[0] for c in choices]
                for p, pick in zip(positions, picks, strict=True):
                    chosen[p] = pick
                yield "".join(chosen)


def _bounded(choices: Sequence[Sequence[str]]) -> tuple[str, ...]:
    """The first ``MAX_VARIANTS`` distinct combinations, looking at a bounded number."""
    found: dict[str, None] = {}
    if choices:
        for combo in itertools.islice(_combinations(choices), 16 * MAX_VARIANTS):
            found[combo] = None
            if len(found) == MAX_VARIANTS:
                break
    return tuple(found)


def name_keys(name: str) -> NameKeys:
    """The pinyin keys of ``name`` (a person's name, possibly with Latin letters)."""
    units = _units(name)
    return NameKeys(
        full="".join(u.readings[0] for u in units),
        initials="".join(u.initials[0] for u in units),
        full_spaced=" ".join(u.readings[0] for u in units),
        full_variants=_bounded([u.readings for u in units]),
        initials_variants=_bounded([u.initials for u in units]),
    )


def searchable_keys(name: str) -> tuple[str, ...]:
    """Every distinct key to index for ``name``: full spellings, then initials."""
    keys = name_keys(name)
    return tuple(dict.fromkeys(keys.full_variants + keys.initials_variants))


def normalise_query(q: str) -> str:
    """A search box entry as keys are stored: half-width, lower case, no whitespace."""
    return "".join(unicodedata.normalize("NFKC", q).split()).lower().replace("ü", "v")


# -------------------------------------------------------------- queries


class QueryKind(StrEnum):
    """What a desk search entry can mean; one entry may mean several."""

    NAME = "name"  # contains Han characters
    PINYIN = "pinyin"  # Latin letters only: full pinyin or initials
    TICKET = "ticket"  # 1-4 digits, optionally after 1-3 letters: 87, 087, A087
    PHONE_TAIL = "phone_tail"  # 4-10 digits
    PHONE = "phone"  # 11 digits starting with 1
    ID_TAIL = "id_tail"  # 4-17 characters: digits, possibly ending in X
    ID_NUMBER = "id_number"  # a whole resident ID: 18 characters or the old 15 digits
    QUERY_CODE = "query_code"  # 8 characters with a valid check character
    CASE_NUMBER = "case_number"  # JF20261123-0042
    QR = "qr"  # a scanned notice payload starting with QR_PREFIX


_TICKET_QUERY_RE = re.compile("[a-z]{0,3}-?[0-9]{1,4}")
_ID_TAIL_RE = re.compile("[0-9]{3,16}[0-9x]")
_ID_NUMBER_RE = re.compile("[0-9]{17}[0-9x]|[0-9]{15}")


def classify_query(q: str) -> frozenset[QueryKind]:
    """Every kind of search ``q`` can mean; empty for an empty or meaningless entry.

    ``'1234'`` is a ticket, a phone tail and an ID tail; ``'zs'`` is pinyin;
    anything with a Han character is a name; a scan starting with :data:`QR_PREFIX`
    is only a QR payload.
    """
    if _is_qr(q):
        return frozenset({QueryKind.QR})
    s = normalise_query(q)
    if _HAN_RE.search(s):
        return frozenset({QueryKind.NAME})
    kinds: set[QueryKind] = set()
    if _PINYIN_RE.fullmatch(s):
        kinds.add(QueryKind.PINYIN)
    if _TICKET_QUERY_RE.fullmatch(s):
        kinds.add(QueryKind.TICKET)
    if is_valid_query_code(s):
        kinds.add(QueryKind.QUERY_CODE)
    if _looks_like_case_number(s):
        kinds.add(QueryKind.CASE_NUMBER)
    digits = s.replace("-", "")
    if digits.isdigit() and digits.isascii():
        if 4 <= len(digits) <= 10:
            kinds.add(QueryKind.PHONE_TAIL)
        elif len(digits) == 11 and digits.startswith("1"):
            kinds.add(QueryKind.PHONE)
    if _ID_TAIL_RE.fullmatch(digits):
        kinds.add(QueryKind.ID_TAIL)
    if _ID_NUMBER_RE.fullmatch(digits):
        kinds.add(QueryKind.ID_NUMBER)
    return frozenset(kinds)


def _looks_like_case_number(s: str) -> bool:
    try:
        parse_case_number(s)
    except InvalidInput:
        return False
    return True


# ----------------------------------------------------------- QR payloads


def _is_qr(s: str) -> bool:
    text = unicodedata.normalize("NFKC", s).strip()
    return text[: len(QR_PREFIX)].upper() == QR_PREFIX


_QR_KEY_RE = re.compile("[a-z][a-z0-9_]*")
_QR_VALUE_RE = re.compile("[!-:<-~]*")  # printable ASCII but space and ";"


def format_qr_payload(fields: Mapping[str, str]) -> str:
    """The QR payload for ``fields``, e.g. ``'RD1:visit=<uuid>;event=12'``.

    Raises:
        InvalidInput: ``qr``/``bad_field`` when there are no fields, or a key is not
            ``[a-z][a-z0-9_]*`` or a value is not printable ASCII without spaces and ``;``.
    """
    if not fields:
        raise InvalidInput("qr", "bad_field", {"key": ""})
    for key, value in fields.items():
        if not _QR_KEY_RE.fullmatch(key) or not _QR_VALUE_RE.fullmatch(value):
            raise InvalidInput("qr", "bad_field", {"key": key})
    return QR_PREFIX + ";".join(f"{key}={value}" for key, value in fields.items())


def parse_qr_payload(s: str) -> dict[str, str]:
    """The fields of a scanned notice: ``'RD1:visit=ab-12;event=12'`` gives
    ``{'visit': 'ab-12', 'event': '12'}``.

    Tolerates full-width punctuation (a scanner typing through a Chinese input
    method), a lower-case prefix, upper-case keys and a trailing ``;``.

    Raises:
        InvalidInput: field ``qr`` with reason ``bad_prefix`` (details ``expected``),
            ``malformed`` (details ``part``) or ``duplicate_key`` (details ``key``).
    """
    text = unicodedata.normalize("NFKC", s).strip()
    if not _is_qr(text):
        raise InvalidInput("qr", "bad_prefix", {"expected": QR_PREFIX})
    fields: dict[str, str] = {}
    for part in text[len(QR_PREFIX) :].split(";"):
        if not part.strip():
            continue
        key, sep, value = part.partition("=")
        key = key.strip().lower()
        if not sep or not key:
            raise InvalidInput("qr", "malformed", {"part": part})
        if key in fields:
            raise InvalidInput("qr", "duplicate_key", {"key": key})
        fields[key] = value.strip()
    if not fields:
        raise InvalidInput("qr", "malformed", {"part": ""})
    return fields
