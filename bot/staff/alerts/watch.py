"""Background task of `laborbot serve`: run the warning rules every minute."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import Any

from aiohttp import web

from bot.clock import utcnow
from bot.staff.alerts.detect import detect
from bot.staff.alerts.rules import Rules, RulesError, load_rules, rules_path
from bot.staff.alerts.store import ApplyResult, apply
from bot.staff.periodic import run_every

log = logging.getLogger(__name__)


class AlertWatch:
    """Keeps the last good rules: an admin's broken edit is logged (file:line), not applied."""

    def __init__(self, db: Any, data_dir: Path | str | None = None) -> None:
        self.db = db
        self.data_dir = data_dir
        self.rules: Rules = load_rules()
        self.last_error: str | None = None
        self._mtime: float | None = None

    def reload(self) -> None:
        path = rules_path(self.data_dir)
        mtime = path.stat().st_mtime
        if mtime == self._mtime:
            return
        self._mtime = mtime
        try:
            self.rules = load_rules(path)
            self.last_error = None
        except RulesError as exc:
            self.last_error = str(exc)
            log.error("alert rules not applied:\n%s", exc)

    async def run_once(self, now: datetime | None = None) -> ApplyResult:
        now = now or utcnow()
        self.reload()
        return await apply(self.db, await detect(self.db, self.rules, now), now)


def setup(app: web.Application, ctx: Any, interval: float = 60.0) -> None:
    watch = AlertWatch(ctx.db, ctx.settings.data_dir)

    async def step() -> ApplyResult | None:
        result = await watch.run_once()
        return result if (result.opened or result.escalated) else None

    run_every(app, "alert watch", interval, step, log)
