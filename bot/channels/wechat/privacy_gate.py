"""/mydata and /delete over plaintext WeChat need more than the sender's openid.

A plaintext delivery is signed over token+timestamp+nonce only, so its FromUserName proves
little. Before showing or deleting personal data we send a one-time code as a
customer-service message, which reaches only the real account holder, and act once the
worker types it back. Messages in safe mode (encrypted with the account's AES key) need no code.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import time
from typing import Any

PRIVATE_COMMANDS = {
    "/mydata": "/mydata",
    "/delete": "/delete",
    "cmd:mydata": "/mydata",
    "cmd:delete": "/delete",
}
CODE_TTL = 600
MAX_TRIES = 3
_CODE = re.compile(r"\d{6}")


def _digest(user: str, code: str) -> str:
    return hashlib.sha256(f"{user}:{code}".encode()).hexdigest()


def private_command(text: str | None, button: str | None) -> str | None:
    if button and button in PRIVATE_COMMANDS:
        return PRIVATE_COMMANDS[button]
    word = (text or "").strip().split(maxsplit=1)[0].lower() if (text or "").strip() else ""
    return PRIVATE_COMMANDS.get(word)


def new_challenge(user: str, command: str) -> tuple[str, dict[str, Any]]:
    """A fresh code and the state to keep (only its digest is stored)."""
    code = f"{secrets.randbelow(1_000_000):06d}"
    return code, {
        "digest": _digest(user, code),
        "command": command,
        "until": time.time() + CODE_TTL,
        "tries": 0,
    }


def check_code(user: str, text: str | None, pending: dict[str, Any] | None) -> tuple[str, Any]:
    """("none", None): not a code answer; ("ok", command); ("wrong", new pending state or None)."""
    if not pending or not text or not _CODE.fullmatch(text.strip()):
        return "none", None
    if pending.get("until", 0) < time.time():
        return "wrong", None
    if hmac.compare_digest(str(pending.get("digest", "")), _digest(user, text.strip())):
        return "ok", pending.get("command")
    tries = int(pending.get("tries", 0)) + 1
    return "wrong", (None if tries >= MAX_TRIES else {**pending, "tries": tries})
