"""Issue 9 item 3: a whole message typed in toneless pinyin is read into the knowledge base's
words and matched like any other (knowledge_base/pinyin.py). The questions here were written for
this test; none is in a development set."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge_base.matcher import Matcher
from knowledge_base.pinyin import PinyinReader

REPO = Path(__file__).resolve().parent.parent


def test_segmentation_prefers_fewer_then_commoner_words() -> None:
    reader = PinyinReader(lambda: {"工伤": 5.0, "工商": 1.0, "认定": 2.0, "工": 1.0, "伤": 1.0})
    assert reader.read("gongshang rending") == "工伤认定"
    assert reader.read("gong shang ren ding") == "工伤认定"


def test_what_is_not_pinyin_is_left_alone() -> None:
    reader = PinyinReader(lambda: {"工资": 1.0})
    for text in ("ok", "KTV", "hello world", "我要投诉", "/status", "offer letter", "gongzi 5000"):
        assert reader.read(text) == text


def test_a_pinyin_run_inside_characters_is_read() -> None:
    reader = PinyinReader(lambda: {"病假": 3.0, "超龄": 2.0, "法律援助": 2.0, "工资": 5.0})
    assert reader.read("bing jia 期间工资怎么发") == "病假 期间工资怎么发"
    assert reader.read("我们厂 chao ling 的工人受伤了") == "我们厂 超龄 的工人受伤了"
    assert reader.read("怎么申请 fa lv yuan zhu") == "怎么申请 法律援助"


def test_latin_words_inside_characters_that_are_no_pinyin_stay() -> None:
    reader = PinyinReader(lambda: {"病假": 3.0, "工资": 5.0})
    for text in (
        "公司 shut down 了有补偿吗",
        "拿到 offer letter 后能反悔吗",
        "HR 说不给",
        "加班 ok 吗",
        "bingjia5000 工资",
    ):
        assert reader.read(text) == text


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("bing jia 那几天工资最少发多少", "leave.sick"),
        ("fa lv yuan zhu 能帮我打欠薪官司吗", "dispute.legal_aid"),
    ],
)
def test_mixed_pinyin_questions_reach_their_entry(matcher: Matcher, question: str, entry: str) -> None:
    r = matcher.match(question)
    assert entry in [c.id for c in r.candidates[:1]], (matcher.pinyin.read(question), r.as_json())


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("laoban yizhi tuoqian gongzi zenme ban", "wage.arrears.report"),
        ("jiaban fei zenme jisuan", "hours.overtime_pay"),
        ("shiyongqi neng bu neng citui wo", "contract.probation_dismissal"),
        ("chan jia you ji tian", "leave.maternity"),
        ("gongshang shenqing yao shenme cailiao", "insurance.work_injury"),
    ],
)
def test_pinyin_questions_reach_their_entry(matcher: Matcher, question: str, entry: str) -> None:
    r = matcher.match(question)
    assert r.route in ("faq", "fallback"), r.as_json()
    assert entry in [c.id for c in r.candidates[:3]], (matcher.pinyin.read(question), r.as_json())


@pytest.mark.parametrize(
    ("question", "route"),
    [
        ("wo yao dengji qianxin", "complaint"),
        ("wo de tousu you jieguo le ma", "progress"),
        ("zhao rengong kefu", "human"),
    ],
)
def test_pinyin_requests_route(matcher: Matcher, question: str, route: str) -> None:
    assert matcher.match(question).route == route, matcher.match(question).as_json()
