"""Acceptance deadlines in working days on the Chinese holiday calendar, with fallbacks."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, timedelta

import chinese_calendar
import pytest

from bot import clock
from bot.core.deadlines import WorkingDayCalendar, deadlines


def test_national_day_is_skipped() -> None:
    cal = WorkingDayCalendar()
    assert not cal.is_working_day(date(2026, 10, 1)) and not cal.is_working_day(date(2026, 10, 2))
    day = cal.add_working_days(date(2026, 9, 30), 1)
    assert day > date(2026, 10, 3) and cal.is_working_day(day)


def test_make_up_working_days_count() -> None:
    cal = WorkingDayCalendar()
    weekend_workdays = [
        d
        for d in (date(2026, 1, 1) + timedelta(n) for n in range(365))
        if d.weekday() >= 5 and chinese_calendar.is_workday(d)
    ]
    assert weekend_workdays, "the 2026 calendar has make-up working days"
    makeup = weekend_workdays[0]
    assert cal.add_working_days(makeup - timedelta(days=1), 1) == makeup


def test_filed_late_december_reaches_into_2027_with_the_holidays_file(
    caplog: pytest.LogCaptureFixture,
) -> None:
    cal = WorkingDayCalendar([{"year": 2027, "days_off": [date(2027, 1, 1)], "workdays": []}])
    # Mon 28 Dec 2026: Tue, Wed, Thu count; Fri 1 Jan is a holiday; Mon 4, Tue 5 Jan.
    assert cal.add_working_days(date(2026, 12, 28), 5) == date(2027, 1, 5)


def test_unknown_year_falls_back_to_weekdays_with_one_warning(caplog: pytest.LogCaptureFixture) -> None:
    cal = WorkingDayCalendar()
    with caplog.at_level(logging.WARNING):
        assert cal.add_working_days(date(2026, 12, 28), 5) == date(2027, 1, 4)
        assert cal.add_working_days(date(2027, 3, 1), 5) == date(2027, 3, 8)
    warnings = [r for r in caplog.records if "2027" in r.getMessage()]
    assert len(warnings) == 1


def test_deadlines_from_settings_values() -> None:
    filed = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)  # Monday 10:00 in Shanghai
    accept_by, resolve_by = deadlines(filed, 5, 45, WorkingDayCalendar())
    assert accept_by.astimezone(clock.tz()).date() == date(2026, 11, 30)
    assert resolve_by.astimezone(clock.tz()).date() == date(2027, 1, 7)
    accept3, _ = deadlines(filed, 3, 30, WorkingDayCalendar())
    assert accept3.astimezone(clock.tz()).date() == date(2026, 11, 26)
