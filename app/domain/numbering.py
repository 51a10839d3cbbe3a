"""Printed numbers: queue tickets, case numbers and query codes.

Only the *formats* live here. The sequence numbers themselves (the ``87`` of ticket
``087``, the ``42`` of ``JF20261123-0042``) come from counter rows in the database,
incremented in the same transaction as the insert that uses them; nothing in this
module counts, so nothing here can hand out a duplicate.

Query codes are 8 characters: 7 random ones and a check character, all drawn from
:data:`QUERY_CODE_ALPHABET`, 29 characters that are hard to misread (no ``0 O 1 I L``,
no ``U`` (read as ``V``) and no ``Z`` (read as ``2``)). The check character makes the
weighted sum ``sum(w_i * value_i)`` vanish modulo 29 with the pairwise distinct
weights ``2..8`` for the body and ``1`` for the check character. Because 29 is prime
and no weight or weight difference is a multiple of it, every single-character error
and every transposition of two characters (adjacent or not) changes the sum and is
detected.
"""

from __future__ import annotations

import re
import secrets
import unicodedata
from collections.abc import Callable
from datetime import date
from typing import NamedTuple

from app.domain.errors import InvalidInput

QUERY_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXY"
"""The 29 characters of a query code, in value order (``'2'`` is 0)."""

QUERY_CODE_LENGTH = 8
"""Characters in a query code, the check character included."""

_MODULUS = len(QUERY_CODE_ALPHABET)
_BODY_WEIGHTS = tuple(range(2, QUERY_CODE_LENGTH + 1))  # the check character weighs 1
_VALUE = {ch: i for i, ch in enumerate(QUERY_CODE_ALPHABET)}

_TICKET_RE = re.compile(r"([A-Z]{0,3})-?(\d+)")
_TICKET_PREFIX_RE = re.compile(r"[A-Z]{0,3}")
_CASE_RE = re.compile(r"([A-Z]{1,6})(\d{4})(\d{2})(\d{2})-?(\d{4,})")
_CASE_PREFIX_RE = re.compile(r"[A-Z]{1,6}")


class Ticket(NamedTuple):
    """A parsed queue ticket: ``A087`` is ``Ticket("A", 87)``."""

    prefix: str
    number: int


class CaseNumber(NamedTuple):
    """A parsed case number: ``JF20261123-0042`` is ``CaseNumber("JF", 2026-11-23, 42)``."""

    prefix: str
    event_date: date
    seq: int


def _clean(s: str) -> str:
    """Full-width to half-width, no whitespace, upper case."""
    return "".join(unicodedata.normalize("NFKC", s).split()).upper()


# ---------------------------------------------------------------- tickets


def format_ticket(n: int, prefix: str = "") -> str:
    """The printed form of ticket ``n``: at least 3 digits, e.g. ``87 -> '087'``.

    ``prefix`` (0–3 letters, e.g. a room letter) is upper-cased and put in front:
    ``format_ticket(87, "a") == "A087"``. Numbers above 999 simply get longer.
    ``n`` is the event's ticket counter value, read from the database.

    Raises:
        InvalidInput: ``ticket``/``not_positive`` when ``n < 1``;
            ``ticket_prefix``/``malformed`` for a prefix that is not 0–3 letters.
    """
    if n < 1:
        raise InvalidInput("ticket", "not_positive", {"min": 1, "value": n})
    prefix = prefix.upper()
    if not _TICKET_PREFIX_RE.fullmatch(prefix):
        raise InvalidInput("ticket_prefix", "malformed", {"value": prefix})
    return f"{prefix}{n:03d}"


def parse_ticket(s: str) -> Ticket:
    """Read a ticket as typed or printed: ``'087'``, ``'87'``, ``'a 087'``, ``'A-087'``.

    Raises:
        InvalidInput: ``ticket``/``malformed`` or ``ticket``/``not_positive``.
    """
    m = _TICKET_RE.fullmatch(_clean(s))
    if m is None:
        raise InvalidInput("ticket", "malformed", {"value": s})
    number = int(m.group(2))
    if number < 1:
        raise InvalidInput("ticket", "not_positive", {"min": 1, "value": number})
    return Ticket(m.group(1), number)


# ----------------------------------------------------------- case numbers


def format_case_number(event_date: date, seq: int, prefix: str = "JF") -> str:
    """The case number ``<prefix><yyyymmdd>-<seq>``, e.g. ``'JF20261123-0042'``.

    ``seq`` is zero-padded to 4 digits and grows past 9999 (``-12345``) without
    breaking the format. ``seq`` is the event's case counter value from the database.

    Raises:
        InvalidInput: ``case_number``/``not_positive`` when ``seq < 1``;
            ``case_number_prefix``/``malformed`` unless the prefix is 1–6 letters.
    """
    if seq < 1:
        raise InvalidInput("case_number", "not_positive", {"min": 1, "value": seq})
    prefix = prefix.upper()
    if not _CASE_PREFIX_RE.fullmatch(prefix):
        raise InvalidInput("case_number_prefix", "malformed", {"value": prefix})
    return f"{prefix}{event_date:%Y%m%d}-{seq:04d}"


def parse_case_number(s: str) -> CaseNumber:
    """Read a case number; case, spaces, full-width characters and a missing hyphen
    are tolerated (``'jf 20261123 0042'``). ``format_case_number(*parsed)`` with the
    fields reordered gives the canonical spelling.

    Raises:
        InvalidInput: field ``case_number`` with reason ``malformed``, ``bad_date``
            or ``not_positive``.
    """
    m = _CASE_RE.fullmatch(_clean(s))
    if m is None:
        raise InvalidInput("case_number", "malformed", {"value": s})
    prefix, year, month, day, seq_text = m.groups()
    try:
        event_date = date(int(year), int(month), int(day))
    except ValueError:
        raise InvalidInput("case_number", "bad_date", {"value": s}) from None
    seq = int(seq_text)
    if seq < 1:
        raise InvalidInput("case_number", "not_positive", {"min": 1, "value": seq})
    return CaseNumber(prefix, event_date, seq)


# ------------------------------------------------------------ query codes


def query_code_check_char(body: str) -> str:
    """The check character for the 7-character ``body`` of a query code.

    Raises:
        InvalidInput: ``query_code``/``wrong_length`` or ``query_code``/``bad_character``.
    """
    if len(body) != QUERY_CODE_LENGTH - 1:
        raise InvalidInput(
            "query_code", "wrong_length", {"expected": QUERY_CODE_LENGTH - 1, "actual": len(body)}
        )
    total = 0
    for weight, ch in zip(_BODY_WEIGHTS, body, strict=True):
        if ch not in _VALUE:
            raise InvalidInput("query_code", "bad_character", {"character": ch})
        total += weight * _VALUE[ch]
    return QUERY_CODE_ALPHABET[-total % _MODULUS]


def new_query_code(randbelow: Callable[[int], int] = secrets.randbelow) -> str:
    """A fresh query code: 7 random characters and the check character.

    ``randbelow(n)`` must return a uniform integer in ``[0, n)``; the default is
    :func:`secrets.randbelow`. Tests pass ``random.Random(seed).randrange``. Uniqueness
    is the database's job (a unique index; retry on the rare clash).
    """
    body = "".join(QUERY_CODE_ALPHABET[randbelow(_MODULUS)] for _ in _BODY_WEIGHTS)
    return body + query_code_check_char(body)


def normalise_query_code(s: str) -> str:
    """Upper case, half-width, without spaces and hyphens (``'abcd-efgh' -> 'ABCDEFGH'``).

    The result is not validated; see :func:`parse_query_code`.
    """
    return _clean(s).replace("-", "")


def parse_query_code(s: str) -> str:
    """The normalised query code if ``s`` is a valid one.

    Raises:
        InvalidInput: field ``query_code`` with reason ``wrong_length``,
            ``bad_character`` (details: ``character``) or ``bad_check``.
    """
    code = normalise_query_code(s)
    if len(code) != QUERY_CODE_LENGTH:
        raise InvalidInput(
            "query_code", "wrong_length", {"expected": QUERY_CODE_LENGTH, "actual": len(code)}
        )
    bad = next((ch for ch in code if ch not in _VALUE), None)
    if bad is not None:
        raise InvalidInput("query_code", "bad_character", {"character": bad})
    if query_code_check_char(code[:-1]) != code[-1]:
        raise InvalidInput("query_code", "bad_check", {})
    return code


def is_valid_query_code(s: str) -> bool:
    """Whether ``s`` (in any case, with spaces or hyphens) is a valid query code."""
    try:
        parse_query_code(s)
    except InvalidInput:
        return False
    return True
