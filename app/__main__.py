"""``python -m app``: the same as the ``reception-day`` command."""

from __future__ import annotations

from app.main import main

if __name__ == "__main__":  # not when a worker process re-imports this module
    raise SystemExit(main())
