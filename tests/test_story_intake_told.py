"""What the worker told before asking to file is never asked again: a short account answered
by the FAQ ("装修的活干完了钱不给，找谁？"), a story whose words about owing are dialect
("钱一直么给", "一分钱没见着"), then the complaint started by a tap or by 我要投诉."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from bot.core.engine import Engine
from bot.core.types import Incoming, Reply
from storage.models import Case
from tests.story_fixtures import sqlite_db, story_engine  # noqa: F401 (the db and engine fixtures)

KB = Path(__file__).resolve().parent.parent / "knowledge_base" / "data"


async def _fill(
    engine: Engine, user: str, replies: list[Reply], answers: dict[str, str]
) -> tuple[list, list]:
    """Answer each question from `answers` up to the summary; the fields asked and the replies."""
    asked: list[str | None] = [replies[-1].expects]
    for _ in range(14):
        step = replies[-1].expects
        if step in ("confirm", None):
            break
        if step == "evidence":
            replies = await engine.handle(Incoming("web", user, button="form:skip"))
        else:
            replies = await engine.handle(Incoming("web", user, text=answers.get(step or "", "不知道")))
        asked.append(replies[-1].expects)
    return asked, replies


async def _filed(engine: Engine, db, user: str) -> Case:
    replies = await engine.handle(Incoming("web", user, button="form:confirm:submit"))
    case_no = next(r.case_no for r in replies if r.case_no)
    async with db.session() as s:
        return (await s.execute(select(Case).where(Case.case_no == case_no))).scalar_one()


ANSWERS = {
    "worker_name": "白宝山",
    "contact_phone": "15047132286",
    "employer_name": "刘海军",
    "work_location": "赛罕区大学东街",
    "arrears_period": "十月到十一月",
    "amount_owed": "九千",
    "workers_affected": "就我一个",
    "industry": "刷油漆",
    "description": "就是上面说的",
}


@pytest.mark.parametrize(
    ("told", "start", "given"),
    [
        # one field and a question: the trade is not asked again, nor what happened
        ("装修的活干完了钱不给，找谁？", ("text", "我要投诉欠薪"), {"industry"}),
        ("在李家沱帮人炒菜 老板跑了 工钱没给 咋个办", ("text", "我要投诉欠薪"), {"industry"}),
        ("老板欠我两千七百五一直不给 咋个整嘛", ("button", "cmd:complain"), {"amount_owed"}),
        # part paid, the rest owed, said only as 还差: the account is kept, what is owed not asked
        # again (三个月 names no month: which months is asked)
        ("刷了三个月墙 前后给过我一万 还差九千 咋个办", ("text", "我要投诉欠薪"), {"amount_owed"}),
    ],
)
async def test_a_short_account_before_filing_is_not_asked_again(
    engine: Engine, db, told, start, given
) -> None:
    user = f"t-{abs(hash(told)) % 10**8}"
    replies = await engine.handle(Incoming("web", user, text=told))
    assert all(r.expects != "consent" for r in replies)  # answered, not filed unasked
    kind, value = start
    replies = await engine.handle(Incoming("web", user, **{kind: value}))
    assert replies[-1].expects == "consent"
    replies = await engine.handle(Incoming("web", user, button="form:consent:yes"))
    asked, replies = await _fill(engine, user, replies, ANSWERS)
    assert asked[-1] == "confirm"
    assert not given & set(asked), asked
    assert "description" not in asked  # the account says what happened
    c = await _filed(engine, db, user)
    assert told in c.description


async def test_a_plain_question_keeps_nothing_for_a_complaint(engine: Engine) -> None:
    """ "深圳最低工资是多少" names pay but tells nothing owed: a complaint started next asks
    every field, the place included."""
    await engine.handle(Incoming("web", "t-q", text="深圳宝安区最低工资是多少"))
    await engine.handle(Incoming("web", "t-q", text="我要投诉欠薪"))
    replies = await engine.handle(Incoming("web", "t-q", button="form:consent:yes"))
    assert replies[-1].expects == "worker_name" and "记下了" not in replies[0].text


async def test_dialect_story_with_a_question_is_kept_for_the_answer_button(engine: Engine) -> None:
    """ "一分钱没见着" is pay owed: the answer's own 登记 button starts the form with the story read."""
    story = (
        "俺是瓦工班带班的孙建设，俺们班8个人在巩义市孝义街道的东城花园工地砌墙，包工头是周大伟，"
        "总包是河南中原鼎盛建工有限公司，到现在一分钱没见着，这咋弄？俺电话137-3921-0586。"
    )
    await engine.handle(Incoming("web", "t-d", text=story))
    await engine.handle(Incoming("web", "t-d", button="cmd:complain"))
    replies = await engine.handle(Incoming("web", "t-d", button="form:consent:yes"))
    found = replies[0].text
    assert "孙建设" in found and "137 3921 0586" in found and "河南中原鼎盛建工有限公司" in found
    assert replies[-1].expects not in ("worker_name", "contact_phone", "employer_name")


NANNY = (
    "我在雁塔区给一户人家做住家保姆，主家是林女士，说好一个月六千，"
    "从八月干到十月底，三个月一分没给，我叫潘秀梅，电话13912340000，帮我投诉"
)


@pytest.mark.parametrize(
    ("answer", "employer"),
    [
        (("text", "林雅琴，就是那个林女士，她家直接雇的我"), "林雅琴"),  # the full name
        (("button", "form:said:林女士"), "林女士"),  # nothing better: one tap keeps the title
        (("text", "不知道全名"), "林女士"),
    ],
)
async def test_an_employer_called_by_a_title_is_asked_her_full_name(
    engine: Engine, db, answer, employer
) -> None:
    user = f"t-n-{employer}-{answer[0]}"
    await engine.handle(Incoming("web", user, text=NANNY))
    replies = await engine.handle(Incoming("web", user, button="form:consent:yes"))
    assert "被反映单位" not in replies[0].text  # "林女士" is not read back as a name
    assert replies[-1].expects == "employer_name" and "林女士" in replies[-1].text
    assert replies[-1].buttons[0].payload == "form:said:林女士"
    replies = await engine.handle(Incoming("web", user, **{answer[0]: answer[1]}))
    asked, replies = await _fill(engine, user, replies, ANSWERS)
    assert asked[-1] == "confirm" and "employer_name" not in asked[1:]
    assert f"被反映单位：{employer}\n" in replies[-1].text
    c = await _filed(engine, db, user)
    assert c.employer_name == employer and NANNY in c.description


async def test_no_company_is_no_employer_name(engine: Engine, db) -> None:
    """ "没公司" asked who owes is no name: the boss is asked for; his real name after a
    nickname is the one filed."""
    await engine.handle(Incoming("web", "t-nc", text="我要投诉欠薪"))
    replies = await engine.handle(Incoming("web", "t-nc", button="form:consent:yes"))
    answers = {**ANSWERS, "employer_name": "没公司"}
    for _ in range(4):
        if replies[-1].expects == "employer_name":
            break
        replies = await engine.handle(Incoming("web", "t-nc", text=answers[replies[-1].expects]))
    replies = await engine.handle(Incoming("web", "t-nc", text="没公司"))
    assert replies[-1].expects == "employer_name" and "老板或包工头" in replies[-1].text
    replies = await engine.handle(Incoming("web", "t-nc", text="黑子，大名叫吕国强，车是他自己的"))
    assert "被反映单位：吕国强" in replies[0].text
    asked, replies = await _fill(engine, "t-nc", replies, ANSWERS)
    c = await _filed(engine, db, "t-nc")
    assert c.employer_name == "吕国强"


SALON = (
    "我叫蒙小芬，在南宁江南区的一家理发店做洗头工，从六月干到九月，老板欠我八千多，"
    "电话13977110000，老板叫黄国庆，帮我登记"
)


@pytest.mark.parametrize(
    ("answer", "amount", "shown"),
    [
        (("text", "八千六"), 8600, "欠薪金额：8,600 元"),
        (("button", "form:said:约8000元"), 8000, "欠薪金额：约 8,000 元"),  # nothing better known
    ],
)
async def test_an_amount_told_as_only_a_lower_bound_is_asked(
    engine: Engine, db, answer, amount, shown
) -> None:
    """ "八千多" is not read back as a figure the worker must correct: the exact one is asked
    once, naming the words they used, with one tap to keep the rough figure."""
    user = f"t-a-{amount}"
    await engine.handle(Incoming("web", user, text=SALON))
    replies = await engine.handle(Incoming("web", user, button="form:consent:yes"))
    assert "欠薪金额：" not in replies[0].text and "理发" in replies[0].text
    for _ in range(6):
        if replies[-1].expects == "amount_owed":
            break
        replies = await engine.handle(Incoming("web", user, text=ANSWERS[replies[-1].expects or ""]))
    assert replies[-1].expects == "amount_owed" and "“八千多”" in replies[-1].text
    assert replies[-1].buttons[0].payload == "form:said:约8000元"
    replies = await engine.handle(Incoming("web", user, **{answer[0]: answer[1]}))
    asked, replies = await _fill(engine, user, replies, ANSWERS)
    assert asked[-1] == "confirm" and "amount_owed" not in asked
    assert shown in replies[-1].text
    c = await _filed(engine, db, user)
    assert float(c.amount_owed) == amount


async def test_an_employer_answer_that_reads_as_a_story_keeps_the_name_it_gives(engine: Engine, db) -> None:
    """Asked who owes, the worker names the company and the nickname everyone uses, with the
    town: the other fields are taken, and the employer is the company named, not the nickname."""
    await engine.handle(Incoming("web", "t-e", text="我要投诉欠薪"))
    replies = await engine.handle(Incoming("web", "t-e", button="form:consent:yes"))
    for _ in range(4):
        if replies[-1].expects == "employer_name":
            break
        replies = await engine.handle(Incoming("web", "t-e", text=ANSWERS[replies[-1].expects or ""]))
    answer = "仙游县榜头镇鑫泰米业有限公司，厂门口牌子上写的，大家都管它叫老林家米厂"
    replies = await engine.handle(Incoming("web", "t-e", text=answer))
    found = replies[0].text
    assert "被反映单位：仙游县榜头镇鑫泰米业有限公司" in found and "仙游县" in found
    asked, replies = await _fill(engine, "t-e", replies, ANSWERS)
    assert "employer_name" not in asked and "work_location" not in asked
    c = await _filed(engine, db, "t-e")
    assert c.employer_name == "仙游县榜头镇鑫泰米业有限公司" and "老林家米厂" in c.description


@pytest.mark.parametrize(
    ("told", "project_asked"),
    [
        ("给人家装修房子，刷了一个多月油漆，干完了钱不给，咋办", False),  # a home: no project
        ("在工地上给人刷油漆，干完了钱不给，咋办", True),  # a building site: its project is asked
    ],
)
async def test_home_renovation_asks_no_project(engine: Engine, db, told: str, project_asked: bool) -> None:
    user = f"t-h-{project_asked}"
    await engine.handle(Incoming("web", user, text=told))
    await engine.handle(Incoming("web", user, text="我要投诉欠薪"))
    replies = await engine.handle(Incoming("web", user, button="form:consent:yes"))
    asked, replies = await _fill(engine, user, replies, {**ANSWERS, "project_name": "阳光花园三期"})
    assert asked[-1] == "confirm" and "industry" not in asked
    assert ("project_name" in asked) is project_asked


async def test_a_story_that_only_names_pay_unpaid_is_kept(engine: Engine) -> None:
    """ "工资都没开" (Northeast for not paid) in a full story with no question and no answer
    found for it: the worker came to report it, the form opens with it read (issue 10)."""
    story = (
        "我叫邹立军，在沈阳铁西区的宏远机械厂当焊工，我们车间5个人，九月到十一月三个月工资都没开，"
        "每人每月四千五，厂长说等回款。我电话13840001234"
    )
    replies = await engine.handle(Incoming("web", "t-k", text=story))
    assert replies[-1].expects == "consent"
    replies = await engine.handle(Incoming("web", "t-k", button="form:consent:yes"))
    found = replies[0].text
    assert "邹立军" in found and "138 4000 1234" in found and "5 人" in found
    assert replies[-1].expects not in ("worker_name", "contact_phone", "workers_affected")
