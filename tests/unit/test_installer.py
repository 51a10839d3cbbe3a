"""The packaging script's parts that need no PyInstaller run (CI builds the bundle)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


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


def test_every_launcher_opens_a_station_the_app_has(build: ModuleType) -> None:
    pytest.importorskip("PySide6.QtWidgets")
    from app.ui.main_window import station_specs

    assert set(build.STATIONS) <= set(station_specs())


def test_the_inno_setup_script_has_a_start_menu_entry_per_launcher(build: ModuleType) -> None:
    script = (ROOT / "installer" / "reception_day.iss").read_text(encoding="utf-8")
    for station in build.STATIONS:
        assert f'Parameters: "--station {station}"' in script


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
