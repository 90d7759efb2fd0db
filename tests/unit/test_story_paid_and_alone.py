"""What the form asks after a story, through the real engine: a part already paid leaves the
rest as the amount (no question which figure), a story about the teller alone is one person
owed (shown, not asked), and two figures that truly disagree are still asked, never guessed."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.extract.figures import told_alone
from bot.core.intake.fields import amount_answer
from bot.core.parsers import ParseError
from bot.core.types import Reply
from tests.unit.conftest import inc


def _said(replies: list[Reply]) -> str:
    return "\n".join(r.text for r in replies)


async def _to_summary(engine: Engine, user: str, story: str) -> list[Reply]:
    replies = await engine.handle(inc(user, text=story))
    if any(b.payload == "form:story" for r in replies for b in r.buttons):
        replies = await engine.handle(inc(user, button="form:story"))
    return await engine.handle(inc(user, button="form:consent:yes"))


async def test_part_paid_the_rest_is_the_amount_and_one_person_is_shown(real_engine: Engine) -> None:
    story = (
        "我叫郝文斌 在顺义区后沙峪的鸿途物流开叉车 去年年底到今年四月的工资 老板中间给过一万 "
        "还差一万二没结 电话13911223344 帮我投诉"
    )
    replies = await _to_summary(real_engine, "paid1", story)
    said = _said(replies)
    assert "欠薪金额：12,000 元" in said, said
    assert "欠薪时间：2025年12月 至 2026年4月" in said, said
    assert "涉及人数：1 人" in said, said
    assert replies[-1].expects not in ("amount_owed", "workers_affected", "arrears_period"), said


async def test_a_story_with_others_in_it_asks_the_head_count(real_engine: Engine) -> None:
    story = "我叫郝文斌 我们在顺义区后沙峪的鸿途物流开叉车 九月十月的工资都没发 一共一万四 电话13911223344 帮我投诉"
    replies = await _to_summary(real_engine, "paid2", story)
    assert "涉及人数" not in _said(replies)
    assert replies[-1].expects == "workers_affected", _said(replies)


async def test_owed_then_paid_in_that_order_is_asked(real_engine: Engine) -> None:
    story = "我叫郝文斌 在顺义区后沙峪的鸿途物流开叉车 九月十月的工资欠我三万 后来转了五千 电话13911223344 帮我投诉"
    replies = await _to_summary(real_engine, "paid3", story)
    assert replies[-1].expects == "amount_owed", _said(replies)
    assert {b.payload for b in replies[-1].buttons} >= {"form:amount:25000", "form:amount:30000"}
    assert "欠 30,000 元" in replies[-1].text and "给过 5,000 元" in replies[-1].text, replies[-1].text
    replies = await real_engine.handle(inc("paid3", button="form:amount:25000"))
    assert "欠薪金额：25,000 元" in _said(replies), _said(replies)


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ("在鞋厂做针车 老板说等货款回来一起结 欠我八千", True),  # 一起结: paid at once, not a group
        ("我们站点是速达配送公司的 欠我九千", True),  # one's own workplace
        ("钱打到他们公司账上 一直不结给我", True),  # 他们: the employer
        ("大家都喊他王胖子 欠我一万", True),
        ("我们几个都没拿到工资 欠了三个月", False),
        ("大家都没拿到工资 欠了三个月", False),
        ("我和工友在工地干活 欠了两万", False),
        ("还有别的同事也没发 欠我六千", False),
        ("我爸和我叔在工地干活 欠了两万", False),  # two relatives: the head count is asked
        ("我老公在工地干活 欠了他两万", True),
    ],
)
def test_told_alone(text: str, alone: bool) -> None:
    assert told_alone(text) is alone


async def test_each_ones_figure_times_a_rough_head_count_is_asked(real_engine: Engine) -> None:
    story = "我叫郝文斌 我们组十几个人在顺义区后沙峪的鸿途物流做装卸 每人欠八千五 九月十月的 电话13911223344 帮我投诉"
    replies = await _to_summary(real_engine, "rough1", story)
    assert "欠薪金额" not in _said(replies)
    assert replies[-1].expects == "amount_owed", _said(replies)
    assert "每人 8,500 元 × 约 10 人" in replies[-1].text
    assert [b.payload for b in replies[-1].buttons] == ["form:said:约85000元"]


@pytest.mark.parametrize(
    ("answer", "amount"),
    [
        ("总共两万四 先给了一万", 14000),
        ("给过一万 还差九千", 9000),
        ("每人八千五 六个人", 51000),
        ("两万五", 25000),
    ],
)
def test_amount_answer_reads_a_part_paid_and_each_ones_share(answer: str, amount: int) -> None:
    parsed = amount_answer(answer)
    assert not isinstance(parsed, ParseError) and parsed.value == amount, parsed


def test_amount_answer_that_only_says_what_was_paid_asks_again() -> None:
    parsed = amount_answer("给了三千")
    assert isinstance(parsed, ParseError) and "3,000" in parsed.message


@pytest.mark.parametrize(
    ("said", "rough"), [("五六千", "约5000元"), ("一万七八", "约17000元"), ("至少两万", "约20000元")]
)
async def test_a_span_or_a_floor_is_asked_not_read_back(real_engine: Engine, said: str, rough: str) -> None:
    story = f"我叫郝文斌 在顺义区后沙峪的鸿途物流做装卸 九月十月的工资 欠我{said} 电话13911223344 帮我投诉"
    replies = await _to_summary(real_engine, f"span-{said}", story)
    assert "欠薪金额" not in _said(replies)
    assert replies[-1].expects == "amount_owed" and said in replies[-1].text, _said(replies)
    assert [b.payload for b in replies[-1].buttons] == [f"form:said:{rough}"]
