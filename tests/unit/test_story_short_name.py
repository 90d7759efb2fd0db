"""An employer told by its shop's or factory's own name ("…的顺发汽修厂"): read back as said, and the
summary offers once to add the registered name; the worker may give it, say they do not know, or
just confirm. A platform named as where the work is ("在饿了么上跑") is not filed as the employer:
who pays is asked, one tap keeps the platform."""

from __future__ import annotations

from bot.core.engine import Engine
from bot.core.types import Reply
from tests.fakes.memory_store import MemoryStore
from tests.unit.conftest import inc

STORY = (
    "我叫聂国强，在雨花区韶山南路的顺发汽修厂做钣金，九月十月两个月工资没发，一个月六千五，"
    "就我一个人，电话 139 7315 0286，帮我登记投诉"
)
PLATFORM_STORY = (
    "我叫卜海军，在开福区跑外卖，在饿了么上面接单，十月份的配送费五千八一直没结，"
    "就我一个人，电话 186 7318 4402，帮我登记投诉"
)


async def _to_summary(engine: Engine, user: str, story: str, answers: dict[str, str]) -> list[Reply]:
    replies = await engine.handle(inc(user, text=story))
    if any(b.payload == "form:story" for r in replies for b in r.buttons):
        replies = await engine.handle(inc(user, button="form:story"))
    replies = await engine.handle(inc(user, button="form:consent:yes"))
    for _ in range(8):
        expects = replies[-1].expects
        if expects == "confirm":
            return replies
        if expects in answers:
            replies = await engine.handle(inc(user, text=answers[expects]))
        else:
            replies = await engine.handle(inc(user, button="form:skip"))
    raise AssertionError([r.text for r in replies])


def _payloads(replies: list[Reply]) -> list[str]:
    return [b.payload for r in replies for b in r.buttons]


async def test_short_name_is_read_back_and_the_registered_name_offered_once(
    real_engine: Engine, store: MemoryStore
) -> None:
    replies = await _to_summary(real_engine, "s1", STORY, {})
    text = replies[-1].text
    assert "被反映单位：顺发汽修厂" in text and "像是店名或简称" in text
    assert "form:full:employer_name" in _payloads(replies)
    asked = await real_engine.handle(inc("s1", button="form:full:employer_name"))
    assert asked[-1].expects == "employer_name" and "顺发汽修厂" in asked[-1].text
    replies = await real_engine.handle(
        inc("s1", text="顺发汽修厂，营业执照上写的是长沙市顺发汽车维修有限公司")
    )
    assert "被反映单位：长沙市顺发汽车维修有限公司" in replies[-1].text
    assert "form:full:employer_name" not in _payloads(replies)
    filed = await real_engine.handle(inc("s1", button="form:confirm:submit"))
    assert filed[-1].case_no
    case = store.world.cases[-1]
    assert case.fields["employer_name"] == "长沙市顺发汽车维修有限公司"
    note = case.fields["description"].removeprefix(STORY)  # below the story, the name the worker knows
    assert "顺发汽修厂" in note


async def test_not_knowing_the_registered_name_keeps_the_short_one_and_asks_no_more(
    real_engine: Engine, store: MemoryStore
) -> None:
    await _to_summary(real_engine, "s2", STORY, {})
    await real_engine.handle(inc("s2", button="form:full:employer_name"))
    replies = await real_engine.handle(inc("s2", text="不知道全称"))
    assert "被反映单位：顺发汽修厂" in replies[-1].text
    assert "form:full:employer_name" not in _payloads(replies)  # offered once only
    filed = await real_engine.handle(inc("s2", button="form:confirm:submit"))
    assert filed[-1].case_no and store.world.cases[-1].fields["employer_name"] == "顺发汽修厂"


async def test_a_registered_name_gets_no_offer(real_engine: Engine) -> None:
    story = STORY.replace("顺发汽修厂", "长沙市顺发汽车维修有限公司")
    replies = await _to_summary(real_engine, "s3", story, {})
    assert "form:full:employer_name" not in _payloads(replies)
    assert "像是店名或简称" not in replies[-1].text


async def test_a_platform_is_not_the_employer_who_pays_is_asked(
    real_engine: Engine, store: MemoryStore
) -> None:
    replies = await real_engine.handle(inc("p1", text=PLATFORM_STORY))
    if any(b.payload == "form:story" for r in replies for b in r.buttons):
        replies = await real_engine.handle(inc("p1", button="form:story"))
    replies = await real_engine.handle(inc("p1", button="form:consent:yes"))
    assert "被反映单位" not in replies[0].text  # 饿了么 is not read back as the employer
    assert replies[-1].expects == "employer_name" and "平台" in replies[-1].text
    assert any("饿了么" in b.label for b in replies[-1].buttons)  # one tap keeps it
    replies = await real_engine.handle(inc("p1", text="站点是长沙快捷达人力资源服务有限公司承包的"))
    for _ in range(6):
        if replies[-1].expects == "confirm":
            break
        replies = await real_engine.handle(inc("p1", button="form:skip"))
    filed = await real_engine.handle(inc("p1", button="form:confirm:submit"))
    assert filed[-1].case_no
    assert store.world.cases[-1].fields["employer_name"] == "长沙快捷达人力资源服务有限公司"


async def test_registered_name_alone_keeps_the_short_name_in_a_note(
    real_engine: Engine, store: MemoryStore
) -> None:
    await _to_summary(real_engine, "s4", STORY, {})
    await real_engine.handle(inc("s4", button="form:full:employer_name"))
    await real_engine.handle(inc("s4", text="长沙市顺发汽车维修有限公司"))
    filed = await real_engine.handle(inc("s4", button="form:confirm:submit"))
    assert filed[-1].case_no
    assert "店名/简称：顺发汽修厂" in store.world.cases[-1].fields["description"]
