"""``reception-day setup-server``: the PostgreSQL steps that join a hall's PCs to one database.

Without ``--apply`` it prints every step for the county IT person to run (SQL, the
``pg_hba.conf`` line for the LAN, ``listen_addresses``, the firewall, the URL each
workstation enters in its first-run dialog). With ``--apply`` it connects as a
PostgreSQL superuser (``--admin-url``), creates or updates the login role and the
database, migrates it to this version's schema, and (``--write-hba``, on the server
itself) appends the LAN line to ``pg_hba.conf`` and reloads the configuration.
"""

from __future__ import annotations

import argparse
import ipaddress
import re
import secrets
import string
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.domain.errors import InvalidInput
from app.join_words import (
    CONNECTED,
    DATABASE,
    DIALOG_TITLE,
    HOST,
    PASSWORD,
    PORT,
    SERVER_CHOICE,
    TEST_CONNECTION,
    USER,
    field_lines,
)

Register = Callable[[str, str, Callable[[argparse.Namespace], int]], argparse.ArgumentParser]
IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
DEFAULT_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres"


@dataclass(frozen=True)
class ServerPlan:
    """What the server needs for a hall of workstations."""

    database: str
    user: str
    password: str
    lan: str
    host: str
    port: int = 5432

    @property
    def hba_line(self) -> str:
        """The ``pg_hba.conf`` line letting the LAN's workstations log in with a password."""
        return f"host    {self.database}    {self.user}    {self.lan}    scram-sha-256"

    @property
    def workstation_url(self) -> str:
        """The database URL each workstation enters (first-run dialog or ``--db``)."""
        return (
            f"postgresql+psycopg://{self.user}:{self.password}@{self.host}:{self.port}"
            f"/{self.database}"
        )


def make_plan(
    database: str, user: str, password: str | None, lan: str, host: str, port: int = 5432
) -> ServerPlan:
    """A checked plan; a strong password is generated when none is given."""
    for field, value in (("database", database), ("user", user)):
        if not IDENTIFIER.match(value):
            raise InvalidInput(field, "identifier", {"value": value})
    try:
        network = ipaddress.ip_network(lan, strict=False)
    except ValueError as error:
        raise InvalidInput("lan", "network", {"value": lan}) from error
    if password is None:
        alphabet = string.ascii_letters + string.digits
        password = "".join(secrets.choice(alphabet) for _ in range(20))
    elif len(password) < 12 or "'" in password or "@" in password or ":" in password:
        raise InvalidInput("password", "weak_or_unsafe", {"min_length": 12})
    return ServerPlan(database, user, password, str(network), host, port)


def plan_sql(plan: ServerPlan) -> list[str]:
    """The SQL a superuser runs (role, database, privileges)."""
    return [
        f"CREATE ROLE {plan.user} LOGIN PASSWORD '{plan.password}';",
        f"CREATE DATABASE {plan.database} OWNER {plan.user} ENCODING 'UTF8' TEMPLATE template0;",
        f"REVOKE CONNECT ON DATABASE {plan.database} FROM PUBLIC;",
    ]


def plan_text(plan: ServerPlan) -> str:
    """Every step, numbered, in Chinese and English; step 6 in the first-run dialog's words
    (app.join_words), the values in the order of its fields."""
    sql = "\n".join(f"       {line}" for line in plan_sql(plan))
    values = {
        HOST: plan.host,
        PORT: str(plan.port),
        DATABASE: plan.database,
        USER: plan.user,
        PASSWORD: plan.password,
    }
    fields = "\n".join(field_lines(values))
    return f"""\
接访日 · PostgreSQL 服务器设置 / Reception Day · PostgreSQL server set-up

1. 以超级用户建立{USER.zh} {plan.user} 和{DATABASE.zh} {plan.database} / as the PostgreSQL
   superuser (psql -U postgres), create the user and the database:
{sql}

2. postgresql.conf — 监听局域网 / listen on the LAN:
       listen_addresses = '*'            # 或本机局域网地址 / or this server's LAN address

3. pg_hba.conf — 允许接访大厅的工作站 / allow the hall's workstations:
       {plan.hba_line}
   然后重新加载 / then reload:  SELECT pg_reload_conf();
   （改 listen_addresses 需重启 / changing listen_addresses needs a restart）

4. 防火墙只对局域网开放 {plan.port}/tcp / open {plan.port}/tcp to the LAN only:
       Linux (ufw):  ufw allow from {plan.lan} to any port {plan.port} proto tcp
       Windows:      netsh advfirewall firewall add rule name="PostgreSQL" dir=in action=allow \\
                         protocol=TCP localport={plan.port} remoteip={plan.lan}

5. 建表（任一台电脑）/ create the schema (from any PC):
       reception-day init --db "{plan.workstation_url}"

6. 每台工作站第一次启动时，在“{DIALOG_TITLE.zh}”中选“{SERVER_CHOICE.zh}”并填写 /
   on each workstation's first run, in "{DIALOG_TITLE.en}" choose
   "{SERVER_CHOICE.en}" and enter:
{fields}
   点“{TEST_CONNECTION.zh}”，看到“{CONNECTED.zh}”再点“确定” / click "{TEST_CONNECTION.en}" and,
   once it says "{CONNECTED.en}", OK. 也可以在命令行给出 / or on the command line:
       reception-day --db "{plan.workstation_url}"

7. 备份 / backups: reception-day backup --db "{plan.workstation_url}"  (需要 pg_dump / needs
   pg_dump on the PATH); 每天结束和每次升级前各做一次 / at the end of each day and before
   every upgrade.
"""


def apply_plan(plan: ServerPlan, admin_url: str, write_hba: bool) -> list[str]:
    """Create or update the role and database, migrate, optionally add the hba line.

    Returns what was done, one line each. Idempotent: running it twice changes nothing
    but the password.
    """
    import psycopg
    from psycopg import sql

    from app.cli_identity import open_for_cli

    done: list[str] = []
    with psycopg.connect(admin_url.replace("+psycopg", ""), autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (plan.user,)).fetchone()
        verb = "ALTER" if exists else "CREATE"
        conn.execute(
            sql.SQL(verb + " ROLE {} LOGIN PASSWORD {}").format(
                sql.Identifier(plan.user), sql.Literal(plan.password)
            )
        )
        done.append(f"role {plan.user}: {'password updated' if exists else 'created'}")
        if conn.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", (plan.database,)
        ).fetchone():
            done.append(f"database {plan.database}: exists")
        else:
            conn.execute(
                sql.SQL("CREATE DATABASE {} OWNER {} ENCODING 'UTF8' TEMPLATE template0").format(
                    sql.Identifier(plan.database), sql.Identifier(plan.user)
                )
            )
            conn.execute(
                sql.SQL("REVOKE CONNECT ON DATABASE {} FROM PUBLIC").format(
                    sql.Identifier(plan.database)
                )
            )
            done.append(f"database {plan.database}: created")
        if write_hba:
            done.append(_add_hba_line(conn, plan))
    local = ServerPlan(plan.database, plan.user, plan.password, plan.lan, "127.0.0.1", plan.port)
    db, state = open_for_cli(local.workstation_url)
    db.dispose()
    done.append(f"schema: {state.head}")
    return done


def _add_hba_line(conn: object, plan: ServerPlan) -> str:
    import psycopg

    assert isinstance(conn, psycopg.Connection)
    row = conn.execute("SHOW hba_file").fetchone()
    hba = Path(str(row[0])) if row else None
    if hba is None or not hba.exists():
        return "pg_hba.conf: not on this machine — add the line by hand"
    text = hba.read_text(encoding="utf-8")
    if plan.hba_line in text:
        return f"pg_hba.conf: line already in {hba}"
    with hba.open("a", encoding="utf-8") as file:
        file.write(f"\n# Reception Day workstations\n{plan.hba_line}\n")
    conn.execute("SELECT pg_reload_conf()")
    return f"pg_hba.conf: line added to {hba}, configuration reloaded"


def _run(args: argparse.Namespace) -> int:
    plan = make_plan(args.database, args.user, args.password, args.lan, args.host, args.port)
    print(plan_text(plan))
    if args.apply:
        for line in apply_plan(plan, args.admin_url, args.write_hba):
            print(f"✓ {line}")
    return 0


def register(command: Register) -> None:
    """Add ``setup-server`` to the admin command line."""
    cmd = command(
        "setup-server",
        "print (or --apply) the PostgreSQL steps for a hall of workstations",
        _run,
    )
    cmd.add_argument("--lan", default="192.168.0.0/16", help="the hall's network (CIDR)")
    cmd.add_argument("--host", default="SERVER-IP", help="the server's LAN address")
    cmd.add_argument("--port", type=int, default=5432)
    cmd.add_argument("--database", default="reception_day")
    cmd.add_argument("--user", default="reception_day")
    cmd.add_argument("--password", default=None, help="default: a generated one")
    cmd.add_argument("--apply", action="store_true", help="do it (needs --admin-url)")
    cmd.add_argument("--admin-url", default=DEFAULT_ADMIN_URL, help="a superuser connection")
    cmd.add_argument(
        "--write-hba",
        action="store_true",
        help="append the LAN line to pg_hba.conf (on the server)",
    )
