"""Tickets, case numbers and query codes."""

from __future__ import annotations

import itertools
import random
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import InvalidInput
from app.domain.numbering import (
    QUERY_CODE_ALPHABET,
    QUERY_CODE_LENGTH,
    CaseNumber,
    Ticket,
    format_case_number,
    format_ticket,
    is_valid_query_code,
    new_query_code,
    normalise_query_code,
    parse_case_number,
    parse_query_code,
    parse_ticket,
    query_code_check_char,
)

# ------------------------------------------------------------------ tickets


@pytest.mark.parametrize(
    ("n", "prefix", "expected"),
    [
        (1, "", "001"),
        (87, "", "087"),
        (999, "", "999"),
        (1000, "", "1000"),
        (87, "A", "A087"),
        (87, "b", "B087"),
        (5, "ABC", "ABC005"),
    ],
)
def test_format_ticket(n: int, prefix: str, expected: str) -> None:
    assert format_ticket(n, prefix) == expected


@pytest.mark.parametrize(
    ("n", "prefix", "field", "reason"),
    [
        (0, "", "ticket", "not_positive"),
        (-3, "", "ticket", "not_positive"),
        (1, "A1", "ticket_prefix", "malformed"),
        (1, "ABCD", "ticket_prefix", "malformed"),
        (1, "室", "ticket_prefix", "malformed"),
    ],
)
def test_format_ticket_rejects(n: int, prefix: str, field: str, reason: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        format_ticket(n, prefix)
    assert (caught.value.field, caught.value.reason) == (field, reason)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("087", Ticket("", 87)),
        ("87", Ticket("", 87)),
        (" a 087 ", Ticket("A", 87)),
        ("A-087", Ticket("A", 87)),
        ("Ａ０８７", Ticket("A", 87)),
        ("1234", Ticket("", 1234)),
    ],
)
def test_parse_ticket(text: str, expected: Ticket) -> None:
    assert parse_ticket(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [("", "malformed"), ("A", "malformed"), ("87A", "malformed"), ("000", "not_positive")],
)
def test_parse_ticket_rejects(text: str, reason: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_ticket(text)
    assert (caught.value.field, caught.value.reason) == ("ticket", reason)


@given(st.integers(1, 100_000), st.sampled_from(["", "A", "K", "AB"]))
def test_ticket_round_trip(n: int, prefix: str) -> None:
    assert parse_ticket(format_ticket(n, prefix)) == Ticket(prefix, n)


# ------------------------------------------------------------- case numbers


@pytest.mark.parametrize(
    ("event_date", "seq", "prefix", "expected"),
    [
        (date(2026, 11, 23), 42, "JF", "JF20261123-0042"),
        (date(2026, 11, 23), 1, "JF", "JF20261123-0001"),
        (date(2026, 11, 23), 9999, "JF", "JF20261123-9999"),
        (date(2026, 11, 23), 12345, "JF", "JF20261123-12345"),
        (date(2025, 1, 2), 7, "xf", "XF20250102-0007"),
    ],
)
def test_format_case_number(event_date: date, seq: int, prefix: str, expected: str) -> None:
    assert format_case_number(event_date, seq, prefix) == expected


def test_format_case_number_default_prefix() -> None:
    assert format_case_number(date(2026, 11, 23), 42) == "JF20261123-0042"


@pytest.mark.parametrize(
    ("seq", "prefix", "field", "reason"),
    [
        (0, "JF", "case_number", "not_positive"),
        (1, "", "case_number_prefix", "malformed"),
        (1, "J1", "case_number_prefix", "malformed"),
        (1, "ABCDEFG", "case_number_prefix", "malformed"),
    ],
)
def test_format_case_number_rejects(seq: int, prefix: str, field: str, reason: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        format_case_number(date(2026, 11, 23), seq, prefix)
    assert (caught.value.field, caught.value.reason) == (field, reason)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("JF20261123-0042", CaseNumber("JF", date(2026, 11, 23), 42)),
        ("jf 20261123 - 0042", CaseNumber("JF", date(2026, 11, 23), 42)),
        ("JF202611230042", CaseNumber("JF", date(2026, 11, 23), 42)),
        ("ＪＦ２０２６１１２３－００４２", CaseNumber("JF", date(2026, 11, 23), 42)),
        ("JF20261123-12345", CaseNumber("JF", date(2026, 11, 23), 12345)),
        ("XF20280229-0001", CaseNumber("XF", date(2028, 2, 29), 1)),
    ],
)
def test_parse_case_number(text: str, expected: CaseNumber) -> None:
    assert parse_case_number(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "malformed"),
        ("JF2026112-0042", "malformed"),
        ("JF20261123-042", "malformed"),
        ("20261123-0042", "malformed"),
        ("JF20261323-0042", "bad_date"),
        ("JF20270229-0042", "bad_date"),
        ("JF20261123-0000", "not_positive"),
    ],
)
def test_parse_case_number_rejects(text: str, reason: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_case_number(text)
    assert (caught.value.field, caught.value.reason) == ("case_number", reason)


@given(
    st.dates(date(2000, 1, 1), date(2099, 12, 31)),
    st.integers(1, 10**7),
    st.text("ABCDEFGHJKLMNPQRSTUVWXYZ", min_size=1, max_size=6),
)
def test_case_number_round_trip(event_date: date, seq: int, prefix: str) -> None:
    text = format_case_number(event_date, seq, prefix)
    assert parse_case_number(text) == CaseNumber(prefix, event_date, seq)


# -------------------------------------------------------------- query codes

codes = st.text(QUERY_CODE_ALPHABET, min_size=7, max_size=7).map(
    lambda body: body + query_code_check_char(body)
)


def test_alphabet_has_no_ambiguous_characters_and_prime_size() -> None:
    assert not set("0O1ILUZ") & set(QUERY_CODE_ALPHABET)
    assert len(set(QUERY_CODE_ALPHABET)) == len(QUERY_CODE_ALPHABET) == 29
    assert all(len(QUERY_CODE_ALPHABET) % k for k in range(2, len(QUERY_CODE_ALPHABET)))


def test_new_query_code_is_deterministic_with_a_seeded_source() -> None:
    first = new_query_code(random.Random(7).randrange)
    assert first == new_query_code(random.Random(7).randrange)
    assert len(first) == QUERY_CODE_LENGTH
    assert is_valid_query_code(first)


def test_new_query_code_default_source() -> None:
    codes_made = {new_query_code() for _ in range(50)}
    assert all(is_valid_query_code(c) for c in codes_made)
    assert len(codes_made) > 45


def test_query_code_known_value() -> None:
    # weights 2..8 over values 0..6 of "2345678": sum = 133 = 4*29 + 17; check = -17 % 29 = 12
    assert query_code_check_char("2345678") == QUERY_CODE_ALPHABET[12] == "E"
    assert is_valid_query_code("2345678E")


@pytest.mark.parametrize(
    ("text", "expected"),
    [(" abcd-efgh ", "ABCDEFGH"), ("ａｂｃｄ　ｅｆｇｈ", "ABCDEFGH"), ("x", "X")],
)
def test_normalise_query_code(text: str, expected: str) -> None:
    assert normalise_query_code(text) == expected


@given(codes)
def test_query_code_accepts_spaced_lower_case(code: str) -> None:
    spaced = f" {code[:4].lower()} - {code[4:]} "
    assert parse_query_code(spaced) == code
    assert is_valid_query_code(spaced)


@pytest.mark.parametrize(
    ("text", "reason", "details"),
    [
        ("2345678", "wrong_length", {"expected": 8, "actual": 7}),
        ("2345678EE", "wrong_length", {"expected": 8, "actual": 9}),
        ("2345678O", "bad_character", {"character": "O"}),
        ("1345678O", "bad_character", {"character": "1"}),
        ("2345678F", "bad_check", {}),
    ],
)
def test_parse_query_code_rejects(text: str, reason: str, details: dict[str, object]) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_query_code(text)
    assert (caught.value.field, caught.value.reason, caught.value.details) == (
        "query_code",
        reason,
        details,
    )
    assert not is_valid_query_code(text)


@pytest.mark.parametrize(
    ("body", "reason"), [("234567", "wrong_length"), ("234567I", "bad_character")]
)
def test_check_char_rejects(body: str, reason: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        query_code_check_char(body)
    assert caught.value.reason == reason


def _valid_code_with(fixed: dict[int, str]) -> str:
    """A valid code with the given characters at the given positions."""
    free = next(k for k in range(QUERY_CODE_LENGTH - 1) if k not in fixed)
    for filler in QUERY_CODE_ALPHABET:
        chars = [fixed.get(k, "2") for k in range(QUERY_CODE_LENGTH - 1)]
        chars[free] = filler
        code = "".join(chars) + query_code_check_char("".join(chars))
        if all(code[k] == ch for k, ch in fixed.items()):
            return code
    raise AssertionError(fixed)  # pragma: no cover - the check char covers all 29 values


# The check is linear: a substitution or transposition changes the weighted sum by an
# amount that depends only on the positions and the characters involved, never on the
# rest of the code. Trying every (positions, characters) once in one valid context
# therefore proves detection for every code.


def test_every_single_substitution_is_detected_exhaustively() -> None:
    for pos in range(QUERY_CODE_LENGTH):
        for old, new in itertools.permutations(QUERY_CODE_ALPHABET, 2):
            code = _valid_code_with({pos: old})
            assert is_valid_query_code(code)
            assert not is_valid_query_code(code[:pos] + new + code[pos + 1 :]), (code, pos, new)


def test_every_transposition_is_detected_exhaustively() -> None:
    for i, j in itertools.combinations(range(QUERY_CODE_LENGTH), 2):
        for a, b in itertools.permutations(QUERY_CODE_ALPHABET, 2):
            code = _valid_code_with({i: a, j: b})
            swapped = list(code)
            swapped[i], swapped[j] = b, a
            assert not is_valid_query_code("".join(swapped)), (code, i, j)


@given(codes, st.integers(0, QUERY_CODE_LENGTH - 1), st.sampled_from(QUERY_CODE_ALPHABET))
def test_single_substitution_detected(code: str, pos: int, new: str) -> None:
    mutated = code[:pos] + new + code[pos + 1 :]
    assert is_valid_query_code(mutated) == (mutated == code)


@given(codes, st.integers(0, QUERY_CODE_LENGTH - 2))
def test_adjacent_transposition_detected(code: str, pos: int) -> None:
    swapped = code[:pos] + code[pos + 1] + code[pos] + code[pos + 2 :]
    assert is_valid_query_code(swapped) == (swapped == code)
