"""Masking of ID numbers, phones, names and addresses. All data is fake."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.identity import make_resident_id
from app.domain.masking import (
    COMPOUND_SURNAMES,
    mask_address,
    mask_id_number,
    mask_name,
    mask_phone,
    public_name,
)

ID18 = make_resident_id("110105", date(1990, 1, 1), 2)  # 110105199001010029


@pytest.mark.parametrize(
    ("number", "masked"),
    [
        (ID18, "110105********0029"),
        (" 110105 19900101 0029 ", "110105********0029"),
        ("１１０１０５１９９００１０１００２ｘ", "110105********002X"),
        ("110105900101002", "110105*****1002"),
        ("ABCDEFGHIJKLMNOPQRST", "ABCDEF**********QRST"),
        ("E12345678", "E1*****78"),
        ("1234567", "12***67"),
        ("12345678901234", "12**********34"),
        ("AB123", "A***3"),
        ("AB1234", "A****4"),
        ("1234", "****"),
        ("1", "*"),
        ("", ""),
    ],
)
def test_mask_id_number(number: str, masked: str) -> None:
    assert mask_id_number(number) == masked


@pytest.mark.parametrize(
    ("phone", "masked"),
    [
        ("13812348000", "138****8000"),
        ("+86 138-1234-8000", "138****8000"),
        ("0571-87654321", "0571-****4321"),
        ("0571-8765432", "0571-***5432"),
        ("010 62345678", "010-****5678"),
        ("0571-87654321转123", "0571-****4321-***"),
        ("12345", "1***5"),  # not a phone: masked like any number of that length
        ("abc def gh", "ab****gh"),
        ("", ""),
    ],
)
def test_mask_phone(phone: str, masked: str) -> None:
    assert mask_phone(phone) == masked


@pytest.mark.parametrize(
    ("name", "masked"),
    [
        ("李四", "李*"),
        ("张三丰", "张*丰"),
        ("张三丰四", "张**四"),
        (" 张三丰\t", "张*丰"),
        ("欧阳娜娜", "欧阳*娜"),
        ("欧阳娜", "欧阳*"),
        ("司马相如", "司马*如"),
        ("诸葛孔明", "诸葛*明"),
        ("欧阳", "欧*"),  # nothing after the compound: read as surname 欧 + given 阳
        ("张", "*"),
        ("阿依古丽·买买提", "阿***·**提"),
        ("John Smith", "J***"),
        ("mary", "m***"),
        ("1abc", "***"),
        ("", ""),
        ("   ", ""),
    ],
)
def test_mask_name(name: str, masked: str) -> None:
    assert mask_name(name) == masked
    assert public_name(name) == masked


@pytest.mark.parametrize(
    ("address", "masked"),
    [
        ("浙江省杭州市西湖区文三路100号", "浙江省杭州市西湖区****"),
        ("某某县城关镇人民路5号", "某某县城关镇****"),
        ("某某县和平乡东村3组", "某某县和平乡****"),
        ("某某市某某区北门街道幸福小区2栋", "某某市某某区北门街道****"),
        ("某某县城关镇", "某某县城关镇"),
        ("北京市朝阳区", "北京市朝阳区"),
        (" 某某县 城关镇 人民路 5号 ", "某某县城关镇****"),
        ("人民路一二三四五六七八九十号", "人民路一二三****"),
        ("东村", "东村"),
        ("一二三四五六七八九十一二三四五六七八九十镇", "一二三四五六****"),
        ("", ""),
    ],
)
def test_mask_address(address: str, masked: str) -> None:
    assert mask_address(address) == masked


def test_compound_surnames_are_two_characters() -> None:
    assert all(len(surname) == 2 for surname in COMPOUND_SURNAMES)
    assert {"欧阳", "司马", "诸葛", "上官", "慕容", "南宫"} <= COMPOUND_SURNAMES


# -- properties -------------------------------------------------------------------------

hanzi = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)


def _visible(masked: str) -> int:
    return sum(char != "*" for char in masked)


@given(st.text(alphabet="0123456789ABCDEFGHJKLMNPQRSTUVWXYZ", max_size=30))
def test_id_masking_reveals_little(number: str) -> None:
    masked = mask_id_number(number)
    assert len(masked) == len(number)
    assert all(m in ("*", c) for m, c in zip(masked, number, strict=True))
    assert _visible(masked) <= 10
    assert 3 * (len(number) - _visible(masked)) >= len(number)
    if len(number) <= 4:
        assert _visible(masked) == 0


@given(
    st.sampled_from("3456789"),
    st.text(alphabet="0123456789", min_size=9, max_size=9),
)
def test_mobile_masking_shows_seven_digits(second: str, rest: str) -> None:
    mobile = f"1{second}{rest}"
    masked = mask_phone(mobile)
    assert masked == mobile[:3] + "****" + mobile[-4:]


@given(st.text(alphabet=hanzi, min_size=1, max_size=8))
def test_name_masking_reveals_surname_and_one_more(name: str) -> None:
    masked = mask_name(name)
    assert len(masked) == len(name)
    assert all(m in ("*", c) for m, c in zip(masked, name, strict=True))
    surname = 2 if name[:2] in COMPOUND_SURNAMES and len(name) >= 3 else 1
    assert _visible(masked) <= surname + 1
    assert "*" in masked
    if len(name) >= 2:
        assert masked[:surname] == name[:surname]


@given(st.text(max_size=60))
def test_address_masking_keeps_at_most_a_short_prefix(address: str) -> None:
    masked = mask_address(address)
    compact = "".join(address.split())
    if masked == compact:
        assert len(compact) <= 20
    else:
        kept = masked.removesuffix("****")
        assert masked.endswith("****")
        assert compact.startswith(kept)
        assert len(kept) <= 20
