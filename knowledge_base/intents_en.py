"""English route requests, alone or beside Chinese ("I want to talk to a human", "check my
complaint status pls, 我上周提交的", "我想report我老板"). Patterns run on normalised text (lower
case, no spaces or punctuation)."""

from __future__ import annotations

import re

_HAN = re.compile(r"[\u4e00-\u9fff]")
_EN_HUMAN = re.compile(
    r"human|agent|staff|realperson|liveperson|operator|customerservice|talkto(a|some)(one|body|person)"
    r"|(speak|talk)(to|with)(some|any)(one|body)|callmeback|callback|callme|contactme|ringme|phoneme"
)
# a complaint already made, asked after: "I filed a complaint last week", "how is my complaint going"
_EN_MADE = (
    r"(filed|submitted|lodged|made|sent|registered|reported)(a|my|the|an)?(complaint|report|case|claim)"
    r"|(howis|hows|whatabout|whathappenedto|whatshappeningwith|whatishappeningwith|lookedat|hasmy|ismy)(my|our)?"
    r"(complaint|case|claim|report)"
    r"|(complaint|case|claim|report)(been|was|is)?(accepted|processed|handled|received|approved)"
)
_EN_PROGRESS = re.compile(
    r"status|progress|mycase|casenumber|followup|anyupdate|anynews|updateon(my|the)|" + _EN_MADE
)
_EN_COMPLAINT = re.compile(
    r"complain|report|(file|make|lodge|submit)(a|my)?(wage)?claim|fileacase|register|lodge"
)
_EN_HOW = re.compile(
    r"(how|where|what|when|why|who|can|could|should|is|are|do|does)"
    r"(?!.*(iwant|iwould|please|pls))"
    # "can you register my complaint" asks for it to be done
    r"(?!(you|u)(please|pls)?(help|register|file|log|submit|report|record|lodge|take|put|make|pass|send))"
)
# an English sentence asking for something, written before or after Chinese words (after a greeting)
_EN_REQUEST = re.compile(
    r"[^a-z]*(hi|hello|hey|dear|excuseme|sorry|sir|madam)?[^a-z]*"
    r"(iwant|iwould|iwanna|ineed|idlike|need|want|please|pls|plz|check|help|can|could|any|follow|call)[a-z]{6,}"
)
# English words of a request inside a Chinese sentence ("我想report我老板", "我的complaint有进展吗")
_EN_WORDS = (
    (re.compile(r"complaints?|complain"), "投诉"),
    (re.compile(r"reports?"), "举报"),
    (re.compile(r"register"), "登记"),
    (re.compile(r"submit"), "提交"),
    (re.compile(r"status|progress"), "进度"),
    (re.compile(r"updates?"), "进展"),
    (re.compile(r"human|agent|staff"), "人工"),
    # a case number and a check asked in English: "投诉 number 12345 进度 check 一下"
    (re.compile(r"(case|ticket|reference|ref)?(number|no|num|id)(?=[0-9])|ticket"), "编号"),
    (re.compile(r"check"), "查"),
)
# English enough to read as a sentence of its own (letters, not a stray "hr" or "app")
LONG_ENGLISH = 6


def english_part(norm: str) -> str:
    """The message less its Chinese (the whole message when it holds none)."""
    return _HAN.sub("", norm)


# English that asks for a route on its own, with no request word before it ("any update on my
# complaint", "call me back please"): the words a worker's own case or wish needs, so that a
# "performance report", a "staff canteen" or a "machine operator" beside Chinese routes nowhere
_EN_STRICT = (
    (
        re.compile(
            r"human|realperson|liveperson|(speak|talk)(to|with)(a|some|any|your)|callme|contactme|phoneme"
        ),
        "human",
    ),
    (
        re.compile(
            r"(anyupdate|anynews|followup|updateon|statusof|progressof|whathappened|status|progress)"
            r".*(complain|case|claim|report)"
            r"|(complain|case|claim|report).*(status|progress|update|noreply|noresponse|noanswer|nonews|still|yet)|"
            + _EN_MADE
        ),
        "progress",
    ),
    (
        re.compile(
            r"complain|lodge|fileaclaim|fileacase"
            r"|report(my|our|the|this)?(boss|employer|company|factory|wage|unpaid|salary|him|her|them)"
            r"|report.*(unpaid|notpaid|hasntpaid|didntpay|owes?(me|us)|wages|salary)"
        ),
        "complaint",
    ),
)


def english_intent(norm: str) -> str | None:
    """The route an English request asks for, alone or beside Chinese; None when the English
    reads as no request."""
    latin = english_part(norm)
    if latin != norm and not _EN_REQUEST.match(latin):
        letters = re.sub(r"[^a-z]", "", latin)
        if len(letters) < LONG_ENGLISH or any(p.fullmatch(letters) for p, _ in _EN_WORDS):
            # a word inside a Chinese sentence ("我的complaint有进展吗") is read with the Chinese
            return None
        for pattern, route in _EN_STRICT:
            if pattern.search(latin) and not (route == "complaint" and _EN_HOW.match(latin)):
                return route
        return None
    for pattern, route in ((_EN_HUMAN, "human"), (_EN_PROGRESS, "progress")):
        if pattern.search(latin):
            return route
    # "how do I complain" asks how, as in Chinese; "I want to complain" asks to
    if _EN_COMPLAINT.search(latin) and not _EN_HOW.match(latin):
        return "complaint"
    return None


def chinese_reading(norm: str) -> str:
    """A mixed message with its English request words put in Chinese, for the Chinese rules."""
    if norm == english_part(norm):
        return norm
    for pattern, word in _EN_WORDS:
        norm = pattern.sub(word, norm)
    return norm
