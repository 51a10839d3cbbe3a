"""Mainland China phone numbers: mobiles and landlines with area codes.

Accepted input: full-width digits, spaces, dashes and brackets anywhere; a ``+86``,
``0086`` (or, for mobiles, bare ``86``) country prefix; a landline extension written
``转123``, ``分机123``, ``ext 123``, ``x123``, ``#123`` or as a trailing ``-123`` group
(read as an extension when the local number before it is written in one piece, so the
normalised form reads back unchanged: ``010-2345678-9`` is 2345678 ext. 9, while
``010-2345-6789`` is 23456789).

Normalised forms: mobile ``13812348000``; landline ``0571-87654321``, with an extension
``0571-87654321-123``. Rejections raise InvalidInput(field='phone') with reason:

``format``        characters that do not belong in a phone number, a mobile prefix other
                  than 13-19, a local number starting with 0 or 1, an extension on a mobile
``country_code``  an international number outside China (+xx other than +86)
``length``        wrong number of digits (mobile 11, landline local part 7-8)
``area_code``     a landline without area code (and no default), or an impossible one
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from app.domain.errors import InvalidInput

__all__ = ["PhoneKind", "PhoneNumber", "normalise_phone", "parse_phone", "phone_tail"]

FIELD = "phone"

PhoneKind = Literal["mobile", "landline"]

_EXTENSION = re.compile(r"(?:转|分机|ext\.?|x|#)\s*([0-9]{1,6})\s*$", re.IGNORECASE)
_DASH_EXTENSION = re.compile(r"^(.*[0-9])\s*-\s*([0-9]{1,6})$")
_LONG_GROUP = re.compile(r"[0-9]{7,}$")
_SEPARATORS = re.compile(r"[\s()\-]")
_ALLOWED = re.compile(r"\+?[0-9]*")
_AREA_CODE = re.compile(r"010|02[0-9]|0[3-9][0-9]{2}")


@dataclass(frozen=True, slots=True)
class PhoneNumber:
    """A valid phone number: normalised text, kind and the last 4 digits of the line.

    For a landline with an extension, ``tail4`` is taken from the local number, not
    from the extension.
    """

    normalised: str
    kind: PhoneKind
    tail4: str


def _reject(reason: str, **details: object) -> InvalidInput:
    return InvalidInput(FIELD, reason, dict(details))


def _national(compact: str) -> str:
    """Strip the country prefix of separator-free text; return the national number."""
    if not _ALLOWED.fullmatch(compact):
        raise _reject("format", problem="characters")
    if compact.startswith("+") or compact.startswith("00"):
        rest = compact[1:] if compact.startswith("+") else compact[2:]
        if not rest.startswith("86"):
            raise _reject("country_code")
        national = rest[2:]
        is_mobile = national.startswith("1") and not national.startswith("10")
        return national if is_mobile or national.startswith("0") else "0" + national
    if compact.startswith("86") and len(compact) == 13 and compact[2] == "1":
        return compact[2:]
    return compact


def _split_area(national: str) -> tuple[str, str]:
    three_digit = national.startswith("010") or national[1:2] == "2"
    area = national[:3] if three_digit else national[:4]
    if not _AREA_CODE.fullmatch(area):
        raise _reject("area_code", problem="unknown")
    return area, national[len(area) :]


def _parse(text: str, extension: str | None, default_area_code: str | None) -> PhoneNumber:
    national = _national(_SEPARATORS.sub("", text))
    if not national:
        raise _reject("length", digits=0)
    if national.startswith("1"):
        if extension is not None:
            raise _reject("format", problem="extension_on_mobile")
        if len(national) != 11:
            raise _reject("length", digits=len(national), expected=11)
        if national[1] not in "3456789":
            raise _reject("format", problem="mobile_prefix")
        return PhoneNumber(national, "mobile", national[-4:])
    if national.startswith("0"):
        area, local = _split_area(national)
    elif default_area_code is not None:
        area, local = default_area_code, national
    elif len(national) in (7, 8):
        raise _reject("area_code", problem="missing")
    else:
        raise _reject("length", digits=len(national))
    if len(local) not in (7, 8):
        raise _reject("length", digits=len(local), expected=[7, 8])
    if local[0] in "01":
        raise _reject("format", problem="local_prefix")
    normalised = f"{area}-{local}" + (f"-{extension}" if extension else "")
    return PhoneNumber(normalised, "landline", local[-4:])


def parse_phone(raw: str, *, default_area_code: str | None = None) -> PhoneNumber:
    """Check and normalise a mainland mobile or landline number.

    ``default_area_code`` (e.g. the county's ``'0571'``) is used for a landline typed
    without one; without it such numbers are rejected with reason ``area_code``.
    Raises InvalidInput(field='phone'); ValueError on a malformed ``default_area_code``.
    """
    if default_area_code is not None and not _AREA_CODE.fullmatch(default_area_code):
        raise ValueError("default_area_code must look like 010, 02x or 0xxx")
    text = unicodedata.normalize("NFKC", raw).strip()
    match = _EXTENSION.search(text)
    if match:
        return _parse(text[: match.start()], match.group(1), default_area_code)
    # A trailing '-123' may be an extension or the end of a number written 0571-8765-4321.
    # Read it as an extension first when the local number before it is written in one
    # piece (as in the normalised form), else last; errors are those of the whole text.
    whole: tuple[str, str | None] = (text, None)
    attempts = [whole]
    dashed = _DASH_EXTENSION.match(text)
    if dashed is not None:
        split = (dashed.group(1), dashed.group(2))
        attempts = [split, whole] if _LONG_GROUP.search(split[0]) else [whole, split]
    errors: dict[str | None, InvalidInput] = {}
    for body, extension in attempts:
        try:
            return _parse(body, extension, default_area_code)
        except InvalidInput as error:
            errors[extension] = error
    raise errors[None]


def normalise_phone(raw: str, *, default_area_code: str | None = None) -> str:
    """The normalised text of :func:`parse_phone`."""
    return parse_phone(raw, default_area_code=default_area_code).normalised


def phone_tail(number: str, n: int = 4) -> str:
    """Last ``n`` digits of the line (extension excluded) of a raw or normalised number.

    Raises InvalidInput when ``number`` is not a valid phone, ValueError when ``n`` < 1.
    """
    if n < 1:
        raise ValueError("n must be at least 1")
    phone = parse_phone(number)
    line = phone.normalised if phone.kind == "mobile" else phone.normalised.split("-")[1]
    return line[-n:]
