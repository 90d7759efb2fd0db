"""Issue 9 items 1, 2 and 4: the learned matcher, its decisions and what the worker sees."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer

from bot.core import faq_replies, texts
from knowledge_base.candidates import Candidate, MatchResult
from knowledge_base.decide import (
    FEATURES,
    Others,
    Thresholds,
    answer_features,
    decide,
    load_confidence,
    others_of,
)
from knowledge_base.intents import asks_generally
from knowledge_base.learned import answer_sentences, examples
from knowledge_base.loader import load_knowledge_base
from knowledge_base.matcher import Matcher

REPO = Path(__file__).resolve().parent.parent


def test_json_keeps_interface_1(matcher: Matcher) -> None:
    body = matcher.match("加班费怎么算").as_json()
    assert list(body) == ["route", "id", "decision", "score", "candidates"]
    assert body["decision"] in ("answer", "suggest", "fallback") and 0 <= body["score"] <= 1
    assert all(set(c) == {"id", "score"} for c in body["candidates"])


def test_fast_vectors_equal_sklearn(matcher: Matcher) -> None:
    """The model scores one query from the fitted vocabularies; the result is sklearn's."""
    train, _ = examples(matcher.kb, matcher.normalizer.normalize)
    texts_ = [x.text for x in train]
    chars = TfidfVectorizer(analyzer="char", ngram_range=(1, 3), sublinear_tf=True, dtype=np.float32)
    words = TfidfVectorizer(analyzer=matcher.tokenizer.words, sublinear_tf=True, dtype=np.float32)
    chars.fit(texts_), words.fit(texts_)
    queries = ["老板拖欠工资怎么办", "公积金", "我要投诉 现在", "加班费怎么算周末呢", "zzz"]
    x = sp.hstack([chars.transform(queries), words.transform(queries)]).tocsr()
    assert matcher.model is not None
    expected = np.asarray(x @ matcher.model.weights) + matcher.model.bias
    assert np.abs(expected - matcher.model.scores(queries)).max() < 1e-4


def test_near_tie_is_suggested_with_both() -> None:
    th = Thresholds(answer_at=0.3, margin=0.1, suggest_at=0.05, candidate_at=0.01, route_at=0.5, oos_at=0.5)
    d = decide([("a.one", 0.45), ("a.two", 0.44), ("a.three", 0.02)], th)
    assert d.decision == "suggest" and [e for e, _ in d.candidates][:2] == ["a.one", "a.two"]
    d = decide([("a.one", 0.75), ("a.two", 0.14), ("a.three", 0.02)], th)
    assert d.decision == "answer" and d.entry == "a.one"


def test_two_questions_get_both_entries(matcher: Matcher) -> None:
    r = matcher.match("被辞退了有没有补偿？还有老板欠了我三个月工资怎么办？")
    assert r.decision == "answer"
    assert {r.id, *r.also} == {"contract.dismissal_compensation", "wage.arrears.report"}, r
    r = matcher.match("被公司开除了要补偿 还有加班费也没给")
    shown = {r.id, *r.also} if r.decision == "answer" else {c.id for c in r.candidates}
    assert {"contract.dismissal_compensation", "hours.overtime_pay"} <= shown, r


def test_a_long_story_asking_two_things_shows_both_and_answers_no_third(matcher: Matcher) -> None:
    """Each question of this story is answered with confidence on its own. When the whole is unsure,
    a part read without the story is no answer (knowledge_base/two_questions.py TWO_QUESTIONS_MAX): both
    entries are offered as buttons. Since users' labelled stories train the model
    (knowledge_base/data/asked/), it is sure of the whole: one of the two is answered and the other
    offered. Either way both reach the worker and nothing else is answered."""
    story = (
        "我在一家饭店做服务员快两年了，老板从来没跟我们签过合同，上个月我不小心打碎了一套餐具，"
        "老板说要从工资里扣五百。没签合同能要双倍工资吗？扣钱合法吗？"
    )
    r = matcher.match(story)
    both = {"contract.no_written", "wage.deduction"}
    if r.decision == "answer":
        assert r.id in both, r.as_json()
    else:
        assert r.decision == "suggest" and r.id is None and not r.also, r.as_json()
    shown = {r.id, *r.also, *(c.id for c in r.candidates[:3])}
    assert both <= shown, r.as_json()


@pytest.mark.parametrize(
    "question",
    [
        "工伤了老板不让报警 也未报警 现在怎么办",  # "报警" inside 未报警 / a labour question
        "炎热天气在工地干活 有高温补贴吗",  # "天气" inside 炎热天气
        "物业公司拖欠我们保安三个月工资",  # "物业" inside 物业公司
        "公司不给交公积金 社保也没交",
    ],
)
def test_labour_questions_are_never_turned_away(matcher: Matcher, question: str) -> None:
    r = matcher.match(question)
    assert r.out_of_scope is None and r.route in ("faq", "fallback"), r.as_json()


@pytest.mark.parametrize(
    "question",
    [
        "明天天气怎么样",
        "住房公积金怎么提取",
        "身份证丢了怎么补办",
        "离婚孩子抚养权归谁",
        # themes of their own, not labour questions (resident pension, mortgage, private loans)
        "新农保一年最低交多少钱",
        "提前还房贷划算吗 要交手续费吗",
        "亲戚借了我两万块打了借条 现在不认账",
    ],
)
def test_out_of_scope_is_turned_away(matcher: Matcher, question: str) -> None:
    r = matcher.match(question)
    assert r.route == "fallback" and r.decision != "answer" and r.out_of_scope, r.as_json()


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # the catalog's split between siblings: 辞职扣钱/违约金 is penalty_deposit, not wage.withheld
        ("老板说辞职就要扣一个月工资当违约金", "contract.penalty_deposit"),
    ],
)
def test_siblings_follow_the_catalog(matcher: Matcher, question: str, entry: str) -> None:
    r = matcher.match(question)
    assert r.decision == "answer" and r.id == entry, r.as_json()


def test_an_edit_to_one_entry_leaves_the_other_folds_alone(matcher: Matcher) -> None:
    """Each class deals its own folds: an alternate added to one entry changes no other class's
    held-out texts, so the calibration does not move by chance with every edit."""
    kb = matcher.kb
    eid = sorted(kb.entries)[0]
    edited = replace(
        kb,
        entries={
            **kb.entries,
            eid: replace(
                kb.entries[eid],
                alternates=[*kb.entries[eid].alternates, "新加的问法", "再加一个问法", "第三个问法"],
            ),
        },
    )
    norm = matcher.normalizer.normalize
    for fold in range(2):
        before = {(x.label, x.text) for x in examples(kb, norm, fold)[1] if x.label != eid}
        after = {(x.label, x.text) for x in examples(edited, norm, fold)[1] if x.label != eid}
        assert before == after


def _kb(matcher: Matcher) -> SimpleNamespace:
    return SimpleNamespace(entries=matcher.kb.entries, centres=[])


def test_replies_answer_both_and_offer_buttons_on_a_non_answer(matcher: Matcher) -> None:
    kb = _kb(matcher)
    both = MatchResult(
        "faq", "contract.dismissal_compensation", 0.8, decision="answer", also=["wage.arrears.report"]
    )
    replies = faq_replies.faq_reply(kb, both)
    assert len(replies) == 2 and replies[1].text.startswith(texts.ALSO_ASKED)
    offered = [Candidate("hours.overtime_pay", 0.2), Candidate("hours.overtime_limit", 0.1)]
    for decision in ("suggest", "fallback"):
        [reply] = faq_replies.faq_reply(kb, MatchResult("fallback", None, 0.2, offered, decision))
        payloads = [b.payload for b in reply.buttons]
        assert payloads == ["faq:hours.overtime_pay", "faq:hours.overtime_limit", "cmd:human"], payloads
    [reply] = faq_replies.faq_reply(kb, MatchResult("fallback", None, 0.0, [], "fallback"))
    assert reply.text == texts.FALLBACK and "cmd:human" in [b.payload for b in reply.buttons]


def test_routes_file_problems_have_file_and_line(tmp_path: Path) -> None:
    from knowledge_base.model import KBValidationError

    (tmp_path / "faq.yaml").write_text(_ENTRY, "utf-8")
    (tmp_path / "routes.yaml").write_text("routes:\n  complaint: [我要投诉]\n  refund: [退钱]\n", "utf-8")
    with pytest.raises(KBValidationError) as exc:
        load_knowledge_base(tmp_path)
    assert any("routes.yaml:3" in str(p) and "refund" in str(p) for p in exc.value.problems), (
        exc.value.problems
    )


_ENTRY = """\
entries:
  - id: a.one
    question: 加班费怎么算？
    alternates: [加班工资几倍, 周末加班给多少钱]
    keywords: [加班费]
    answer: 工作日150%，休息日200%，法定节假日300%。
    follow_ups: []
    sources: [《劳动法》第四十四条]
    updated: 2026-11-23
"""


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("间厂拖咗我三个月工钱 点算", "wage.arrears.report"),  # Cantonese: 咗 / 点算 (synonyms.yaml)
        ("佢哋公司炒咗我 有冇补偿", "contract.dismissal_compensation"),  # 佢哋 / 炒 / 有冇
    ],
)
def test_cantonese_questions_are_answered(matcher: Matcher, question: str, topic: str) -> None:
    r = matcher.match(question)
    assert r.decision == "answer" and r.id == topic, r.as_json()


@pytest.mark.parametrize(
    "question",
    [
        "买的电饭煲坏了商家不给修 怎么投诉",
        "外卖送来的菜是馊的 去哪投诉",
        # a driver or courier is a worker word: the clause "怎么投诉" must not open the form
        "出租车司机拒载 打哪个电话投诉",
        "滴滴司机多收了我车费 怎么投诉",
        "快递员把我的包裹弄丢了 在哪投诉",
    ],
)
def test_a_consumer_complaint_is_not_a_wage_complaint(matcher: Matcher, question: str) -> None:
    """Asking how to complain about a shop or a driver opens no complaint form and gets no answer."""
    r = matcher.match(question)
    assert r.route == "fallback" and r.decision != "answer", r.as_json()


def test_a_complaint_request_that_asks_where_still_routes(matcher: Matcher) -> None:
    assert matcher.match("欠薪投诉表在哪儿填 我马上要投").route == "complaint"


@pytest.mark.parametrize(
    "question",
    [
        "我前天在这上面登记的欠薪 现在查得到吗",
        "登记完了一直没人打电话 我那个投诉还在吗",
        "前几日喺度登记嘅欠薪 而家点样",
    ],
)
def test_asking_about_a_filed_complaint_is_progress(matcher: Matcher, question: str) -> None:
    assert matcher.match(question).route == "progress"


def test_answer_sentences_train_their_entry(matcher: Matcher) -> None:
    """The sentences of an entry's short answer are training texts of that entry."""
    train, _ = examples(matcher.kb, matcher.normalizer.normalize)
    entry = matcher.kb.entries["insurance.injury_paid_leave"]
    sentences = answer_sentences(entry.answer)
    assert sentences and all(len(s) >= 9 for s in sentences)
    raws = {x.raw for x in train if x.label == entry.id}
    assert set(sentences) <= raws


def test_confidence_model_matches_its_features() -> None:
    """calibration.json holds one weight per confidence feature; a stale file (fewer weights)
    would silently switch the confidence model off."""
    confidence = load_confidence()
    assert len(confidence.coef) == len(FEATURES) == len(confidence.mean) == len(confidence.scale)
    features = answer_features(0.9, 0.05, 1.2, -0.3, "a", {"a": 0.8, "b": 0.4}, 12, Others())
    assert len(features) == len(FEATURES) and confidence(features) is not None


def test_others_of_spreads_the_rest() -> None:
    ranked = [("a.one", 0.5), ("!oos:2", 0.2), ("a.two", 0.15), ("@human", 0.1), ("a.three", 0.05)]
    o = others_of(ranked)
    assert o.p3 == 0.05 and o.p_oos == 0.2 and o.p_route == 0.1
    flat = others_of([("a.one", 0.25), ("a.two", 0.25), ("a.three", 0.25), ("a.four", 0.25)])
    assert abs(flat.entropy - np.log(4)) < 1e-9 and flat.entropy > o.entropy


@pytest.mark.parametrize(
    ("question", "general"),
    [
        ("欠薪投诉通常几天能办结", True),
        ("劳动监察一般多久能查完", True),
        ("我的投诉一般多久有结果", False),  # the asker's own complaint
        ("我上周投诉的 现在怎么样了", False),
    ],
)
def test_a_general_question_is_not_about_ones_own_complaint(
    matcher: Matcher, question: str, general: bool
) -> None:
    norm = matcher.normalizer.normalize(question)
    assert asks_generally(norm) is general
    assert (matcher.match(question).route == "progress") is not general
