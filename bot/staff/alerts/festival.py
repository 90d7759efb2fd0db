"""Spring Festival dates: the weeks before it lower every alert threshold (wage arrears peak
as workers go home). Dates of 春节 (正月初一) from the Chinese lunar calendar."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from bot import clock

SPRING_FESTIVAL = {
    2024: date(2024, 2, 10),
    2025: date(2025, 1, 29),
    2026: date(2026, 2, 17),
    2027: date(2027, 2, 6),
    2028: date(2028, 1, 26),
    2029: date(2029, 2, 13),
    2030: date(2030, 2, 3),
    2031: date(2031, 1, 23),
    2032: date(2032, 2, 11),
    2033: date(2033, 1, 31),
    2034: date(2034, 2, 19),
    2035: date(2035, 2, 8),
}


def before_spring_festival(now: datetime, weeks: int) -> bool:
    """True when `now` (any timezone) falls within `weeks` weeks before a Spring Festival."""
    if weeks <= 0:
        return False
    today = now.astimezone(clock.tz()).date()
    for year in (today.year, today.year + 1):
        day = SPRING_FESTIVAL.get(year)
        if day is not None and day - timedelta(weeks=weeks) <= today < day:
            return True
    return False
