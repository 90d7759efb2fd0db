"""Issue 9 (realconf3): a message that tells a story and then asks, whose whole reading is unsure
but whose asking part, read alone, is answered with the same entry the whole ranks first, is
answered with that entry. Own wordings, none from a bench set nor a knowledge-base alternate."""

from __future__ import annotations

import pytest

from knowledge_base.decide import Decision
from knowledge_base.matcher import Matcher
from knowledge_base.two_questions import AGREES_FLOOR, _asked_part_agrees

# a sister's strained back at an electronics plant, then whether it counts: the whole is split
# between the two work-injury entries, the question alone is sure of the one on what counts
STORY_THEN_QUESTION = (
    "我姐在电子厂做质检，上个月搬货时扭伤了腰，厂里说是她自己不小心。搬东西扭伤腰能算工伤吗？"
)


def test_the_asking_part_settles_an_unsure_story(matcher: Matcher) -> None:
    norm = matcher.normalizer.normalize(STORY_THEN_QUESTION)
    whole = matcher.decide_normalized(norm, matcher.tokenizer.terms(norm), True)
    assert whole.decision == "suggest" and whole.candidates[0][0] == "insurance.injury_cases"
    r = matcher.match(STORY_THEN_QUESTION)
    assert r.route == "faq" and r.decision == "answer" and r.id == "insurance.injury_cases", r.as_json()


def _unsure(best: str = "leave.annual", confidence: float | None = 0.6, **kw: object) -> Decision:
    cands = [(best, 0.5), ("leave.sick", 0.3)]
    return Decision("fallback", "suggest", None, 0.5, cands, confidence=confidence, **kw)  # type: ignore[arg-type]


def test_the_best_entry_asked_alone_is_answered() -> None:
    d = _asked_part_agrees(_unsure(), {"leave.annual"})
    assert (d.route, d.decision, d.entry) == ("faq", "answer", "leave.annual")
    assert d.candidates == _unsure().candidates


@pytest.mark.parametrize(
    ("whole", "asked"),
    [
        (_unsure(), {"leave.sick"}),  # the part asks about the runner-up, not the best entry
        (_unsure(), set()),  # no asking part answered
        (_unsure(confidence=AGREES_FLOOR - 0.01), {"leave.annual"}),  # the whole too scattered
        (_unsure(confidence=None), {"leave.annual"}),  # no confidence known
        (_unsure(oos_topic=3), {"leave.annual"}),  # turned away as out of scope
        (
            Decision("complaint", "fallback", None, 0.5, [("leave.annual", 0.5)], confidence=0.9),
            {"leave.annual"},
        ),
        (
            Decision("fallback", "fallback", None, 0.5, [("leave.annual", 0.5)], confidence=0.9),
            {"leave.annual"},
        ),
    ],
)
def test_nothing_else_is_answered(whole: Decision, asked: set[str]) -> None:
    assert _asked_part_agrees(whole, asked) is whole
