"""Resident ID numbers (GB 11643-1999) and other identity documents.

Every number here is generated with computed check characters; none belongs to a person.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import InvalidInput
from app.domain.identity import (
    IdentityDocument,
    ResidentId,
    id_tail,
    legacy_to_18,
    make_resident_id,
    normalise_document_number,
    parse_document,
    parse_resident_id,
    resident_id_check_char,
)
from app.domain.regions import county_codes
from app.domain.types import DocumentType, Sex

TODAY = date(2024, 6, 1)
FULL_WIDTH = str.maketrans("0123456789Xx", "０１２３４５６７８９Ｘｘ")


def reference_check_char(first17: str) -> str:
    """Straight from the standard: sum(a_i * 2^(i-1) mod 11), check = (12 - sum) mod 11."""
    total = sum(int(d) * (2 ** (18 - i - 1) % 11) for i, d in enumerate(first17))
    value = (12 - total % 11) % 11
    return "X" if value == 10 else str(value)


def with_check(first17: str) -> str:
    return first17 + reference_check_char(first17)


def ending_in_x() -> str:
    return next(
        number
        for seq in range(1000)
        if (number := make_resident_id("110105", date(1990, 1, 1), seq)).endswith("X")
    )


def rejection(raw: str, today: date = TODAY) -> InvalidInput:
    with pytest.raises(InvalidInput) as caught:
        parse_resident_id(raw, today)
    assert caught.value.field == "id_number"
    return caught.value


# -- check character --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first17", "char"),
    [("11010519491231002", "X"), ("44052418800101001", "4"), ("11010519900101002", "9")],
)
def test_check_char_examples(first17: str, char: str) -> None:
    assert resident_id_check_char(first17) == char


@given(st.text(alphabet="0123456789", min_size=17, max_size=17))
def test_check_char_matches_the_standard_formula(first17: str) -> None:
    assert resident_id_check_char(first17) == reference_check_char(first17)


@pytest.mark.parametrize("bad", ["", "1234", "1101051990010100", "110105199001010021", "a" * 17])
def test_check_char_wants_17_digits(bad: str) -> None:
    with pytest.raises(ValueError, match="17"):
        resident_id_check_char(bad)


def test_check_char_refuses_full_width_digits() -> None:
    with pytest.raises(ValueError, match="17"):
        resident_id_check_char("1" * 16 + "１")


# -- accepted numbers -------------------------------------------------------------------


def test_parse_valid_number() -> None:
    number = make_resident_id("110105", date(1990, 1, 1), 2)
    assert number == "110105199001010029"
    assert parse_resident_id(number, TODAY) == ResidentId(
        number, "110105", date(1990, 1, 1), Sex.FEMALE
    )


@pytest.mark.parametrize(
    ("seq", "sex"), [(0, Sex.FEMALE), (1, Sex.MALE), (998, Sex.FEMALE), (999, Sex.MALE)]
)
def test_sex_from_the_17th_digit(seq: int, sex: Sex) -> None:
    number = make_resident_id("130102", date(1975, 5, 17), seq)
    assert parse_resident_id(number, TODAY).sex is sex


@pytest.mark.parametrize(
    "decorate",
    [
        lambda n: n.lower(),
        lambda n: f"  {n}\t",
        lambda n: n.translate(FULL_WIDTH),
        lambda n: f"\u3000{n[:6]} {n[6:14]} {n[14:]}\u3000",
    ],
)
def test_normalisation(decorate: Callable[[str], str]) -> None:
    number = ending_in_x()
    assert parse_resident_id(decorate(number), TODAY).number == number


@pytest.mark.parametrize(
    ("region", "birth"),
    [
        ("110103", date(1980, 3, 4)),  # abolished region code
        ("810000", date(1995, 7, 1)),  # 港澳台居民居住证
        ("830000", date(1988, 2, 29)),
        ("142102", date(1970, 1, 1)),  # unlisted legacy 城区 code
        ("110105", date(1900, 1, 1)),  # earliest accepted
        ("110105", TODAY),  # born today
    ],
)
def test_accepted_edge_cases(region: str, birth: date) -> None:
    result = parse_resident_id(make_resident_id(region, birth, 123), TODAY)
    assert (result.region_code, result.birth_date) == (region, birth)


def test_legacy_15_digits_become_18() -> None:
    number18 = make_resident_id("110105", date(1965, 8, 9), 31)
    number15 = number18[:6] + number18[8:17]
    result = parse_resident_id(number15, TODAY)
    assert result == ResidentId(number18, "110105", date(1965, 8, 9), Sex.MALE)
    assert legacy_to_18(number15) == number18


@pytest.mark.parametrize("bad", ["", "11010565080903", "11010565080903X", "１" * 15])
def test_legacy_to_18_wants_15_digits(bad: str) -> None:
    with pytest.raises(ValueError, match="15"):
        legacy_to_18(bad)


# -- rejections ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "reason", "details"),
    [
        ("", "length", {"length": 0, "expected": [15, 18]}),
        ("   ", "length", {"length": 0, "expected": [15, 18]}),
        ("12345", "length", {"length": 5, "expected": [15, 18]}),
        ("1101051990010100291", "length", {"length": 19, "expected": [15, 18]}),
        ("110105199001010X", "length", {"length": 16, "expected": [15, 18]}),
        ("11010519900101002A", "characters", {"position": 18, "char": "A"}),
        ("1101051990X101002X", "characters", {"position": 11, "char": "X"}),
        ("11010519900101-0029", "characters", {"position": 15, "char": "-"}),
        ("11010590010100X", "characters", {"position": 15, "char": "X"}),
        ("ab", "characters", {"position": 1, "char": "A"}),
        (with_check("11010519901301002"), "birth_date", {"problem": "not_a_date"}),
        (with_check("11010519900230002"), "birth_date", {"problem": "not_a_date"}),
        (with_check("11010500000101002"), "birth_date", {"problem": "not_a_date"}),
        (with_check("11010518991231002"), "birth_date", {"problem": "before_1900"}),
        ("110105901301002", "birth_date", {"problem": "not_a_date"}),
        (
            with_check("11010520240602002"),
            "future_birth_date",
            {"birth_date": "2024-06-02", "today": "2024-06-01"},
        ),
        (with_check("00000019900101002"), "region", {"region_code": "000000"}),
        ("440499900101002", "region", {"region_code": "440499"}),
        ("110105199001010021", "checksum", {"expected": "9", "actual": "1"}),
        (ending_in_x()[:17] + "0", "checksum", {"expected": "X", "actual": "0"}),
    ],
)
def test_rejections(raw: str, reason: str, details: dict[str, object]) -> None:
    error = rejection(raw)
    assert error.reason == reason
    assert {key: error.details[key] for key in details} == details


def test_rejection_details_never_hold_the_whole_number() -> None:
    number = make_resident_id("110105", date(1990, 1, 1), 2)
    wrong = number[:17] + "0"
    error = rejection(wrong)
    assert all(wrong not in str(value) for value in error.details.values())


# -- properties -------------------------------------------------------------------------

regions = st.sampled_from(county_codes(include_abolished=True))
births = st.dates(min_value=date(1900, 1, 1), max_value=TODAY)
seqs = st.integers(min_value=0, max_value=999)


@given(regions, births, seqs)
def test_generated_numbers_always_validate(region: str, birth: date, seq: int) -> None:
    number = make_resident_id(region, birth, seq)
    result = parse_resident_id(number, TODAY)
    assert result.number == number
    assert result.region_code == region
    assert result.birth_date == birth
    assert result.sex is (Sex.MALE if seq % 2 else Sex.FEMALE)


@given(regions, births, seqs, st.integers(min_value=0, max_value=17), st.data())
def test_changing_one_character_is_always_caught(
    region: str, birth: date, seq: int, position: int, data: st.DataObject
) -> None:
    number = make_resident_id(region, birth, seq)
    alphabet = "0123456789X" if position == 17 else "0123456789"
    replacement = data.draw(st.sampled_from([c for c in alphabet if c != number[position]]))
    changed = number[:position] + replacement + number[position + 1 :]
    assert resident_id_check_char(changed[:17]) != changed[17]
    with pytest.raises(InvalidInput):
        parse_resident_id(changed, TODAY)


@given(regions, st.dates(min_value=date(1900, 1, 1), max_value=date(1999, 12, 31)), seqs)
def test_legacy_conversion_round_trips(region: str, birth: date, seq: int) -> None:
    number18 = make_resident_id(region, birth, seq)
    number15 = number18[:6] + number18[8:17]
    assert legacy_to_18(number15) == number18
    assert parse_resident_id(number15, TODAY).number == number18


def _outcome(raw: str) -> ResidentId | InvalidInput:
    try:
        return parse_resident_id(raw, TODAY)
    except InvalidInput as error:
        return error


@given(st.text(max_size=25))
def test_anything_is_either_accepted_or_rejected_cleanly(raw: str) -> None:
    result = _outcome(raw)
    if isinstance(result, InvalidInput):
        assert result.reason in {
            "length",
            "characters",
            "checksum",
            "birth_date",
            "future_birth_date",
            "region",
        }
    else:
        assert len(result.number) == 18


# -- make_resident_id -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("region", "seq", "message"),
    [
        ("11010", 1, "region"),
        ("abcdef", 1, "region"),
        ("110105", -1, "seq3"),
        ("110105", 1000, "seq3"),
    ],
)
def test_make_resident_id_checks_its_arguments(region: str, seq: int, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        make_resident_id(region, date(1990, 1, 1), seq)


# -- other documents ----------------------------------------------------------------------


def test_parse_document_resident_id_fills_facts() -> None:
    number = make_resident_id("110105", date(1990, 1, 1), 3)
    assert parse_document(DocumentType.RESIDENT_ID, f" {number.lower()} ", TODAY) == (
        IdentityDocument(DocumentType.RESIDENT_ID, number, date(1990, 1, 1), Sex.MALE, "110105")
    )


def test_parse_document_resident_id_rejects() -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_document(DocumentType.RESIDENT_ID, "123", TODAY)
    assert caught.value.reason == "length"


@pytest.mark.parametrize(
    ("doc_type", "raw", "number"),
    [
        (DocumentType.PASSPORT, "E12345678", "E12345678"),
        (DocumentType.PASSPORT, "ea1234567", "EA1234567"),
        (DocumentType.PASSPORT, " G1234 5678 ", "G12345678"),
        (DocumentType.PASSPORT, "５３２１０９８７", "53210987"),
        (DocumentType.PASSPORT, "X1234", "X1234"),
        (DocumentType.PASSPORT, "AB1234567890123CD", "AB1234567890123CD"),
        (DocumentType.HK_MACAO_PERMIT, "h12345678", "H12345678"),
        (DocumentType.HK_MACAO_PERMIT, "M1234567890", "M1234567890"),
        (DocumentType.TAIWAN_PERMIT, "12345678", "12345678"),
        (DocumentType.TAIWAN_PERMIT, "1234567890", "1234567890"),
        (DocumentType.TAIWAN_PERMIT, "12345678b1", "12345678B1"),
        (DocumentType.NONE, "", ""),
        (DocumentType.NONE, " \u3000", ""),
    ],
)
def test_parse_other_documents(doc_type: DocumentType, raw: str, number: str) -> None:
    assert parse_document(doc_type, raw, TODAY) == IdentityDocument(doc_type, number)


@pytest.mark.parametrize(
    ("doc_type", "raw", "reason"),
    [
        (DocumentType.PASSPORT, "", "format"),
        (DocumentType.PASSPORT, "ABCDEFG", "format"),
        (DocumentType.PASSPORT, "E123", "format"),
        (DocumentType.PASSPORT, "AB1234567890123CDE", "format"),
        (DocumentType.PASSPORT, "E1234-5678", "characters"),
        (DocumentType.PASSPORT, "张12345678", "characters"),
        (DocumentType.HK_MACAO_PERMIT, "H1234567", "format"),
        (DocumentType.HK_MACAO_PERMIT, "A12345678", "format"),
        (DocumentType.HK_MACAO_PERMIT, "H123456789", "format"),
        (DocumentType.TAIWAN_PERMIT, "1234567", "format"),
        (DocumentType.TAIWAN_PERMIT, "A2345678", "format"),
        (DocumentType.TAIWAN_PERMIT, "123456789", "format"),
        (DocumentType.TAIWAN_PERMIT, "(12345678)", "characters"),
        (DocumentType.NONE, "E12345678", "format"),
    ],
)
def test_other_documents_rejected(doc_type: DocumentType, raw: str, reason: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_document(doc_type, raw, TODAY)
    assert (caught.value.field, caught.value.reason) == ("id_number", reason)
    assert caught.value.details["doc_type"] == doc_type.value


# -- helpers ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "n", "tail"),
    [
        ("110105199001010029", 4, "0029"),
        ("110105199001010029", 6, "010029"),
        ("11010519491231002x", 4, "002X"),
        (" e1234 5678 ", 4, "5678"),
        ("AB", 4, "AB"),
        ("", 4, ""),
    ],
)
def test_id_tail(raw: str, n: int, tail: str) -> None:
    assert id_tail(raw, n) == tail


def test_id_tail_default_and_bad_n() -> None:
    assert id_tail("110105199001010029") == "0029"
    with pytest.raises(ValueError, match="n"):
        id_tail("110105199001010029", 0)


def test_normalise_document_number() -> None:
    assert normalise_document_number(" ｅ１２３ ４５\t") == "E12345"
