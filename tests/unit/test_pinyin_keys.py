"""Pinyin search keys, query classification and QR payloads."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import InvalidInput
from app.domain.numbering import format_case_number, new_query_code
from app.domain.pinyin_keys import (
    MAX_VARIANTS,
    QR_PREFIX,
    NameKeys,
    QueryKind,
    classify_query,
    format_qr_payload,
    name_keys,
    normalise_query,
    parse_qr_payload,
    searchable_keys,
)

UNKNOWN_HAN = "\U00020002"  # a CJK Extension B character pypinyin has no reading for


def test_name_keys_of_a_plain_name() -> None:
    assert name_keys("张三") == NameKeys(
        full="zhangsan",
        initials="zs",
        full_spaced="zhang san",
        full_variants=("zhangsan",),
        initials_variants=("zs",),
    )
    assert searchable_keys("张三") == ("zhangsan", "zs")


@pytest.mark.parametrize(
    ("surname", "reading"),
    [
        ("单", "shan"), ("曾", "zeng"), ("解", "xie"), ("仇", "qiu"), ("朴", "piao"),
        ("区", "ou"), ("查", "zha"), ("盖", "ge"), ("覃", "qin"), ("繁", "po"),
        ("员", "yun"), ("乐", "yue"), ("缪", "miao"), ("翟", "zhai"), ("召", "shao"),
        ("黑", "he"), ("种", "chong"), ("折", "she"), ("宁", "ning"), ("秘", "bi"),
        ("句", "gou"), ("华", "hua"), ("任", "ren"), ("纪", "ji"), ("费", "fei"),
        ("隗", "wei"), ("洗", "xian"), ("殷", "yin"), ("过", "guo"), ("藏", "zang"),
        ("朝", "chao"), ("长", "chang"), ("万", "wan"), ("尉", "wei"), ("都", "du"),
    ],
)  # fmt: skip
def test_single_surnames_use_their_surname_reading(surname: str, reading: str) -> None:
    keys = name_keys(surname + "国")
    assert keys.full == reading + "guo"
    assert keys.initials == reading[0] + "g"


@pytest.mark.parametrize(
    ("name", "full", "initials"),
    [
        ("尉迟恭", "yuchigong", "ycg"),
        ("万俟卨", "moqixie", "mqx"),
        ("长孙无忌", "zhangsunwuji", "zswj"),
        ("单于天", "chanyutian", "cyt"),
        ("欧阳修", "ouyangxiu", "oyx"),
        ("司马光", "simaguang", "smg"),
        ("诸葛亮", "zhugeliang", "zgl"),
        ("上官婉儿", "shangguanwaner", "sgwe"),
        ("令狐冲", "linghuchong", "lhc"),
        ("澹台灭明", "tantaimieming", "ttmm"),
        ("乐正克", "yuezhengke", "yzk"),
        ("欧阳 修", "ouyangxiu", "oyx"),
    ],
)
def test_compound_surnames(name: str, full: str, initials: str) -> None:
    keys = name_keys(name)
    assert (keys.full, keys.initials) == (full, initials)


def test_two_character_name_is_surname_plus_given_name() -> None:
    # 单于 as a whole name is 单 (shan) + 于, not the compound surname 单于 (chanyu)
    assert name_keys("单于").full == "shanyu"
    # a lone first character split from the rest by a space is still a single surname
    assert name_keys("单 田芳").full_variants[:2] == ("shantianfang", "dantianfang")


@pytest.mark.parametrize(
    ("name", "full_variant", "initials_variant"),
    [
        ("单田芳", "dantianfang", "dtf"),  # the everyday reading of the surname
        ("曾国藩", "cengguofan", "cgf"),
        ("覃明", "tanming", "tm"),  # 覃 is also read tan as a surname
        ("李乐", "liyue", "ly"),  # polyphonic given name
        ("张行", "zhanghang", "zh"),
    ],
)
def test_alternative_readings_are_searchable(
    name: str, full_variant: str, initials_variant: str
) -> None:
    keys = name_keys(name)
    assert full_variant in keys.full_variants[1:]
    assert initials_variant in keys.initials_variants[1:]
    assert {full_variant, initials_variant} <= set(searchable_keys(name))


def test_variants_put_fewer_changes_first() -> None:
    keys = name_keys("李乐乐")
    assert keys.full_variants == ("lilele", "liyuele", "lileyue", "liyueyue")
    assert keys.initials_variants == ("lll", "lyl", "lly", "lyy")


def test_variants_are_bounded() -> None:
    keys = name_keys("曾乐乐行长朝重")
    assert len(keys.full_variants) == MAX_VARIANTS
    assert len(keys.initials_variants) == MAX_VARIANTS
    assert keys.full_variants[0] == keys.full
    assert keys.initials_variants[0] == keys.initials


def test_long_polyphonic_names_stay_cheap() -> None:
    keys = name_keys("乐" * 200)  # 2**199 combinations if nothing bounded them
    assert keys.full == "yue" + "le" * 199  # 乐 as a surname is yue
    assert len(keys.full_variants) == len(keys.initials_variants) == MAX_VARIANTS


@pytest.mark.parametrize(
    ("name", "full", "initials", "spaced"),
    [
        ("Ｊｏｈｎ Smith", "johnsmith", "js", "john smith"),
        ("张三2", "zhangsan2", "zs2", "zhang san 2"),
        ("李A明", "liaming", "lam", "li a ming"),
        ("吕布", "lvbu", "lb", "lv bu"),
        ("Lü Bu", "lvbu", "lb", "lv bu"),
        ("阿卜杜拉·买买提", "abodulamaimaiti", "abdlmmt", "a bo du la mai mai ti"),
        (f"张{UNKNOWN_HAN}三", "zhangsan", "zs", "zhang san"),
        (f"{UNKNOWN_HAN}三", "san", "s", "san"),
        ("（张三）", "zhangsan", "zs", "zhang san"),
    ],
)
def test_non_han_and_unknown_characters(name: str, full: str, initials: str, spaced: str) -> None:
    keys = name_keys(name)
    assert (keys.full, keys.initials, keys.full_spaced) == (full, initials, spaced)


@pytest.mark.parametrize("name", ["", "  ", "!!", "·", UNKNOWN_HAN])
def test_names_without_keys(name: str) -> None:
    assert name_keys(name) == NameKeys("", "", "", (), ())
    assert searchable_keys(name) == ()


names = st.text(
    st.one_of(
        st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
        st.sampled_from("单曾乐行长重朝覃欧阳尉迟万俟 ·AbZ09Ａ１ü"),
        st.characters(),
    ),
    max_size=8,
)


@given(names)
def test_keys_are_bounded_ascii(name: str) -> None:
    keys = name_keys(name)
    for key in (*keys.full_variants, *keys.initials_variants):
        assert re.fullmatch("[a-z0-9]+", key)
    assert keys.full == keys.full_spaced.replace(" ", "")
    assert len(keys.initials) <= len(keys.full)
    assert len(keys.full_variants) <= MAX_VARIANTS >= len(keys.initials_variants)
    if keys.full:
        assert keys.full_variants[0] == keys.full
        assert keys.initials_variants[0] == keys.initials
    found = searchable_keys(name)
    assert len(found) == len(set(found))
    assert set(found) == set(keys.full_variants) | set(keys.initials_variants)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("  Ｚ Ｓ ", "zs"),
        ("张 三", "张三"),
        ("Lü", "lv"),
        ("ZhangSan", "zhangsan"),
        ("１３８\u3000１２３４", "1381234"),
    ],
)
def test_normalise_query(query: str, expected: str) -> None:
    assert normalise_query(query) == expected


# ------------------------------------------------------------- classification

K = QueryKind
VALID_CODE = new_query_code(lambda n: 3 % n)  # deterministic: "5555555" + check


@pytest.mark.parametrize(
    ("query", "kinds"),
    [
        ("", set()),
        ("   ", set()),
        ("!!", set()),
        ("张三", {K.NAME}),
        ("张s", {K.NAME}),
        ("zs", {K.PINYIN}),
        ("ZhangSan", {K.PINYIN}),
        ("87", {K.TICKET}),
        ("087", {K.TICKET}),
        ("A087", {K.TICKET}),
        ("a-87", {K.TICKET}),
        ("1234", {K.TICKET, K.PHONE_TAIL, K.ID_TAIL}),
        ("５６７８", {K.TICKET, K.PHONE_TAIL, K.ID_TAIL}),
        ("45678", {K.PHONE_TAIL, K.ID_TAIL}),
        ("451X", {K.ID_TAIL}),
        ("451x", {K.ID_TAIL}),
        ("13812345678", {K.PHONE, K.ID_TAIL}),
        ("138-1234-5678", {K.PHONE, K.ID_TAIL}),
        ("23812345678", {K.ID_TAIL}),
        ("110101199003074514", {K.ID_NUMBER}),
        ("11010119900307451X", {K.ID_NUMBER}),
        ("110101900307451", {K.ID_NUMBER, K.ID_TAIL}),
        ("1101011990030745141", set()),
        ("٣٤٥٦", set()),  # digits, but not ASCII ones
        ("JF20261123-0042", {K.CASE_NUMBER}),
        ("jf20261123-0042", {K.CASE_NUMBER}),
        (VALID_CODE, {K.QUERY_CODE}),
        (VALID_CODE.lower()[:4] + " " + VALID_CODE[4:], {K.QUERY_CODE}),
        ("ABCDEFGH", {K.PINYIN}),  # 8 letters, but the check character is wrong
        ("RD1:visit=abc;event=12", {K.QR}),
        (" rd1:visit=abc", {K.QR}),
    ],
)
def test_classify_query(query: str, kinds: set[QueryKind]) -> None:
    assert classify_query(query) == kinds


def test_classify_a_printed_case_number() -> None:
    from datetime import date

    assert classify_query(format_case_number(date(2026, 11, 23), 12345)) == {K.CASE_NUMBER}


# ---------------------------------------------------------------- QR payloads


def test_qr_round_trip() -> None:
    fields = {"visit": "0b7c6f0e-4a5d-4e8b-9a51-3f3c1c2d9e10", "event": "12"}
    payload = format_qr_payload(fields)
    assert payload == f"{QR_PREFIX}visit=0b7c6f0e-4a5d-4e8b-9a51-3f3c1c2d9e10;event=12"
    assert parse_qr_payload(payload) == fields


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ("RD1:visit=ab-12;event=12", {"visit": "ab-12", "event": "12"}),
        ("rd1:VISIT=ab;event=12;", {"visit": "ab", "event": "12"}),
        ("RD1：visit＝ab；event＝12", {"visit": "ab", "event": "12"}),  # full-width input
        ("  RD1: visit = ab ", {"visit": "ab"}),
        ("RD1:note=a=b", {"note": "a=b"}),
        ("RD1:empty=", {"empty": ""}),
    ],
)
def test_parse_qr_payload(payload: str, expected: dict[str, str]) -> None:
    assert parse_qr_payload(payload) == expected


@pytest.mark.parametrize(
    ("payload", "reason", "details"),
    [
        ("visit=ab", "bad_prefix", {"expected": QR_PREFIX}),
        ("RD2:visit=ab", "bad_prefix", {"expected": QR_PREFIX}),
        ("RD1:", "malformed", {"part": ""}),
        ("RD1:;;", "malformed", {"part": ""}),
        ("RD1:visit", "malformed", {"part": "visit"}),
        ("RD1:=ab", "malformed", {"part": "=ab"}),
        ("RD1:visit=a;visit=b", "duplicate_key", {"key": "visit"}),
    ],
)
def test_parse_qr_payload_rejects(payload: str, reason: str, details: dict[str, str]) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_qr_payload(payload)
    assert (caught.value.field, caught.value.reason, caught.value.details) == (
        "qr",
        reason,
        details,
    )


@pytest.mark.parametrize(
    ("fields", "key"),
    [
        ({}, ""),
        ({"Visit": "a"}, "Visit"),
        ({"a;b": "x"}, "a;b"),
        ({"visit": "a;b"}, "visit"),
        ({"visit": "a b"}, "visit"),
        ({"name": "张三"}, "name"),
    ],
)
def test_format_qr_payload_rejects(fields: dict[str, str], key: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        format_qr_payload(fields)
    assert (caught.value.reason, caught.value.details) == ("bad_field", {"key": key})


@given(
    st.dictionaries(
        st.from_regex("[a-z][a-z0-9_]{0,8}", fullmatch=True),
        st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E, exclude_characters=";")),
        min_size=1,
        max_size=4,
    )
)
def test_qr_round_trip_property(fields: dict[str, str]) -> None:
    payload = format_qr_payload(fields)
    assert classify_query(payload) == {K.QR}
    assert parse_qr_payload(payload) == fields
