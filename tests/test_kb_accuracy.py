"""The built-in knowledge base on the labelled development set: the floors of issues 2 and 9
(confident right / wrong, right entry offered, out-of-scope fallback, routes)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from knowledge_base.evaluate import evaluate
from knowledge_base.loader import load_knowledge_base
from knowledge_base.matcher import Matcher

REPO = Path(__file__).resolve().parent.parent
DEV = REPO / "tests" / "data" / "faq_dev.yaml"
BUILT_IN = REPO / "knowledge_base" / "data"


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(load_knowledge_base(BUILT_IN))


def test_built_in_base_is_valid_and_complete(matcher: Matcher) -> None:
    topics = yaml.safe_load((REPO / "tests" / "data" / "faq_topics.yaml").read_text(encoding="utf-8"))[
        "topics"
    ]
    missing = {t["id"] for t in topics} - set(matcher.kb.entries)
    assert not missing, missing
    for entry in matcher.kb.entries.values():
        assert entry.sources and entry.answer and len(entry.alternates) >= 5, entry.id


def test_dev_set_floors(matcher: Matcher) -> None:
    items = yaml.safe_load(DEV.read_text(encoding="utf-8"))["questions"]
    figures = evaluate(matcher, items)
    assert figures["confident_right"] >= 0.80, figures["misses"]
    assert figures["confident_wrong"] <= 0.03, figures["misses"]
    assert figures["right_offered"] >= 0.97, figures["misses"]
    assert figures["out_of_scope_fallback"] >= 0.90, figures["misses"]
    assert figures["route_accuracy"] >= 0.95, figures["misses"]


@pytest.mark.parametrize(
    ("question", "route", "topic"),
    [
        ("老板不发工资咋整", "faq", "wage.arrears.report"),
        # generic questions must not be taken by a longer, more specific neighbour
        ("老板拖欠工资怎么办", "faq", "wage.arrears.report"),  # not the over-retirement-age story
        ("被辞退有补偿吗", "faq", "contract.dismissal_compensation"),  # not 试用期被辞退有补偿吗
        ("加班不给钱怎么办", "offer", "hours.overtime_pay"),
        ("试用期一般多长时间", "faq", "contract.probation"),
        ("合同到期不续签有没有补偿金", "faq", "contract.dismissal_compensation"),
        ("加班費怎麼算", "faq", "hours.overtime_pay"),
        ("我要投诉老板欠薪", "complaint", None),
        ("老板欠薪去哪里投诉", "faq", "wage.arrears.report"),
        ("我的投诉有结果了吗", "progress", None),
        ("转人工", "human", None),
        ("前几天在这反映了工资的事 现在啥情况了", "progress", None),
        ("投诉了都半个月了 没人管吗", "progress", None),
        ("我想在手机上登记一下欠薪", "complaint", None),
        ("能不能让我跟真人聊", "human", None),
        ("别用自动回复了", "human", None),
        ("投诉欠薪一般多久能处理完", "faq", None),  # asking how long, not about one's own case
        ("公积金怎么提取", "fallback", None),
        ("明天天气怎么样", "fallback", None),
        ("", "fallback", None),
    ],
)
def test_decisions(matcher: Matcher, question: str, route: str, topic: str | None) -> None:
    result = matcher.match(question)
    if route == "offer":  # answered, or offered first among the buttons
        assert result.route in ("faq", "fallback") and result.decision != "fallback", result.as_json()
        assert (result.id or result.candidates[0].id) == topic, result.as_json()
        return
    if route == "faq" and topic is None:
        assert result.route not in ("complaint", "progress", "human"), result.as_json()
        return
    assert (result.route, result.id) == (route, topic), result.as_json()


def test_middle_scores_suggest_up_to_three(matcher: Matcher) -> None:
    result = matcher.match("仲裁")
    assert result.decision in ("suggest", "answer")
    assert 1 <= len(result.candidates) <= 3
