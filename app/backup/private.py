"""Backups readable by their owner only: files 0600, the backup folder 0700.

A backup holds everything the database holds (and one made before the personal data
was sealed holds ID numbers, phones and addresses in plain text), so no other account
of the PC or server may read it. On Windows the modes are not enforced: the default
folder lies in the user's profile, which only that user and administrators may read.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

OWNER_ONLY_FILE = 0o600
OWNER_ONLY_DIR = 0o700


def private_dir(folder: Path) -> Path:
    """Make ``folder`` (and missing parents) if needed, and tighten it to 0700."""
    folder.mkdir(mode=OWNER_ONLY_DIR, parents=True, exist_ok=True)
    if sys.platform != "win32" and folder.stat().st_mode & 0o077:
        os.chmod(folder, OWNER_ONLY_DIR)  # made by an older version, or loosened
    return folder


def create_private_file(path: Path) -> Path:
    """Create the new, empty file ``path`` with mode 0600 (FileExistsError if it
    exists), so a backup's bytes are never in a file others may read, not even for a
    moment."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, OWNER_ONLY_FILE))
    return path


def write_private_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` (replacing it) as an owner-only file."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, OWNER_ONLY_FILE)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text)
    if sys.platform != "win32":
        os.chmod(path, OWNER_ONLY_FILE)  # an existing file keeps its mode on open
