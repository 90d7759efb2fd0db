"""Two questions in one message ("被辞退了，还欠我两个月工资怎么办？"): each part long enough is matched on
its own, and when two parts are each answered with confidence both entries are answered."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from knowledge_base.decide import Decision

if TYPE_CHECKING:
    from knowledge_base.matcher import Matcher

# A message is split at sentence ends and at "还有 / 另外 / 顺便问".
_PARTS = re.compile(r"[。！!？?；;\n]+|(?:还有|另外|顺便问一下|顺便问|再问一下|再问)")
PART_MIN = 5  # normalised characters
# A message the whole of which is unsure is answered from its parts only when it is short enough
# to be two questions ("五一放几天？五一上班给几倍工资？"). In a long story a part read alone has
# lost its context ("需要付补偿吗" after a story about a work injury): on the five blind
# development sets, 8 of the 11 stories over 40 characters answered that way got a wrong first
# entry, against 1 of 5 short messages; such a story is offered its parts as buttons instead.
TWO_QUESTIONS_MAX = 60  # normalised characters
# A part that asks something (吗, 怎么, 是否, 多少 ...; the question mark itself ends a part).
_ASKS = re.compile(r"[?？吗呢]|怎么|如何|能否|可以|是否|多少|哪")
# The whole message's best entry is answered when one asking part of it, read alone, is answered
# with that same entry and the whole gives it at least this confidence (issue 9, realconf3: a
# letter whose question names the subject its story ranks first; the floor keeps out stories
# whose whole reading is scattered). Chosen leave-one-set-out over faq_real4-15 and
# faq_blind7-18 (0.2 in 24 of 25 rotations).
AGREES_FLOOR = 0.2


def two_questions(matcher: Matcher, text: str, whole: Decision, labour: bool) -> tuple[Decision, list[str]]:
    """Two questions in one message (split at sentence ends and 还有 / 另外): when two parts
    are each answered with confidence, both entries are answered. Else, an unsure whole is
    answered with its best entry when an asking part alone is answered with it
    (``_asked_part_agrees``)."""
    assert matcher.model is not None
    # each part as typed and normalised (traditional characters read as simplified)
    read = [(p, matcher.normalizer.normalize(p)) for p in _PARTS.split(text)]
    read = [(p, n) for p, n in read if len(n) >= PART_MIN]
    parts = [n for _, n in read]
    if len(parts) < 2:
        return whole, []
    answered: list[tuple[str, float]] = []
    asked: set[str] = set()  # entries an asking part is answered with
    for typed, part in read:
        d = matcher.decide_normalized(part, matcher.tokenizer.terms(part), labour)
        if d.decision == "answer" and d.entry and d.entry not in [e for e, _ in answered]:
            answered.append((d.entry, d.score))
        if d.decision == "answer" and d.entry and (_ASKS.search(typed) or _ASKS.search(part)):
            asked.add(d.entry)
    if len(answered) < 2:
        return _asked_part_agrees(whole, asked), []
    ids = [e for e, _ in answered]
    if whole.decision != "answer" and len(matcher.normalizer.normalize(text)) > TWO_QUESTIONS_MAX:
        agreed = _asked_part_agrees(whole, asked)
        if agreed is not whole:
            return agreed, []
        # a long story the whole of which is unsure: its parts are offered, not answered
        seen = {e for e, _ in whole.candidates[:1]}
        cands = whole.candidates[:1] + [c for c in answered if c[0] not in seen]
        cands += [c for c in whole.candidates[1:] if c[0] not in {e for e, _ in cands}]
        return Decision("fallback", "suggest", None, whole.score, cands[:3]), []
    first = whole.entry if whole.decision == "answer" and whole.entry else ids[0]
    rest = [e for e in ids if e != first]
    score = dict(answered).get(first, whole.score)
    firsts = [c for c in whole.candidates if c[0] == first][:1] if first not in ids else []
    others = [c for c in whole.candidates if c[0] not in ids and c[0] != first]
    cands = (
        firsts + [c for c in answered if c[0] == first] + [c for c in answered if c[0] != first] + others
    )[:3]
    return Decision("faq", "answer", first, score, cands), rest[:1]


def _asked_part_agrees(whole: Decision, asked: set[str]) -> Decision:
    """The whole message, unsure, answered with its best entry when an asking part of it, read
    alone, is answered with that entry ("公司押着我的工资不发，我在这干了两年，押工资合法吗？")."""
    if whole.decision != "suggest" or whole.route not in ("faq", "fallback") or whole.oos_topic is not None:
        return whole
    if not whole.candidates or whole.confidence is None or whole.confidence < AGREES_FLOOR:
        return whole
    best = whole.candidates[0][0]
    if best not in asked:
        return whole
    return Decision("faq", "answer", best, whole.score, whole.candidates, confidence=whole.confidence)
