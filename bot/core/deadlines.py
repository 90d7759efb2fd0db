"""Working-day calendar for deadlines: chinesecalendar for the years it knows, the admin's
holidays file for later years, then Monday to Friday with one logged warning per year."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from bot import clock

log = logging.getLogger(__name__)


class WorkingDayCalendar:
    def __init__(self, holiday_years: Iterable[dict[str, Any]] = ()) -> None:
        self.years: dict[int, tuple[set[date], set[date]]] = {}
        for y in holiday_years:
            self.years[int(y["year"])] = (set(y.get("days_off") or ()), set(y.get("workdays") or ()))
        self._warned: set[int] = set()

    def is_working_day(self, day: date) -> bool:
        try:
            import chinese_calendar

            return bool(chinese_calendar.is_workday(day))
        except (NotImplementedError, ImportError):
            pass
        if day.year in self.years:
            off, work = self.years[day.year]
            if day in work:
                return True
            if day in off:
                return False
            return day.weekday() < 5
        if day.year not in self._warned:
            self._warned.add(day.year)
            log.warning(
                "no holiday calendar for %s: counting Monday-Friday as working days "
                "(add the year to knowledge_base/data/holidays.yaml)",
                day.year,
            )
        return day.weekday() < 5

    def add_working_days(self, start: date, n: int) -> date:
        """The n-th working day after `start` (the filing day itself does not count)."""
        day = start
        counted = 0
        while counted < n:
            day += timedelta(days=1)
            if self.is_working_day(day):
                counted += 1
        return day


def end_of_day(day: date) -> datetime:
    return datetime.combine(day, time(23, 59, 59), tzinfo=clock.tz()).astimezone(UTC)


def deadlines(
    filed_at: datetime, accept_days: int, resolve_days: int, calendar: WorkingDayCalendar
) -> tuple[datetime, datetime]:
    local = filed_at.astimezone(clock.tz()).date()
    accept_by = end_of_day(calendar.add_working_days(local, accept_days))
    resolve_by = end_of_day(local + timedelta(days=resolve_days))
    return accept_by, resolve_by
