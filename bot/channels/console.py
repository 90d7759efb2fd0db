"""Console channel: reads lines from standard input, prints replies; buttons become numbers."""

from __future__ import annotations

import asyncio
import sys

from bot.channels import texts
from bot.config import Settings
from bot.core.types import Incoming, Reply


def render(replies: list[Reply]) -> tuple[str, dict[str, str]]:
    lines: list[str] = []
    choices: dict[str, str] = {}
    for r in replies:
        lines.append(r.text)
        for b in r.buttons:
            n = str(len(choices) + 1)
            choices[n] = b.payload
            lines.append(f"  [{n}] {b.label}")
        if r.case_no:
            lines.append("  " + texts.CASE_NO.format(case_no=r.case_no))
    return "\n".join(lines), choices


async def run(settings: Settings, user: str) -> int:
    from bot.core.engine import Engine
    from knowledge_base.service import KnowledgeService
    from storage.db import Database
    from storage.services.query_log import QueryLogStore
    from storage.uow import SqlWorkerStore

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    db = Database(settings.effective_database_url)
    await db.upgrade()
    engine = Engine(
        settings, SqlWorkerStore(db), KnowledgeService(settings.effective_kb_dir, query_log=QueryLogStore(db))
    )
    interactive = sys.stdin.isatty()
    choices: dict[str, str] = {}
    try:
        text, choices = render(await engine.handle(Incoming("console", user, text="/start")))
        print(text, flush=True)
        loop = asyncio.get_running_loop()
        while True:
            if interactive:
                print("> ", end="", flush=True)
            line = await loop.run_in_executor(None, sys.stdin.readline)
            if not line:
                break
            line = line.rstrip("\n")
            if line.strip() in ("/quit", "/exit"):
                break
            inc = (
                Incoming("console", user, button=choices[line.strip()])
                if line.strip() in choices
                else Incoming("console", user, text=line)
            )
            text, choices = render(await engine.handle(inc))
            print(text + "\n", flush=True)
    finally:
        await db.dispose()
    return 0
