"""Who a complaint is for, played through the engine (issue 10): a name sent alone before the
story is kept and never asked again; a caller filing for both parents files for two people with
their own phone as the contact, and the parent their name answer says to write is the worker; a
shop told by its own name (店名叫X) gets the summary's offer of its registered name."""

from __future__ import annotations

from bot.core.engine import Engine
from bot.core.types import Reply
from tests.fakes.memory_store import MemoryStore
from tests.unit.conftest import inc


async def _consent(engine: Engine, user: str, replies: list[Reply]) -> list[Reply]:
    if any(b.payload == "form:story" for r in replies for b in r.buttons):
        replies = await engine.handle(inc(user, button="form:story"))
    assert replies[-1].expects == "consent", [r.text for r in replies]
    return await engine.handle(inc(user, button="form:consent:yes"))


async def _answer_until_summary(
    engine: Engine, user: str, replies: list[Reply], answers: dict[str, str]
) -> tuple[list[Reply], list[str]]:
    asked: list[str] = []
    for _ in range(10):
        expects = replies[-1].expects
        if expects == "confirm":
            return replies, asked
        asked.append(str(expects))
        if expects in answers:
            replies = await engine.handle(inc(user, text=answers[expects]))
        else:
            replies = await engine.handle(inc(user, button="form:skip"))
    raise AssertionError([r.text for r in replies])


async def test_a_name_sent_alone_before_the_story_is_kept(real_engine: Engine, store: MemoryStore) -> None:
    first = await real_engine.handle(inc("w1", text="您好，我叫卢金凤"))
    assert len(first) == 1 and "卢金凤" in first[0].text and first[0].expects is None
    assert not store.world.cases
    replies = await real_engine.handle(
        inc(
            "w1",
            text="我在青秀区一家干洗店熨衣服，店叫洁雅干洗，十月十一月两个月工资没发，一个月三千九，电话18677112345",
        )
    )
    replies = await _consent(real_engine, "w1", replies)
    replies, asked = await _answer_until_summary(real_engine, "w1", replies, {})
    assert "worker_name" not in asked
    assert "姓名：卢金凤" in replies[-1].text
    filed = await real_engine.handle(inc("w1", button="form:confirm:submit"))
    assert filed[-1].case_no
    assert store.world.cases[-1].fields["worker_name"] == "卢金凤"


async def test_a_job_said_after_wo_shi_is_no_name(real_engine: Engine) -> None:
    replies = await real_engine.handle(inc("w2", text="我是保安"))
    assert not any("保安您好" in r.text for r in replies)


async def test_both_parents_are_two_people_and_the_caller_the_contact(
    real_engine: Engine, store: MemoryStore
) -> None:
    story = (
        "我替我爸妈登记一下，他俩在嘉兴南湖区的鸿福养殖场喂鸭子，从五月干到十月，"
        "一人一个月三千，老板一分没给，他们不会用手机，有事打我电话13857312345，帮我登记投诉"
    )
    replies = await _consent(real_engine, "w3", await real_engine.handle(inc("w3", text=story)))
    replies, asked = await _answer_until_summary(
        real_engine, "w3", replies, {"worker_name": "写我妈的名字吧，沈金娣，我爸叫徐国平"}
    )
    assert "workers_affected" not in asked and "contact_phone" not in asked
    filed = await real_engine.handle(inc("w3", button="form:confirm:submit"))
    assert filed[-1].case_no
    fields = store.world.cases[-1].fields
    assert fields["worker_name"] == "沈金娣"
    assert fields["workers_affected"] == 2
    assert fields["contact_phone"] == "13857312345"
    assert "父母" in fields["description"]


async def test_a_shop_told_by_its_own_name_gets_the_registered_name_offer(real_engine: Engine) -> None:
    story = (
        "我叫巫晓琳，在思明区一家美甲店做美甲师，店名叫指尖花语，九月十月提成加底薪没发，"
        "一共一万零四百，就我一个，电话15959212345，帮我登记投诉"
    )
    replies = await _consent(real_engine, "w4", await real_engine.handle(inc("w4", text=story)))
    replies, _asked = await _answer_until_summary(real_engine, "w4", replies, {})
    assert "被反映单位：指尖花语" in replies[-1].text
    assert "form:full:employer_name" in [b.payload for r in replies for b in r.buttons]


async def test_a_worker_placed_at_a_hotel_is_asked_the_hotel_with_one_tap(
    real_engine: Engine, store: MemoryStore
) -> None:
    story = (
        "我叫钱月娥，在鼓楼区的金陵大酒店做客房保洁，不是酒店直接招的，是南京洁净物业管理有限公司派过去的，"
        "九月十月两个月工资没发，一个月三千三，电话13951712345，帮我登记投诉"
    )
    replies = await _consent(real_engine, "w5", await real_engine.handle(inc("w5", text=story)))
    assert replies[-1].expects == "project_name"
    payloads = [b.payload for b in replies[-1].buttons]
    assert "form:said:金陵大酒店" in payloads and "form:skip" in payloads
    replies = await real_engine.handle(inc("w5", button="form:said:金陵大酒店"))
    replies, _asked = await _answer_until_summary(real_engine, "w5", replies, {})
    filed = await real_engine.handle(inc("w5", button="form:confirm:submit"))
    assert filed[-1].case_no
    fields = store.world.cases[-1].fields
    assert fields["project_name"] == "金陵大酒店"
    assert fields["employer_name"] == "南京洁净物业管理有限公司"


async def test_a_placed_worker_may_skip_the_site(real_engine: Engine, store: MemoryStore) -> None:
    story = (
        "我叫丁慧，在滨江区一栋写字楼做保洁，是保洁公司派过去的，公司叫杭州净美环境服务有限公司，"
        "十月工资三千一没发，就我一个，电话13757112345，帮我登记投诉"
    )
    replies = await _consent(real_engine, "w6", await real_engine.handle(inc("w6", text=story)))
    assert replies[-1].expects == "project_name"
    replies, _asked = await _answer_until_summary(real_engine, "w6", replies, {})
    await real_engine.handle(inc("w6", button="form:confirm:submit"))
    assert not store.world.cases[-1].fields.get("project_name")
