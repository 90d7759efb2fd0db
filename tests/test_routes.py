"""Routes that never miss (issue 9 item 3): anyone who wants to complain, register or report, asks
about a complaint already made, or asks for a person gets that route, in any wording. Questions
ABOUT complaining stay FAQ answers. Two sets: tests/data/routes_own.yaml (written with the matcher,
not used to train it) and tests/data/routes.yaml (90 requests by an independent author, never
used to tune the route model)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from knowledge_base.loader import load_knowledge_base
from knowledge_base.matcher import Matcher

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "tests" / "data"


def _own() -> list[tuple[str, str]]:
    items = yaml.safe_load((DATA / "routes_own.yaml").read_text(encoding="utf-8"))["requests"]
    return [(i["q"], i["route"]) for i in items]


def _independent() -> list[tuple[str, str]]:
    items = yaml.safe_load((DATA / "routes.yaml").read_text(encoding="utf-8"))["questions"]
    return [(i["q"], str(i["label"])[1:]) for i in items]


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(load_knowledge_base(REPO / "knowledge_base" / "data"))


def test_sets_are_large_and_varied() -> None:
    own, independent = _own(), _independent()
    assert len(own) >= 60 and len(independent) >= 90
    for requests in (own, independent):
        assert {r for _, r in requests} == {"complaint", "progress", "human"}
        assert len({q for q, _ in requests}) == len(requests)


@pytest.mark.parametrize(("question", "route"), _own())
def test_own_requests_route(matcher: Matcher, question: str, route: str) -> None:
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
    ],
)
def test_stories_and_lookalikes_are_not_routed(matcher: Matcher, question: str) -> None:
    result = matcher.match(question)
    assert result.route in ("faq", "fallback"), result.as_json()
