"""Cell values as people type them: stray and full-width spaces, full-width digits,
head-counts in Chinese numerals, numbers Excel stored for text, formulas."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time

from app.domain.errors import InvalidInput

_SPACES = re.compile(r"[\s\u3000\u00a0\u200b\ufeff]+")
_DIGITS = "0123456789"
_CHINESE_DIGITS = {
    "零": 0, "〇": 0, "○": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "三": 3, "叁": 3,
    "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8,
    "捌": 8, "九": 9, "玖": 9,
}  # fmt: skip
_CHINESE_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_COUNT_SUFFIX = re.compile(r"(?:人|位|名|个人|人次)$")
_FORMULA = re.compile(r"^(?:[=@]|[+\-]\s*[A-Za-z_(])")


def clean_text(value: str) -> str:
    """NFKC (full-width letters, digits and spaces to ASCII), runs of any space to one,
    stripped; control characters other than line breaks dropped."""
    text = unicodedata.normalize("NFKC", value)
    text = "".join(c for c in text if c in "\n\t" or unicodedata.category(c)[0] != "C")
    lines = [_SPACES.sub(" ", line).strip() for line in text.splitlines()]
    return "\n".join(line for line in lines if line)


def one_line(value: str) -> str:
    """``clean_text`` on one line (names, numbers, headers)."""
    return _SPACES.sub(" ", clean_text(value)).strip()


def is_formula(text: str) -> bool:
    """Whether the cell holds formula text (``=HYPERLINK(…)``, ``@SUM(…)``, ``+cmd|…``),
    which an import never stores."""
    return bool(_FORMULA.match(text.lstrip()))


def cell_text(value: object) -> str:
    """A cell's value as text: whole numbers without ``.0``, dates as ISO dates."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def id_stored_as_number(value: object) -> bool:
    """An ID number Excel kept as a number has lost its last digits (it keeps 15
    significant digits): 18 digits cannot come back from it."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    return abs(value) >= 1e15 and len(cell_text(value).lstrip("-")) > 15


def _chinese_number(text: str) -> int | None:
    """十二 → 12, 两 → 2, 一百零五 → 105, 二〇 → 20; None when not a numeral."""
    if not text or any(c not in _CHINESE_DIGITS and c not in _CHINESE_UNITS for c in text):
        return None
    if not any(c in _CHINESE_UNITS for c in text):
        digits = "".join(str(_CHINESE_DIGITS[c]) for c in text)
        return int(digits) if len(digits) <= 4 else None
    total, current, last_unit = 0, None, 10_000
    for char in text:
        if char in _CHINESE_DIGITS:
            if current is not None and _CHINESE_DIGITS[char] != 0:
                return None  # two digits in a row: 三四十
            current = _CHINESE_DIGITS[char] or None
        else:
            unit = _CHINESE_UNITS[char]
            if unit >= last_unit:
                return None
            total += (1 if current is None and unit == 10 else current or 0) * unit
            if current is None and unit != 10:
                return None
            current, last_unit = None, unit
    return total + (current or 0)


def parse_count(value: object) -> int:
    """A head-count: 3, 3.0, "３", "3人", "三", "十二", "两人".

    Raises InvalidInput(field='head_count', reason='not_a_number').
    """
    if isinstance(value, int | float) and not isinstance(value, bool):
        if isinstance(value, float) and not value.is_integer():
            raise InvalidInput("head_count", "not_a_number", {"text": cell_text(value)})
        return int(value)
    text = one_line(cell_text(value)).replace(" ", "")
    bare = _COUNT_SUFFIX.sub("", text)
    if bare and all(c in _DIGITS for c in bare) and len(bare) <= 6:
        return int(bare)
    number = _chinese_number(bare)
    if number is None:
        raise InvalidInput("head_count", "not_a_number", {"text": text[:20]})
    return number
