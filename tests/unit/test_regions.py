"""Administrative-division codes: lookups, composed names, the packaged data file."""

from __future__ import annotations

import csv
import io
from importlib.resources import files

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.regions import (
    RegionEntry,
    county_codes,
    is_current_region,
    is_known_region,
    region_entries,
    region_name,
)


def _csv_text() -> str:
    return files("app.domain.data").joinpath("regions.csv").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("110105", "北京市朝阳区"),  # municipality: the 市辖区 level is skipped
        (" 110105 ", "北京市朝阳区"),
        ("130102", "河北省石家庄市长安区"),
        ("130000", "河北省"),
        ("130100", "河北省石家庄市"),
        ("419001", "河南省济源市"),  # under 省直辖县级行政单位, skipped
        ("110103", "北京市崇文区"),  # abolished in 2010, still known
        ("422900", "湖北省林区"),  # only abolished periods: the latest name
        ("349001", "安徽省天长市"),  # prefecture 349000 not listed
        ("440401", "广东省珠海市市辖区"),  # a grouping named as itself
        ("142102", "山西省雁北地区城区"),  # unlisted legacy xxxx02
        ("110211", "北京市郊区"),  # unlisted legacy xxxx11
        ("110120", "北京市市区"),  # unlisted legacy xxxx20
        ("142101", "山西省雁北地区市辖区"),  # unlisted legacy xxxx01
        ("810000", "香港特别行政区"),
        ("820000", "澳门特别行政区"),
        ("830000", "台湾省"),
        ("710000", "台湾省"),
    ],
)
def test_region_name(code: str, name: str) -> None:
    assert region_name(code) == name
    assert is_known_region(code)


@pytest.mark.parametrize(
    ("code", "year", "name"),
    [
        ("130123", 1990, "河北省石家庄市栾城县"),
        ("130123", 1993, "河北省石家庄市正定县"),
        ("130123", 2020, "河北省石家庄市正定县"),
        ("130123", 1984, "河北省石家庄市正定县"),  # no name that year: the current one
        ("120110", 1985, "天津市东郊区"),
        ("120110", None, "天津市东丽区"),
        ("110103", 2020, "北京市崇文区"),  # abolished before that year: the last name
    ],
)
def test_region_name_in_a_year(code: str, year: int | None, name: str) -> None:
    assert region_name(code, year) == name


@pytest.mark.parametrize(
    "code",
    ["", "11010", "1101050", "abcdef", "11O105", "000000", "440499", "460321", "１１０１０５"],
)
def test_unknown_codes(code: str) -> None:
    assert region_name(code) is None
    assert not is_known_region(code)
    assert not is_current_region(code)
    assert region_entries(code) == ()


def test_legacy_suffix_needs_a_listed_prefecture() -> None:
    assert not is_known_region("999901")
    assert not is_known_region("110199")  # not a legacy suffix


@pytest.mark.parametrize(
    ("code", "current"),
    [("110105", True), ("110103", False), ("130123", True), ("422900", False)],
)
def test_is_current_region(code: str, current: bool) -> None:
    assert is_current_region(code) is current


def test_region_entries_are_oldest_first() -> None:
    assert region_entries("130123") == (
        RegionEntry("130123", "栾城县", 1986, 1992),
        RegionEntry("130123", "正定县", 1993, None),
    )


@pytest.mark.parametrize(
    ("entry", "year", "covered"),
    [
        (RegionEntry("1", "a", None, None), 1800, True),
        (RegionEntry("1", "a", 1986, 1992), 1985, False),
        (RegionEntry("1", "a", 1986, 1992), 1986, True),
        (RegionEntry("1", "a", 1986, 1992), 1992, True),
        (RegionEntry("1", "a", 1986, 1992), 1993, False),
        (RegionEntry("1", "a", 1993, None), 2999, True),
    ],
)
def test_entry_covers(entry: RegionEntry, year: int, covered: bool) -> None:
    assert entry.covers(year) is covered


def test_county_codes() -> None:
    current = county_codes()
    everything = county_codes(include_abolished=True)
    assert current == tuple(sorted(current))
    assert set(current) < set(everything)
    assert "110105" in current
    assert "110103" not in current
    assert "110103" in everything
    assert "440401" not in everything  # grouping, not a county
    assert all(not code.endswith("00") for code in everything)
    assert all(is_current_region(code) for code in current)
    assert len(current) > 2800


@given(st.sampled_from(county_codes(include_abolished=True)))
def test_every_county_code_has_a_composed_name(code: str) -> None:
    name = region_name(code)
    assert name is not None
    assert any(entry.name in name for entry in region_entries(code))


def test_data_file_is_small_and_consistent() -> None:
    text = _csv_text()
    assert len(text.encode("utf-8")) < 400_000
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows
    codes = {row["code"] for row in rows}
    for row in rows:
        assert len(row["code"]) == 6
        assert row["code"].isdigit()
        assert row["name"]
        assert row["status"] == ("current" if row["until"] == "" else "abolished")
        assert row["code"][:2] + "0000" in codes
    # As in the source, a few codes withdrawn the year they were created: since = until + 1.
    inverted = [r for r in rows if r["since"] and r["until"] and r["since"] > r["until"]]
    assert len(inverted) < 20
    assert all(int(r["since"]) == int(r["until"]) + 1 for r in inverted)
