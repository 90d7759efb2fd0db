"""Password hashing for staff accounts (argon2id via argon2-cffi)."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher = PasswordHasher()

MIN_LENGTH = 10


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _hasher.check_needs_rehash(password_hash)


COMMON = (
    "password",
    "passw0rd",
    "qwerty",
    "12345",
    "abc123",
    "admin",
    "letmein",
    "welcome",
    "123qwe",
    "iloveyou",
)


def password_problem(password: str, username: str | None = None) -> str | None:
    """A reason the password is too weak, or None."""
    if len(password) < MIN_LENGTH:
        return f"password must have at least {MIN_LENGTH} characters"
    if len(password) > 256:
        return "password must have at most 256 characters"
    if password.isdigit() or password.isalpha():
        return "password must mix letters with digits or symbols"
    lowered = password.lower()
    if len(set(lowered)) < 4:
        return "password must use at least 4 different characters"
    if username and len(username) >= 3 and username.lower() in lowered:
        return "password must not contain the username"
    if any(word in lowered for word in COMMON):
        return "password must not contain a common password such as 'password' or '12345'"
    return None
