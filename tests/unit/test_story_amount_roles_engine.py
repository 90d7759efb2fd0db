"""A story's money figures through the real engine (issue 10): each worker's days listed one
after another and a payment told twice are read into one amount, shown with how it was worked
out, and the form never asks for the amount the story gave."""

from __future__ import annotations

from bot.core.engine import Engine
from bot.core.types import Reply
from tests.unit.conftest import inc


def _said(replies: list[Reply]) -> str:
    return "\n".join(r.text for r in replies)


async def _to_first_question(engine: Engine, user: str, story: str) -> list[Reply]:
    replies = await engine.handle(inc(user, text=story))
    if any(b.payload == "form:story" for r in replies for b in r.buttons):
        replies = await engine.handle(inc(user, button="form:story"))
    return await engine.handle(inc(user, button="form:consent:yes"))


async def test_each_workers_days_listed_are_added_and_not_asked(real_engine: Engine) -> None:
    story = (
        "我是做防水的 我们三个人在江北区鱼嘴镇的滨江名苑工地 活是重庆渝建建设有限公司包的 "
        "一个工三百二 我做了四十八个工 老廖四十个 小邓三十五个 中间给过一万五 剩下的一直不给 帮我投诉"
    )
    replies = await _to_first_question(real_engine, "amtroles1", story)
    said = _said(replies)
    assert "欠薪金额：约 24,360 元" in said, said
    assert "(48 + 40 + 35)" in said and "已付 15,000 元" in said, said
    assert replies[-1].expects != "amount_owed", said


async def test_a_payment_told_again_is_taken_off_twice(real_engine: Engine) -> None:
    story = (
        "我在黄埔区大沙地的顺景酒家做传菜 一个月四千一 九月到十一月都没发齐 "
        "九月给了一千 十月又给了一千 帮我投诉一下"
    )
    replies = await _to_first_question(real_engine, "amtroles2", story)
    said = _said(replies)
    assert "欠薪金额：约 10,300 元" in said and "已付 2,000 元" in said, said
    assert replies[-1].expects != "amount_owed", said


async def test_a_count_corrected_in_wu_in_the_next_message(real_engine: Engine) -> None:
    story = (
        "侬好 阿拉勒闵行区七宝镇万科城做防水 是申达防水工程有限公司叫阿拉做个 讲好三十块一个平方 "
        "一共做了五百六十个平方 老板只付了三千 剩下个钞票一直弗付"
    )
    await real_engine.handle(inc("amtroles3", text=story))
    await real_engine.handle(inc("amtroles3", text="弗对弗对 刚刚讲错脱了 是六百二十个平方 弗是五百六"))
    replies = await real_engine.handle(inc("amtroles3", button="form:consent:yes"))
    said = _said(replies)
    assert "欠薪金额：约 15,600 元" in said and "620" in said, said
    assert replies[-1].expects != "amount_owed", said
