"""A story told as a question with no word for owed pay ("老板跑了 我们的钱找谁要"), or taken for a
question about a complaint's progress from a worker with no complaint here ("…可以投诉吗"): the
story is kept, so the form opened next asks none of what it held."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.unit.conftest import inc

STORIES = [
    "宝安区福永街道翠湖花园项目贴瓷砖的 老板跑了 我们6个人的钱找谁要？",
    "在南海区大沥镇的铝材厂做了半年，老板卷钱失联了，我们12个人的钱谁给？",
]
# 到现在 … 投诉 reads as a progress question; the worker has filed nothing here
NEWCOMER = (
    "你好我是荔湾区那个好运来酒楼做洗碗的陈秀梅 从八月份开始到现在工资都只发一半 一共欠我九千六了 "
    "老板说生意不好 我想问一下投诉了能有用吗 我电话是幺三八 二二六幺 四五七零"
)


async def _kept_and_read_back(engine: Engine, user: str, text: str) -> str:
    """Send the story, press the offer, consent: the read-back of what the story held."""
    replies = await engine.handle(inc(user, text=text))
    assert any(b.payload == "form:story" for r in replies for b in r.buttons), [r.text for r in replies]
    await engine.handle(inc(user, button="form:story"))
    replies = await engine.handle(inc(user, button="form:consent:yes"))
    return "\n".join(r.text for r in replies)


@pytest.mark.parametrize("text", STORIES)
async def test_a_story_without_owed_words_is_kept_for_the_form(real_engine: Engine, text: str) -> None:
    said = await _kept_and_read_back(real_engine, "u1", text)
    assert "涉及人数" in said and "工作地点" in said, said


async def test_a_newcomers_story_taken_for_progress_is_kept_for_filing(real_engine: Engine) -> None:
    # the premise: not filed unasked (the matcher takes it for progress, or finds no answer)
    assert real_engine.knowledge.match(NEWCOMER).route in ("progress", "fallback")
    said = await _kept_and_read_back(real_engine, "n1", NEWCOMER)
    assert "陈秀梅" in said and "138 2261 4570" in said, said
