"""Issue 10: more ways pay by the piece and a crew's days are told. A shift (一个班…上了…个班)
and a fishing trip (一水…出了…水) are pieces of work; 把 (give, in Gan, Hui and Xiang speech)
and 借我 (an advance lent) are parts paid; two people's days told as one ("A和B各做了N个工")
are each one's, added to the teller's own; a group counted first ("我们三个人") is everyone,
whoever is named after. Wordings are my own, not from a story set."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.story_reading import read_story

TODAY = date(2026, 12, 1)


def _read(text: str) -> dict[str, object]:
    return {k: f.value for k, f in read_story(text, TODAY).fields.items()}


def test_pay_by_the_shift() -> None:
    text = "我在隧道里打风钻 一个班四百二 八月到十月一共上了五十个班 老板只预支了四千 其他的没给"
    assert _read(text)["amount_owed"] == Decimal(17000)


def test_pay_by_the_fishing_trip() -> None:
    text = "我跟船出海打鱼 讲好一水四千 九月到十一月一共出了四水 船老大只借我三千 剩下的一直不给"
    assert _read(text)["amount_owed"] == Decimal(13000)


@pytest.mark.parametrize(
    "text",
    [
        "在宾馆洗床单 一床两块 十月洗了三千床 老板只把了我一千 剩下的不给",
        "在宾馆洗床单 一床两块 十月洗了三千床 老板把咗一千块我 剩下的不给",
    ],
)
def test_ba_as_give_is_a_part_paid(text: str) -> None:
    assert _read(text)["amount_owed"] == Decimal(5000)


def test_two_peoples_days_told_as_one_are_each_ones() -> None:
    text = "我们三个人在工地抹灰 一个工两百八 我做了八十个工 我堂弟和一个邻居各做了七十个工 老板只给了两万"
    got = _read(text)
    assert got["amount_owed"] == Decimal(280 * 220 - 20000)
    assert got["workers_affected"] == 3


def test_the_group_counted_first_is_everyone() -> None:
    got = _read("我们四个人在果园摘苹果 我和一个老乡是九月去的 一天一百五 干到十月底 一分没给")
    assert got["workers_affected"] == 4


def test_a_deposit_held_said_in_hakka() -> None:
    text = "𠊎在瓦厂出瓦 出一千块瓦三十块钱 𠊎出咗二十万块 老板净畀过𠊎一千 入厂时还押咗𠊎五百块钱"
    assert _read(text)["amount_owed"] == Decimal(5500)


def test_paid_with_a_xiang_particle_and_pieces_after_their_days() -> None:
    text = "在驿站派件 一件算一块 十月派咯六千件 老板只打咯两千块钱把我 十一月又派咯五天 四百件 也冇算"
    assert _read(text)["amount_owed"] == Decimal(4400)


def test_a_count_corrected_in_simplified_fixes_a_story_told_in_traditional() -> None:
    from bot.core.extract.corrections import corrected

    story = "我喺陶瓷廠上釉 一個碗六角 十月做咗一萬二千個 頭家淨還我兩千"
    fixed = corrected(story, "頭先講毋著 是一萬三千個 毋是一萬二")
    assert fixed is not None
    assert _read(fixed)["amount_owed"] == Decimal(13000 * 6 // 10 - 2000)
