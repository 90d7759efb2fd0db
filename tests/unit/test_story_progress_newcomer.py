"""A story read as a question about a complaint's progress ("…可以投诉吗", "…投诉有用吗") from a
worker who has filed nothing here: the story is kept and one tap files it, nothing asked again."""

from __future__ import annotations

from bot.core.engine import Engine
from tests.unit.conftest import inc

STORY = (
    "你好我是荔湾区那个好运来酒楼做洗碗的陈秀梅 从八月份开始到现在工资都只发一半 一共欠我九千六了 "
    "老板说生意不好 我想问一下投诉了能有用吗 我电话是幺三八 二二六幺 四五七零"
)


async def test_a_newcomers_story_taken_for_progress_is_kept_for_filing(real_engine: Engine) -> None:
    assert real_engine.knowledge.match(STORY).route == "progress"  # the premise: 到现在 … 投诉
    replies = await real_engine.handle(inc("n1", text=STORY))
    assert any(b.payload == "form:story" for r in replies for b in r.buttons), [r.text for r in replies]
    await real_engine.handle(inc("n1", button="form:story"))
    replies = await real_engine.handle(inc("n1", button="form:consent:yes"))
    said = "\n".join(r.text for r in replies)
    assert "陈秀梅" in said and "138 2261 4570" in said, said
