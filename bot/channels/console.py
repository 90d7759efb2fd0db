"""Console channel: reads lines from standard input, prints replies; buttons become numbers."""

from __future__ import annotations

import asyncio
import sys
from typing import Any

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
    from bot.compose import build_services

    services = await build_services(settings)
    try:
        return await converse(services.engine, user)
    finally:
        await services.close()


async def converse(engine: Any, user: str) -> int:
    """Read lines until end of input or /quit; each goes to the engine, its replies printed."""
    interactive = sys.stdin.isatty()
    choices: dict[str, str] = {}
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
    return 0
