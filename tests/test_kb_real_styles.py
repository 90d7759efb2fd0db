"""Issue 9 items 5-6: real people's ways of asking (background first, a relative's case, the
employer's side, a lawyer addressed, figures and dates) are answered with the entry on their
subject. Own wordings, none from a bench set nor a knowledge-base alternate."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge_base.matcher import Matcher

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "律师您好，我在昆明一家汽车4S店做了六年多销售顾问，合同下月到期，店里发了书面通知说不再续签，"
            "我是想接着干的，请问到期店里不续签要给我补偿吗，怎么算？",
            "contract.dismissal_compensation",
        ),
        (
            "我小姨在一家连锁酒店做客房服务员，婆婆住院她请了五天假照顾，领班没批，"
            "回来酒店说她旷工五天按制度把她开除了，请问酒店这样开除合法吗？",
            "contract.dismissal_legality",
        ),
        (
            "我们是一家家政公司的阿姨，一共七八个人，老板从九月到现在三个月没发工资，"
            "每次去要都说等客户回款，请问我们可以去哪里投诉？",
            "wage.arrears.report",
        ),
        (
            "我在一家烘焙店做裱花师，交了辞职信以后店长说我带的徒弟还没教会，"
            "要把上个月六千块工资押着，教会了才给，请问店里能这样扣着工资不发吗？",
            "wage.withheld",
        ),
        (
            "我表弟在一家纸箱厂开模切机，右手被压伤住院，厂里说等他好了再说，"
            "一个多月了也没给他报工伤，他自己可以去人社局申请工伤认定吗？",
            "insurance.work_injury",
        ),
        (
            "公司年会组织大家去爬山，车费饭钱都是公司出的，下山的时候我踩空摔断了手腕，"
            "这种公司组织的活动中受伤算不算工伤？",
            "insurance.injury_cases",
        ),
        (
            "我大伯在一家纸厂烧锅炉，出了事故人没了，五十岁，家里有大娘和一个还在读高中的女儿，"
            "请问厂里应该怎么赔，家属能拿到哪些钱？",
            "insurance.injury_death",
        ),
        (
            "我在家具厂被木料砸伤了脚，认定了工伤，医生让休三个月，"
            "厂里说休息期间每月只给一千五，我原来一个月七千，请问这样合法吗？",
            "insurance.injury_paid_leave",
        ),
    ],
)
def test_a_real_style_question_reaches_its_entry(matcher: Matcher, question: str, entry: str) -> None:
    r = matcher.match(question)
    assert r.route == "faq" and r.decision == "answer" and r.id == entry, r.as_json()
