"""Accounts and logins: the first admin, adding and disabling users, passwords, and
authentication with lock-out after repeated wrong passwords."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.domain.errors import InvalidInput
from app.domain.roles import LOGIN_ROLES, Role
from app.models import User
from app.services.changes import Changes, Entity, Result
from app.services.context import ServiceContext
from app.services.directory import require_text
from app.services.errors import InvalidState, NotFound
from app.services.passwords import (
    LOCKOUT,
    MAX_FAILED_ATTEMPTS,
    MAX_PASSWORD_LENGTH,
    MIN_PASSWORD_LENGTH,
    Passwords,
)
from app.services.permissions import Permission
from app.services.user_data import LoginFailed, UserDraft, UserInfo

USERNAME = re.compile(r"[a-z0-9][a-z0-9._-]{1,63}")


def normal_username(username: str) -> str:
    """The stored form of a user name (lower case); InvalidInput when malformed."""
    name = username.strip().lower()
    if not name:
        raise InvalidInput("username", "required")
    if not USERNAME.fullmatch(name):
        raise InvalidInput("username", "format")
    return name


def check_password(password: str) -> str:
    """``password`` if long enough; InvalidInput otherwise (never stripped)."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput("password", "too_short", {"min": MIN_PASSWORD_LENGTH})
    if len(password) > MAX_PASSWORD_LENGTH:
        raise InvalidInput("password", "too_long", {"max": MAX_PASSWORD_LENGTH})
    return password


def user_info(u: User) -> UserInfo:
    return UserInfo(
        u.id,
        u.username,
        u.display_name,
        Role(u.role),
        u.is_active,
        u.created_at,
        u.last_login_at,
        u.locked_until,
    )


@dataclass(frozen=True)
class _Stored:
    id: int
    password_hash: str


class UserService:
    """Users of the app; one transaction per public method."""

    def __init__(self, ctx: ServiceContext, passwords: Passwords | None = None) -> None:
        self._ctx = ctx
        self.passwords = passwords or Passwords()

    # -- before anyone is logged in -------------------------------------------------

    def has_users(self) -> bool:
        """Whether any account exists (none: the first run creates the admin)."""
        with self._ctx.db.read() as s:
            return s.scalar(select(func.count(User.id))) != 0

    def create_first_admin(
        self, username: str, display_name: str, password: str
    ) -> Result[UserInfo]:
        """The first account, an admin; refused once any account exists."""
        draft = UserDraft(username, display_name, Role.ADMIN, password)
        return self._add(draft, first=True)

    def authenticate(self, username: str, password: str) -> Result[UserInfo]:
        """The user whose password this is; LoginFailed otherwise.

        Wrong passwords are counted; after ``MAX_FAILED_ATTEMPTS`` in a row the account
        is locked for ``LOCKOUT``. A good login upgrades a hash made with older
        parameters. The slow hash runs outside any transaction.
        """
        name = username.strip().lower()
        now = self._ctx.clock.now()
        with self._ctx.db.read() as s:
            row = s.scalar(select(User).where(User.username == name))
            if row is not None and row.locked_until is not None and row.locked_until > now:
                raise LoginFailed("locked", until=row.locked_until)
            stored = _Stored(row.id, row.password_hash) if row is not None else None
        if stored is None:
            self.passwords.burn(password)
            raise LoginFailed("wrong")
        good = self.passwords.verify(stored.password_hash, password)
        rehashed = (
            self.passwords.hash(password)
            if good and self.passwords.needs_rehash(stored.password_hash)
            else None
        )
        with self._ctx.db.write() as s:
            user = _locked_row(s, stored.id)
            if not good:
                user.failed_attempts += 1
                left = MAX_FAILED_ATTEMPTS - user.failed_attempts
                if left <= 0:
                    user.failed_attempts, user.locked_until = 0, now + LOCKOUT
            elif user.is_active:
                user.failed_attempts, user.locked_until, user.last_login_at = 0, None, now
                if rehashed is not None and user.password_hash == stored.password_hash:
                    user.password_hash = rehashed
            info = user_info(user)
        if not good:
            if left <= 0:
                raise LoginFailed("locked", until=now + LOCKOUT)
            raise LoginFailed("wrong", attempts_left=left)
        if not info.is_active:
            raise LoginFailed("disabled")
        return Result(info, Changes.of(Entity.USER, [info.id]))

    # -- administration ---------------------------------------------------------------

    def add_user(self, draft: UserDraft) -> Result[UserInfo]:
        """A new account (admins only)."""
        self._ctx.require(Permission.MANAGE_USERS)
        return self._add(draft, first=False)

    def list_users(self) -> tuple[UserInfo, ...]:
        """Every account, by user name (admins only)."""
        self._ctx.require(Permission.MANAGE_USERS)
        with self._ctx.db.read() as s:
            return tuple(user_info(u) for u in s.scalars(select(User).order_by(User.username)))

    def set_password(self, username: str, password: str) -> Result[None]:
        """A new password (admins for anyone, a user for themself); lifts a lock-out."""
        name = username.strip().lower()
        if name != self._ctx.actor.username:
            self._ctx.require(Permission.MANAGE_USERS)
        new_hash = self.passwords.hash(check_password(password))
        with self._ctx.db.write() as s:
            user = _by_name(s, name)
            user.password_hash, user.failed_attempts, user.locked_until = new_hash, 0, None
            return Result(None, Changes.of(Entity.USER, [user.id]))

    def set_active(self, username: str, active: bool) -> Result[None]:
        """Disable or re-enable an account; the last active admin cannot be disabled."""
        self._ctx.require(Permission.MANAGE_USERS)
        with self._ctx.db.write() as s:
            user = _by_name(s, username.strip().lower())
            if not active and user.role == Role.ADMIN and user.is_active:
                admins = s.scalar(
                    select(func.count(User.id)).where(
                        User.role == Role.ADMIN.value, User.is_active.is_(True)
                    )
                )
                if admins == 1:
                    raise InvalidInput("username", "last_admin")
            user.is_active = active
            if active:
                user.failed_attempts, user.locked_until = 0, None
            return Result(None, Changes.of(Entity.USER, [user.id]))

    def _add(self, draft: UserDraft, first: bool) -> Result[UserInfo]:
        name = normal_username(draft.username)
        display = require_text("display_name", draft.display_name, 64)
        if draft.role not in LOGIN_ROLES:
            raise InvalidInput("role", "no_login")
        password_hash = self.passwords.hash(check_password(draft.password))
        try:
            with self._ctx.db.write() as s:
                if first and s.scalar(select(func.count(User.id))):
                    raise InvalidState("user", 0, "exists", "create_first_admin")
                if s.scalar(select(User.id).where(User.username == name)) is not None:
                    raise InvalidInput("username", "duplicate")
                user = User(
                    username=name,
                    display_name=display,
                    role=draft.role.value,
                    password_hash=password_hash,
                    is_active=True,
                    created_at=self._ctx.clock.now(),
                    failed_attempts=0,
                )
                s.add(user)
                s.flush()
                return Result(user_info(user), Changes.of(Entity.USER, [user.id]))
        except IntegrityError as error:  # another station added the name just now
            raise InvalidInput("username", "duplicate") from error


def _by_name(s: Session, name: str) -> User:
    user = s.scalar(select(User).where(User.username == name).with_for_update())
    if user is None:
        raise NotFound("user", name)
    return user


def _locked_row(s: Session, user_id: int) -> User:
    user = s.scalar(select(User).where(User.id == user_id).with_for_update())
    if user is None:
        raise NotFound("user", user_id)
    return user
