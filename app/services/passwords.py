"""Password hashing (Argon2id) and the login policy, in one place.

Change ``PARAMETERS`` and every stored hash is upgraded at its user's next good login
(``check_needs_rehash``); old hashes keep verifying because Argon2 hashes carry their
own parameters.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError


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
        self._hasher = PasswordHasher(
            time_cost=parameters.time_cost,
            memory_cost=parameters.memory_cost_kib,
            parallelism=parameters.parallelism,
            hash_len=parameters.hash_len,
            salt_len=parameters.salt_len,
            type=Type.ID,
        )
        self._dummy = ""

    def hash(self, password: str) -> str:
        """A new salted Argon2id hash of ``password``."""
        return self._hasher.hash(password)

    def verify(self, stored: str, password: str) -> bool:
        """Whether ``password`` matches ``stored``; False for a damaged hash too."""
        try:
            return self._hasher.verify(stored, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    def burn(self, password: str) -> None:
        """Spend the time of one verification (unknown user names answer as slowly)."""
        if not self._dummy:  # made on first use: building services stays cheap
            self._dummy = self._hasher.hash("no such user")
        self.verify(self._dummy, password)

    def needs_rehash(self, stored: str) -> bool:
        """Whether ``stored`` was made with other parameters than the current ones."""
        try:
            return self._hasher.check_needs_rehash(stored)
        except InvalidHashError:
            return True
