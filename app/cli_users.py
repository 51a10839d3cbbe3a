"""``reception-day user add|list|set-password|disable|enable`` and the first admin of
``reception-day init --admin-user NAME``.

Passwords are asked twice on the terminal (never on the command line, where they would
stay in the shell history); ``--password-stdin`` reads one line from standard input for
scripts. The command line acts as the system administrator of the database.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable

from app.bootstrap import Services
from app.cli_identity import cli_services, open_for_cli
from app.domain.errors import InvalidInput
from app.domain.roles import LOGIN_ROLES, Role
from app.services.user_data import UserDraft

CommandAdder = Callable[[str, str, Callable[[argparse.Namespace], int]], argparse.ArgumentParser]

ROLE_WORDS = {
    Role.ADMIN: "管理员 admin",
    Role.REGISTRAR: "登记员 registrar (desk)",
    Role.LEADER: "接访领导 leader (room)",
    Role.CLERK: "文书 clerk (print)",
    Role.SUPERVISOR: "督办员 supervisor",
}


def read_password(from_stdin: bool) -> str:
    """The new password: one line of stdin, or typed twice on the terminal."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("密码 / password: ")
    if getpass.getpass("再输一次 / again: ") != first:
        raise InvalidInput("password", "mismatch")
    return first


def create_first_admin(args: argparse.Namespace, services: Services) -> None:
    """``init --admin-user``: the first account, when the database has none."""
    if services.users.has_users():
        print("已有用户，未创建管理员 / users exist already: no admin created")
        return
    if not args.admin_user:
        print(
            "还没有用户：用 --admin-user NAME 创建管理员，或在首次启动时创建 / "
            "no users yet: add --admin-user NAME, or create the admin when the app first starts"
        )
        return
    password = read_password(args.password_stdin)
    name = args.admin_name or args.admin_user
    user = services.users.create_first_admin(args.admin_user, name, password).value
    print(f"已创建管理员 / created admin: {user.username}")


def add_init_options(init: argparse.ArgumentParser) -> None:
    """The first-admin options of ``init``."""
    init.add_argument("--admin-user", metavar="NAME", help="create the first admin account")
    init.add_argument("--admin-name", metavar="TEXT", help="the admin's name (default: NAME)")
    init.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )


def _with_services(run: Callable[[argparse.Namespace, Services], int]) -> Callable[..., int]:
    def command(args: argparse.Namespace) -> int:
        db, _ = open_for_cli(args.db)
        try:
            return run(args, cli_services(db))
        finally:
            db.dispose()

    return command


def _add(args: argparse.Namespace, services: Services) -> int:
    password = read_password(args.password_stdin)
    draft = UserDraft(args.username, args.name or args.username, Role(args.role), password)
    user = services.users.add_user(draft).value
    print(f"已添加 / added: {user.username} ({ROLE_WORDS[user.role]})")
    return 0


def _list(args: argparse.Namespace, services: Services) -> int:
    users = services.users.list_users()
    if not users:
        print("还没有用户 / no users yet")
    for u in users:
        state = "启用 active" if u.is_active else "停用 disabled"
        last = f"{u.last_login_at:%Y-%m-%d %H:%M}" if u.last_login_at else "—"
        locked = f"  锁定至 locked until {u.locked_until:%H:%M}" if u.locked_until else ""
        role = ROLE_WORDS[u.role]
        print(f"{u.username:<16} {u.display_name:<12} {role:<26} {state}  {last}{locked}")
    return 0


def _set_password(args: argparse.Namespace, services: Services) -> int:
    services.users.set_password(args.username, read_password(args.password_stdin))
    print(f"已设置密码，锁定已解除 / password set, lock-out lifted: {args.username}")
    return 0


def _disable(args: argparse.Namespace, services: Services) -> int:
    services.users.set_active(args.username, False)
    print(f"已停用 / disabled: {args.username}")
    return 0


def _enable(args: argparse.Namespace, services: Services) -> int:
    services.users.set_active(args.username, True)
    print(f"已启用 / enabled: {args.username}")
    return 0


def register(command: CommandAdder) -> None:
    """Add ``user`` and its actions to the ``reception-day`` command line."""
    user = command("user", "manage user accounts (add, list, set-password, disable)", _list_only)
    actions = user.add_subparsers(dest="action", required=True, metavar="ACTION")

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        parser = actions.add_parser(name, help=help_text, description=help_text)
        # --db after the action too; SUPPRESS keeps the one given before it
        parser.add_argument("--db", default=argparse.SUPPRESS, metavar="URL", help="database URL")
        return parser

    add = action("add", "add a user (the password is asked twice)")
    add.add_argument("username")
    add.add_argument("--role", required=True, choices=[r.value for r in LOGIN_ROLES])
    add.add_argument("--name", help="the name shown on screens and paper (default: username)")
    add.add_argument("--password-stdin", action="store_true")
    add.set_defaults(run=_with_services(_add))
    action("list", "every user").set_defaults(run=_with_services(_list))
    reset = action("set-password", "a new password; lifts a lock-out")
    reset.add_argument("username")
    reset.add_argument("--password-stdin", action="store_true")
    reset.set_defaults(run=_with_services(_set_password))
    disable = action("disable", "the user can no longer log in")
    disable.add_argument("username")
    disable.set_defaults(run=_with_services(_disable))
    enable = action("enable", "allow a disabled user again")
    enable.add_argument("username")
    enable.set_defaults(run=_with_services(_enable))


def _list_only(args: argparse.Namespace) -> int:
    return _with_services(_list)(args)
