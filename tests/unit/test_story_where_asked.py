"""Issue 10, played through the engine: a place of work read from a story with no county (a town
several counties share, a road in a city) is not read back as "没有匹配到具体区县"; its county
is asked, the counties with a town of that name offered in one tap each, and the answer gives
the county. Wordings are my own, not from a story set."""

from __future__ import annotations

from bot.core.engine import Engine
from bot.core.types import Reply
from tests.fakes.memory_store import MemoryStore
from tests.unit.conftest import inc


async def _to_questions(engine: Engine, user: str, story: str) -> list[Reply]:
    replies = await engine.handle(inc(user, text=story))
    if any(b.payload == "form:story" for r in replies for b in r.buttons):
        replies = await engine.handle(inc(user, button="form:story"))
    assert replies[-1].expects == "consent", [r.text for r in replies]
    return await engine.handle(inc(user, button="form:consent:yes"))


async def _until(
    engine: Engine, user: str, replies: list[Reply], step: str, answers: dict[str, str]
) -> Reply:
    for _ in range(12):
        if replies[-1].expects == step:
            return replies[-1]
        expects = str(replies[-1].expects)
        assert expects != "confirm", [r.text for r in replies]
        replies = await engine.handle(inc(user, text=answers.get(expects, "不知道")))
    raise AssertionError([r.text for r in replies])


ANSWERS = {
    "worker_name": "邵春来",
    "contact_phone": "13905551234",
    "employer_name": "恒昌毛纺厂",
    "workers_affected": "就我一个",
    "project_name": "没有",
}


async def test_a_town_several_counties_share_is_asked_with_their_counties(
    real_engine: Engine, store: MemoryStore
) -> None:
    story = "我在许村镇的毛纺厂挡车，七月到十月四个月工资没发，一个月五千二，老板一直拖着"
    replies = await _to_questions(real_engine, "w1", story)
    assert not any("没有匹配到具体区县" in r.text for r in replies)
    asked = await _until(real_engine, "w1", replies, "work_location", ANSWERS)
    assert "许村镇" in asked.text
    taps = [b for b in asked.buttons if "海宁市" in b.label]
    assert taps
    replies = await real_engine.handle(inc("w1", button=taps[0].payload))
    assert any("海宁市" in r.text and "许村镇" in r.text for r in replies)


async def test_a_road_in_a_city_with_no_county_is_asked_and_the_answer_kept(
    real_engine: Engine, store: MemoryStore
) -> None:
    story = "我在鞍山胜利路那块一个烧烤店当服务员，九月十月两个月工资没给，一个月两千六，老板说没钱"
    replies = await _to_questions(real_engine, "w2", story)
    assert not any("没有匹配到具体区县" in r.text for r in replies)
    asked = await _until(real_engine, "w2", replies, "work_location", ANSWERS)
    assert "鞍山市胜利路" in asked.text
    replies = await real_engine.handle(inc("w2", text="铁西区胜利路"))
    assert any("铁西区" in r.text for r in replies)
