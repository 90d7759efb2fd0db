"""Abuse limits of the public web chat: messages per minute per address and per user key,
uploads per hour per address, complaints filed per day per address and per user.

The counters live in the shared database (bot.context.LimitCounters, table rate_counters),
so N server processes behind a proxy allow what one would, and a restart keeps the day's
count. Many phones share one address (carrier-grade NAT, site Wi-Fi), so the per-address
share is generous (50) and each user has a share of their own (5).

* Complaints per day and uploads per hour are rare: each is counted exactly, one atomic
  statement per event (per local day and per clock hour).
* Messages per minute are many: a write per message would cost the chat its throughput. Each
  process counts locally (`SharedCounter`) and writes what it counted, with the total of every
  process read back in the same statement, at least once a second and before it counts more
  than K messages of a key since its last write (K: a tenth of the limit, at least 1). In a
  server the writer in the background writes every key's count in one statement as soon as
  a key has counted half of K, so the message that reaches K rarely waits for a write.
  It refuses once the last total it read plus its own unwritten count reaches the limit; the
  previous minute counts too, weighted by how much of it still lies within the last 60 s.
  See docs/operations.md for the bound.

A share used up refuses the complaint form when it starts, before the worker does any of the
work, and any message that reads as a confirmation (the only answer that files a case), on
whichever process it arrives. Nothing is stored either way."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from bot import clock
from bot.context import LimitCounters

log = logging.getLogger(__name__)

FLUSH_SECONDS = 1.0
WRITE_GAP = 0.02  # seconds between two writes asked for by busy keys (at most 50 a second)
PRUNE_EVERY = 600.0
KEEP = timedelta(days=2)  # counters of older windows are deleted


def window_start(now: datetime, seconds: int) -> datetime:
    """The start of the fixed window of `seconds` that holds `now` (UTC, aligned to the epoch)."""
    stamp = int(now.timestamp())
    return datetime.fromtimestamp(stamp - stamp % seconds, UTC)


def local_day_start(now: datetime) -> datetime:
    """Local midnight (Settings.timezone) of the day that holds `now`, in UTC."""
    local = clock.local(now)
    return local.replace(hour=0, minute=0, second=0, microsecond=0).astimezone(UTC)


@dataclass
class _Tally:
    base: int = 0  # every process's total as this process last read it
    writing: int = 0  # counted here, being written
    pending: int = 0  # counted here, not written yet

    @property
    def known(self) -> int:
        return self.base + self.writing + self.pending


class SharedCounter:
    """Messages per minute for many keys, shared through `counters` without a write per hit.
    Windows are kept as epoch seconds here (cheap on every message) and turned into
    datetimes only when written."""

    def __init__(self, counters: LimitCounters, seconds: int = 60) -> None:
        self.counters, self.seconds = counters, seconds
        self._tallies: dict[tuple[str, int], _Tally] = {}
        self._writing = asyncio.Lock()  # one write at a time: each total read back is exact
        # set by a key that has counted half of its K: the writer in the background (if any:
        # WebLimits.start) writes at once, so the hit that reaches K seldom writes in-line
        self.due: asyncio.Event | None = None
        self._dirty: set[tuple[str, int]] = set()  # counters with hits not yet written
        self._forgotten = 0.0  # monotonic time past windows were last forgotten

    def estimate(self, key: str, now: float) -> float:
        """Hits in the last `seconds`: this window's, plus the previous window's weighted by
        the part of it still within reach (rounded up)."""
        start = int(now) - int(now) % self.seconds
        current = self._tallies.get((key, start))
        before = self._tallies.get((key, start - self.seconds))
        if before is None:
            return current.known if current else 0
        carried = math.ceil(before.known * (1 - (now - start) / self.seconds))
        return carried + (current.known if current else 0)

    async def hit(self, key: str, limit: int, now: float | None = None) -> bool:
        """Count one hit; False (not counted) when the key's `limit` is reached. `now`: epoch
        seconds (default: the clock's). The count is written before a tenth of the limit (at
        least 1) is exceeded unwritten: by the writer in the background, woken at half of
        it, or else here, in-line."""
        now = clock.utcnow().timestamp() if now is None else now
        counter = (key, int(now) - int(now) % self.seconds)
        tally = self._tallies.get(counter)
        batch = max(1, limit // 10)
        if tally is None:
            tally = self._tallies[counter] = _Tally()
        elif tally.pending >= batch:
            try:
                await self._write([counter])
            except Exception:  # noqa: BLE001 - the database is down: count here, write later
                log.warning("message counters could not be written; counting in this process", exc_info=True)
        if self.estimate(key, now) >= limit:
            return False
        tally.pending += 1
        self._dirty.add(counter)
        if self.due is not None and 2 * tally.pending >= batch:
            self.due.set()
        return True

    async def flush(self) -> None:
        """Write every unwritten count (and read the totals back); forget past windows (at
        most once a second: a busy server flushes far more often)."""
        async with self._writing:
            dirty, self._dirty = self._dirty, set()
            try:
                await self._write_now([c for c in dirty if c in self._tallies and self._tallies[c].pending])
            except BaseException:
                self._dirty |= dirty
                raise
        if time.monotonic() - self._forgotten < FLUSH_SECONDS:
            return
        self._forgotten = time.monotonic()
        now = int(clock.utcnow().timestamp())
        oldest = now - now % self.seconds - self.seconds
        for counter in [c for c, t in self._tallies.items() if c[1] < oldest and not t.pending + t.writing]:
            del self._tallies[counter]

    async def _write(self, counters: list[tuple[str, int]]) -> None:
        async with self._writing:
            await self._write_now(counters)

    async def _write_now(self, counters: list[tuple[str, int]]) -> None:
        deltas = {c: self._tallies[c].pending for c in counters if self._tallies[c].pending}
        if not deltas:
            return
        for counter, n in deltas.items():
            tally = self._tallies[counter]
            tally.pending -= n
            tally.writing += n
        try:
            totals = await self.counters.add(
                {(key, datetime.fromtimestamp(start, UTC)): n for (key, start), n in deltas.items()}
            )
        except BaseException:  # also cancelled at shutdown: close() writes them once more
            for counter, n in deltas.items():
                tally = self._tallies[counter]
                tally.writing -= n
                tally.pending += n  # written next time; meanwhile still counted here
            raise
        for (key, start), n in deltas.items():
            tally = self._tallies[(key, start)]
            tally.writing -= n
            tally.base = max(tally.base, totals.get((key, datetime.fromtimestamp(start, UTC)), 0))


class WebLimits:
    def __init__(self, settings: object, counters: LimitCounters) -> None:
        def setting(name: str, default: int) -> int:
            return int(getattr(settings, name, default))

        self.counters = counters
        self.messages = SharedCounter(counters)  # per address and per user key: one write a second
        self.messages_per_minute_ip = setting("web_messages_per_minute_ip", 60)
        self.messages_per_minute_user = setting("web_messages_per_minute_user", 30)
        self.uploads_per_hour_ip = setting("web_uploads_per_hour_ip", 60)
        self.complaints_per_day_ip = setting("web_complaints_per_day_ip", 50)
        self.complaints_per_day_user = setting("web_complaints_per_day_user", 5)
        self._task: asyncio.Task[None] | None = None

    # messages

    async def message_allowed(self, ip: str, user: str) -> bool:
        now = clock.utcnow().timestamp()
        return await self.messages.hit(
            "msg_ip:" + ip, self.messages_per_minute_ip, now
        ) and await self.messages.hit("msg_user:" + user, self.messages_per_minute_user, now)

    # uploads

    async def upload_allowed(self, ip: str) -> bool:
        window = window_start(clock.utcnow(), 3600)
        return await self.counters.add_below(f"upload_ip:{ip}", window, self.uploads_per_hour_ip)

    # complaints

    async def used_up(self, ip: str, user: str) -> bool:
        """The address or the user has filed its daily share (read from the shared counters)."""
        day = local_day_start(clock.utcnow())
        ip_key, user_key = (f"filed_ip:{ip}", day), (f"filed_user:{user}", day)
        got = await self.counters.totals([ip_key, user_key])
        return got[ip_key] >= self.complaints_per_day_ip or got[user_key] >= self.complaints_per_day_user

    async def may_start(self, ip: str, user: str, expects: str | None) -> bool:
        """False when a reply opens the complaint form (its consent step) while the daily share
        is already used up: the worker is told before doing any of the work."""
        return not (expects == "consent" and await self.used_up(ip, user))

    async def filed(self, ip: str, user: str) -> None:
        """Count a case just filed. The case is in the database already: a failure to count
        it is logged, never shown to the worker, who must see the case number."""
        day = local_day_start(clock.utcnow())
        try:
            await self.counters.add({(f"filed_ip:{ip}", day): 1, (f"filed_user:{user}", day): 1})
        except Exception:  # noqa: BLE001 - see above
            log.warning("a filed case could not be counted against the daily share", exc_info=True)

    # the writer in the background

    def start(self) -> None:
        self.messages.due = asyncio.Event()
        self._task = asyncio.get_running_loop().create_task(self._flush_forever())

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
        await self.flush()

    async def flush(self) -> bool:
        """Write the message counts; False when the database refused (kept for the next try)."""
        try:
            await self.messages.flush()
        except Exception:  # noqa: BLE001 - kept, and written on the next try
            log.warning("message counters could not be written", exc_info=True)
            return False
        return True

    async def _flush_forever(self) -> None:
        pruned = time.monotonic()
        due = self.messages.due
        assert due is not None
        while True:
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(FLUSH_SECONDS):
                    await due.wait()
            due.clear()
            written = await self.flush()
            # keys that fill up meanwhile are written together; a database away is tried again
            # after a second, as before (counted here meanwhile)
            await asyncio.sleep(WRITE_GAP if written else FLUSH_SECONDS)
            if time.monotonic() - pruned >= PRUNE_EVERY:
                pruned = time.monotonic()
                try:
                    await self.counters.prune(clock.utcnow() - KEEP)
                except Exception:  # noqa: BLE001 - tried again later
                    log.warning("old limit counters could not be pruned", exc_info=True)
