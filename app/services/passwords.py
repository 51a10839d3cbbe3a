"""Password hashing (Argon2id) and the login policy, in one place.

Change ``PARAMETERS`` and every stored hash is upgraded at its user's next good login
(``check_needs_rehash``); old hashes keep verifying because Argon2 hashes carry their
own parameters.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from argon2 import PasswordHasher


@dataclass(frozen=True)
class HashParameters:
    """Argon2id cost parameters (RFC 9106 "low memory" profile by default)."""

    time_cost: int = 3
    memory_cost_kib: int = 64 * 1024
    parallelism: int = 4
    hash_len: int = 32
    salt_len: int = 16


PARAMETERS = HashParameters()
MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 128
MAX_FAILED_ATTEMPTS = 5  # wrong passwords in a row before the account locks
LOCKOUT = timedelta(minutes=15)


class Passwords:
    """Hashes and verifies passwords with Argon2id at the given parameters."""

    def __init__(self, parameters: HashParameters = PARAMETERS) -> None:
        self.parameters = parameters
        self._dummy = ""

    @cached_property
    def _hasher(self) -> PasswordHasher:
        """Made on first use: a station starts before anyone types a password."""
        from argon2 import PasswordHasher, Type

        p = self.parameters
        return PasswordHasher(
            time_cost=p.time_cost,
            memory_cost=p.memory_cost_kib,
            parallelism=p.parallelism,
            hash_len=p.hash_len,
            salt_len=p.salt_len,
            type=Type.ID,
        )

    def hash(self, password: str) -> str:
        """A new salted Argon2id hash of ``password``."""
        return self._hasher.hash(password)

    def verify(self, stored: str, password: str) -> bool:
        """Whether ``password`` matches ``stored``; False for a damaged hash too."""
        from argon2.exceptions import InvalidHashError, VerificationError

        try:
            return self._hasher.verify(stored, password)
        except (VerificationError, InvalidHashError):  # VerifyMismatchError is one
            return False

    def burn(self, password: str) -> None:
        """Spend the time of one verification (unknown user names answer as slowly)."""
        if not self._dummy:  # made on first use: building services stays cheap
            self._dummy = self._hasher.hash("no such user")
        self.verify(self._dummy, password)

    def needs_rehash(self, stored: str) -> bool:
        """Whether ``stored`` was made with other parameters than the current ones."""
        from argon2.exceptions import InvalidHashError

        try:
            return self._hasher.check_needs_rehash(stored)
        except InvalidHashError:
            return True
