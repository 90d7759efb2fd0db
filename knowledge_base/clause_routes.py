"""A route request inside a long story ("…干了一年没拿到钱 我要投诉"): each clause of a long
message is classified on its own. Read by knowledge_base/matcher.py."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from knowledge_base.intents import (
    asks_consequence,
    asks_generally,
    asks_how,
    asks_what_it_does,
    no_wish_in,
    says_a_wish,
)
from knowledge_base.intents_where import asks_where
from knowledge_base.learned import ROUTE
from knowledge_base.normalize import Normalizer

if TYPE_CHECKING:
    from knowledge_base.matcher import Matcher

# a clause asks for a complaint to be made only with a word of doing it ("我要投诉", "帮我登记",
# "报上去", "讨个公道"): "我们饭店从春节后就开始欠薪" only tells the wrong
_ASKS_SOMETHING_DONE = re.compile(
    r"投诉|举报|检举|登记|反映|告(?!诉)|立案|查处|出面|介入|帮|报|维权|讨|要回|追回|处理|管|受理|记|交给|转给|申请|填|提交|递|诉|救|主持|做主|弄|搞|办|就要|现在就|马上|立刻"
    r"|complain|report|claim|help|register|file|lodge"
)
# the clause asks how it is done ("怎么举报他"), not only what is needed ("我需要投诉" is a wish)
_HOW_WORD = re.compile(r"怎么|如何|怎样|咋|点(做|搞|办)")
# a complaint or case of one's own named somewhere in the message (a progress clause needs one)
_A_CASE = re.compile(
    r"投诉|举报|登记|反映|立案|案子|案件|工单|编号|单号|受理|提交|报了|报过|报的|投的诉|递上去|交上去"
)
_CLAUSES = re.compile(r"[\s,，。.!！?？;；、~～…]+")
CLAUSE_MIN = 2


def clauses(normalizer: Normalizer, text: str) -> list[str]:
    """The normalised clauses of a message of at least two."""
    found = [normalizer.normalize(c) for c in _CLAUSES.split(text)]
    found = [c for c in found if len(c) >= CLAUSE_MIN]
    return found if len(found) >= 2 else []


def clause_route(matcher: Matcher, text: str, how_to_complain: bool = False) -> str | None:
    """A request inside a long story ("…干了一年没拿到钱 我要投诉"): each clause of a long
    message is classified on its own; a clause that is clearly a route request routes.
    ``how_to_complain``: the whole message is not a complaint request, so a clause that asks
    how to complain ("网约车司机绕路 怎么投诉") opens no form.
    A clause's route is taken only when the whole message gives it some weight too
    (clause_whole_at): a story's "我是安徽人" or "我找平台客服" alone looks like a request for
    a person, the whole story does not."""
    assert matcher.model is not None
    whole: dict[str, float] | None = None
    norm = matcher.normalizer.normalize(text)
    if asks_what_it_does(norm):
        # "第一次用 我想登记投诉 又想看看投诉处理到哪一步了 这些都能弄吗": what the service does
        return None
    for clause in matcher.clauses(text):
        label, p = matcher.model.rank(clause)[0]
        if (
            label == ROUTE + "complaint"
            and asks_how(clause)
            and (how_to_complain or (asks_how(norm) and _HOW_WORD.search(clause) and not says_a_wish(norm)))
        ):
            # "老板跑了 怎么举报他": the whole asks how to complain too (no wish said, this service not
            # named), however sure the model is of the complaint route: the answer says how, with its
            # button to file
            continue
        if (
            label == ROUTE + "complaint"
            and asks_how(norm)
            and (no_wish_in(clause, norm) or asks_consequence(norm))
        ):
            # "工友让我一起投诉，会不会被开除", "投诉完老板给了一半，剩下的怎么办": the whole asks
            # what one would bring or after one done, and no wish of one's own is said; "我帮我朋友
            # 登记投诉，用了他的名字，会有问题吗" asks what follows
            continue
        if label == ROUTE + "human" and (asks_where(clause) or asks_where(norm)):
            # "點同老師溝通好啲": how to talk with someone else, not a wish for a person here;
            # "老板让人打电话给我，威胁我…": someone else called
            continue
        if label == ROUTE + "progress" and not _A_CASE.search(norm):
            # "打工钱要不上谁来解决 有人管吗": who would deal with it, asked; no complaint or case
            # of one's own is named anywhere, so no progress is asked after
            continue
        if label == ROUTE + "progress" and asks_generally(norm):
            # "我上个月投诉了老板，结果他把我开除了，能要赔偿吗": a complaint made, the question
            # is another one
            continue
        if label == ROUTE + "complaint" and not _ASKS_SOMETHING_DONE.search(clause):
            # "我们饭店从过年后就开始拖工资": the wrong told, nothing asked of anyone
            continue
        if label.startswith(ROUTE) and p >= matcher.thresholds.clause_route_at:
            if whole is None:
                whole = dict(matcher.model.rank(norm))
            if whole.get(label, 0.0) >= matcher.thresholds.clause_whole_at:
                return label[len(ROUTE) :]
    return None
