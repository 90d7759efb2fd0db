"""Issue 10: a crew's pay read back right. Two pays per day for two kinds of work, each with its
own people and days, added; each one's work-days told with no verb (一个人三十个工); a day's pay
told as 一工 and the days as 工 (Minnan: 一人一工…, 总共做…工); an advance lent against the pay
(先借…) taken off. Wordings, trades, cities and figures are my own, not from a story set."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tests.story_reading import read_story

TODAY = date(2026, 12, 1)


def _amount(text: str) -> Decimal:
    return read_story(text, TODAY).fields["amount_owed"].value


def test_two_day_pays_each_with_its_people_and_days_are_added() -> None:
    text = "我们三个人在厂房刷漆 我是师傅 一天四百 干了三十天 我两个徒弟 一天两百 一人干了二十八天 老板就给了五千"
    story = read_story(text, TODAY)
    assert story.fields["amount_owed"].value == Decimal(18200)
    assert "× 2 人" in story.fields["amount_owed"].echo


def test_each_ones_work_days_told_with_no_verb() -> None:
    text = "我带了三个老乡在合肥一个工地上扎钢筋 一个工四百 连我四个人 一个人三十个工 包工头就给了一万"
    assert _amount(text) == Decimal(38000)


def test_a_day_told_as_gong_and_an_advance_lent() -> None:
    text = "我和我老婆在武夷山茶厂做春茶 一人一工两百五 两个人总共做八十工 老板先借我们三千 其他的都没给"
    assert _amount(text) == Decimal(17000)
