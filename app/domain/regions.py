"""Administrative-division codes (行政区划代码, GB/T 2260): current and abolished.

The list ships as ``app/domain/data/regions.csv`` (see ``REGIONS-SOURCE.md`` there for
its origin and licence) and is read once, lazily, on first use.

A resident ID number keeps the code of the place where it was first issued, so codes
abolished since (e.g. ``110103`` 崇文区, merged in 2010) are still *known*. Codes of the
form ``xxxx01`` / ``xxxx02`` / ``xxxx11`` / ``xxxx20`` (the 1980s 市辖区 / 城区 / 郊区 /
市区 groupings) are accepted under an existing prefecture even when the published
lists omit them, because real ID numbers carry them (e.g. ``4404 01``).
"""

from __future__ import annotations

import csv
import functools
import io
import re
from dataclasses import dataclass
from importlib.resources import files

__all__ = [
    "RegionEntry",
    "county_codes",
    "is_current_region",
    "is_known_region",
    "region_entries",
    "region_name",
]

_CODE_RE = re.compile(r"[0-9]{6}")

#: Names of statistical groupings that are not places; skipped when composing names.
_GROUPING_NAMES = frozenset({"市辖区", "县", "市", "市区"})

#: Suffixes real ID numbers carry under a prefecture although the lists may omit them.
_LEGACY_SUFFIXES = {"01": "市辖区", "02": "城区", "11": "郊区", "20": "市区"}


@dataclass(frozen=True, slots=True)
class RegionEntry:
    """One period during which ``code`` carried ``name`` (years inclusive, None = open)."""

    code: str
    name: str
    since: int | None
    until: int | None

    @property
    def is_current(self) -> bool:
        """True when the code still carries this name."""
        return self.until is None

    def covers(self, year: int) -> bool:
        """True when ``year`` falls inside this period."""
        low = self.since if self.since is not None else 0
        high = self.until if self.until is not None else 9999
        return low <= year <= high


def _year(text: str) -> int | None:
    return int(text) if text else None


@functools.cache
def _table() -> dict[str, tuple[RegionEntry, ...]]:
    """Code -> its periods, oldest first. Read once from the packaged CSV."""
    text = files("app.domain.data").joinpath("regions.csv").read_text(encoding="utf-8")
    grouped: dict[str, list[RegionEntry]] = {}
    for row in csv.DictReader(io.StringIO(text)):
        entry = RegionEntry(row["code"], row["name"], _year(row["since"]), _year(row["until"]))
        grouped.setdefault(entry.code, []).append(entry)
    return {code: tuple(entries) for code, entries in grouped.items()}


def _clean(code: str) -> str | None:
    code = code.strip()
    return code if _CODE_RE.fullmatch(code) else None


def _legacy_name(code: str) -> str | None:
    """Name of an unlisted ``xxxx01/02/11/20`` code under a listed prefecture, else None."""
    suffix = code[4:]
    if suffix in _LEGACY_SUFFIXES and code[:4] + "00" in _table():
        return _LEGACY_SUFFIXES[suffix]
    return None


def region_entries(code: str) -> tuple[RegionEntry, ...]:
    """Every listed period of ``code``, oldest first; empty when the code is not listed."""
    clean = _clean(code)
    return _table().get(clean, ()) if clean is not None else ()


def is_known_region(code: str) -> bool:
    """True for any listed code, current or abolished, at province, prefecture or county level.

    Also true for the legacy ``xxxx01/02/11/20`` codes under a listed prefecture.
    """
    clean = _clean(code)
    if clean is None:
        return False
    return clean in _table() or _legacy_name(clean) is not None


def is_current_region(code: str) -> bool:
    """True when ``code`` is listed and still in use today."""
    return any(entry.is_current for entry in region_entries(code))


def _own_name(code: str, year: int | None) -> str | None:
    """The name ``code`` carried in ``year`` (or now), at its own level only."""
    entries = _table().get(code)
    if not entries:
        return _legacy_name(code)
    if year is not None:
        during = [entry for entry in entries if entry.covers(year)]
        if during:
            return during[-1].name
    current = [entry for entry in entries if entry.is_current]
    if current:
        return current[-1].name
    latest = max(entries, key=lambda entry: entry.until or 0)
    return latest.name


def _is_grouping(name: str) -> bool:
    return name in _GROUPING_NAMES or "直辖" in name


def region_name(code: str, year: int | None = None) -> str | None:
    """Full name of a code, province + prefecture + county, e.g. '110105' -> '北京市朝阳区'.

    ``year`` picks the names in use that year (e.g. the birth year of an ID holder);
    without it, or when no name was in use that year, the current name is used (the
    last one for abolished codes). Groupings such as 市辖区 are left out of the higher
    levels. Returns None when the code is not known.
    """
    clean = _clean(code)
    if clean is None or not is_known_region(clean):
        return None
    levels = dict.fromkeys((clean[:2] + "0000", clean[:4] + "00", clean))
    parts: list[str] = []
    for level in levels:
        name = _own_name(level, year)
        if name is None or (level != clean and _is_grouping(name)):
            continue
        parts.append(name)
    return "".join(parts)


def county_codes(*, include_abolished: bool = False) -> tuple[str, ...]:
    """Listed county-level codes (not ``xx0000``/``xxxx00``, not groupings), sorted.

    Meant for generators of demo data; by default only codes in use today.
    """
    codes = [
        code
        for code, entries in _table().items()
        if not code.endswith("00")
        and (include_abolished or any(entry.is_current for entry in entries))
        and not all(_is_grouping(entry.name) for entry in entries)
    ]
    return tuple(sorted(codes))
