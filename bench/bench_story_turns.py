"""Turns to file and redundant questions for story-first complaints (tests/story_walk.py:
8 stories written by the story helper, a scripted worker answering what is asked), and the
step-by-step form, on the real engine and knowledge base with the in-memory store.
Run: .venv/bin/python bench/bench_story_turns.py [REPO]   (REPO: another checkout to compare,
e.g. a worktree of the commit before story-first intake; tests/story_walk.py is used from here)."""

from __future__ import annotations

import asyncio
import importlib.util
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
REPO = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE
sys.path.insert(0, str(REPO))

from bot.config import Settings  # noqa: E402
from bot.core.engine import Engine  # noqa: E402
from knowledge_base.service import KnowledgeService  # noqa: E402
from tests.fakes.memory_store import MemoryStore  # noqa: E402

spec = importlib.util.spec_from_file_location("story_walk", HERE / "tests" / "story_walk.py")
story_walk = importlib.util.module_from_spec(spec)
sys.modules["story_walk"] = story_walk
assert spec.loader is not None
spec.loader.exec_module(story_walk)


async def main() -> None:
    engine = Engine(
        Settings(data_dir=Path(tempfile.mkdtemp())),
        MemoryStore(),
        KnowledgeService(REPO / "knowledge_base" / "data"),
    )
    done = []
    for i, wk in enumerate(story_walk.walks()):
        case_no = await story_walk.walk(engine, f"b{i}", wk)
        done.append(wk)
        print(f"story {i}: filed={bool(case_no)} turns={wk.turns} redundant={wk.redundant} asked={wk.asked}")
    print("story-first:", story_walk.summary(done))
    steps = story_walk.step_by_step_walk()
    await story_walk.walk(engine, "steps", steps)
    print(f"step-by-step: turns={steps.turns}")


if __name__ == "__main__":
    asyncio.run(main())
