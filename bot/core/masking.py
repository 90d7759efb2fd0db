"""Masking of personal data for logs, notifications and exports."""

from __future__ import annotations

import logging
import re

_PHONE = re.compile(r"(?<!\d)(?:\+?86[-\s]?)?(1[3-9]\d)[-\s]?(\d{4})[-\s]?(\d{4})(?!\d)")
_ID = re.compile(r"(?<![0-9A-Za-z])(\d{6})(\d{8})(\d{3}[\dXx])(?![0-9A-Za-z])")


def mask_phone(phone: str | None) -> str:
    digits = re.sub(r"\D", "", phone or "")
    if len(digits) >= 7:
        return digits[:3] + "****" + digits[-4:]
    return "****" if digits else ""


def mask_id(number: str | None) -> str:
    value = (number or "").strip()
    if len(value) >= 8:
        return value[:3] + "*" * (len(value) - 7) + value[-4:]
    return "****" if value else ""


def mask_name(name: str | None) -> str:
    name = (name or "").strip()
    if not name:
        return ""
    return name[0] + "*" * max(len(name) - 1, 1)


def mask_text(text: str | None) -> str:
    """Masks every mainland mobile number and 18-digit ID number inside free text."""
    if not text:
        return text or ""
    text = _ID.sub(lambda m: m.group(1)[:3] + "*" * 11 + m.group(3)[-4:], text)
    return _PHONE.sub(lambda m: f"{m.group(1)}****{m.group(3)}", text)


# Secrets that libraries put in URLs: Telegram's bot token (/bot<id>:<secret>/).
_SECRETS = re.compile(r"(?<=/bot)\d+:[A-Za-z0-9_-]+|(?<=access_token=)[^&\s]+")
_FORGING = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]")
_TRACEBACKS = logging.Formatter()


def _escape_controls(text: str) -> str:
    """Newlines and terminal escapes from a client cannot forge log lines or clear a screen."""
    return _FORGING.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


class PersonalDataFilter(logging.Filter):
    """Masks phones and ID numbers in every log record it sees, its traceback included, and
    escapes control characters in the message (log forging)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a bad format string must not drop the record
            return True
        masked = _escape_controls(_SECRETS.sub("<secret>", mask_text(message)))
        if masked != message:
            record.msg, record.args = masked, None
        if record.exc_info and not record.exc_text:
            record.exc_text = _TRACEBACKS.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = _SECRETS.sub("<secret>", mask_text(record.exc_text))
        if record.stack_info:
            record.stack_info = mask_text(record.stack_info)
        return True
