"""Issue 10: the registered name given in answer (to the summary's 补单位全称, or to "who owes")
keeps none of the words before it (where it is written, who said so) nor after it. Lead-ins
are my own, in several dialects; none is copied from a story set."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.extract.employer_answer import registered_in
from bot.core.extract.org_keys import short_name
from bot.core.extract.orgs import find_employer
from bot.core.intake.fields import employer_name_answer
from bot.core.types import Reply
from tests.fakes.memory_store import MemoryStore
from tests.unit.conftest import inc

NAME = "江门市新会区恒安五金制品有限公司"
LEADS = [
    "营业执照上写的是{n}",
    "执照上头印着{n}",
    "合同上盖的章是{n}",
    "劳动合同甲方写的{n}",
    "工资条抬头写住{n}",
    "发工资的账户名是{n}",
    "银行流水上显示是{n}",
    "厂门口挂的牌子写着{n}",
    "门口招牌仔写嘅系{n}",
    "工衣背后印的是{n}",
    "我问了会计，她说叫{n}",
    "听老乡讲系{n}",
    "阿拉小组长讲是{n}",
    "俺看了下合同，是{n}",
    "全称应该是{n}吧",
    "公司全名：{n}",
    "注册的名字叫{n}",
    "社保记录里单位名称是{n}",
    "老板名片上写得是{n}",
    "企查查上查到叫{n}",
    "全称系{n}，厂牌上面见到嘅",
    "他是跟{n}干的",
    "厂子是挂在{n}下面的",
]
TAILS = ["", "，老板姓周", "，老板娘真名叫周美玲", "，我们都叫恒安厂", "。就知道这么多"]


@pytest.mark.parametrize("lead", LEADS)
@pytest.mark.parametrize("tail", TAILS)
def test_the_registered_name_without_its_lead_in_or_what_follows(lead: str, tail: str) -> None:
    answer = lead.format(n=NAME) + tail
    assert employer_name_answer(answer) == NAME, answer


@pytest.mark.parametrize(
    "name",
    [
        "宁波海为新材料科技有限公司",  # 为 inside the name
        "青岛即墨华印印刷有限公司",  # 即, 印 inside the name
        "深圳市和信系统集成有限公司",  # 和 first, 系 inside
        "中建八局第三建设有限公司",
        "梅州市平远县高山茶叶专业合作社",
        "佛山市顺德区美家电器经营部",
    ],
)
def test_a_bare_registered_name_stays_whole(name: str) -> None:
    assert registered_in(name) == name
    assert employer_name_answer(f"营业执照写着{name}") == name


def test_of_two_companies_the_main_contractor() -> None:
    """A crew's subcontractor and main contractor: the main one answers for the crew's pay."""
    answer = "劳务分包是河北恒通劳务有限公司，总包是中铁十局集团有限公司"
    assert employer_name_answer(answer) == "中铁十局集团有限公司"
    assert registered_in("以前在河北恒通劳务有限公司，现在是中铁十局集团有限公司") is None


# --- at the summary: the registered name typed straight in (one message, no button)
STORY = (
    "我叫滕秀云，在芙蓉区五一大道的福满楼酒家做服务员，九月十月两个月工资没发，一个月四千二，"
    "就我一个人，电话 139 7311 5520，帮我登记投诉"
)


async def _summary(engine: Engine, user: str) -> list[Reply]:
    await engine.handle(inc(user, text=STORY))
    replies = await engine.handle(inc(user, button="form:consent:yes"))
    for _ in range(6):
        if replies[-1].expects == "confirm":
            return replies
        replies = await engine.handle(inc(user, button="form:skip"))
    raise AssertionError([r.text for r in replies])


@pytest.mark.parametrize(
    ("typed", "full"),
    [
        ("工资条上印的是长沙福满楼餐饮管理有限公司", "长沙福满楼餐饮管理有限公司"),
        ("长沙福满楼餐饮管理有限公司", "长沙福满楼餐饮管理有限公司"),
        ("执照上写着芙蓉区福满楼酒家，老板叫龚建", "芙蓉区福满楼酒家"),
        ("长沙市芙蓉区福满楼酒家，个体户", "长沙市芙蓉区福满楼酒家"),
        # a long lead-in ended by a colon, in traditional characters too
        ("執照上頭的名字我照抄給你：长沙市芙蓉区福满楼酒家", "长沙市芙蓉区福满楼酒家"),
        ("收据上盖的章我念给你听：长沙市芙蓉区福满楼酒家", "长沙市芙蓉区福满楼酒家"),
    ],
)
async def test_the_registered_name_typed_at_the_summary(
    real_engine: Engine, store: MemoryStore, typed: str, full: str
) -> None:
    user = f"c{abs(hash(typed)) % 10**8}"
    replies = await _summary(real_engine, user)
    assert "福满楼酒家" in replies[-1].text and "像是店名或简称" in replies[-1].text
    replies = await real_engine.handle(inc(user, text=typed))
    assert replies[-1].expects == "confirm" and f"被反映单位：{full}" in replies[-1].text
    assert "像是店名或简称" not in replies[-1].text  # offered once
    filed = await real_engine.handle(inc(user, button="form:confirm:submit"))
    assert filed[-1].case_no
    fields = store.world.cases[-1].fields
    assert fields["employer_name"] == full and "福满楼酒家" in fields["description"]


async def test_other_words_at_the_summary_change_nothing(real_engine: Engine) -> None:
    replies = await _summary(real_engine, "c-other")
    replies = await real_engine.handle(inc("c-other", text="老板说下个月再给"))
    assert replies[-1].expects == "confirm" and "被反映单位：福满楼酒家" in replies[-1].text


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("金盾保安", True),
        ("恒通装饰", True),
        ("宏达鞋业公司", True),
        ("宏达公司", True),  # X公司 without a legal form: how workers say it
        ("总公司", False),
        ("上海洁美物业服务有限公司", False),
    ],
)
def test_names_workers_call_a_company_by(name: str, short: bool) -> None:
    assert short_name(name) is short


def test_a_word_of_doubt_before_the_name_is_no_part_of_it() -> None:
    found = find_employer("食堂是外包的，公司叫么里赣味餐饮，老板姓熊")
    assert found is not None and found.value == "赣味餐饮"
    found = find_employer("我在一个物流园做，公司叫什么顺达物流，记不清了")
    assert found is not None and found.value == "顺达物流"


async def test_a_registered_shop_answered_with_the_owners_name_is_the_employer(real_engine: Engine) -> None:
    """ "执照上写的是X店，老板娘真名叫Y": the shop, not the person (the story reader would take her)."""
    replies = await _summary(real_engine, "c-shop")
    await real_engine.handle(inc("c-shop", button="form:full:employer_name"))
    replies = await real_engine.handle(
        inc(
            "c-shop",
            text="门口挂的营业执照上写的是长沙市芙蓉区福满楼酒家，老板娘真名叫龚丽华，我们都喊她龚姐",
        )
    )
    assert "被反映单位：长沙市芙蓉区福满楼酒家" in replies[-1].text, [r.text for r in replies]
