"""Demo accounts, one or two per role, all with the documented demo password."""

from __future__ import annotations

from app.bootstrap import Services
from app.domain.errors import InvalidInput
from app.domain.roles import Role
from app.services.user_data import UserDraft

DEMO_PASSWORD = "demo1234"  # documented in README: demo databases only

DEMO_USERS = (
    ("admin", "信访局管理员", Role.ADMIN),
    ("desk1", "登记员 王丽", Role.REGISTRAR),
    ("desk2", "登记员 陈刚", Role.REGISTRAR),
    ("room1", "接访领导 李建国", Role.LEADER),
    ("clerk", "文书 赵敏", Role.CLERK),
    ("duban", "督办员 孙强", Role.SUPERVISOR),
)


def add_demo_users(services: Services) -> int:
    """Create the demo accounts that are missing; returns how many were added."""
    existing = {u.username for u in services.users.list_users()}
    added = 0
    for username, name, role in DEMO_USERS:
        if username in existing:
            continue
        try:
            services.users.add_user(UserDraft(username, name, role, DEMO_PASSWORD))
            added += 1
        except InvalidInput as error:  # another process opening the demo added it just now
            if error.reason != "duplicate":
                raise
    return added
