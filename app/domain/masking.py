"""Masking of personal data for screens, slips and exports (DESIGN §7).

Rules, each keeping the length of the masked part visible (one ``*`` per hidden char):

ID numbers (any document)
    18 or more characters (resident IDs, 15-digit legacy too): first 6 and last 4;
    7-14: first 2 and last 2; 5-6: first and last; 1-4: all hidden.
Phones
    mobile ``138****8000``; landline keeps the area code and the last 4 of the local
    number, the extension is hidden: ``0571-****4321-***``. Text that is not a valid
    phone is masked like an ID number of that length.
Names (``mask_name`` = ``public_name``, for the hall display)
    Chinese: the surname stays (a compound surname such as 欧阳 counts as the surname
    when at least one character follows it); of the given name only its last character
    stays, and only when the given name has 2+ characters:
    李四 -> 李*, 张三丰 -> 张*丰, 欧阳娜娜 -> 欧阳*娜, 司马相如 -> 司马*如, 欧阳娜 -> 欧阳*.
    Separators (``·``, spaces) inside the given name stay as they are.
    A one-character name is fully hidden. Latin names: first letter + ``***``.
Addresses
    kept up to the first township marker (街道/镇/乡) within the first 20 characters,
    else up to the last county marker (县/区/旗/市) within the first 12, else the first
    6 characters; anything after is replaced by ``****``.
Unreadable values
    :data:`UNREADABLE` — what a field sealed with a lost key reads as — passes every
    mask unchanged: it is a marker, not a person's data.
"""

from __future__ import annotations

import re

from app.domain.errors import InvalidInput
from app.domain.identity import normalise_document_number
from app.domain.phone import parse_phone

__all__ = [
    "COMPOUND_SURNAMES",
    "UNREADABLE",
    "mask_address",
    "mask_id_number",
    "mask_name",
    "mask_phone",
    "public_name",
]

STAR = "*"
ADDRESS_STARS = "****"

#: What an ID number, phone or address sealed with a lost key reads as (``key
#: replace-lost``): exports and printed papers show it as it is, the stations through
#: their translation. Never stored: assigning it to a sealed field changes nothing.
UNREADABLE = "〔无法解密〕"

#: Two-character surnames (复姓) recognised by :func:`mask_name`.
COMPOUND_SURNAMES = frozenset(
    {
        "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "令狐", "长孙",
        "慕容", "宇文", "司徒", "夏侯", "轩辕", "端木", "西门", "南宫", "独孤", "东郭",
        "百里", "呼延", "万俟", "闻人", "澹台", "公冶", "太史", "申屠", "钟离", "拓跋",
        "赫连", "司空", "第五", "淳于", "单于", "濮阳", "公羊", "左丘", "东门", "仲孙",
        "羊舌", "微生", "梁丘", "谷梁", "段干", "巫马", "乐正", "壤驷", "漆雕", "子车",
    }
)  # fmt: skip

_NAME_SEPARATORS = frozenset("·•・. ")
_TOWNSHIP = re.compile(r"街道|镇|乡")
_COUNTY = re.compile(r"[县区旗市]")
_TOWNSHIP_WITHIN = 20
_COUNTY_WITHIN = 12
_ADDRESS_FALLBACK = 6


def _keep_ends(text: str, head: int, tail: int) -> str:
    hidden = len(text) - head - tail
    return text[:head] + STAR * hidden + (text[-tail:] if tail else "")


def _mask_generic(text: str) -> str:
    length = len(text)
    if length >= 15:
        return _keep_ends(text, 6, 4)
    if length >= 7:
        return _keep_ends(text, 2, 2)
    if length >= 5:
        return _keep_ends(text, 1, 1)
    return STAR * length


def mask_id_number(number: str) -> str:
    """Mask an ID number: '110105199001010021' -> '110105********0021' (rules above)."""
    if number == UNREADABLE:
        return number
    return _mask_generic(normalise_document_number(number))


def mask_phone(number: str) -> str:
    """Mask a phone: '13812348000' -> '138****8000', '0571-87654321' -> '0571-****4321'."""
    if number == UNREADABLE:
        return number
    try:
        phone = parse_phone(number)
    except InvalidInput:
        return _mask_generic("".join(number.split()))
    if phone.kind == "mobile":
        return _keep_ends(phone.normalised, 3, 4)
    area, local, *extension = phone.normalised.split("-")
    masked = f"{area}-{_keep_ends(local, 0, 4)}"
    return masked + "".join(f"-{STAR * len(part)}" for part in extension)


def _mask_given(given: str) -> str:
    letters = [char for char in given if char not in _NAME_SEPARATORS]
    keep_last = len(letters) >= 2
    out: list[str] = []
    for index, char in enumerate(given):
        is_last = index == len(given) - 1
        out.append(char if char in _NAME_SEPARATORS or (keep_last and is_last) else STAR)
    return "".join(out)


def mask_name(name: str) -> str:
    """Mask a person's name for public display: 张三丰 -> 张*丰, 李四 -> 李* (rules above)."""
    text = " ".join(name.split())
    if not text:
        return ""
    if text[0].isascii():
        return text[0] + STAR * 3 if text[0].isalpha() else STAR * 3
    if len(text) == 1:
        return STAR
    surname_length = 2 if text[:2] in COMPOUND_SURNAMES and len(text) >= 3 else 1
    return text[:surname_length] + _mask_given(text[surname_length:])


def public_name(name: str) -> str:
    """The name as shown on the hall display and other public screens (= mask_name)."""
    return mask_name(name)


def mask_address(address: str) -> str:
    """Keep an address down to about the township, hide the rest with '****'."""
    if address == UNREADABLE:
        return address
    text = "".join(address.split())
    township = _TOWNSHIP.search(text, 0, _TOWNSHIP_WITHIN)
    if township:
        cut = township.end()
    else:
        counties = list(_COUNTY.finditer(text, 0, _COUNTY_WITHIN))
        cut = counties[-1].end() if counties else _ADDRESS_FALLBACK
    return text if len(text) <= cut else text[:cut] + ADDRESS_STARS
