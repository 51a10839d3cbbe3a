"""Which demo a demo database holds, so ``reception-day --demo`` never opens a stale one.

The demo file in the user data folder is built once and kept. Its schema alone does
not say whether it is still the demo this app builds: a demo opened as an ordinary
database (``--db``, an older app) was upgraded in place and keeps the rows an older
demo builder made under the current schema — a demo made before migration 0005 and
upgraded so no longer matched the desk's search. So the build stamps the file
(SQLite's ``user_version``) with :func:`demo_stamp`, a digest of the app version,
the schema head and the demo builder's code; a file with another stamp, or one whose
personal data is sealed with a key this workstation does not hold, is rebuilt.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import Engine

import app
from app.migrations import head_revision
from app.security.field_crypto import FieldCryptoError
from app.security.key_store import default_store
from app.security.keys import check_ring, database_keys

STAMP_BITS = 28  # user_version is a signed 32-bit integer


def demo_stamp() -> int:
    """The stamp of the demo this app builds (never 0, SQLite's "no stamp")."""
    digest = hashlib.sha256(f"{app.__version__}/{head_revision()}".encode())
    # An installed bundle has no sources: the version and the schema head stand alone.
    for source in sorted(Path(__file__).resolve().parent.glob("*.py")):
        digest.update(source.name.encode())
        digest.update(source.read_bytes())
    return int(digest.hexdigest(), 16) % ((1 << STAMP_BITS) - 1) + 1


def read_stamp(engine: Engine) -> int:
    """The stamp written into the SQLite file (0: none)."""
    raw = engine.raw_connection()
    try:
        row = raw.cursor().execute("PRAGMA user_version").fetchone()
    finally:
        raw.close()
    return int(row[0]) if row else 0


def write_stamp(engine: Engine) -> None:
    """Mark the SQLite file as this app's demo (call once the build is complete)."""
    raw = engine.raw_connection()
    try:  # autocommit, as the checkpoint after the build
        raw.cursor().execute(f"PRAGMA user_version = {demo_stamp():d}")
    finally:
        raw.close()


def key_fits(engine: Engine) -> bool:
    """Whether this workstation's field key opens the file's sealed personal data (a
    file with none sealed yet fits any key)."""
    with engine.connect() as connection:
        recorded = database_keys(connection)
    if not recorded:
        return True
    try:
        ring = default_store().load()
        if ring is None:
            return False
        check_ring(ring, recorded, "")
    except FieldCryptoError:
        return False
    return True


def holds_current_demo(engine: Engine) -> bool:
    """Whether the file (already at this app's schema) is the demo this app builds and
    this workstation can read."""
    return read_stamp(engine) == demo_stamp() and key_fits(engine)
