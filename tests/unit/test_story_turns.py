"""Story-first complaints file with no redundant question, in a median of at most 8 bot
turns, every field right; the step-by-step form still files in at most 14 turns."""

from __future__ import annotations

from decimal import Decimal

from bot.core.engine import Engine
from tests.fakes.memory_store import MemoryStore
from tests.story_walk import step_by_step_walk, summary, walk, walks


async def test_story_first_turns_and_fields(real_engine: Engine, store: MemoryStore) -> None:
    done = []
    for i, wk in enumerate(walks()):
        case_no = await walk(real_engine, f"walk-{i}", wk)
        assert case_no, (wk.opening, wk.asked)
        assert wk.redundant == [], (wk.opening, wk.redundant)
        case = next(c for c in store.world.cases if c.case_no == case_no)
        for key, want in wk.expect.items():
            got = case.fields.get(key)
            if key == "amount_owed":
                got = Decimal(str(got))
            if key == "workers_affected":
                got = int(got)
            assert got == want, (wk.opening, key, got)
        assert wk.opening in case.fields["description"]  # nothing typed is lost
        done.append(wk)
    figures = summary(done)
    assert figures["median_turns"] <= 8 and figures["redundant"] == 0, figures


async def test_step_by_step_still_files_within_14_turns(real_engine: Engine) -> None:
    wk = step_by_step_walk()
    assert await walk(real_engine, "walk-steps", wk)
    assert wk.turns <= 14, wk.asked
