#!/usr/bin/env python3
"""The story QA driver (drive.py) played in process: the engine on an in-memory store with the
real knowledge base, no server, no HTTP and no pacing, so a whole story set runs in seconds.
For development between driver runs; the measured figures are run.sh's (over HTTP, real store).

usage (from the repository root): .venv/bin/python bench/story_qa/offline.py --stories FILE [--transcript T] [--only ID]
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "bench" / "story_qa")]

import drive  # noqa: E402

from bot.channels.web import replies_json  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.core.engine import Engine  # noqa: E402
from bot.core.types import Incoming  # noqa: E402
from knowledge_base.service import KnowledgeService  # noqa: E402
from tests.fakes.memory_store import MemoryStore  # noqa: E402


class OfflineBot:
    """drive.Bot's two calls, answered by the engine itself."""

    def __init__(self, *_: Any, **__: Any) -> None:
        self.loop = asyncio.new_event_loop()
        self.store = MemoryStore()
        kb = KnowledgeService(ROOT / "knowledge_base" / "data")
        self.engine = Engine(Settings(data_dir=Path(tempfile.mkdtemp())), self.store, kb)
        self.throttled = 0
        self.client_ip = ""

    def chat(self, user: str, *, text: str | None = None, button: str | None = None) -> dict[str, Any]:
        replies = self.loop.run_until_complete(
            self.engine.handle(Incoming("web", user, text=text, button=button))
        )
        return replies_json(replies)

    def case(self, case_no: str) -> dict[str, Any] | None:
        case = next((c for c in self.store.world.cases if c.case_no == case_no), None)
        if case is None:
            return None
        f = dict(case.fields)
        out: dict[str, Any] = {k: f.get(k) for k in drive.FIELDS}
        period = f.get("arrears_period") or {}
        out["arrears_period"] = {
            "start": f.get("arrears_start") or period.get("start"),
            "end": f.get("arrears_end") or period.get("end"),
        }
        out["amount_owed"] = float(f["amount_owed"]) if f.get("amount_owed") is not None else None
        out["priority"] = getattr(case.filing, "priority", None)
        return out


if __name__ == "__main__":
    drive.Bot = OfflineBot  # type: ignore[misc,assignment]
    sys.exit(drive.main())
