"""Phone numbers: mobiles, landlines, extensions, country prefixes. All numbers are fake."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import InvalidInput
from app.domain.phone import PhoneNumber, normalise_phone, parse_phone, phone_tail

MOBILE = "13812348000"


@pytest.mark.parametrize(
    ("raw", "normalised"),
    [
        ("13812348000", MOBILE),
        (" 138 1234 8000 ", MOBILE),
        ("138-1234-8000", MOBILE),
        ("+86 138 1234 8000", MOBILE),
        ("+8613812348000", MOBILE),
        ("(+86) 138-1234-8000", MOBILE),
        ("0086 13812348000", MOBILE),
        ("8613812348000", MOBILE),
        ("１３８１２３４８０００", MOBILE),
        ("19912345678", "19912345678"),
    ],
)
def test_mobiles(raw: str, normalised: str) -> None:
    assert parse_phone(raw) == PhoneNumber(normalised, "mobile", normalised[-4:])


@pytest.mark.parametrize(
    ("raw", "normalised", "tail4"),
    [
        ("0571-87654321", "0571-87654321", "4321"),
        ("0571 8765 4321", "0571-87654321", "4321"),
        ("057187654321", "0571-87654321", "4321"),
        ("(0571)87654321", "0571-87654321", "4321"),
        ("（0571）87654321", "0571-87654321", "4321"),
        ("0571-8765432", "0571-8765432", "5432"),
        ("0571-8765-4321", "0571-87654321", "4321"),
        ("010-62345678", "010-62345678", "5678"),
        ("021 52345678", "021-52345678", "5678"),
        ("０２９－８２３４５６７８", "029-82345678", "5678"),
        ("+86 571 87654321", "0571-87654321", "4321"),
        ("+86 10 62345678", "010-62345678", "5678"),
        ("+86 21 52345678", "021-52345678", "5678"),
        ("+86 (0)571 87654321", "0571-87654321", "4321"),
        ("0086-571-87654321", "0571-87654321", "4321"),
        ("0571-87654321转123", "0571-87654321-123", "4321"),
        ("0571-87654321 转 8", "0571-87654321-8", "4321"),
        ("0571-87654321分机123", "0571-87654321-123", "4321"),
        ("0571-87654321 ext. 123", "0571-87654321-123", "4321"),
        ("0571-87654321 EXT123", "0571-87654321-123", "4321"),
        ("0571-87654321x123", "0571-87654321-123", "4321"),
        ("0571-87654321#123456", "0571-87654321-123456", "4321"),
        ("0571-87654321-123", "0571-87654321-123", "4321"),
        ("0571 87654321 - 1", "0571-87654321-1", "4321"),
        ("057187654321-123", "0571-87654321-123", "4321"),
        ("010-2345678-9", "010-2345678-9", "5678"),  # the normalised form reads back
        ("010-2345-6789", "010-23456789", "6789"),
        ("0571 8765 4321-12", "0571-87654321-12", "4321"),
    ],
)
def test_landlines(raw: str, normalised: str, tail4: str) -> None:
    assert parse_phone(raw) == PhoneNumber(normalised, "landline", tail4)


@pytest.mark.parametrize(
    ("raw", "normalised"),
    [
        ("87654321", "0571-87654321"),
        ("8765432", "0571-8765432"),
        ("8765-4321转66", "0571-87654321-66"),
        ("010-62345678", "010-62345678"),  # an explicit area code wins
        (MOBILE, MOBILE),
    ],
)
def test_default_area_code(raw: str, normalised: str) -> None:
    assert parse_phone(raw, default_area_code="0571").normalised == normalised


@pytest.mark.parametrize("bad", ["571", "0571-", "01", "0123", ""])
def test_default_area_code_must_be_an_area_code(bad: str) -> None:
    with pytest.raises(ValueError, match="default_area_code"):
        parse_phone("87654321", default_area_code=bad)


@pytest.mark.parametrize(
    ("raw", "reason", "default"),
    [
        ("", "length", None),
        ("   ", "length", None),
        ("abc", "format", None),
        ("138 1234 800a", "format", None),
        ("138.1234.8000", "format", None),
        ("138+12348000", "format", None),
        ("1381234800", "length", None),
        ("138123480001", "length", None),
        ("13812348000-12", "length", None),  # a mobile takes no extension
        ("12812348000", "format", None),
        ("10012348000", "format", None),
        ("13812348000转1", "format", None),
        ("+1 202 555 0100", "country_code", None),
        ("001 202 555 0100", "country_code", None),
        ("+86", "area_code", None),
        ("0", "area_code", None),
        ("0123-87654321", "area_code", None),
        ("057", "area_code", None),
        ("0571-123456", "length", None),
        ("0571-123456789", "length", None),
        ("0571-87654321-1234567", "length", None),
        ("0571-07654321", "format", None),
        ("010-12345678", "format", None),
        ("87654321", "area_code", None),
        ("654321", "length", None),
        ("4008001234", "length", None),
        ("654321", "length", "0571"),
        ("07654321", "length", "0571"),  # read as area code 0765 + local 4321
        ("abc-12", "format", None),
    ],
)
def test_rejections(raw: str, reason: str, default: str | None) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_phone(raw, default_area_code=default)
    assert (caught.value.field, caught.value.reason) == ("phone", reason)


def test_normalise_phone() -> None:
    assert normalise_phone("+86 138-1234-8000") == MOBILE
    assert normalise_phone("87654321", default_area_code="0571") == "0571-87654321"


@pytest.mark.parametrize(
    ("raw", "n", "tail"),
    [
        (MOBILE, 4, "8000"),
        ("+86 138 1234 8000", 2, "00"),
        ("0571-87654321-123", 4, "4321"),
        ("0571-87654321转123", 6, "654321"),
        ("0571-8765432", 20, "8765432"),
    ],
)
def test_phone_tail(raw: str, n: int, tail: str) -> None:
    assert phone_tail(raw, n) == tail


def test_phone_tail_default_and_errors() -> None:
    assert phone_tail("0571-87654321") == "4321"
    with pytest.raises(ValueError, match="n"):
        phone_tail(MOBILE, 0)
    with pytest.raises(InvalidInput):
        phone_tail("12345")


# -- properties -------------------------------------------------------------------------

mobiles = st.builds(
    lambda second, rest: f"1{second}{rest}",
    st.sampled_from("3456789"),
    st.text(alphabet="0123456789", min_size=9, max_size=9),
)
area_codes = st.sampled_from(["010", "020", "021", "029", "0571", "0351", "0997", "0898"])
locals_ = st.builds(
    lambda first, rest: first + rest,
    st.sampled_from("23456789"),
    st.text(alphabet="0123456789", min_size=6, max_size=7),
)
separators = st.sampled_from(["", " ", "-", "  ", " - "])


@given(mobiles, st.sampled_from(["", "+86", "+86 ", "0086", "86", "(+86)"]), separators)
def test_decorated_mobiles_normalise(mobile: str, prefix: str, sep: str) -> None:
    raw = f"{prefix}{mobile[:3]}{sep}{mobile[3:7]}{sep}{mobile[7:]}"
    phone = parse_phone(raw)
    assert phone == PhoneNumber(mobile, "mobile", mobile[-4:])
    assert parse_phone(phone.normalised) == phone


@given(
    area_codes,
    locals_,
    separators,
    st.one_of(st.none(), st.from_regex(r"[0-9]{1,6}", fullmatch=True)),
)
def test_landlines_round_trip(area: str, local: str, sep: str, extension: str | None) -> None:
    raw = f"{area}{sep}{local}" + (f"转{extension}" if extension else "")
    phone = parse_phone(raw)
    assert phone.kind == "landline"
    assert phone.tail4 == local[-4:]
    assert phone.normalised == f"{area}-{local}" + (f"-{extension}" if extension else "")
    assert parse_phone(phone.normalised) == phone


def _outcome(raw: str) -> PhoneNumber | InvalidInput:
    try:
        return parse_phone(raw)
    except InvalidInput as error:
        return error


@given(st.text(max_size=30))
def test_anything_is_either_accepted_or_rejected_cleanly(raw: str) -> None:
    result = _outcome(raw)
    if isinstance(result, InvalidInput):
        assert result.field == "phone"
        assert result.reason in {"format", "length", "area_code", "country_code"}
    else:
        assert parse_phone(result.normalised) == result
