"""Make, verify and restore backups of either engine; rotate the backup folder.

A backup is ``<database>-<YYYYmmdd-HHMMSS>-<reason>.db`` (SQLite) or ``….dump``
(PostgreSQL custom format) with ``….json`` beside it. By default they go to
``backups/`` next to the SQLite file (the user data folder for the usual one-PC
database) or in the user data folder for PostgreSQL, and only the newest ``keep`` of
each database and reason are kept.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from app.audit.chain import Verdict, verify, verify_engine
from app.backup import pg_files, sqlite_files
from app.backup.manifest import (
    BackupError,
    Manifest,
    check_file,
    compare_counts,
    file_sha256,
    manifest_path,
    read_manifest,
    write_manifest,
)
from app.backup.private import create_private_file, private_dir
from app.paths import user_data_dir

DEFAULT_KEEP = 20
SUFFIX = {"sqlite": ".db", "postgresql": ".dump"}


@dataclass(frozen=True)
class BackupResult:
    """A backup made: where, what it holds, which older ones were rotated away."""

    path: Path
    manifest: Manifest
    removed: tuple[Path, ...] = ()


@dataclass(frozen=True)
class RestoreResult:
    """A restore done and verified; ``safety`` is the backup of what was overwritten."""

    target: str
    manifest: Manifest
    safety: Path | None
    seconds: float


def _dialect(url: str) -> str:
    name = make_url(url).get_backend_name()
    if name not in SUFFIX:
        raise BackupError(f"不支持的数据库 / unsupported database: {name}")
    return name


def _sqlite_file(url: str) -> Path:
    database = make_url(url).database
    if not database or database == ":memory:":
        raise BackupError("内存数据库无法备份 / an in-memory database cannot be backed up")
    return Path(database)


def _stem(url: str) -> str:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_file(url).stem
    return str(parsed.database or "postgres")


def backups_dir(url: str) -> Path:
    """Where backups of this database go by default."""
    if _dialect(url) == "sqlite":
        return _sqlite_file(url).resolve().parent / "backups"
    return user_data_dir() / "backups"


def _source(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


def _new_path(folder: Path, stem: str, reason: str, suffix: str) -> Path:
    """A new name; several in one second count on (-2, -3 …) after the last one made,
    so names keep their order even after rotation removed the earlier ones."""
    base = f"{stem}-{datetime.now():%Y%m%d-%H%M%S}-{reason}"
    taken = [p.name[len(base) :] for p in folder.glob(f"{base}*")] if folder.exists() else []
    numbers = [int(m.group(1) or 1) for t in taken if (m := re.match(r"(?:-(\d+))?\.", t))]
    n = max(numbers, default=0) + 1
    return folder / (f"{base}{suffix}" if n == 1 else f"{base}-{n}{suffix}")


def _revision_sqlite(path: Path) -> str | None:
    counts_engine = sqlite_files.read_only_engine(path)
    try:
        with counts_engine.connect() as c:
            return _revision(c)
    finally:
        counts_engine.dispose()


def _revision(c: Connection) -> str | None:
    if c.dialect.name == "postgresql":
        exists = c.execute(text("SELECT to_regclass('public.alembic_version')")).scalar()
    else:
        query = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        exists = c.execute(text(query)).scalar()
    if exists is None:
        return None
    value = c.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return None if value is None else str(value)


def make_backup(
    url: str, target: Path | None = None, reason: str = "manual", keep: int = DEFAULT_KEEP
) -> BackupResult:
    """Back up the database at ``url`` to ``target`` (default: a new file in
    :func:`backups_dir`, after which older backups beyond ``keep`` are removed)."""
    dialect = _dialect(url)
    if dialect == "postgresql":
        pg_files.tool("pg_dump")  # say what is missing before making any folder
    if target is None:
        folder = private_dir(backups_dir(url))  # 0700: backups hold everything
        path = _new_path(folder, _stem(url), reason, SUFFIX[dialect])
    else:
        path = target
        path.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    if dialect == "sqlite":
        source = _sqlite_file(url)
        if not source.is_file():
            raise BackupError(f"找不到数据库文件 / database file not found: {source}")
        sqlite_files.copy_database(source, path)
        problem = sqlite_files.integrity(path)
        if problem != "ok":
            path.unlink()
            raise BackupError(
                f"备份副本完整性检查失败 / backup copy failed integrity check: {problem}"
            )
        counts = sqlite_files.row_counts(path)
        verdict = sqlite_files.audit_verdict(path)
        revision = _revision_sqlite(path)
    else:
        try:
            create_private_file(path)  # pg_dump writes into it: 0600 from the start
        except FileExistsError:
            raise BackupError(f"目标文件已存在 / target exists: {path}") from None

        def inspect(c: Connection) -> tuple[dict[str, int], Verdict, str | None]:
            return pg_files.row_counts(c), verify(c), _revision(c)

        try:
            counts, verdict, revision = pg_files.dump(url, path, inspect)
        except BaseException:
            path.unlink(missing_ok=True)  # no empty or partial dump left behind
            raise
    manifest = Manifest(
        file=path.name,
        dialect=dialect,
        created_at=datetime.now(UTC).isoformat(timespec="seconds"),
        source=_source(url),
        schema_revision=revision,
        reason=reason,
        size_bytes=path.stat().st_size,
        sha256=file_sha256(path),
        row_counts=counts,
        audit_entries=verdict.entries,
        audit_last_hash=_last_hash(verdict, url, path),
        seconds=round(time.perf_counter() - started, 3),
        notes=[] if verdict.ok else [f"audit chain broken at seq {verdict.seq}: {verdict.problem}"],
    )
    write_manifest(path, manifest)
    removed = rotate(path.parent, _stem(url), reason, keep) if target is None else ()
    return BackupResult(path, manifest, tuple(removed))


def _last_hash(verdict: Verdict, url: str, path: Path) -> str | None:
    if not verdict.entries:
        return None
    if _dialect(url) == "sqlite":
        engine = sqlite_files.read_only_engine(path)
    else:
        engine = create_engine(make_url(url), poolclass=NullPool)
    try:
        with engine.connect() as c:
            query = "SELECT hash FROM audit_log WHERE seq = :seq"
            found = c.execute(text(query), {"seq": verdict.entries}).scalar()
            return None if found is None else str(found)
    finally:
        engine.dispose()


def rotate(folder: Path, stem: str, reason: str, keep: int) -> list[Path]:
    """Remove all but the newest ``keep`` backups of ``stem`` made for ``reason``."""
    name = re.compile(
        rf"{re.escape(stem)}-(\d{{8}}-\d{{6}})-{re.escape(reason)}(?:-(\d+))?(?:\.db|\.dump)"
    )
    found = [(name.fullmatch(p.name), p) for p in folder.iterdir()]
    mine = [p for *_, p in sorted((m.group(1), int(m.group(2) or 1), p) for m, p in found if m)]
    removed = mine[: max(0, len(mine) - keep)]
    for old in removed:
        old.unlink(missing_ok=True)
        manifest_path(old).unlink(missing_ok=True)
    return removed


def verify_backup(path: Path) -> Manifest:
    """Check a backup against its manifest without restoring it: checksum, then for
    SQLite the integrity check, row counts and audit chain of the file itself, for
    PostgreSQL that ``pg_restore`` can read the whole dump."""
    manifest = read_manifest(path)
    check_file(path, manifest)
    if manifest.dialect == "sqlite":
        problem = sqlite_files.integrity(path)
        if problem != "ok":
            raise BackupError(f"备份完整性检查失败 / backup failed integrity check: {problem}")
        compare_counts(sqlite_files.row_counts(path), manifest, "备份 backup")
        _check_audit(sqlite_files.audit_verdict(path), manifest, "备份 backup")
    else:
        pg_files.check_dump(path)
    return manifest


def _check_audit(verdict: Verdict, manifest: Manifest, where: str) -> None:
    if not verdict.ok or verdict.entries != manifest.audit_entries:
        why = verdict.problem or f"{verdict.entries} ≠ {manifest.audit_entries} entries"
        raise BackupError(
            f"审计日志校验失败（{where}）/ audit chain check failed ({where}): "
            f"seq {verdict.seq}: {why}"
        )


def restore_backup(url: str, path: Path, *, force: bool = False) -> RestoreResult:
    """Verify ``path``, back up what is at ``url`` now, restore, verify the result.

    Refused while stations use the database unless ``force``.
    """
    started = time.perf_counter()
    manifest = verify_backup(path)
    dialect = _dialect(url)
    if manifest.dialect != dialect:
        raise BackupError(
            f"备份来自 {manifest.dialect}，不能恢复到 {dialect} / a {manifest.dialect} backup "
            f"cannot be restored into {dialect}"
        )
    safety = _safety_backup(url, force)
    if dialect == "sqlite":
        target = _sqlite_file(url)
        sqlite_files.restore_into(path, target, force=force)
        problem = sqlite_files.integrity(target)
        if problem != "ok":
            raise BackupError(f"恢复后完整性检查失败 / integrity check after restore: {problem}")
        compare_counts(sqlite_files.row_counts(target), manifest, "恢复后 restored")
        _check_audit(sqlite_files.audit_verdict(target), manifest, "恢复后 restored")
    else:
        pg_files.restore(url, path)
        engine = create_engine(make_url(url), poolclass=NullPool)
        try:
            with engine.connect() as c:
                counts = pg_files.row_counts(c)
            compare_counts(counts, manifest, "恢复后 restored")
            _check_audit(verify_engine(engine), manifest, "恢复后 restored")
        finally:
            engine.dispose()
    return RestoreResult(_source(url), manifest, safety, time.perf_counter() - started)


def _has_data(counts: dict[str, int]) -> bool:
    return any(n for table, n in counts.items() if table != "alembic_version")


def _safety_backup(url: str, force: bool) -> Path | None:
    """Refuse if in use (unless ``force``); back up what is about to be overwritten."""
    if _dialect(url) == "sqlite":
        target = _sqlite_file(url)
        if not target.exists():
            return None
        with sqlite_files.exclusive(target, force=force):
            pass
        if not _has_data(sqlite_files.row_counts(target)):
            return None
    else:
        engine = create_engine(make_url(url), poolclass=NullPool)
        try:
            if not force and pg_files.other_sessions(engine):
                raise BackupError(
                    "数据库正在使用中（有其他连接），请先关闭所有工作站，或用 --force / "
                    "the database is in use (other connections); close every station "
                    "or use --force"
                )
            with engine.connect() as c:
                if not _has_data(pg_files.row_counts(c)):
                    return None
        finally:
            engine.dispose()
    return make_backup(url, reason="pre-restore").path
