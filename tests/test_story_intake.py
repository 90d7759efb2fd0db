"""Story-first complaints through the real engine: fields read from the story are not asked
again; the name trap, the relative case and two contradicting amounts."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from bot.core.engine import Engine
from bot.core.types import Incoming
from storage.models import Case
from tests.story_fixtures import sqlite_db, story_engine  # noqa: F401 (the db and engine fixtures)

KB = Path(__file__).resolve().parent.parent / "knowledge_base" / "data"


async def talk(engine: Engine, user: str, messages: list[tuple[str, str]]) -> tuple[list[str | None], str]:
    """Send each message; the fields the bot asked for, in order, and the case number."""
    asked: list[str | None] = []
    case_no = ""
    for kind, value in messages:
        replies = await engine.handle(Incoming("web", user, **{kind: value}))
        asked.append(replies[-1].expects)
        case_no = replies[-1].case_no or case_no
    return asked, case_no


async def _case(db, case_no: str) -> Case:
    async with db.session() as s:
        return (await s.execute(select(Case).where(Case.case_no == case_no))).scalar_one()


async def test_story_first_files_without_asking_again(engine: Engine, db) -> None:
    story = (
        "我叫孙海波 在龙华区观澜的鑫达五金厂做冲压 从七月起工资就没发 我们组十几个人 "
        "我自己被欠了一万六左右 电话18612345678 帮我登记"
    )
    asked, case_no = await talk(
        engine,
        "s1",
        [
            ("text", story),
            ("button", "form:consent:yes"),
            ("button", "form:confirm:submit"),
        ],
    )
    # 3 bot turns (the story, consent, the confirmation that offers evidence), nothing asked twice
    assert asked[:2] == ["consent", "confirm"] and case_no
    c = await _case(db, case_no)
    assert (c.worker_name, c.contact_phone, c.employer_name) == ("孙海波", "18612345678", "鑫达五金厂")
    assert c.district == "龙华区" and c.industry_category == "制造业" and c.workers_affected == 10
    assert float(c.amount_owed) == 16000 and c.arrears_start.endswith("-07")
    assert story in c.description  # nothing typed is lost


async def test_story_given_as_the_name_is_not_a_name(engine: Engine, db) -> None:
    """The web-chat report: a story answering 请问您的姓名？ must not make 华美电子厂 the name."""
    asked, _ = await talk(
        engine,
        "s2",
        [
            ("text", "/complain"),
            ("button", "form:consent:yes"),
            ("text", "我在龙岗区 一家电子厂 叫华美电子厂 欠了我和另外五个工友三个月工资 一个人八千五"),
        ],
    )
    assert asked == ["consent", "worker_name", "worker_name"]  # the name is asked again, the rest kept
    asked, case_no = await talk(
        engine,
        "s2",
        [
            ("text", "周建平"),
            ("text", "13912345678"),
            ("text", "八月到十月"),  # 三个月 names no month: which months is asked
            ("button", "form:confirm:submit"),
        ],
    )
    assert asked[:2] == ["contact_phone", "arrears_period"] and case_no, asked
    c = await _case(db, case_no)
    assert c.worker_name == "周建平" and c.employer_name == "华美电子厂" and c.district == "龙岗区"
    assert c.workers_affected == 6 and float(c.amount_owed) == 51000
    assert (c.arrears_start, c.arrears_end) == ("2026-08", "2026-10")


async def test_company_typed_as_name_is_refused(engine: Engine) -> None:
    await talk(engine, "s3", [("text", "/complain"), ("button", "form:consent:yes")])
    replies = await engine.handle(Incoming("web", "s3", text="华美电子厂"))
    assert replies[-1].expects == "worker_name" and "单位" in replies[-1].text


async def test_relative_complaint(engine: Engine, db) -> None:
    story = (
        "替我妈投诉一下 她叫李秀英，在南山区一家饭店洗碗，老板欠她两个月工资 一个月四千 "
        "有事打我电话13812345678 我叫王强"
    )
    asked, _ = await talk(engine, "s4", [("text", story), ("button", "form:consent:yes")])
    assert asked == ["consent", "employer_name"]  # the employer is the only thing missing
    asked, case_no = await talk(
        engine,
        "s4",
        [
            ("text", "老板叫陈国栋"),
            ("text", "九月到十月"),  # 两个月 names no month: which months is asked
            ("button", "form:confirm:submit"),
        ],
    )
    assert asked[:2] == ["arrears_period", "confirm"], asked
    c = await _case(db, case_no)
    assert c.worker_name == "李秀英" and c.contact_phone == "13812345678"
    assert "代母亲投诉" in c.description and "王强" in c.description and float(c.amount_owed) == 8000


async def test_two_amounts_are_asked_not_guessed(engine: Engine) -> None:
    story = "我叫赵建军 鑫达五金厂欠了我八千 后来又说一共欠我一万二 电话13912345678 我要投诉"
    replies = await engine.handle(Incoming("web", "s5", text=story))
    replies = await engine.handle(Incoming("web", "s5", button="form:consent:yes"))
    asked = [r.expects for r in replies]
    # asked in turn: location, industry, period, then the amount with both figures as buttons
    for answer in ("龙华区", "冲压", "七月到十月"):
        replies = await engine.handle(Incoming("web", "s5", text=answer))
    assert replies[-1].expects == "amount_owed", asked
    assert {b.payload for b in replies[-1].buttons} == {"form:amount:8000", "form:amount:12000"}
    replies = await engine.handle(Incoming("web", "s5", button="form:amount:12000"))
    assert "12,000" in replies[0].text


async def test_correcting_an_inferred_field(engine: Engine, db) -> None:
    """The story's 一万六左右 was read as 16000; the worker changes it with the button, then
    with words; the rest stays as read."""
    story = (
        "我叫孙海波 在龙华区观澜的鑫达五金厂做冲压 从七月起工资就没发 我们组十几个人 "
        "我自己被欠了一万六左右 电话18612345678 帮我登记"
    )
    await talk(engine, "s6", [("text", story), ("button", "form:consent:yes")])
    replies = await engine.handle(Incoming("web", "s6", button="form:edit:amount_owed"))
    assert replies[-1].expects == "amount_owed"
    replies = await engine.handle(Incoming("web", "s6", text="一万七千二"))
    assert "17,200" in replies[0].text and replies[-1].expects == "confirm"
    replies = await engine.handle(Incoming("web", "s6", text="人数写错了 改成12个"))
    assert "12 人" in replies[0].text
    asked, case_no = await talk(engine, "s6", [("button", "form:confirm:submit")])
    c = await _case(db, case_no)
    assert float(c.amount_owed) == 17200 and c.workers_affected == 12 and c.worker_name == "孙海波"


async def test_same_worker_same_employer_is_offered_the_open_case(engine: Engine, db) -> None:
    story = (
        "我叫孙海波 在龙华区观澜的鑫达五金厂做冲压 从七月起工资就没发 我们组十几个人 "
        "我自己被欠了一万六左右 电话18612345678 帮我登记"
    )
    _, first = await talk(
        engine,
        "s7",
        [
            ("text", story),
            ("button", "form:consent:yes"),
            ("button", "form:confirm:submit"),
        ],
    )
    assert first
    again = "鑫达五金制品有限公司又说这个月也不发了 老板电话也不接 我要投诉"
    await engine.handle(Incoming("web", "s7", text=again))
    replies = await engine.handle(Incoming("web", "s7", button="form:consent:yes"))
    assert first in replies[-1].text and {b.payload for b in replies[-1].buttons} == {
        "form:dup:add",
        "form:dup:new",
    }
    replies = await engine.handle(Incoming("web", "s7", button="form:dup:add"))
    assert first in replies[-1].text
    async with db.session() as s:
        cases = list((await s.execute(select(Case))).scalars())
        assert len(cases) == 1  # no duplicate filed
    c = await _case(db, first)
    async with db.session() as s:
        from storage.models import CaseEvent

        notes = [
            e.note for e in (await s.execute(select(CaseEvent).where(CaseEvent.case_id == c.id))).scalars()
        ]
    assert any(n and "这个月也不发了" in n for n in notes)
    # "新建" keeps the form going instead
    await engine.handle(Incoming("web", "s7", text=again))
    await engine.handle(Incoming("web", "s7", button="form:consent:yes"))
    replies = await engine.handle(Incoming("web", "s7", button="form:dup:new"))
    assert replies[-1].expects not in (None, "consent")


async def test_story_with_a_question_gets_the_answer_and_a_one_tap_offer(engine: Engine, db) -> None:
    story = "我在宝安区的宏运鞋厂做车位 老板拖了我三个月工资 一个月五千二 这种情况能要回来吗"
    replies = await engine.handle(Incoming("web", "s8", text=story))
    assert replies[-1].buttons[0].payload == "form:story" and replies[-1].expects is None
    assert len(replies) >= 2  # the answer first
    replies = await engine.handle(Incoming("web", "s8", button="form:story"))
    assert replies[-1].expects == "consent"
    replies = await engine.handle(Incoming("web", "s8", button="form:consent:yes"))
    found = replies[0].text
    assert "宏运鞋厂" in found and "15,600" in found and "宝安区" in found
    assert replies[-1].expects == "worker_name"  # only what is missing is asked


async def test_district_found_but_no_centre_is_shown_not_called_unmatched(engine: Engine) -> None:
    story = "我叫蒙建华 在南宁良庆区那块的家具厂刷漆 老板欠我两个月工资 六千 帮我登记"
    await engine.handle(Incoming("web", "s9", text=story))
    replies = await engine.handle(Incoming("web", "s9", button="form:consent:yes"))
    found = replies[0].text
    assert "良庆区" in found and "没有匹配到具体区县" not in found
    replies = await engine.handle(Incoming("web", "s10", text="我要投诉"))
    answers = {"worker_name": "蒙建华", "contact_phone": "13912345678", "employer_name": "顺达家具厂"}
    replies = await engine.handle(Incoming("web", "s10", button="form:consent:yes"))
    for _ in range(6):
        if replies[-1].expects in (None, "work_location"):
            break
        replies = await engine.handle(Incoming("web", "s10", text=answers.get(replies[-1].expects, "不知道")))
    assert replies[-1].expects == "work_location"
    replies = await engine.handle(Incoming("web", "s10", text="在工业园那边"))
    assert "没有匹配到具体区县" in replies[0].text  # only when no district at all


async def test_story_answered_with_suggestions_is_kept_for_filing(engine: Engine, db) -> None:
    """A story the FAQ only offers suggestions for (dialect ending, the figure before the
    words about owing) keeps its fields: one tap files it, and a later 我要投诉 starts the
    form with them filled and the story in the description."""
    story = "我叫龙春花 在武侯区的物流公司开叉车 一万二的工资到现在都没拿到 咋个办嘛"
    replies = await engine.handle(Incoming("web", "s11", text=story))
    # suggestions (or the fallback with suggestions), not an answer: the wording is the matcher's
    assert any(b.payload.startswith("faq:") for b in replies[0].buttons)
    assert replies[-1].buttons[0].payload == "form:story"
    replies = await engine.handle(Incoming("web", "s11", text="我要投诉欠薪"))
    assert replies[-1].expects == "consent"
    replies = await engine.handle(Incoming("web", "s11", button="form:consent:yes"))
    assert "龙春花" in replies[0].text and "12,000" in replies[0].text
    asked = [replies[-1].expects]
    answers = {
        "contact_phone": "13912345678",
        "employer_name": "顺通物流有限公司",
        "arrears_period": "8月到10月",
        "workers_affected": "就我一个",
    }
    for _ in range(8):
        if replies[-1].expects in ("confirm", None):
            break
        replies = await engine.handle(Incoming("web", "s11", text=answers.get(replies[-1].expects, "不知道")))
        asked.append(replies[-1].expects)
    assert "worker_name" not in asked and "description" not in asked and "amount_owed" not in asked
    replies = await engine.handle(Incoming("web", "s11", button="form:confirm:submit"))
    c = await _case(db, next(r.case_no for r in replies if r.case_no))
    assert c.worker_name == "龙春花" and c.district == "武侯区" and story in c.description


async def test_relative_named_in_the_opening_story_is_not_asked_again(engine: Engine, db) -> None:
    """The caller files for his wife, names her and says she is the only one: neither the name
    nor the head count is asked; the employer answered with who he is keeps the name only."""
    story = (
        "我替我老婆来反映的，她叫黄丽萍，在中山小榄镇一家灯饰厂做包装，十月到十一月没发，一共九千二，"
        "就她一个人，帮她登记一下，有事打我电话13760001234"
    )
    replies = await engine.handle(Incoming("web", "r1", text=story))
    assert replies[-1].expects == "consent"
    replies = await engine.handle(Incoming("web", "r1", button="form:consent:yes"))
    found = replies[0].text
    assert "黄丽萍" in found and "1 人" in found and "代妻子投诉" in found
    assert replies[-1].expects == "employer_name"  # the only field the story did not give
    replies = await engine.handle(Incoming("web", "r1", text="陈伟雄，他是个人开的作坊，没有营业执照"))
    assert "被反映单位：陈伟雄" in replies[0].text and "营业执照" not in replies[0].text
    asked = [replies[-1].expects]
    assert asked[-1] == "confirm" and "worker_name" not in asked and "workers_affected" not in asked
    assert "姓名：黄丽萍" in replies[-1].text and "被反映单位：陈伟雄\n" in replies[-1].text
    replies = await engine.handle(Incoming("web", "r1", button="form:confirm:submit"))
    c = await _case(db, next(r.case_no for r in replies if r.case_no))
    assert (c.worker_name, c.contact_phone, c.employer_name) == ("黄丽萍", "13760001234", "陈伟雄")
    assert c.workers_affected == 1 and float(c.amount_owed) == 9200 and c.district == "中山市小榄镇"
    assert story in c.description and "个人开的作坊，没有营业执照" in c.description  # nothing lost


async def test_name_before_the_relation_and_a_district_never_the_employer(engine: Engine, db) -> None:
    """ "邵国平是我爸": the father is the worker; "太原小店区" is where, never who owes."""
    story = "邵国平是我爸，在太原小店区一家印刷厂做机长，从八月到十月的工资没发，一共两万一，我要投诉 电话13903510000"
    await engine.handle(Incoming("web", "r2", text=story))
    replies = await engine.handle(Incoming("web", "r2", button="form:consent:yes"))
    found = replies[0].text
    assert "姓名：邵国平" in found and "被反映单位" not in found and "小店区" in found
    assert replies[-1].expects == "employer_name"
    replies = await engine.handle(Incoming("web", "r2", text="龚德明，是厂里的老板，个人"))
    assert "被反映单位：龚德明" in replies[0].text


async def test_name_answered_with_the_relation_is_the_relatives(engine: Engine, db) -> None:
    """Step by step, the name answered as "万玉兰，是我妈": the name alone is recorded and the
    case says it was filed for the mother."""
    await talk(engine, "r3", [("text", "/complain"), ("button", "form:consent:yes")])
    replies = await engine.handle(Incoming("web", "r3", text="万玉兰，是我妈"))
    assert "姓名：万玉兰" in replies[0].text and "是我妈" not in replies[0].text
    answers = {
        "contact_phone": "一三八 零五七一 二二四六",
        "employer_name": "滕家兴，他是个人开饭馆的老板",
        "project_name": "没有",
        "work_location": "长沙开福区",
        "industry": "饭馆洗碗",
        "arrears_period": "九月到十月",
        "amount_owed": "六千",
        "workers_affected": "就她一个",
        "description": "老板说生意不好一直拖着",
    }
    asked = []
    for _ in range(12):
        step = replies[-1].expects
        if step in ("confirm", None):
            break
        asked.append(step)
        replies = await engine.handle(Incoming("web", "r3", text=answers[step]))
    assert len(asked) == len(set(asked))  # nothing asked twice
    replies = await engine.handle(Incoming("web", "r3", button="form:confirm:submit"))
    c = await _case(db, next(r.case_no for r in replies if r.case_no))
    assert (c.worker_name, c.contact_phone, c.employer_name) == ("万玉兰", "13805712246", "滕家兴")
    assert "代母亲投诉" in c.description and "个人开饭馆的老板" in c.description


async def test_a_corrected_trade_is_counted_under_its_own_category(engine: Engine, db) -> None:
    story = (
        "我叫阮文光 在南宁武鸣区的华林家具厂做打磨 九月到十月的工资没发 一共七千 就我一个 "
        "电话13977100000 帮我登记"
    )
    await talk(engine, "r4", [("text", story), ("button", "form:consent:yes")])
    replies = await engine.handle(Incoming("web", "r4", button="form:edit:industry"))
    assert replies[-1].expects == "industry"
    replies = await engine.handle(Incoming("web", "r4", text="其实是在苗圃种树 干农活的"))
    assert "（农、林、牧、渔业）" in replies[0].text
    asked, case_no = await talk(engine, "r4", [("button", "form:confirm:submit")])
    c = await _case(db, case_no)
    assert c.industry_category == "农、林、牧、渔业" and c.industry == "其实是在苗圃种树 干农活的"


async def test_pay_not_opened_is_a_story_kept_for_filing(engine: Engine, db) -> None:
    """ "工资都没开" (north-eastern for unpaid) with no question and no request: the story is
    kept, so 我要投诉 next starts the form with every field it told."""
    story = (
        "我叫栾志鹏，在沈阳浑南区一个小区当保洁，物业公司是沈阳恒洁物业服务有限公司。九月到十一月的工资都没开，"
        "一共一万零五百。我电话13904001234"
    )
    await engine.handle(Incoming("web", "r5", text=story))
    replies = await engine.handle(Incoming("web", "r5", text="我要投诉"))
    assert replies[-1].expects == "consent"
    replies = await engine.handle(Incoming("web", "r5", button="form:consent:yes"))
    found = replies[0].text
    assert "栾志鹏" in found and "10,500" in found and "浑南区" in found
    assert replies[-1].expects not in ("worker_name", "contact_phone", "employer_name", "amount_owed")
