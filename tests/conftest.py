"""Test-wide settings: Qt offscreen, deterministic Hypothesis profile."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Personal fields are sealed with a key kept outside the database: tests share one key
# file of their own instead of creating one in the user's data folder.
os.environ.setdefault(
    "RECEPTION_DAY_KEY_FILE", os.path.join(tempfile.gettempdir(), "reception-day-test-keys.json")
)

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=100, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

import app.ui  # noqa: E402,F401  (keeps None alive under PySide6 6.12 on Python 3.11)
