#!/usr/bin/env python3
"""Set up a local virtual environment and run the app or the tests.

    python3 dev.py demo     # create .venv, install, open the app on a demo event (SQLite)
    python3 dev.py test     # create .venv, install with test extras, run the whole suite

Works with nothing but Python >= 3.11 on the machine. Extra arguments are passed on
(to the app for ``demo``, to pytest for ``test``).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"


def _venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def _ensure_env(extras: str) -> Path:
    if sys.version_info < (3, 11):
        sys.exit("Reception Day needs Python 3.11 or newer.")
    python = _venv_python()
    if not python.exists():
        print("· creating .venv", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    stamp_key = hashlib.sha256(
        (ROOT / "pyproject.toml").read_bytes() + extras.encode()
    ).hexdigest()
    stamp = VENV / f".installed-{extras or 'base'}"
    if not stamp.exists() or stamp.read_text() != stamp_key:
        print(f"· installing the app{' with ' + extras if extras else ''} into .venv", flush=True)
        target = f".[{extras}]" if extras else "."
        subprocess.run(
            [str(python), "-m", "pip", "install", "-q", "--upgrade", "pip"], check=True
        )
        subprocess.run(
            [str(python), "-m", "pip", "install", "-q", "-e", target], check=True, cwd=ROOT
        )
        stamp.write_text(stamp_key)
    return python


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"demo", "test"}:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    if command == "demo":
        python = _ensure_env("")
        return subprocess.call([str(python), "-m", "app", "--demo", *rest], cwd=ROOT)
    python = _ensure_env("dev")
    return subprocess.call([str(python), "-m", "pytest", *rest], cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
