"""The one clock: every "now" and every local date goes through here.

Pure (standard library only), so bot/core may use it. The time zone comes from
Settings.timezone (`configure`); tests move time with `travel`.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

DEFAULT_TIMEZONE = "Asia/Shanghai"
_tz = ZoneInfo(DEFAULT_TIMEZONE)
_offset = timedelta(0)


def configure(timezone: str) -> None:
    """Use this IANA time zone for local dates (Settings.timezone)."""
    global _tz
    _tz = ZoneInfo(timezone)


def tz() -> ZoneInfo:
    return _tz


def utcnow() -> datetime:
    """Now, timezone-aware UTC (moved by `travel`)."""
    return datetime.now(UTC) + _offset


def local_now() -> datetime:
    return utcnow().astimezone(_tz)


def today() -> date:
    """The local calendar date."""
    return local_now().date()


def local(dt: datetime) -> datetime:
    """An aware datetime in the local zone."""
    return dt.astimezone(_tz)


def local_date(dt: datetime, fmt: str = "%Y-%m-%d") -> str:
    """An aware datetime as a local date string."""
    return dt.astimezone(_tz).strftime(fmt)


def travel(by: timedelta) -> None:
    """Move the clock (tests): every later utcnow() is `by` further on."""
    global _offset
    _offset += by


def reset() -> None:
    """Back to the real time and the default zone (tests)."""
    global _offset, _tz
    _offset = timedelta(0)
    _tz = ZoneInfo(DEFAULT_TIMEZONE)


def local_minute(dt: datetime) -> str:
    """An aware datetime as local "YYYY-MM-DD HH:MM"."""
    return local_date(dt, "%Y-%m-%d %H:%M")
