"""One background task of `laborbot serve`: run a step every few seconds, survive its errors."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable

from aiohttp import web


def run_every(
    app: web.Application,
    name: str,
    interval: float,
    step: Callable[[], Awaitable[object]],
    log: logging.Logger,
) -> None:
    """Start `step` with the app and cancel it on cleanup; log what it returns when truthy."""
    key = web.AppKey(f"{name}_task", asyncio.Task)

    async def loop() -> None:
        while True:
            try:
                result = await step()
                if result:
                    log.info("%s: %s", name, result)
            except asyncio.CancelledError:
                raise
            except Exception:  # noqa: BLE001 - keep running after a transient error
                log.exception("%s failed", name)
            await asyncio.sleep(interval)

    async def start(a: web.Application) -> None:
        a[key] = asyncio.create_task(loop())

    async def stop(a: web.Application) -> None:
        task = a.get(key)
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    app.on_startup.append(start)
    app.on_cleanup.append(stop)
