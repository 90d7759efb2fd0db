"""Issue 10: the registered name given in answer (to the summary's 补单位全称, or to "who owes")
keeps none of the words before it (where it is written, who said so) nor after it. Lead-ins
are my own, in several dialects; none is copied from a story set."""

from __future__ import annotations

import pytest

from bot.core.extract.employer_answer import registered_in
from bot.core.intake.fields import employer_name_answer

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
