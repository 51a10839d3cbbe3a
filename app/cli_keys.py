"""``reception-day key status | export | import | rotate | replace-lost`` — the field key
of personal data.

    reception-day key status        [--db URL]
    reception-day key export FILE   (a copy for another workstation or for safe keeping)
    reception-day key import FILE   [--db URL] [--replace]
    reception-day key rotate        [--db URL] [--drop-old]
    reception-day key replace-lost  [--db URL] [--confirm-lost]

The key never goes into the database or its backups. Every workstation of a hall
(one PostgreSQL database) needs the same key: export it on the first one, carry the
file on a USB stick, import it on the others, then delete the carried copy. Keep one
copy in a safe place: if every copy of the key is lost, the ID numbers, phones and
addresses in the database (and in its backups) cannot be read by anyone; names, visits
and cases stay readable. When no copy can be found, ``replace-lost`` (after showing
what stays unreadable, and only with ``--confirm-lost``) makes a new key so the hall
carries on; the desk re-enters what the lost key sealed. ``--key-file`` (any command)
or ``RECEPTION_DAY_KEY_FILE`` uses another key file.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from app.cli_identity import cli_database, open_for_cli
from app.db import Database
from app.security.field_crypto import FieldCryptoError, KeyRing
from app.security.key_loss import LossAssessment, assess_loss, refusal, replace_lost
from app.security.key_store import KeyFile, default_store
from app.security.rotation import drop_old_keys, import_key, key_status, rotate

CommandAdder = Callable[[str, str, Callable[[argparse.Namespace], int]], argparse.ArgumentParser]


def merge_rings(local: KeyRing | None, incoming: KeyRing, replace: bool) -> KeyRing:
    """The ring after an import: every version of both; a version whose keys differ is
    refused unless ``replace`` (then the incoming ring replaces the local one). A
    version one ring records as lost and the other holds is held: a found key opens
    its values again."""
    if local is None or replace:
        return incoming
    for version, key in incoming.keys.items():
        if version in local.keys and local.keys[version] != key:
            raise FieldCryptoError(
                f"key version {version} here differs from the imported one: values sealed "
                "with the local key would become unreadable (use --replace if this "
                "workstation's key was never used)"
            )
    keys = {**local.keys, **incoming.keys}
    lost = {v: fp for v, fp in {**local.lost, **incoming.lost}.items() if v not in keys}
    return KeyRing(max(local.current, incoming.current), keys, lost)


def _open(args: argparse.Namespace) -> Database:
    # backed up before any migration, like every command; audited as the command line
    return open_for_cli(args.db)[0]


def _cmd_status(args: argparse.Namespace) -> int:
    db = _open(args)
    try:
        status = key_status(db)
    finally:
        db.dispose()
    print(f"密钥位置 / key store: {status.store}")
    if not status.local:
        print("本机没有密钥 / no key on this workstation")
    for version, fingerprint in sorted(status.local.items()):
        mark = " (当前 current)" if version == status.current else ""
        print(f"  本机 / local   v{version}  {fingerprint}{mark}")
    for version, fingerprint in sorted(status.recorded.items()):
        same = status.local.get(version) == fingerprint
        verdict = "一致 / matches" if same else "本机没有或不同 / MISSING or DIFFERENT here"
        if not same and status.lost.get(version) == fingerprint:
            verdict = "已丢失，已换新密钥 / LOST, replaced (key replace-lost)"
        print(f"  数据库 / database v{version}  {fingerprint}  {verdict}")
    for version, rows in sorted(status.rows_by_version.items()):
        label = "未加密字段 / nothing sealed" if version == 0 else f"v{version}"
        print(f"  来访人 / petitioners {label}: {rows:,}")
    return 0


def export_key(path: Path) -> KeyRing:
    """Write this workstation's key ring to a new owner-only file; the ring written."""
    store = default_store()
    ring = store.load()
    if ring is None:
        raise FieldCryptoError(f"no key at {store.describe()} to export")
    target = KeyFile(path)
    if target.path.exists():
        raise FieldCryptoError(f"{target.path} exists already: choose a new file name")
    target.create(ring)
    return ring


KEY_NOT_IN_BACKUP = (
    "密钥不在数据库备份中，请另行保管（reception-day key export FILE）/ the field key is not "
    "in database backups: keep a copy of it elsewhere (reception-day key export FILE)"
)


def _cmd_export(args: argparse.Namespace) -> int:
    ring = export_key(Path(args.file))
    print(f"已导出密钥 / key exported: {args.file}  (v{ring.current} {ring.fingerprint()})")
    print(
        "  此文件可解密全部身份信息：妥善保管，拷贝到其他工作站后删除 / this file opens every "
        "ID number and phone: keep it safe, delete carried copies after the import"
    )
    return 0


def _cmd_import(args: argparse.Namespace) -> int:
    incoming = KeyFile(Path(args.file)).load()
    if incoming is None:
        raise FieldCryptoError(f"{args.file} does not exist")
    store = default_store()
    ring = merge_rings(store.load(), incoming, args.replace)
    audited: bool | None = None
    try:
        db = cli_database(Database(args.db))
        try:
            audited = import_key(db, ring, args.file)
        finally:
            db.dispose()
    except SQLAlchemyError:
        store.save(ring)  # no database here yet (or not migrated): nothing to check or log
    print(
        f"已导入密钥 / key imported into {store.describe()}: v{ring.current} {ring.fingerprint()}"
    )
    if audited:
        print("  已记入审计日志 / recorded in the audit log (key.import)")
    elif audited is None:
        print("  未找到数据库，未记入审计日志 / no database found: not in an audit log")
    return 0


def _cmd_rotate(args: argparse.Namespace) -> int:
    db = _open(args)
    try:

        def progress(done: int, total: int) -> None:
            print(f"\r  重新加密 / re-sealing {done:,}/{total:,}", end="", flush=True)

        result = rotate(db, progress)
        print()
        what = "新密钥 / new key" if result.new_key else "继续上次的轮换 / resumed"
        print(f"{what}: v{result.version}, {result.resealed:,} 行 / rows re-sealed")
        if args.drop_old:
            dropped = drop_old_keys(db)
            print(f"  已删除旧密钥 / old key versions removed: {dropped}")
        print(
            "  请导出新密钥并导入其他工作站，再备份密钥 / export the new key, import it on "
            "every other workstation, and back it up: reception-day key export FILE"
        )
    finally:
        db.dispose()
    return 0


def _print_loss(found: LossAssessment) -> None:
    for version, fingerprint in sorted(found.lost.items()):
        print(f"  本机没有 / not held here: v{version} {fingerprint}")
    print(
        f"  无法再解密的来访人 / people whose ID number, phone or address stays unreadable: "
        f"{found.unreadable_rows:,}"
    )


def _cmd_replace_lost(args: argparse.Namespace) -> int:
    db = _open(args)
    try:
        if not args.confirm_lost:
            found = assess_loss(db)
            refused = refusal(found)
            if refused:
                raise FieldCryptoError(refused)
            print(f"密钥位置 / key store: {found.store}")
            _print_loss(found)
            print(
                "未做任何修改。先在每台工作站运行 key status、找密钥的导出文件或备份时另存的副本"
                "（key import 文件），找回密钥什么都不会丢失。确实找不到时加 --confirm-lost："
                "上面这些人的证件号码、电话、住址将永远无法解密，需在登记台重新录入。\n"
                "Nothing changed. First look for a copy of the key (key status on every "
                "workstation, the key export or backup --key-copy file: key import FILE) — "
                "restoring it loses nothing. If there is none, add --confirm-lost: the ID "
                "numbers, phones and addresses above stay unreadable for good and are "
                "re-entered at the desk.",
                file=sys.stderr,
            )
            return 2
        done = replace_lost(db)
    finally:
        db.dispose()
    lost = ", ".join(f"v{v} {fp}" for v, fp in sorted(done.lost.items()))
    print(f"已换新密钥 / new key after the loss: v{done.version} {done.fingerprint}")
    print(f"  已丢失 / lost: {lost}; 保留 / kept: {list(done.kept) or 'none'}")
    print(
        f"  {done.unreadable_rows:,} 位来访人的加密字段无法解密，登记台显示“〔无法解密〕”，再次登记"
        f"时录入 / people with values that stay unreadable (shown as 〔无法解密〕; re-entered "
        "when registered again)"
    )
    print("  已记入审计日志 / recorded in the audit log (key.replace_lost)")
    print(
        "  立即导出新密钥备份，并导入其他每台工作站 / export the new key now, keep the copy "
        "apart, import it on every other workstation: reception-day key export FILE"
    )
    return 0


def register(command: CommandAdder) -> None:
    """Add ``key`` and its actions to the ``reception-day`` command line."""
    key = command("key", "the field key of ID numbers, phones, addresses", _cmd_status)
    actions = key.add_subparsers(dest="action", required=True, metavar="ACTION")

    def action(name: str, help_text: str, run: Callable[[argparse.Namespace], int]) -> Any:
        parser = actions.add_parser(name, help=help_text, description=help_text)
        parser.add_argument("--db", default=argparse.SUPPRESS, metavar="URL", help="database URL")
        parser.add_argument(
            "--key-file", default=argparse.SUPPRESS, metavar="FILE", help="this key file"
        )
        parser.set_defaults(run=run)
        return parser

    action("status", "where the key is, versions, rows per version", _cmd_status)
    export = action("export", "copy the key to FILE (owner-only)", _cmd_export)
    export.add_argument("file", metavar="FILE")
    load = action("import", "take the key from FILE (another workstation's export)", _cmd_import)
    load.add_argument("file", metavar="FILE")
    load.add_argument("--replace", action="store_true", help="drop this workstation's own key")
    turn = action("rotate", "re-seal everything with a new key (resumes if stopped)", _cmd_rotate)
    turn.add_argument("--drop-old", action="store_true", help="then forget the old versions")
    lost = action(
        "replace-lost",
        "every copy of the key is lost: show what stays unreadable; with --confirm-lost "
        "make a new key so the hall carries on",
        _cmd_replace_lost,
    )
    lost.add_argument(
        "--confirm-lost",
        action="store_true",
        help="no copy of the key exists anywhere: make the new key (audited)",
    )
