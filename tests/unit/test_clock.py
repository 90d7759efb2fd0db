"""The one clock: the configured time zone decides local dates; tests can move time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from pydantic import ValidationError

from bot import clock
from bot.config import Settings, load_settings
from bot.core.deadlines import WorkingDayCalendar, deadlines
from storage.types import utcnow

EVENING_UTC = datetime(2026, 1, 1, 17, 0, tzinfo=UTC)  # already 2 January in Shanghai


def test_local_dates_follow_the_configured_zone() -> None:
    assert clock.local_date(EVENING_UTC) == "2026-01-02"
    assert clock.local_minute(EVENING_UTC) == "2026-01-02 01:00"
    clock.configure("Europe/London")
    assert clock.local_date(EVENING_UTC) == "2026-01-01"
    assert clock.local(EVENING_UTC).utcoffset() == timedelta(0)


def test_settings_choose_the_zone_and_refuse_unknown_ones() -> None:
    load_settings(timezone="America/New_York")
    assert clock.local_minute(EVENING_UTC) == "2026-01-01 12:00"
    with pytest.raises(ValidationError, match="unknown time zone 'Mars/Olympus'"):
        Settings(timezone="Mars/Olympus")


def test_travel_moves_every_now_including_the_databases() -> None:
    before = clock.utcnow()
    clock.travel(timedelta(days=3))
    assert clock.utcnow() - before >= timedelta(days=3)
    assert utcnow() - before >= timedelta(days=3)  # storage's column defaults use the clock
    assert (clock.today() - before.astimezone(clock.tz()).date()).days in (3, 4)


def test_deadlines_end_at_local_midnight() -> None:
    shanghai, _ = deadlines(EVENING_UTC, 1, 45, WorkingDayCalendar())
    assert clock.local_minute(shanghai) == "2026-01-04 23:59"  # New Year off; Sunday 4 Jan is worked
    clock.configure("UTC")
    utc, _ = deadlines(EVENING_UTC, 1, 45, WorkingDayCalendar())
    assert clock.local_minute(utc) == "2026-01-04 23:59" and utc - shanghai == timedelta(hours=8)
