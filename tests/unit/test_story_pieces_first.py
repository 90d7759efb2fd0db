"""Issue 10: a story told in pieces keeps every piece. The first piece may say only where the
worker works ("我在X厂做壶…"): it is kept, so the employer it names is not asked again; and the
piece that gives the teller's name, phone and head count after a story kept is its last piece,
not a call for a person (the matcher reads 电话 as one). Found on story probe 3 (a stitcher's
four messages, a crew leader's two); wordings are my own."""

from __future__ import annotations

from bot.core.engine import Engine
from tests.unit.conftest import inc


async def _consented(engine: Engine, user: str, messages: list[str]) -> list:
    replies: list = []
    for text in messages:
        replies = await engine.handle(inc(user, text=text))
    if not any(r.expects == "consent" for r in replies):
        replies = await engine.handle(inc(user, text="我要投诉欠薪"))
    assert any(r.expects == "consent" for r in replies), [r.text[:40] for r in replies]
    return await engine.handle(inc(user, button="form:consent:yes"))


async def test_the_workplace_told_first_is_kept_with_the_pieces(real_engine: Engine) -> None:
    replies = await _consented(
        real_engine,
        "pf1",
        [
            "我在丁蜀鑫陶紫砂厂上班",
            "做茶壶 一把八十块 从五月份做到九月份 一共做了三百把 老板就给了一万 剩下的一直没给",
            "我叫任志刚 电话一三九 五一零零 二二三三",
        ],
    )
    asked = [r.expects for r in replies if r.expects]
    assert "employer_name" not in asked, [r.text[:60] for r in replies]
    assert any("紫砂厂" in r.text for r in replies), [r.text[:80] for r in replies]


async def test_the_name_and_phone_after_a_kept_story_complete_it(real_engine: Engine) -> None:
    user = "pf2"
    await real_engine.handle(
        inc(
            user,
            text="我带了四个老乡在德令哈那边光伏工地上装支架 八月到十月 一个工三百 总包一共就给了一万五 剩下的拖着不给",
        )
    )
    replies = await real_engine.handle(
        inc(user, text="连我五个人 一个人六十个工 我叫韩永寿 电话一八九 九七零八 四四一二")
    )
    assert any(r.expects == "consent" for r in replies), [r.text[:60] for r in replies]
    replies = await real_engine.handle(inc(user, button="form:consent:yes"))
    found = "\n".join(r.text for r in replies)
    assert "韩永寿" in found and "5 人" in found, found
    assert all(r.expects not in ("worker_name", "contact_phone", "workers_affected") for r in replies)


async def test_a_correction_that_also_names_the_teller_keeps_the_name(real_engine: Engine) -> None:
    user = "pf3"
    replies = await real_engine.handle(
        inc(
            user,
            text="我们六个人在台山修海堤 八月到十月 总包是广东海川建设有限公司 一共就给了两万 剩下的四万八一直拖着不给",
        )
    )
    assert any(r.expects == "consent" for r in replies), [r.text[:60] for r in replies]
    await real_engine.handle(inc(user, text="说错了 是七个人 我是带班的 姓邝 邝山的邝 叫邝家伟"))
    replies = await real_engine.handle(inc(user, button="form:consent:yes"))
    found = "\n".join(r.text for r in replies)
    assert "邝家伟" in found and "7 人" in found, found
    assert all(r.expects != "worker_name" for r in replies)
