"""Abuse limits of the public web chat: messages per minute per address and per user key,
uploads per hour per address, complaints filed per day per address and per user.

Counters live in this process's memory (sliding windows): with N server processes behind a
proxy an address gets at most N times each limit; nginx's limit_req in deploy/ caps the
total in front. Many phones share one address (carrier-grade NAT, site Wi-Fi), so the
per-address share is generous (50) and each user has a share of their own (5). Once a share
is used up the form is refused when it starts, before the worker does any of the work, and
again at the confirm step for a form started earlier; nothing is stored either way."""

from __future__ import annotations

import time
from collections import deque
from dataclasses import dataclass, field

DAY = 86_400.0


@dataclass
class SlidingWindow:
    limit: int
    seconds: float
    _hits: dict[str, deque[float]] = field(default_factory=dict)
    _last_sweep: float = 0.0

    def _recent(self, key: str, now: float) -> deque[float]:
        hits = self._hits.setdefault(key, deque())
        while hits and hits[0] <= now - self.seconds:
            hits.popleft()
        return hits

    def full(self, key: str, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        return len(self._recent(key, now)) >= self.limit

    def hit(self, key: str, now: float | None = None) -> bool:
        """Count one event; False (not counted) when the window is already full."""
        now = time.monotonic() if now is None else now
        self._sweep(now)
        hits = self._recent(key, now)
        if len(hits) >= self.limit:
            return False
        hits.append(now)
        return True

    def _sweep(self, now: float) -> None:
        if now - self._last_sweep < 60:
            return
        self._last_sweep = now
        for key in [k for k, v in self._hits.items() if not v or v[-1] <= now - self.seconds]:
            del self._hits[key]


class WebLimits:
    def __init__(self, settings: object) -> None:
        self.ip_messages = SlidingWindow(int(getattr(settings, "web_messages_per_minute_ip", 60)), 60)
        self.user_messages = SlidingWindow(int(getattr(settings, "web_messages_per_minute_user", 30)), 60)
        self.ip_uploads = SlidingWindow(int(getattr(settings, "web_uploads_per_hour_ip", 60)), 3600)
        self.ip_complaints = SlidingWindow(int(getattr(settings, "web_complaints_per_day_ip", 50)), DAY)
        self.user_complaints = SlidingWindow(int(getattr(settings, "web_complaints_per_day_user", 5)), DAY)
        self.at_confirm: dict[str, float] = {}  # user key -> when the confirm step was shown

    def message_allowed(self, ip: str, user: str) -> bool:
        return self.ip_messages.hit(ip) and self.user_messages.hit(user)

    def upload_allowed(self, ip: str) -> bool:
        return self.ip_uploads.hit(ip)

    def used_up(self, ip: str, user: str) -> bool:
        """The address or the user has filed its daily share."""
        return self.ip_complaints.full(ip) or self.user_complaints.full(user)

    def filing_allowed(self, ip: str, user: str) -> bool:
        """False when this user is at the confirm step and the daily share is used up."""
        shown = self.at_confirm.get(user)
        return not (shown and time.monotonic() - shown < DAY and self.used_up(ip, user))

    def may_start(self, ip: str, user: str, expects: str | None) -> bool:
        """False when a reply opens the complaint form (its consent step) while the daily share
        is already used up: the worker is told before doing any of the work."""
        return not (expects == "consent" and self.used_up(ip, user))

    def saw_reply(self, ip: str, user: str, expects: str | None, case_no: str | None) -> None:
        if case_no:
            self.ip_complaints.hit(ip)
            self.user_complaints.hit(user)
        if expects == "confirm":
            if len(self.at_confirm) > 100_000:
                self.at_confirm.clear()
            self.at_confirm[user] = time.monotonic()
        else:
            self.at_confirm.pop(user, None)
