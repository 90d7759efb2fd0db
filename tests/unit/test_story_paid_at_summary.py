"""Issue 10: a sum already paid, told while the summary waits ("对了 老板九月给过我一千"), is a
piece of the story: it comes off the amount worked out from pay x months, and the summary is shown
again, never filed with the old amount nor dropped. Told as an answer to another question too.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.told import part_paid_told
from tests.unit.test_story_later_corrections import _WHOLE, _chat, _engine, _text


@pytest.fixture(scope="module")
def engine() -> Engine:
    return _engine()


@pytest.mark.parametrize(
    ("piece", "amount"),
    [
        ("对了 老板九月给过我一千", "14,000"),
        ("忘了说，中间发过两千生活费", "13,000"),
        ("哦还有 十月份他转了我三千块", "12,000"),
    ],
)
def test_a_sum_paid_told_at_the_summary_comes_off_the_amount(engine: Engine, piece: str, amount: str) -> None:
    user = f"u-paid-{amount}"
    replies = _chat(engine, user, _WHOLE, "@form:consent:yes")
    assert replies[-1].expects == "confirm" and "15,000" in _text(replies)
    replies = _chat(engine, user, piece)
    said = _text(replies)
    assert "投诉已提交" not in said
    assert amount in said and "已付" in said, said
    assert replies[-1].expects == "confirm"


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("对了 老板九月给过我一千", True),
        ("中间发过两千生活费", True),
        ("他转了我三千块", True),
        ("老板说过几天给", False),
        ("一个月给三千", False),
    ],
)
def test_a_part_payment_is_told_only_with_a_sum_paid(text: str, told: bool) -> None:
    assert part_paid_told(text) is told
