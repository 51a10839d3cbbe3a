"""Child process of the startup benchmark: starts the app as ``reception-day --db URL
--station ROLE`` would and prints ``READY`` once the station window is shown and its
first loads have finished (no background task left), then exits at once.

The sign-in dialog is skipped (the station opens for an administrator at once): the
time a person takes to type a password, and its Argon2id check (≈ 0.16 s), are not
part of what the app makes them wait for.

    QT_QPA_PLATFORM=offscreen python bench/startup_probe.py URL ROLE
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

CHECK_MS = 5


def main() -> int:
    url, station = sys.argv[1], sys.argv[2]
    # The imports in the order of ``reception-day``'s own start: app.main (the core) first,
    # Qt only with app.ui.application. Importing Qt first would make PySide6 scan the
    # source of every core module imported after it (its __feature__ hook), ≈ 0.15 s the
    # installed app never spends.
    import app.main
    import app.ui.application as application

    original = application.build_window

    def build_window(db: Any, role: Any, runner: Any, *rest: Any) -> Any:
        from PySide6.QtCore import QTimer

        window = original(db, role, runner, *rest)

        def check() -> None:
            # The runner keeps one relay per task in flight (private: a measuring hook).
            if window.isVisible() and not runner._relays:
                print("READY", flush=True)
                os._exit(0)
            QTimer.singleShot(CHECK_MS, check)

        QTimer.singleShot(0, check)
        return window

    application.build_window = build_window
    from app.domain.roles import Role
    from app.services.context import Actor

    def sign_in(db: Any, role: str, *rest: Any) -> Actor | None:
        if getattr(sign_in, "done", False):
            return None  # the window closed: do not sign in again
        sign_in.done = True  # type: ignore[attr-defined]
        return Actor("基准测试", role, Role.ADMIN)

    application.sign_in = sign_in

    def critical(_parent: Any, _title: str, text: str, *rest: Any) -> None:
        print(f"FAILED {text}", flush=True)
        os._exit(3)

    application.QMessageBox.critical = critical
    return app.main.main(["--db", url, "--station", station])


if __name__ == "__main__":
    sys.exit(main())
