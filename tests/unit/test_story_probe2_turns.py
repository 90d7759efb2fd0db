"""Issue 10, second probe, in this file's own words: who a complaint is for said in a message of
its own before the story (kept, so the caller is not taken for the worker, whatever the first
message was answered with); a cleaner's building named while answering where is no project;
an answer about who owes with talk after the name files the name alone."""

from __future__ import annotations

from bot.core.engine import Engine
from bot.core.extract.employer_answer import employer_answer
from tests.fakes.memory_store import MemoryStore
from tests.unit.conftest import inc


async def test_who_it_is_for_told_first_is_read_with_the_story(real_engine: Engine) -> None:
    await real_engine.handle(inc("p2w", text="你好 我是替俺们村邻居老马来问的 他不识字"))
    replies = await real_engine.handle(
        inc(
            "p2w",
            text="他在南岗区一个物流园搬货 九月十月两个月工钱一分没给 一个月四千 有事打我电话 13904517736 我叫苗红霞",
        )
    )
    if replies[-1].expects != "consent":  # offered, not opened at once: one tap files it
        replies = await real_engine.handle(inc("p2w", button="form:story"))
    assert replies[-1].expects == "consent", [r.text[:60] for r in replies]
    replies = await real_engine.handle(inc("p2w", button="form:consent:yes"))
    found = replies[0].text
    assert "姓名：苗红霞" not in found, found
    assert "姓名：" not in found, found  # the neighbour's name is asked, not the caller's recorded


async def test_a_building_named_by_a_cleaner_answering_where_is_no_project(
    real_engine: Engine, store: MemoryStore
) -> None:
    story = "我在一家保洁公司做保洁 公司叫洁达保洁 十月十一月两个月没发工资 一个月三千九 我叫邵春梅 电话13817264490"
    replies = await real_engine.handle(inc("p2c", text=story))
    if replies[-1].expects != "consent":
        replies = await real_engine.handle(inc("p2c", button="form:story"))
    replies = await real_engine.handle(inc("p2c", button="form:consent:yes"))
    assert replies[-1].expects == "work_location", [r.text[:60] for r in replies]
    replies = await real_engine.handle(inc("p2c", text="闵行区莘庄镇 金都大厦"))
    assert all("项目名称：金都大厦" not in r.text for r in replies), [r.text for r in replies]


def test_talk_after_the_name_in_an_answer_about_who_owes() -> None:
    assert employer_answer("就是川味小厨 老板叫何志强 执照没看到过")[0] == "川味小厨"
    assert employer_answer("老板叫黄润生 佢自己包嘅鱼塘 冇公司")[0] == "黄润生"
    name, note = employer_answer("站点是刘建承包的 营业执照上是长沙市雨花区顺捷配送服务部 不是美团的")
    assert name == "长沙市雨花区顺捷配送服务部"
    assert "不是美团的" in note


async def test_an_outlets_boss_named_in_full_is_asked_the_licence_name(real_engine: Engine) -> None:
    story = (
        "我在雨花区一个圆通网点做快递员 派一件一块 十月派了三千件 网点老板钟国栋一直拖着不给 "
        "我叫易春华 电话15874421093"
    )
    replies = await real_engine.handle(inc("p2o", text=story))
    if replies[-1].expects != "consent":
        replies = await real_engine.handle(inc("p2o", button="form:story"))
    replies = await real_engine.handle(inc("p2o", button="form:consent:yes"))
    asked = replies[-1]
    assert asked.expects == "employer_name", [r.text[:60] for r in replies]
    assert "营业执照" in asked.text and "钟国栋" in asked.text
    keep = next(b.payload for b in asked.buttons if "钟国栋" in b.label)
    replies = await real_engine.handle(inc("p2o", button=keep))
    assert any("钟国栋" in r.text for r in replies), [r.text[:80] for r in replies]
