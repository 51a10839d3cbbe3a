"""Identity documents: the resident ID number (GB 11643-1999) and lighter checks of others.

Every rejection raises :class:`~app.domain.errors.InvalidInput` with
``field='id_number'`` and a stable ``reason``; ``details`` never carries the whole number
(errors end up in logs), only what the UI needs to explain the rejection.

Resident ID reasons, checked in this order:

``characters``  something other than digits and a final check character ``X``
``length``      not 15 (legacy) or 18 characters
``birth_date``  the date digits are not a real date, or before 1900
``future_birth_date``  born after ``today``
``region``      the first six digits are not a known region code (current or abolished)
``checksum``    the 18th character is wrong (``details['expected']`` has the right one)

The 18-digit numbers of 港澳台居民居住证 (regions 810000/820000/830000) pass as resident IDs.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from app.domain.errors import InvalidInput
from app.domain.regions import is_known_region
from app.domain.types import DocumentType, Sex

__all__ = [
    "IdentityDocument",
    "ResidentId",
    "id_tail",
    "legacy_to_18",
    "make_resident_id",
    "normalise_document_number",
    "parse_document",
    "parse_resident_id",
    "resident_id_check_char",
]

FIELD = "id_number"
EARLIEST_BIRTH_YEAR = 1900

#: ISO 7064 MOD 11-2 weights 2^(17-i) mod 11 of the first 17 digits.
_WEIGHTS = tuple(pow(2, 17 - i, 11) for i in range(17))
#: Check character indexed by (weighted sum mod 11).
_CHECK_CHARS = "10X98765432"

_DIGITS17 = re.compile(r"[0-9]{17}")
_DIGITS15 = re.compile(r"[0-9]{15}")
_ALNUM = re.compile(r"[0-9A-Z]+")
_PASSPORT = re.compile(r"(?=.*[0-9])[0-9A-Z]{5,17}")
_HK_MACAO = re.compile(r"[HM](?:[0-9]{8}|[0-9]{10})")
_TAIWAN = re.compile(r"[0-9]{8}(?:[0-9A-Z]{2})?")


@dataclass(frozen=True, slots=True)
class ResidentId:
    """A valid 18-character resident ID number and what it encodes."""

    number: str
    region_code: str
    birth_date: date
    sex: Sex


@dataclass(frozen=True, slots=True)
class IdentityDocument:
    """A checked identity document; the optional facts are filled for resident IDs only."""

    doc_type: DocumentType
    number: str
    birth_date: date | None = None
    sex: Sex | None = None
    region_code: str | None = None


def normalise_document_number(raw: str) -> str:
    """NFKC (full-width digits and letters to ASCII), drop all whitespace, upper-case."""
    return "".join(unicodedata.normalize("NFKC", raw).split()).upper()


def resident_id_check_char(first17: str) -> str:
    """ISO 7064 MOD 11-2 check character ('0'-'9' or 'X') of 17 ASCII digits.

    Raises ValueError when ``first17`` is not exactly 17 ASCII digits.
    """
    if not _DIGITS17.fullmatch(first17):
        raise ValueError("expected 17 ASCII digits")
    total = sum(int(digit) * weight for digit, weight in zip(first17, _WEIGHTS, strict=True))
    return _CHECK_CHARS[total % 11]


def legacy_to_18(number15: str) -> str:
    """Convert a 15-digit legacy number to 18: insert '19' before the year, add the check.

    Purely structural (no date or region check); raises ValueError unless 15 ASCII digits.
    """
    if not _DIGITS15.fullmatch(number15):
        raise ValueError("expected 15 ASCII digits")
    first17 = number15[:6] + "19" + number15[6:]
    return first17 + resident_id_check_char(first17)


def make_resident_id(region: str, birth: date, seq3: int) -> str:
    """Build a valid 18-character number (for demo data and tests; never for real people).

    ``seq3`` is the 3-digit sequence 0..999 (odd = male). The region is not looked up.
    Raises ValueError on a malformed region or sequence.
    """
    if not re.fullmatch(r"[0-9]{6}", region):
        raise ValueError("region must be 6 ASCII digits")
    if not 0 <= seq3 <= 999:
        raise ValueError("seq3 must be within 0..999")
    first17 = f"{region}{birth:%Y%m%d}{seq3:03d}"
    return first17 + resident_id_check_char(first17)


def _reject(reason: str, **details: object) -> InvalidInput:
    return InvalidInput(FIELD, reason, dict(details))


def _check_characters(number: str) -> None:
    for position, char in enumerate(number, start=1):
        if not (char in "0123456789" or (char == "X" and position == 18 == len(number))):
            raise _reject("characters", position=position, char=char)


def _birth_date(digits: str, today: date) -> date:
    try:
        birth = date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        raise _reject("birth_date", problem="not_a_date", digits=digits) from None
    if birth.year < EARLIEST_BIRTH_YEAR:
        raise _reject("birth_date", problem="before_1900", digits=digits)
    if birth > today:
        raise _reject("future_birth_date", birth_date=birth.isoformat(), today=today.isoformat())
    return birth


def parse_resident_id(raw: str, today: date) -> ResidentId:
    """Check a resident ID number (18, or legacy 15 converted to 18) and decode it.

    ``raw`` may hold full-width characters, spaces and a lower-case ``x``. ``today`` is
    the injected clock's date. Raises InvalidInput (see the module docstring).
    """
    number = normalise_document_number(raw)
    if any(char not in "0123456789X" for char in number) or len(number) in (15, 18):
        _check_characters(number)
    if len(number) not in (15, 18):
        raise _reject("length", length=len(number), expected=[15, 18])
    legacy = len(number) == 15
    birth_digits = "19" + number[6:12] if legacy else number[6:14]
    birth = _birth_date(birth_digits, today)
    region = number[:6]
    if not is_known_region(region):
        raise _reject("region", region_code=region)
    if legacy:
        number = legacy_to_18(number)
    else:
        expected = resident_id_check_char(number[:17])
        if number[17] != expected:
            raise _reject("checksum", expected=expected, actual=number[17])
    sex = Sex.MALE if int(number[16]) % 2 else Sex.FEMALE
    return ResidentId(number=number, region_code=region, birth_date=birth, sex=sex)


def _check_other(doc_type: DocumentType, number: str) -> None:
    if not number or not _ALNUM.fullmatch(number):
        reason = "characters" if number else "format"
        raise _reject(reason, doc_type=doc_type.value)
    pattern = {
        DocumentType.PASSPORT: _PASSPORT,
        DocumentType.HK_MACAO_PERMIT: _HK_MACAO,
        DocumentType.TAIWAN_PERMIT: _TAIWAN,
    }[doc_type]
    if not pattern.fullmatch(number):
        raise _reject("format", doc_type=doc_type.value)


def parse_document(doc_type: DocumentType, number: str, today: date) -> IdentityDocument:
    """Check and normalise the number of any document type.

    - RESIDENT_ID: :func:`parse_resident_id`; birth date, sex and region are filled in.
    - PASSPORT: 5-17 letters/digits with at least one digit (covers Chinese E12345678,
      EA1234567, G12345678 and foreign passports).
    - HK_MACAO_PERMIT: H or M + 8 digits (current card) or + 10 digits (older booklet).
    - TAIWAN_PERMIT: 8 digits (current card) or 10 characters starting with 8 digits.
    - NONE: the number must be blank; the result's number is ''.

    Other types reject with reason ``characters`` (not letters/digits) or ``format``.
    """
    clean = normalise_document_number(number)
    if doc_type is DocumentType.RESIDENT_ID:
        rid = parse_resident_id(clean, today)
        return IdentityDocument(doc_type, rid.number, rid.birth_date, rid.sex, rid.region_code)
    if doc_type is DocumentType.NONE:
        if clean:
            raise _reject("format", doc_type=doc_type.value, problem="number_without_document")
        return IdentityDocument(doc_type, "")
    _check_other(doc_type, clean)
    return IdentityDocument(doc_type, clean)


def id_tail(number: str, n: int = 4) -> str:
    """Last ``n`` characters of the normalised number (all of it when shorter).

    Raises ValueError when ``n`` < 1.
    """
    if n < 1:
        raise ValueError("n must be at least 1")
    return normalise_document_number(number)[-n:]
