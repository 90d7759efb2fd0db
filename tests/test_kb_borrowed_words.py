"""Issue 9: a word borrowed from an entry sends a question that is not about it to that entry.

* 村委会 (a village committee) was a keyword of the mediation entry: a land or neighbour quarrel
  the committee failed to settle was answered as labour mediation. It is the land topic's.
* 商业意外险 (commercial accident insurance) was a keyword of the injury-benefit example: a claim
  on one's own policy was answered with work-injury benefits. It is the commercial-insurance topic's;
  a question about such a policy beside work-injury insurance is still answered.
* A pension's pay day read as wages' pay day ("几号发", a keyword of the pay-timing entry).
* 服务中心 in another body's name (社区, 家政, 养老) read as this centre: such a centre as an employer
  is not asked about this centre's address.

Own wordings, none from a bench set nor a knowledge-base alternate or example."""

from __future__ import annotations

import pytest

from knowledge_base.matcher import Matcher


def test_a_land_quarrel_the_village_committee_failed_to_settle_is_no_labour_mediation(
    matcher: Matcher,
) -> None:
    r = matcher.match("我家的自留地被隔壁多占了两垄 村委会来调解过 人家还是不让 这事归谁管")
    assert r.decision != "answer", r.as_json()


@pytest.mark.parametrize(
    "question",
    ["我买的商业意外险怎么申请理赔", "商业意外险报案以后理赔款一般多少天到账"],
)
def test_a_claim_on_ones_own_accident_policy_is_not_answered_with_injury_benefits(
    matcher: Matcher, question: str
) -> None:
    r = matcher.match(question)
    assert r.decision != "answer", r.as_json()


def test_an_accident_policy_beside_work_injury_insurance_is_still_answered(matcher: Matcher) -> None:
    r = matcher.match("老板给我们买了商业意外险 出了工伤还能再找单位要工伤待遇吗")
    assert r.route == "faq" and r.decision == "answer" and r.id.startswith("insurance."), r.as_json()


def test_a_pensions_pay_day_is_not_the_wage_pay_day(matcher: Matcher) -> None:
    r = matcher.match("我外公的养老金一般每个月几号发到存折上")
    assert r.decision != "answer", r.as_json()


@pytest.mark.parametrize(
    "question",
    [
        "我在社区卫生服务中心做保洁 干了三年突然不让我去了 找哪里讨说法",
        "家政服务中心扣了我一个月工钱 我能去哪里告它",
    ],
)
def test_another_bodys_service_centre_as_employer_is_not_this_centre(matcher: Matcher, question: str) -> None:
    r = matcher.match(question)
    assert not (r.decision == "answer" and r.id == "service.service_center"), r.as_json()
    assert [c.id for c in r.candidates][:1] != ["service.service_center"], r.as_json()


def test_this_centres_opening_hours_are_still_answered(matcher: Matcher) -> None:
    r = matcher.match("你们劳动关系服务中心星期天开不开门")
    assert r.route == "faq" and r.decision == "answer" and r.id == "service.service_center", r.as_json()
