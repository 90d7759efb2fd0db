"""What a complaint or progress request with no wage word is about, when that is no labour matter
("我要投诉商家卖假货", "燃气公司乱收费 我要投诉"): the out-of-scope topic whose answer says where
to go. Read by knowledge_base/matcher.py."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from knowledge_base.learned import OOS, is_entry
from knowledge_base.subjects import customer_complaint, out_of_scope_topic, request_subject

if TYPE_CHECKING:
    from knowledge_base.matcher import Matcher

# what a complaint request is about ("邻居违章建筑" of "我要举报邻居违章建筑") is read by the model
# only when it has a few characters ("我要投诉他" leaves "他")
SUBJECT_MIN = 2
SUBJECT_OOS_AT = 0.5  # the subject's likeliest class of all is an out-of-scope topic, and the
# out-of-scope topics together this likely ("公交车司机开得太快": consumer 0.32 + city 0.19)
# A complaint whose only wage words a customer uses too (knowledge_base/subjects.weak_wage_only) is
# read for its subject once these and the pointing words are taken away: "这家公司" names nothing
_WEAK_AND_POINTING = re.compile(
    r"公司|单位|钱|扣|拖|工地|厂|项目|这家|那家|这个|那个|他们|她们|他|她|家|个|们|一"
)


def subject_out_of_scope(matcher: Matcher, norm: str, runs: set[str], route: str) -> int | None:
    """The out-of-scope topic a complaint or progress request with no wage word is about:
    one of its keywords; for a complaint, also the model's likeliest class for what it is
    about (the words of asking taken away: "邻居违章建筑"), when that is an out-of-scope
    topic and a clear one. A progress request's other words are mostly the asker's worries
    ("房租都交不上了"), never read as its subject."""
    topic = out_of_scope_topic(runs, matcher.oos_keywords)
    subject = request_subject(norm)
    if topic is not None or route != "complaint" or matcher.model is None or len(subject) < SUBJECT_MIN:
        return topic
    ranked = matcher.model.rank(subject)
    label = ranked[0][0]
    if label.startswith(OOS) and oos_mass(ranked) >= SUBJECT_OOS_AT:
        return int(label[len(OOS) :])
    if customer_complaint(norm):
        # "投诉外卖骑手把汤洒了": a customer's complaint, whichever topic says where to go
        return next((int(x[len(OOS) :]) for x, _ in ranked if x.startswith(OOS)), None)
    return None


def subject_read_out_of_scope(matcher: Matcher, norm: str, text: str) -> int | None:
    """The out-of-scope topic the model clearly reads in what a complaint is about: the whole
    of it, else one of its clauses ("公司偷税漏税，我想举报，打哪个电话") when no other clause
    reads as a labour entry (an entry about this service, "打哪个电话", says nothing of the
    matter)."""
    if matcher.model is None:
        return None
    topic = None
    for part in [norm, *matcher.clauses(text)]:
        subject = request_subject(part)
        # what is left when the customer's words and a pointing word are taken away names the
        # matter ("燃气乱收费"); "这家公司" names none, and a bare complaint about a company files
        if len(_WEAK_AND_POINTING.sub("", subject)) < SUBJECT_MIN:
            continue
        ranked = matcher.model.rank(subject)
        label, p = ranked[0]
        if label.startswith(OOS) and oos_mass(ranked) >= SUBJECT_OOS_AT:
            if part is norm:
                return int(label[len(OOS) :])
            topic = int(label[len(OOS) :]) if topic is None else topic
        elif (
            part is not norm and is_entry(label) and not label.startswith("service.") and p >= SUBJECT_OOS_AT
        ):
            return None
    return topic


def oos_mass(ranked: list[tuple[str, float]]) -> float:
    """How likely a text is out of scope, any topic: its out-of-scope classes together."""
    return sum(p for label, p in ranked if label.startswith(OOS))
