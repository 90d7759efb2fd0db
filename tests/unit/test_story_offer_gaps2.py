"""A story told as a question with no word for owed pay ("老板跑了 我们的钱找谁要"): the answer
comes first, and the story is still kept, so the form opened next asks none of what it held."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.unit.conftest import inc

STORIES = [
    "宝安区福永街道翠湖花园项目贴瓷砖的 老板跑了 我们6个人的钱找谁要？",
    "在南海区大沥镇的铝材厂做了半年，老板卷钱失联了，我们12个人的钱谁给？",
]


@pytest.mark.parametrize("text", STORIES)
async def test_a_story_without_owed_words_is_kept_for_the_form(real_engine: Engine, text: str) -> None:
    replies = await real_engine.handle(inc("u1", text=text))
    assert any(b.payload == "form:story" for r in replies for b in r.buttons), [r.text for r in replies]
    await real_engine.handle(inc("u1", button="form:story"))
    replies = await real_engine.handle(inc("u1", button="form:consent:yes"))
    said = "\n".join(r.text for r in replies)
    assert "涉及人数" in said and "工作地点" in said, said
