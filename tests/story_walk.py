"""A scripted worker for turn counts: opens with a story (or /complain), then answers
whatever the bot asks from what it knows. Shared by tests/unit/test_story_turns.py and
bench/bench_story_turns.py. Stories written for this table by the story helper."""

from __future__ import annotations

from dataclasses import dataclass, field
from statistics import median
from typing import Any

from bot.core.types import Incoming


@dataclass
class Walk:
    opening: str
    given: set[str]  # fields the opening holds: asking any of them again is redundant
    answers: dict[str, str]  # how the worker answers each field when asked
    expect: dict[str, Any]  # what the filed case must hold
    asked: list[str] = field(default_factory=list)
    turns: int = 0
    redundant: list[str] = field(default_factory=list)


ANS = {
    "worker_name": "王小明",
    "contact_phone": "13900001111",
    "employer_name": "宏达建筑劳务公司",
    "work_location": "龙岗区布吉街道",
    "industry": "木工",
    "arrears_period": "八月到十月",
    "amount_owed": "一万二",
    "workers_affected": "就我一个",
    "description": "干完活老板一直拖着不给",
}


def walks() -> list[Walk]:
    def w(opening: str, given: set[str], expect: dict[str, Any], **answers: str) -> Walk:
        return Walk(opening, given, {**ANS, **answers}, expect)

    return [
        w(
            "我叫孙海波 在龙华区观澜的鑫达五金厂做冲压 从七月起工资就没发 我们组十几个人 "
            "我自己被欠了一万六左右 电话18612345678 帮我登记",
            {
                "worker_name",
                "contact_phone",
                "employer_name",
                "work_location",
                "industry",
                "arrears_period",
                "amount_owed",
                "workers_affected",
                "description",
            },
            {
                "worker_name": "孙海波",
                "contact_phone": "18612345678",
                "employer_name": "鑫达五金厂",
                "amount_owed": 16000,
                "workers_affected": 10,
                "_district": "龙华区",
            },
        ),
        w(
            "我要投诉 我在龙岗区 一家电子厂 叫华美电子厂 欠了我和另外五个工友三个月工资 一个人八千五",
            {
                "employer_name",
                "work_location",
                "industry",
                # "arrears_period": a length only, its months asked (story_qa sets: never given)
                "amount_owed",
                "workers_affected",
                "description",
            },
            {
                "worker_name": "周建平",
                "employer_name": "华美电子厂",
                "amount_owed": 51000,
                "workers_affected": 6,
                "_district": "龙岗区",
            },
            worker_name="周建平",
        ),
        w(
            "我是钢筋工 在宝安区沙井街道的万科城三期工地 包工头老李跑了 欠我两万三 从八月到十月 "
            "我们班组12个人 电话13912345678 帮我投诉",
            {  # 包工头老李 is no full name: asking it (one tap keeps it) is not redundant
                "contact_phone",
                "project_name",
                "work_location",
                "industry",
                "arrears_period",
                "amount_owed",
                "workers_affected",
                "description",
            },
            {
                "contact_phone": "13912345678",
                "employer_name": "包工头老李",
                "amount_owed": 23000,
                "workers_affected": 12,
                "_district": "宝安区",
                "project_name": "万科城三期",
            },
        ),
        w(
            "替我妈投诉一下 她叫李秀英，在南山区一家饭店洗碗，老板欠她两个月工资 一个月四千 "
            "有事打我电话13812345678 我叫王强",
            {
                "worker_name",
                "contact_phone",
                "work_location",
                "industry",
                # "arrears_period": a length only, its months asked (story_qa sets: never given)
                "amount_owed",
                "description",
            },
            {
                "worker_name": "李秀英",
                "contact_phone": "13812345678",
                "amount_owed": 8000,
                "_district": "南山区",
            },
            employer_name="老板陈国栋",
            workers_affected="就她一个",
        ),
        w(
            "我是美团外卖骑手 在龙华区民治配送站跑单 站长扣了我十月份的工资 四千三 就我一个 能不能帮我投诉",
            {
                "employer_name",
                "work_location",
                "industry",
                "arrears_period",
                "amount_owed",
                "workers_affected",
                "description",
            },
            {
                "employer_name": "民治配送站",
                "amount_owed": 4300,
                "workers_affected": 1,
                "_district": "龙华区",
            },
        ),
        w(
            "我是住家保姆 雇主刘女士 三个月没给工资 一个月六千五 在浦东新区 就我一个 "
            "电话一三九零零零一二三四五 我叫何丽 帮我登记",
            {  # 雇主刘女士 is a title only: her full name is asked once, with one tap keeping
                # 刘女士 (the form's design since f516a6a), so employer_name is not counted given
                "worker_name",
                "contact_phone",
                "work_location",
                "industry",
                # "arrears_period": a length only, its months asked (story_qa sets: never given)
                "amount_owed",
                "workers_affected",
                "description",
            },
            {
                "worker_name": "何丽",
                "contact_phone": "13900012345",
                "employer_name": "刘女士",
                "amount_owed": 19500,
                "_district": "浦东新区",
            },
        ),
        w(
            "我叫陈小红 在东莞一家鞋厂 叫宏兴鞋业有限公司 做车位 上个月和这个月工资都没发 "
            "一个月五千二 我要投诉",
            {"worker_name", "employer_name", "industry", "arrears_period", "amount_owed", "description"},
            {"worker_name": "陈小红", "employer_name": "宏兴鞋业有限公司", "amount_owed": 10400},
            work_location="东莞市长安镇",
            workers_affected="车间二十几个人",
        ),
        w(
            "我是厨师，在天河区的粤香酒楼干了五个月，后面三个月工资没发，每个月六千，"
            "我们后厨七个人都没拿到，帮我投诉一下",
            {
                "employer_name",
                "work_location",
                "industry",
                # "arrears_period": a length only, its months asked (story_qa sets: never given)
                "amount_owed",
                "workers_affected",
                "description",
            },
            {"employer_name": "粤香酒楼", "amount_owed": 18000, "workers_affected": 7, "_district": "天河区"},
        ),
    ]


STEP_BY_STEP = [
    ("text", "/complain"),
    ("button", "form:consent:yes"),
]


async def walk(engine: Any, user: str, wk: Walk, *, max_turns: int = 30) -> str | None:
    """Talk until filed; returns the case number (None if it never files)."""
    replies = await engine.handle(Incoming("web", user, text=wk.opening))
    wk.turns = 1
    while wk.turns < max_turns:
        last = replies[-1]
        if last.case_no:
            return last.case_no
        expects = last.expects
        if expects is not None:
            wk.asked.append(expects)
            if expects in wk.given:
                wk.redundant.append(expects)
        if expects == "consent":
            msg = {"button": "form:consent:yes"}
        elif expects in ("evidence", "project_name"):
            msg = {"button": "form:skip"}
        elif expects == "employer_name" and (
            keep := [b for b in last.buttons if b.payload.startswith("form:said:")]
        ):
            msg = {"button": keep[0].payload}  # the worker knows no more than what they said
        elif expects == "confirm":
            msg = {"button": "form:confirm:submit"}
        elif expects in wk.answers:
            msg = {"text": wk.answers[expects]}
        elif any(b.payload == "form:dup:new" for b in last.buttons):
            msg = {"button": "form:dup:new"}
        else:
            return None
        replies = await engine.handle(Incoming("web", user, **msg))
        wk.turns += 1
    return None


def step_by_step_walk() -> Walk:
    return Walk("/complain", set(), dict(ANS), {"worker_name": "王小明", "amount_owed": 12000})


def summary(done: list[Walk]) -> dict[str, Any]:
    return {
        "median_turns": median(w.turns for w in done),
        "max_turns": max(w.turns for w in done),
        "redundant": sum(len(w.redundant) for w in done),
    }
