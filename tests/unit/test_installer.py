"""The packaging script's parts that need no PyInstaller run (CI builds the bundle)."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

from app.domain.roles import WORKSTATIONS

ROOT = Path(__file__).resolve().parents[2]
ISS = (ROOT / "installer" / "reception_day.iss").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def build() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "installer_build", ROOT / "installer" / "build.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["installer_build"] = module
    spec.loader.exec_module(module)
    return module


def test_the_launchers_are_the_apps_workstations_in_its_order(build: ModuleType) -> None:
    assert tuple(build.STATIONS) == WORKSTATIONS


def test_every_workstation_opens_stations_of_the_window() -> None:
    pytest.importorskip("PySide6.QtWidgets")
    from app.ui.dialogs.first_run import ROLES
    from app.ui.main_window import ROLE_STATIONS, station_specs

    for workstation in WORKSTATIONS:
        assert set(ROLE_STATIONS[workstation]) <= set(station_specs()), workstation
    assert sorted(ROLES) == sorted(WORKSTATIONS)  # the first-run dialog offers each once


def test_the_command_line_help_names_every_workstation() -> None:
    from app.main import _parser

    station_help = next(a.help for a in _parser()._actions if "--station" in a.option_strings)
    assert station_help is not None
    named = {word.split(":")[0] for word in station_help.replace("|", " ").split()}
    assert set(WORKSTATIONS) <= named


def _iss_section(name: str) -> list[str]:
    lines, inside = [], False
    for line in ISS.splitlines():
        if line.startswith("["):
            inside = line.strip() == f"[{name}]"
        elif inside and line and not line.startswith(";"):
            lines.append(line)
    return lines


def test_the_start_menu_has_an_entry_per_workstation_exactly(build: ModuleType) -> None:
    stations = [
        match.group(1)
        for line in _iss_section("Icons")
        if (match := re.search(r'Parameters: "--station (\w+)\{cm:LangOption\}"', line))
    ]
    assert sorted(stations) == sorted(WORKSTATIONS)
    for line in _iss_section("Icons"):
        if "--station" in line:
            assert 'Filename: "{app}\\reception-day-gui.exe"' in line


def test_the_start_menu_names_the_stations_as_the_window_does(build: ModuleType) -> None:
    """Each language's custom message is the .deb's name and the English .ts tab title."""
    from app.ui.translations_build import MessageKey, default_ts_file, read_ts

    english = read_ts(default_ts_file())
    messages = dict(line.split("=", 1) for line in _iss_section("CustomMessages"))
    for station, (zh, en) in build.STATIONS.items():
        key = next(
            m.group(1)
            for line in _iss_section("Icons")
            if (m := re.search(rf"\{{cm:(\w+)\}}\"; .*--station {station}\{{", line))
        )
        assert messages[f"chinesesimplified.{key}"] == zh
        assert messages[f"english.{key}"] == en
        assert english[MessageKey("MainWindow", zh)] == en


def test_the_linux_package_has_a_launcher_per_workstation_exactly(build: ModuleType) -> None:
    entries = build.desktop_entries()
    stations = sorted(
        re.search(r"--station (\w+)\n", text).group(1)  # type: ignore[union-attr]
        for text in entries.values()
    )
    assert stations == sorted(WORKSTATIONS)
    assert len(entries) == len(WORKSTATIONS)


def test_a_desktop_entry_starts_the_windowed_program_on_its_station(build: ModuleType) -> None:
    entry = build.desktop_entry("desk", ("登记台", "Registration desk"))
    assert "Exec=/opt/reception-day/reception-day-gui --station desk" in entry
    assert "Name=接访日 · 登记台" in entry
    assert "Name[en]=Reception Day · Registration desk" in entry


def test_the_spec_ships_what_the_app_reads_from_disk(build: ModuleType) -> None:
    spec = (ROOT / "installer" / "reception_day.spec").read_text(encoding="utf-8")
    for folder in ('"fonts"', '"icons"', '"translations"', '"migrations"', '"data"'):
        assert folder in spec
    assert build.version().count(".") == 2
