"""An answer that says there is no company ("没公司", "无", "不是公司") against a name that only
begins with the same character: a city (无锡, 无为, 无棣, 无极) or a registered name (非凡…有限公司)."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.extract.org_words import says_no_org
from bot.core.extract.orgs import find_employer
from tests.unit.conftest import inc
from tests.unit.test_intake_loop_guard import reach


@pytest.mark.parametrize(
    "said", ["没公司", "无", "没有", "不是公司，是个人老板", "冇公司", "非正规公司 就一个小作坊"]
)
def test_none_said(said: str) -> None:
    assert says_no_org(said)


@pytest.mark.parametrize(
    "said",
    [
        "无锡恒通纺织有限公司",
        "无锡那边的一个电子厂",
        "无为县万顺建材厂",
        "无棣鑫源化工",
        "无极县皮革城一家皮具店",
        "非凡广告装饰有限公司",
        "不二家食品合作社",
    ],
)
def test_a_name_that_begins_so_is_a_name(said: str) -> None:
    assert not says_no_org(said)


def test_a_story_keeps_a_wuxi_employer() -> None:
    found = find_employer("我在无锡新安街道的无锡佳禾物流有限公司做分拣，三个月工资没发")
    assert found is not None and found.value == "无锡佳禾物流有限公司"


async def test_a_wuxi_company_answered_is_the_employer(engine: Engine) -> None:
    await reach(engine, "w1", "employer_name")
    r = await engine.handle(inc("w1", text="无锡佳禾物流有限公司"))
    assert "无锡佳禾物流有限公司" in r[0].text and r[-1].expects != "employer_name"


async def test_pay_not_settled_typed_by_sound_is_kept_for_the_complaint(engine: Engine) -> None:
    story = (
        "你好，替我爸问问。我爸叫刘长贵，在惠山区一个叫鑫盛五金的仓库做搬运，一个月四千八，"
        "十月十一月的钱一直没接帐，有事打我电话13861234567，我是他女儿。"
    )
    await engine.handle(inc("w2", text=story))
    await engine.handle(inc("w2", text="我要投诉欠薪"))
    r = await engine.handle(inc("w2", button="form:consent:yes"))
    asked = [x.expects for x in r if x.expects]
    assert asked and asked[-1] not in ("worker_name", "contact_phone", "arrears_period")
    assert any("刘长贵" in x.text for x in r)
