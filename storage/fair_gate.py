"""First come, first served at a pool's connections.

SQLAlchemy's async pool hands connections out through an asyncio.Queue, which is not fair: a
connection given back wakes the longest waiter, but a task asking at that moment takes it
first, and the woken waiter queues again at the back. With many chats at once and a busy
event loop, most messages got a connection in milliseconds while a few waited past the
pool's timeout and failed (tests/test_pool_fairness.py). A FIFO semaphore (asyncio.Semaphore
hands permits out in order since Python 3.11.1) in front of the pool, no larger than the
pool, gives each message its turn in order of arrival; the pool itself then never waits.

A turn not given within the timeout raises StoreBusy: nothing was written, and the engine
asks the worker to send the message again (bot/core/texts.py BUSY)."""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from bot.core.ports import StoreBusy


class FairGate:
    """`async with gate.turn():` around every checkout of one pool; one semaphore per event
    loop (a Database outlives a CLI command's loop, and tests run one loop each)."""

    def __init__(self, size: int, timeout: float) -> None:
        self.size, self.timeout = size, timeout
        self._by_loop: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore] = (
            weakref.WeakKeyDictionary()
        )

    def _semaphore(self) -> asyncio.Semaphore:
        loop = asyncio.get_running_loop()
        sem = self._by_loop.get(loop)
        if sem is None:
            sem = self._by_loop[loop] = asyncio.Semaphore(self.size)
        return sem

    def waiting(self) -> int:
        """Tasks waiting for a turn in this loop (for tests and metrics)."""
        waiters = getattr(self._semaphore(), "_waiters", None) or ()
        return sum(1 for w in waiters if not w.done())

    @asynccontextmanager
    async def turn(self) -> AsyncIterator[None]:
        sem = self._semaphore()
        if sem.locked():  # someone is waiting or every connection is out: queue, in order
            try:
                async with asyncio.timeout(self.timeout):
                    await sem.acquire()
            except TimeoutError:
                raise StoreBusy(f"no database connection within {self.timeout:g} s") from None
        else:
            await sem.acquire()  # returns at once, no waiting
        try:
            yield
        finally:
            sem.release()
