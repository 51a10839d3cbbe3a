"""The data the benchmarks run on, built once and cached.

County scale (1 M petitioners, 100 k cases; ``--quick``: 50 k / 5 k) is a SQLite file;
the day-scale demo event (436 batches / 667 persons / 15 rooms) is a SQLite file and,
for PostgreSQL, a template database. Both are kept under the user cache folder
(``…/ReceptionDay/bench``), keyed by the seed and a digest of the migrations and the
demo generator, so a change to either builds them again. Each run works on a copy.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import platformdirs

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.paths import APP_NAME  # noqa: E402

SEED = 1


@dataclass(frozen=True)
class Scale:
    """How big a run is."""

    name: str
    petitioners: int
    cases: int

    @property
    def label(self) -> str:
        return f"{self.petitioners:,} petitioners, {self.cases:,} cases"


FULL = Scale("county", 1_000_000, 100_000)
QUICK = Scale("quick", 50_000, 5_000)


def cache_dir() -> Path:
    path = Path(platformdirs.user_cache_dir(APP_NAME, APP_NAME)) / "bench"
    path.mkdir(parents=True, exist_ok=True)
    return path


def version_key(seed: int = SEED) -> str:
    """Digest of what the data depends on: migrations, demo generator, seed."""
    digest = hashlib.sha256(str(seed).encode())
    for folder in ("app/migrations/versions", "app/demo"):
        for path in sorted((ROOT / folder).glob("*.py")):
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def _log(text: str) -> None:
    print(f"  · {text}", file=sys.stderr, flush=True)


def _backup(source: Path, target: Path) -> None:
    """Copy a SQLite database with the online backup API (safe even if it were live)."""
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


def county_db(scale: Scale) -> Path:
    """The cached county-scale SQLite file for ``scale`` (built on first use)."""
    path = cache_dir() / f"county-{scale.petitioners}-{scale.cases}-{version_key()}.db"
    if path.exists():
        return path
    from app.bootstrap import open_database
    from app.demo.county import build_county

    building = path.with_suffix(".building")
    building.unlink(missing_ok=True)
    _log(f"building county data ({scale.label}) into {path} — once, then cached")
    started = time.perf_counter()
    db, _ = open_database(f"sqlite:///{building}")
    try:
        build_county(db, SEED, scale.petitioners, scale.cases)
    finally:
        db.dispose()
    _backup(building, path)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{building}{suffix}").unlink(missing_ok=True)
    _log(f"county data built in {time.perf_counter() - started:.0f} s")
    return path


def day_db() -> Path:
    """The cached SQLite file holding the day-scale demo event (built on first use)."""
    path = cache_dir() / f"day-{version_key()}.db"
    if path.exists():
        return path
    from app.bootstrap import build_services, open_database
    from app.demo.day import build_day

    building = path.with_suffix(".building")
    building.unlink(missing_ok=True)
    _log(f"building the day-scale demo event into {path} — once, then cached")
    db, _ = open_database(f"sqlite:///{building}")
    try:
        build_day(build_services(db), SEED)
    finally:
        db.dispose()
    _backup(building, path)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{building}{suffix}").unlink(missing_ok=True)
    return path


@contextmanager
def sqlite_copy(source: Path, folder: Path) -> Iterator[str]:
    """A URL of a fresh copy of ``source`` in ``folder``."""
    target = folder / f"{source.stem}-{uuid.uuid4().hex[:6]}.db"
    shutil.copyfile(source, target)
    try:
        yield f"sqlite:///{target}"
    finally:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)


def _pg_admin(admin_url: str, sql: str) -> list[tuple[object, ...]]:
    import psycopg

    with psycopg.connect(admin_url.replace("+psycopg", ""), autocommit=True) as conn:
        cur = conn.execute(sql)  # type: ignore[arg-type]
        return list(cur.fetchall()) if cur.description else []


def pg_reachable(admin_url: str) -> str | None:
    """None when the server answers, else why not."""
    try:
        _pg_admin(admin_url, "SELECT 1")
        return None
    except Exception as error:  # any failure means: no server to measure
        return str(error).splitlines()[0]


@contextmanager
def pg_day_copy(admin_url: str) -> Iterator[str]:
    """A URL of a fresh PostgreSQL copy of the day-scale demo event (the template is
    built once per version and kept on the server)."""
    from app.bootstrap import build_services, open_database
    from app.demo.day import build_day

    base = admin_url.rsplit("/", 1)[0]
    template = f"rd_bench_day_{version_key()}"
    if not _pg_admin(admin_url, f"SELECT 1 FROM pg_database WHERE datname = '{template}'"):
        building = f"{template}_b{uuid.uuid4().hex[:6]}"
        _log(f"building the day-scale demo event into PostgreSQL {template} — once, then kept")
        _pg_admin(admin_url, f'CREATE DATABASE "{building}"')
        db, _ = open_database(f"{base}/{building}")
        try:
            build_day(build_services(db), SEED)
        finally:
            db.dispose()
        _pg_admin(admin_url, f'ALTER DATABASE "{building}" RENAME TO "{template}"')
    name = f"rd_bench_{uuid.uuid4().hex[:10]}"
    _pg_admin(admin_url, f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    try:
        yield f"{base}/{name}"
    finally:
        _pg_admin(admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
