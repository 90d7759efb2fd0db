"""Issue 9, real questions left unanswered: a worker's long letter, told with its context, spreads
the classifier's probability over every entry its details touch, and the confidence model (cross-
validated on the knowledge base's mostly short alternates) stays under conf_at although one entry
clearly leads. Such a letter is answered when its best entry leads (knowledge_base/decide.py,
long_letter_sure); a short question, a sibling pair or a weak lead keeps the old rule. Own wordings,
none from a bench set nor a knowledge-base alternate."""

from __future__ import annotations

from knowledge_base.decide import (
    LETTER_AT,
    LETTER_CONF_AT,
    LETTER_P1_AT,
    Thresholds,
    decide,
    sibling_key,
)
from knowledge_base.matcher import Matcher

TH = Thresholds(temperature=8.0, answer_at=0.9, margin=0.0, suggest_at=0.05, candidate_at=0.0, conf_at=0.79)
RANKED = [("k.first", 0.62), ("k.second", 0.12), ("k.third", 0.05)]
BAND = (LETTER_CONF_AT + TH.conf_at) / 2  # a confidence between the letter floor and conf_at

LETTER = (
    "我爱人是在镇上一家私人砖厂干活的，干了快三年，老板从来没签过合同也没交过任何保险，工资都是现金给的。"
    "今年夏天他在搬砖坯的时候被倒下来的砖垛压伤了腿，住院花了两万多，老板只给了五千就不管了，说他自己不小心。"
    "现在腿还没好利索，干不了重活，我们不知道该怎么办，老板应该承担什么？"
)


def test_a_long_letter_with_a_clear_lead_is_answered() -> None:
    d = decide(RANKED, TH, confidence=BAND, length=LETTER_AT + 20)
    assert (d.decision, d.entry) == ("answer", "k.first")
    assert [c for c, _ in d.candidates][:2] == ["k.first", "k.second"]  # the runner-up still offered


def test_a_short_question_at_the_same_confidence_is_suggested() -> None:
    d = decide(RANKED, TH, confidence=BAND, length=LETTER_AT - 1)
    assert d.decision == "suggest" and d.entry is None


def test_a_long_letter_under_the_floors_is_suggested() -> None:
    low_conf = decide(RANKED, TH, confidence=LETTER_CONF_AT - 0.01, length=LETTER_AT + 20)
    weak = [("k.first", LETTER_P1_AT - 0.01), ("k.second", 0.3), ("k.third", 0.1)]
    low_p1 = decide(weak, TH, confidence=BAND, length=LETTER_AT + 20)
    assert low_conf.decision == "suggest" and low_p1.decision == "suggest"


def test_a_long_letter_between_siblings_keeps_the_sibling_threshold() -> None:
    th = Thresholds(**{**TH.as_dict(), "sibling_conf_at": 0.83})
    pair = frozenset({sibling_key("k.first", "k.second")})
    d = decide(RANKED, th, confidence=BAND, siblings=pair, length=LETTER_AT + 20)
    assert d.decision == "suggest"


def test_a_worker_letter_about_an_uninsured_injury_is_answered(matcher: Matcher) -> None:
    """A wife's letter: no contract, no insurance, a leg hurt at a brick works, the boss paid a
    little and walked away. On main it was offered, not answered (confidence ~0.75 < 0.79)."""
    assert len(matcher.normalizer.normalize(LETTER)) >= LETTER_AT
    r = matcher.match(LETTER)
    assert (r.decision, r.id) == ("answer", "insurance.injury_liability"), r.as_json()


def test_a_short_question_in_the_band_stays_a_suggestion(matcher: Matcher) -> None:
    """The guard: a short general question the model is as unsure of is not answered by the rule."""
    r = matcher.match("工伤怎么赔偿")
    assert r.decision == "suggest", r.as_json()
    assert "insurance.injury_benefits" in [c.id for c in r.candidates], r.as_json()
