"""Issue 10: a neighbour's elder complained for ("帮隔壁阿叔问个 … 佢叫X"), Hakka 𠊎 typed as 涯 in
its set phrases (涯系, 涯叫, 打涯), and Hakka 分过 (paid) taken off the pay owed. Wordings are my
own, not from a story set."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.core.parsers.dialect import in_mandarin
from tests.story_reading import read_story

TODAY = date(2026, 12, 2)


@pytest.mark.parametrize(
    ("text", "worker"),
    [
        (
            "我是帮隔壁阿伯问的，他不会用手机。他叫黄木生，在鱼塘帮人喂鱼，一个月三千，七月到十月没发，有事打我 13712345678",
            "黄木生",
        ),
        ("替对门大爷问一下 他叫孙长贵 在砖厂拉砖 老板欠他三个月 一个月三千二", "孙长贵"),
        ("涯系帮隔壁阿婆问个，佢叫钟月娥，喺茶场摘茶，讲好一个月两千八，九月十月冇发", "钟月娥"),
    ],
)
def test_a_neighbours_elder_named_after_is_the_worker(text: str, worker: str) -> None:
    story = read_story(text, TODAY)
    assert story.fields["worker_name"].value == worker


def test_the_caller_named_after_a_neighbour_is_not_the_worker() -> None:
    story = read_story(
        "涯系帮隔壁阿叔问个，佢叫罗石古，喺石场打石，一个月四千五，六月到九月冇发。有事打涯电话，涯叫阿兰 13622001234",
        TODAY,
    )
    assert story.fields["worker_name"].value == "罗石古"


@pytest.mark.parametrize(
    ("said", "mandarin"),
    [
        ("涯系帮人问个", "我是帮人问个"),
        ("涯叫阿兰", "我叫阿兰"),
        ("有事打涯电话", "有事打我电话"),
        ("天涯物流", "天涯物流"),
    ],
)
def test_hakka_ngai_typed_as_ya_only_in_set_phrases(said: str, mandarin: str) -> None:
    assert in_mandarin(said) == mandarin


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("在鸡场做工 一个月三千五 八月到十一月冇发 中间老板分过两千", Decimal(12000)),
        ("喺养猪场做饲养员，讲好一个月四千二，五月到八月冇发工钱，中间分过三千块", Decimal(13800)),
    ],
)
def test_hakka_paid_fen_guo_is_taken_off(text: str, amount: Decimal) -> None:
    assert read_story(text, TODAY).fields["amount_owed"].value == amount
