"""The accused unit's copy of a confidential accusation (检举控告): nothing identifies
the petitioner (信访工作条例 forbids passing it on).

:func:`redact_for_accused_unit` removes the petitioner lines and the query code, and
scrubs the free texts (summary, demand, instruction) of

* every petitioner's name, ID number, phone and address as given, and the given name
  alone (王秀英 → also 秀英), matched even with spaces between the characters;
* every extra term in ``identifying_terms`` (full names, nicknames, villages…);
* anything shaped like an ID number or a phone number (mobile or landline), masked or not.

Each hit becomes ``[已隐去]``. Over-redaction is the safe side here.
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.domain.masking import UNREADABLE
from app.printing.data import AssignmentSlipData

REDACTED = "[已隐去]"

_MASK = r"[*＊×xX]"
_PATTERNS = (
    # Resident ID numbers, plain or masked (3301**********1234), with optional spaces.
    re.compile(
        rf"(?<![0-9A-Za-z])[0-9](?:[\s-]?[0-9]|[\s-]?{_MASK}){{13,16}}[\s-]?[0-9Xx](?![0-9])"
    ),
    # Mobile phones, plain or masked (138****5678), with optional spaces or dashes.
    re.compile(rf"(?<![0-9])1[3-9][0-9](?:[\s-]?(?:[0-9]|{_MASK})){{8}}(?![0-9])"),
    # Landlines: area code and number (0579-84123456, 0579 8412 3456).
    re.compile(r"(?<![0-9])0[0-9]{2,3}[\s-]?[0-9]{3,4}[\s-]?[0-9]{3,4}(?![0-9])"),
)


def _name_variants(name: str) -> list[str]:
    """The name and, for 3–4 character names, the given name alone."""
    clean = re.sub(r"[\s*＊]", "", name)
    variants = [name.strip()]
    if 3 <= len(clean) <= 4 and clean == name.strip():
        variants.append(clean[1:] if len(clean) == 3 else clean[2:])
    return variants


def identifying_strings(slip: AssignmentSlipData) -> list[str]:
    """Every string that identifies the petitioners of ``slip``, longest first."""
    terms: list[str] = []
    for p in slip.petitioners:
        terms += _name_variants(p.name)
        terms += [p.id_number, p.phone, p.address]
    for term in slip.identifying_terms:
        terms += _name_variants(term)
    unique = {t.strip() for t in terms if len(t.strip()) >= 2} - {UNREADABLE}
    return sorted(unique, key=lambda t: (-len(t), t))


def _term_pattern(term: str) -> re.Pattern[str]:
    chars = [re.escape(c) for c in term if not c.isspace()]
    return re.compile(r"\s*".join(chars))


def scrub(text: str, terms: list[str]) -> str:
    """``text`` with every term and every ID- or phone-shaped number replaced."""
    for term in terms:
        text = _term_pattern(term).sub(REDACTED, text)
    for pattern in _PATTERNS:
        text = pattern.sub(REDACTED, text)
    return text


def redact_for_accused_unit(slip: AssignmentSlipData) -> AssignmentSlipData:
    """The copy of ``slip`` that may go to the accused unit. Idempotent."""
    terms = identifying_strings(slip)
    return replace(
        slip,
        petitioners=(),
        query_code="",
        summary=scrub(slip.summary, terms),
        demand=scrub(slip.demand, terms),
        instruction=scrub(slip.instruction, terms),
        identifying_terms=(),
        confidential_for_unit=True,
        qr_payload="",
    )


def printable_copy(slip: AssignmentSlipData) -> AssignmentSlipData:
    """What gets printed: redacted when the copy goes to the accused unit."""
    return redact_for_accused_unit(slip) if slip.confidential_for_unit else slip


__all__ = [
    "REDACTED",
    "identifying_strings",
    "printable_copy",
    "redact_for_accused_unit",
    "scrub",
]
