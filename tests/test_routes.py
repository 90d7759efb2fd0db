"""Routes that never miss (issue 9 item 3): anyone who wants to complain, register or report, asks
about a complaint already made, or asks for a person gets that route, in any wording. Questions
ABOUT complaining stay FAQ answers. Three sets: tests/data/routes_own.yaml and routes_more.yaml
(written with the matcher, not used to train it) and tests/data/routes.yaml (90 requests by an
independent author, never used to tune the route model)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from knowledge_base.matcher import Matcher

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "tests" / "data"


def _own() -> list[tuple[str, str]]:
    items = yaml.safe_load((DATA / "routes_own.yaml").read_text(encoding="utf-8"))["requests"]
    return [(i["q"], i["route"]) for i in items]


def _more() -> list[tuple[str, str]]:
    items = yaml.safe_load((DATA / "routes_more.yaml").read_text(encoding="utf-8"))["requests"]
    return [(i["q"], i["route"]) for i in items]


def _independent() -> list[tuple[str, str]]:
    items = yaml.safe_load((DATA / "routes.yaml").read_text(encoding="utf-8"))["questions"]
    return [(i["q"], str(i["label"])[1:]) for i in items]


def test_sets_are_large_and_varied() -> None:
    own, independent = _own(), _independent()
    assert len(own) >= 60 and len(independent) >= 90
    for requests in (own, independent):
        assert {r for _, r in requests} == {"complaint", "progress", "human"}
        assert len({q for q, _ in requests}) == len(requests)


@pytest.mark.parametrize(("question", "route"), _own())
def test_own_requests_route(matcher: Matcher, question: str, route: str) -> None:
    assert matcher.match(question).route == route, matcher.match(question).as_json()


def test_more_requests_are_varied() -> None:
    """tests/data/routes_more.yaml: 40 further requests (long stories, dialect, traditional
    characters, homophone typos, English), none already in the other route sets."""
    more = _more()
    assert len(more) >= 30 and {r for _, r in more} == {"complaint", "progress", "human"}
    seen = {q for q, _ in _own()} | {q for q, _ in _independent()}
    assert len({q for q, _ in more}) == len(more) and not seen & {q for q, _ in more}


@pytest.mark.parametrize(("question", "route"), _more())
def test_more_requests_route(matcher: Matcher, question: str, route: str) -> None:
    assert matcher.match(question).route == route, matcher.match(question).as_json()


def test_independent_requests_route(matcher: Matcher) -> None:
    """The independent set is a floor, not a list to fit: 85 of 90 routed when first checked."""
    requests = _independent()
    missed = [(q, r, matcher.match(q).route) for q, r in requests if matcher.match(q).route != r]
    assert (len(requests) - len(missed)) / len(requests) >= 0.94, missed
    per_route = {r: sum(1 for _, x in requests if x == r) for _, r in requests}
    for route, total in per_route.items():
        assert sum(1 for _, r, _ in missed if r == route) <= 0.2 * total, (route, missed)


@pytest.mark.parametrize(
    "question",
    [
        "老板欠薪去哪里投诉",
        "投诉要带什么材料",
        "欠薪投诉一般多久能处理完",
        "被拖欠工资可以去哪里反映",
        "投诉需要本人去吗",
        # which office, line or channel
        "单位不交社保 向哪个部门反映",
        "工资拖了三个月 还有什么渠道可以反映欠薪",
    ],
)
def test_questions_about_complaining_stay_answers(matcher: Matcher, question: str) -> None:
    result = matcher.match(question)
    assert result.route in ("faq", "fallback"), result.as_json()
    assert result.candidates, result.as_json()


@pytest.mark.parametrize(
    "question",
    [
        # Cantonese 人工 is the pay, not a person
        "我喺超市做咗半年，上个月嘅人工仲未出，点算",
        "老細扣咗我三日人工 合唔合法",
        # a clause that alone looks like a request, inside a story that is not one
        "我是河南人，在厂里干了三年，老板说要搬厂让我们自己走，有没有补偿",
        "下班路上被人撞了，找不到人，这算工伤吗",
        # out of scope words ("报警" is in an entry's keywords but no labour word)
        "打牌输的钱对方一直催 可以报警吗",
        # asking where to go is no request for a person of this service
        "老细欠咗我三个月人工 我可以去边度搵人帮手",
        "工地老板不给钱 应该到哪个部门找人",
        # a story that asks a question, with no request in it
        "厂里说订单少让我们回家等通知，等了三个月一分钱没有，我们二十多个人都这样，厂里该不该发生活费",
        # a complaint, but not one this service files: out of scope, no wage-arrears form
        "我想投诉网店卖假货",
        # how to talk with someone else (a teacher, the boss) is no wish for a person here
        "孩子在学校被同学欺负了 我该怎么跟班主任说",
        "怎么跟老板谈涨工资",
        "老板不给加班费 我想跟他当面谈 怎么说比较好",
    ],
)
def test_stories_and_lookalikes_are_not_routed(matcher: Matcher, question: str) -> None:
    result = matcher.match(question)
    assert result.route in ("faq", "fallback"), result.as_json()


# Issue 9 items 3 and 4 (after blind set 6): classes, each with wordings not in the knowledge base.
# A complaint or progress request about something a labour centre does not handle gets the
# out-of-scope answer of where to go, never the wage-arrears form or the progress lookup.
NOT_OURS = [
    "我要投诉这家网店发的鞋是假的",
    "举报小区里有人私自加盖阁楼 违章建筑",
    "我要投诉隔壁天天半夜唱歌扰民",
    "我要举报路边烧烤店油烟太大",
    "我想投诉外卖骑手把汤洒了还骂人",
    "投诉药店卖过期的药",
    "我要投诉出租车司机不打表乱要价",
    "我在12345投诉过楼下的噪音 现在进度怎么查",
    "上周在市长热线反映的垃圾问题 处理了没",
    "我投诉的那个卖家到现在都没退钱 处理了吗",
    # the only wage-like words are ones a customer, taxpayer or fraud victim uses too (公司, 钱, 扣)
    "隔壁公司偷税漏税 我要举报",
    "燃气公司乱收费 我要投诉",
    "快递公司丢了我的件 我要投诉",
    "被人骗了三万块钱 我要报案",
    "手机话费被乱扣了 我要投诉运营商",
    # one clause names the matter, another asks which number to call
    "隔壁饭店逃税 我想举报 打什么电话",
    "房东不给开租房发票，我想举报，找哪个部门",
]


@pytest.mark.parametrize("question", NOT_OURS)
def test_complaints_about_other_matters_are_turned_away(matcher: Matcher, question: str) -> None:
    r = matcher.match(question)
    assert r.route == "fallback" and r.decision != "answer" and r.out_of_scope, r.as_json()


# ... while any wage, boss or work word, or the bare wish, still files (or follows) a wage complaint
STILL_OURS = [
    ("我要投诉", "complaint"),
    ("我要举报", "complaint"),
    ("我要投诉那个网店老板 干了两个月没给钱", "complaint"),
    ("我在物业当保安 我要投诉物业拖欠工资", "complaint"),
    ("我要举报饭店 欠我们三个服务员的工钱", "complaint"),
    ("举报克扣工资", "complaint"),
    ("我要投诉 他欠我四千块", "complaint"),
    ("我在12345反映过欠薪 进度在哪查", "progress"),
    ("我上周投诉的那个包工头 处理了吗", "progress"),
    ("帮我投诉一下这家公司", "complaint"),
    ("我要投诉这家公司 扣了我两千块钱", "complaint"),
    ("公司拖了我两个月的钱 我要投诉", "complaint"),
    ("这家装修公司拖着我的钱不给 我要投诉", "complaint"),
    ("我要投诉快递公司 扣我派费", "complaint"),
]


@pytest.mark.parametrize(("question", "route"), STILL_OURS)
def test_wage_complaints_keep_their_route(matcher: Matcher, question: str, route: str) -> None:
    assert matcher.match(question).route == route, matcher.match(question).as_json()


# An employer asking who complained gets the privacy answer (the complainant is kept secret),
# not the complaint form.
WHO_COMPLAINED = [
    "我是这家厂的行政 有人去你们那里告我们厂 能告诉我是谁吗",
    "我是老板 想知道是哪个员工在你们这举报的",
    "你好 我们公司被员工投诉了 可以把投诉人的电话给我吗",
]


@pytest.mark.parametrize("question", WHO_COMPLAINED)
def test_who_complained_gets_the_privacy_answer(matcher: Matcher, question: str) -> None:
    r = matcher.match(question)
    assert r.route in ("faq", "fallback"), r.as_json()
    assert "service.privacy" in [c.id for c in r.candidates[:3]], r.as_json()


# A person of this service asked for by rank, and a complaint about the bot itself.
@pytest.mark.parametrize(
    "question", ["找你们领导来", "你们负责人在不在", "叫你们管事的出来", "我要投诉你们这个机器人"]
)
def test_a_person_asked_for_by_rank(matcher: Matcher, question: str) -> None:
    assert matcher.match(question).route == "human", matcher.match(question).as_json()


# A story about the boss with 领导 in it is no request for this service's person.
def test_a_boss_called_leader_is_not_a_request(matcher: Matcher) -> None:
    r = matcher.match("我去找领导说涨工资 领导说不行 还要扣我绩效")
    assert r.route in ("faq", "fallback"), r.as_json()


# Cantonese: 人工 is the pay, 判头 the gang boss, 走佬 ran off; the wage question is offered its entry.
@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("判頭走咗佬 我哋十幾個人嘅人工冇人畀 點算", "wage.arrears.construction"),
        ("喺間廠做咗一年 冇簽合約 可唔可以攞雙倍人工", "contract.no_written"),
        ("老細拖咗兩個月人工 我可以去邊度投訴", "wage.arrears.report"),
    ],
)
def test_cantonese_pay_questions_reach_their_entry(matcher: Matcher, question: str, entry: str) -> None:
    r = matcher.match(question)
    assert r.route in ("faq", "fallback"), r.as_json()
    assert entry in [c.id for c in r.candidates[:3]], r.as_json()
