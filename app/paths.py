"""Where the app keeps its files: the user data folder and the databases in it.

``RECEPTION_DAY_DATA_DIR`` overrides the folder (tests, portable installs).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "ReceptionDay"
DATA_DIR_ENV = "RECEPTION_DAY_DATA_DIR"
DATABASE_FILE = "reception-day.db"
DEMO_DATABASE_FILE = "demo.db"


def user_data_dir() -> Path:
    """The per-user data folder (e.g. ``%LOCALAPPDATA%\\ReceptionDay\\ReceptionDay``)."""
    override = os.environ.get(DATA_DIR_ENV, "").strip()
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, APP_NAME))


def resources_dir() -> Path:
    """The top-level ``resources/`` folder, in a source tree or a PyInstaller bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[1] / "resources"


def sqlite_url(path: Path) -> str:
    """The SQLAlchemy URL of a SQLite file."""
    return f"sqlite:///{path}"


def default_database_path() -> Path:
    """The one-PC database file."""
    return user_data_dir() / DATABASE_FILE


def default_database_url() -> str:
    """The database used when none is given: a SQLite file in the user data folder."""
    return sqlite_url(default_database_path())


def demo_database_path() -> Path:
    """The demo event's database file (``--demo``)."""
    return user_data_dir() / DEMO_DATABASE_FILE
