"""Users on SQLite and PostgreSQL: the first admin, Argon2id hashes and their upgrade,
lock-out after wrong passwords, disabling, and who may manage accounts."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.bootstrap import Services, build_services
from app.clock import ManualClock
from app.domain.errors import InvalidInput
from app.domain.roles import Role
from app.services.errors import InvalidState, PermissionDenied
from app.services.passwords import LOCKOUT, MAX_FAILED_ATTEMPTS, HashParameters, Passwords
from app.services.user_data import LoginFailed, UserDraft
from app.services.users import UserService

FAST = HashParameters(time_cost=1, memory_cost_kib=8 * 1024, parallelism=1)
GOOD = "correct horse"


def users_of(services: Services, parameters: HashParameters = FAST) -> UserService:
    return UserService(services.ctx, Passwords(parameters))


@pytest.fixture
def users(services: Services) -> UserService:
    service = users_of(services)
    service.create_first_admin("Admin", "管理员", GOOD)
    return service


def add(users: UserService, name: str, role: Role = Role.REGISTRAR) -> None:
    users.add_user(UserDraft(name, "登记员" + name, role, GOOD))


def hash_of(services: Services, username: str) -> str:
    from sqlalchemy import select

    from app.models import User

    with services.ctx.db.read() as s:
        return str(s.scalar(select(User.password_hash).where(User.username == username)))


def test_first_run_creates_one_admin_and_only_once(services: Services) -> None:
    users = users_of(services)
    assert not users.has_users()
    admin = users.create_first_admin(" Admin ", "管理员", GOOD).value
    assert (admin.username, admin.role, admin.is_active) == ("admin", Role.ADMIN, True)
    assert users.has_users()
    with pytest.raises(InvalidState):
        users.create_first_admin("second", "第二个", GOOD)


def test_passwords_are_argon2id_hashes_that_verify(users: UserService, services: Services) -> None:
    stored = hash_of(services, "admin")
    assert stored.startswith("$argon2id$v=19$m=8192,t=1,p=1$")
    assert GOOD not in stored
    logged_in = users.authenticate("ADMIN", GOOD).value
    assert logged_in.last_login_at == services.ctx.clock.now() - timedelta(0)
    with pytest.raises(LoginFailed) as error:
        users.authenticate("admin", GOOD + "!")
    assert (error.value.reason, error.value.attempts_left) == ("wrong", MAX_FAILED_ATTEMPTS - 1)


def test_changed_parameters_rehash_at_the_next_good_login(
    users: UserService, services: Services
) -> None:
    old = hash_of(services, "admin")
    stronger = users_of(services, HashParameters(time_cost=2, memory_cost_kib=16 * 1024))
    with pytest.raises(LoginFailed):
        stronger.authenticate("admin", "wrong password")
    assert hash_of(services, "admin") == old  # a wrong password never rewrites the hash
    stronger.authenticate("admin", GOOD)
    new = hash_of(services, "admin")
    assert new != old
    assert new.startswith("$argon2id$v=19$m=16384,t=2,p=4$")
    assert not stronger.passwords.needs_rehash(new)
    users.authenticate("admin", GOOD)  # old parameters still verify the new hash…
    assert hash_of(services, "admin").startswith("$argon2id$v=19$m=8192,t=1,p=1$")  # …and go back


def test_unknown_user_and_wrong_password_read_the_same(users: UserService) -> None:
    for name in ("nobody", "admin"):
        with pytest.raises(LoginFailed) as error:
            users.authenticate(name, "not the password")
        assert error.value.reason == "wrong"


def test_repeated_wrong_passwords_lock_the_account_for_a_while(
    users: UserService, services: Services, clock: ManualClock
) -> None:
    add(users, "desk1")
    for left in range(MAX_FAILED_ATTEMPTS - 1, 0, -1):
        with pytest.raises(LoginFailed) as error:
            users.authenticate("desk1", "guess guess")
        assert error.value.attempts_left == left
    with pytest.raises(LoginFailed) as error:
        users.authenticate("desk1", "guess guess")
    assert (error.value.reason, error.value.until) == ("locked", clock.now() + LOCKOUT)
    with pytest.raises(LoginFailed) as error:
        users.authenticate("desk1", GOOD)  # even the right password waits
    assert error.value.reason == "locked"
    clock.advance(LOCKOUT + timedelta(seconds=1))
    assert users.authenticate("desk1", GOOD).value.username == "desk1"
    with pytest.raises(LoginFailed) as error:
        users.authenticate("desk1", "guess again")
    assert error.value.attempts_left == MAX_FAILED_ATTEMPTS - 1  # a good login resets the count


def test_admin_lifts_a_lock_out_by_setting_a_password(users: UserService) -> None:
    add(users, "desk1")
    for _ in range(MAX_FAILED_ATTEMPTS):
        with pytest.raises(LoginFailed):
            users.authenticate("desk1", "guess guess")
    users.set_password("desk1", "brand new pass")
    assert users.authenticate("desk1", "brand new pass").value.locked_until is None


def test_disabled_users_cannot_log_in_and_the_last_admin_stays(users: UserService) -> None:
    add(users, "desk1")
    users.set_active("desk1", False)
    with pytest.raises(LoginFailed) as error:
        users.authenticate("desk1", GOOD)
    assert error.value.reason == "disabled"
    with pytest.raises(LoginFailed) as error:
        users.authenticate("desk1", "wrong password")
    assert error.value.reason == "wrong"  # nothing told about the account without its password
    users.set_active("desk1", True)
    assert users.authenticate("desk1", GOOD).value.is_active
    with pytest.raises(InvalidInput) as refused:
        users.set_active("admin", False)
    assert refused.value.reason == "last_admin"
    add(users, "boss", Role.ADMIN)
    users.set_active("admin", False)
    assert [u.is_active for u in users.list_users()] == [False, True, True]


@pytest.mark.parametrize(
    ("username", "role", "password", "field", "reason"),
    [
        ("", Role.CLERK, GOOD, "username", "required"),
        ("张三", Role.CLERK, GOOD, "username", "format"),
        ("a b", Role.CLERK, GOOD, "username", "format"),
        ("admin", Role.CLERK, GOOD, "username", "duplicate"),
        ("clerk", Role.CLERK, "short", "password", "too_short"),
        ("hall", Role.DISPLAY, GOOD, "role", "no_login"),
    ],
)
def test_bad_accounts_are_refused(
    users: UserService, username: str, role: Role, password: str, field: str, reason: str
) -> None:
    with pytest.raises(InvalidInput) as error:
        users.add_user(UserDraft(username, "某人", role, password))
    assert (error.value.field, error.value.reason) == (field, reason)


def test_only_admins_manage_accounts_but_anyone_changes_their_own_password(
    users: UserService, services: Services
) -> None:
    add(users, "desk1")
    desk = users.authenticate("desk1", GOOD).value
    as_desk = UserService(
        build_services(services.ctx.db, services.ctx.clock, desk.actor("desk")).ctx,
        users.passwords,
    )
    for call in (
        lambda: as_desk.add_user(UserDraft("desk2", "登记员", Role.REGISTRAR, GOOD)),
        lambda: as_desk.list_users(),
        lambda: as_desk.set_active("admin", False),
        lambda: as_desk.set_password("admin", "taken over!"),
    ):
        with pytest.raises(PermissionDenied) as error:
            call()
        assert (error.value.role, error.value.permission) == ("registrar", "manage_users")
    as_desk.set_password("desk1", "my own secret")
    assert users.authenticate("desk1", "my own secret").value.id == desk.id
