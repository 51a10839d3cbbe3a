"""The manifest written next to each backup, and the checks made against it."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from app.backup.private import write_private_text
from app.domain.errors import ReceptionDayError

MANIFEST_SUFFIX = ".json"
FORMAT = 1


class BackupError(ReceptionDayError):
    """A backup could not be made, or a backup or restore failed verification.

    The message is one line, Chinese then English.
    """


@dataclass(frozen=True)
class Manifest:
    """What a backup holds, to check a restore against."""

    file: str
    dialect: str
    created_at: str  # UTC, ISO 8601
    source: str  # where it came from, without any password
    schema_revision: str | None
    reason: str
    size_bytes: int
    sha256: str
    row_counts: dict[str, int]
    audit_entries: int
    audit_last_hash: str | None
    format: int = FORMAT
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)


def manifest_path(backup: Path) -> Path:
    """``x.db`` → ``x.db.json``."""
    return backup.with_name(backup.name + MANIFEST_SUFFIX)


def file_sha256(path: Path) -> str:
    """SHA-256 (hex) of a file, read in 1 MiB blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_manifest(backup: Path, manifest: Manifest) -> Path:
    """Write the manifest next to ``backup``; its path."""
    path = manifest_path(backup)
    text = json.dumps(asdict(manifest), ensure_ascii=False, indent=2, sort_keys=True)
    write_private_text(path, text + "\n")
    return path


def read_manifest(backup: Path) -> Manifest:
    """The manifest of ``backup``; BackupError when it is missing or unreadable."""
    path = manifest_path(backup)
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        return Manifest(**data)
    except FileNotFoundError as error:
        raise BackupError(
            f"备份缺少清单文件 {path.name}，无法校验 / the backup has no manifest {path.name}; "
            "it cannot be verified"
        ) from error
    except (ValueError, TypeError) as error:
        raise BackupError(f"备份清单无法读取 / unreadable manifest {path.name}: {error}") from error


def check_file(backup: Path, manifest: Manifest) -> None:
    """The backup file is the one the manifest describes (size and SHA-256)."""
    if not backup.is_file():
        raise BackupError(f"找不到备份文件 / backup file not found: {backup}")
    size = backup.stat().st_size
    if size != manifest.size_bytes or file_sha256(backup) != manifest.sha256:
        raise BackupError(
            f"备份文件已损坏或被改动（校验和不符）/ backup file is corrupted or altered "
            f"(checksum mismatch): {backup.name}"
        )


def compare_counts(found: dict[str, int], manifest: Manifest, where: str) -> None:
    """Every table has exactly the rows the manifest lists."""
    wrong = [
        f"{table} {manifest.row_counts.get(table)}→{found.get(table)}"
        for table in sorted(set(found) | set(manifest.row_counts))
        if found.get(table) != manifest.row_counts.get(table)
    ]
    if wrong:
        raise BackupError(
            f"行数与清单不符（{where}）/ row counts differ from the manifest ({where}): "
            + ", ".join(wrong[:8])
        )
