"""Issue 9: classes of real questions that sat just under the answer threshold (an employer closing a
shop, no contract and no insurance at once, a boss gone missing, overtime under a flexible-hours
scheme, annual leave spent as a festival break, a year-end bonus for a newcomer, an award the losing side never pays) are answered
with their entry. Own wordings, none from a bench set nor a knowledge-base alternate."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge_base.matcher import Matcher

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "我在镇上开了一家小超市，房租涨得厉害做不下去了，下个月打算关店，店里还有五个收银员和理货员。"
            "请问超市关门不做了，员工要怎么处理，需要给补偿吗？",
            "contract.layoff_closure",
        ),
        (
            "我在一家汽车美容店洗车快一年半了，老板一直没和我签合同，五险也没给上，想问问我现在可以主张哪些权利？",
            "contract.no_written",
        ),
        (
            "我们在一家婚纱摄影店上班，老板上个月把店门一锁人就不见了，电话打不通，"
            "我们四个人还有两个月工资没拿到，这钱该去哪里要？",
            "wage.arrears.report",
        ),
        (
            "我在一家贸易公司做司机，公司说司机岗实行不定时工作制，晚上和周末出车都没有加班费，这样合理吗？",
            "hours.special_schedule",
        ),
        (
            "厂里每年中秋节连着放一周，说其中几天算年休假，工龄十年的和刚来的都一样休，请问这样算不算给我们休了年假？",
            "leave.annual",
        ),
        (
            "我是八月份才入职的新人，公司年底发年终奖说只给干满一年的人，我这几个月能不能按比例要一点？",
            "wage.pay_terms",
        ),
        (
            "仲裁裁决生效后公司一直不付钱，老板也找不到人了，公司账上好像也没钱，请问我还有什么办法拿到钱？",
            "dispute.enforcement",
        ),
    ],
)
def test_a_real_class_question_reaches_its_entry(matcher: Matcher, question: str, entry: str) -> None:
    r = matcher.match(question)
    assert r.route == "faq" and r.decision == "answer" and r.id == entry, r.as_json()
