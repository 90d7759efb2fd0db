"""Story-first complaints through the real engine: who owes told only by a nickname is asked
for (one tap keeps the nickname), a county said without 县 is read back with its county, and a
workmate complaining for someone they name files it under that person with the caller as the
contact."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import Settings
from bot.core.engine import Engine
from bot.core.types import Reply
from tests.chat_replies import labelled_line as _line
from tests.chat_replies import send as _send
from tests.fakes.knowledge import FakeKnowledge, Match
from tests.fakes.memory_store import MemoryStore


async def _start(engine: Engine, user: str, story: str) -> list[Reply]:
    """Tell the story, take the offer to file it (or go on if filing began), consent."""
    replies = await _send(engine, user, text=story)
    offer = [b.payload for r in replies for b in r.buttons if b.payload == "form:story"]
    if offer:
        replies = await _send(engine, user, button=offer[0])
    assert replies[-1].expects == "consent"
    return await _send(engine, user, button="form:consent:yes")


async def _file(
    engine: Engine, user: str, story: str, answers: dict[str, str]
) -> tuple[list[str], list[Reply]]:
    """Tell the story, consent, answer what is asked; (fields asked, the read-back after consent)."""
    replies = await _start(engine, user, story)
    found, asked = replies, []
    for _ in range(12):
        expects = replies[-1].expects
        if replies[-1].case_no or expects is None:
            break
        asked.append(expects)
        if expects == "confirm":
            replies = await _send(engine, user, button="form:confirm:submit")
        elif expects in answers:
            replies = await _send(engine, user, text=answers[expects])
        else:
            replies = await _send(engine, user, button="form:skip")
    return asked, found


async def test_nickname_boss_is_asked_and_county_read_back(real_engine: Engine, store: MemoryStore) -> None:
    story = "老马带我们在习水修路，路都修完了，今年三月到八月的钱一直不给，我们六个人一共十二万，我叫龙建国 电话13985550001"
    asked, found = await _file(real_engine, "n1", story, {"employer_name": "马德贵"})
    assert "习水县" in (_line(found, "工作地点") or "")
    assert "没有匹配到" not in (_line(found, "工作地点") or "")
    assert _line(found, "被反映单位") is None  # 老马 is not read back as a name to file under
    assert asked[0] == "employer_name"
    case = store.world.cases[-1]
    assert case.fields["employer_name"] == "马德贵" and "习水县" in case.fields["work_location"]


async def test_nickname_kept_with_one_tap(real_engine: Engine, store: MemoryStore) -> None:
    story = "在延边一家理发店干了半年 老板姓崔 欠我一万二 我叫朴明 电话13985550002 就我一个 今年一月到六月"
    replies = await _start(real_engine, "n2", story)
    asking = next(r for r in replies if r.expects == "employer_name")
    assert "崔老板" in asking.text
    keep = next(b for b in asking.buttons if b.payload.startswith("form:said:"))
    replies = await _send(real_engine, "n2", button=keep.payload)
    assert any("被反映单位：崔老板" in r.text for r in replies)


async def test_workmate_files_for_the_person_named(real_engine: Engine, store: MemoryStore) -> None:
    story = (
        "同志你好，我替我们车间的黄丽萍大姐来问问，她在宝安区福永的华信电子厂做质检，八月到十月三个月工资没发，"
        "一个月五千，她手机丢了，有事找我，我叫孙敏，13900002222"
    )
    asked, found = await _file(real_engine, "n3", story, {"workers_affected": "就她一个"})
    assert _line(found, "姓名") == "黄丽萍"
    assert "worker_name" not in asked and "contact_phone" not in asked
    case = store.world.cases[-1]
    assert case.fields["worker_name"] == "黄丽萍" and case.fields["contact_phone"] == "13900002222"
    assert "孙敏" in case.fields["description"]  # the caller, kept as the contact


async def test_story_of_a_boss_gone_quiet_is_kept_for_filing(real_engine: Engine, store: MemoryStore) -> None:
    """No 欠, 没给 or 要回来: the boss promised to pay and went quiet. What was told is kept, so
    我要投诉 next asks none of it again."""
    story = (
        "我在官渡区螺蛳湾那边老周家的烧烤店帮工 说好一天两百 九月份我干了二十五天 走的时候老周说过几天转给我"
        " 结果到现在都不回消息 电话也不接 这咋整"
    )
    await _send(real_engine, "n4", text=story)
    replies = await _send(real_engine, "n4", text="我要投诉欠薪")
    assert replies[-1].expects == "consent"
    replies = await _send(real_engine, "n4", button="form:consent:yes")
    assert "官渡区" in (_line(replies, "工作地点") or "")
    assert _line(replies, "行业/工种") is not None
    asked: list[str] = []
    answers = {"worker_name": "周小兵", "contact_phone": "13985550004", "employer_name": "周记烧烤"}
    for _ in range(12):
        expects = replies[-1].expects
        if replies[-1].case_no or expects is None or expects == "confirm":
            break
        asked.append(expects)
        if expects in answers:
            replies = await _send(real_engine, "n4", text=answers[expects])
        elif expects == "workers_affected":
            replies = await _send(real_engine, "n4", text="就我一个")
        else:
            replies = await _send(real_engine, "n4", button="form:skip")
    assert not {"industry", "work_location", "arrears_period", "amount_owed"} & set(asked)


@pytest.mark.parametrize("route", ["human", "progress"])
async def test_story_routed_to_a_person_is_kept_for_filing(
    store: MemoryStore, knowledge: FakeKnowledge, tmp_path: Path, route: str
) -> None:
    """A story the matcher sends to a person ("有事打我电话") or to a case's progress is still
    kept: the offer's one tap (or 我要投诉 next) files it with what it told read."""
    story = (
        "帮我爸问一下，他在观山湖区的锦绣华庭工地做小工，跟的包工头叫杨德才，十月份一天三百干了二十六天，"
        "一分钱都没给。我爸叫龙光荣，不会打字，有事打我电话13985120001"
    )
    knowledge.table[story] = Match(route)
    engine = Engine(Settings(data_dir=tmp_path), store, knowledge)
    replies = await _send(engine, "n5", text=story)
    if route == "human":
        assert any(o["kind"] == "human_request" for o in store.world.outbox)  # the person is still called
    offer = [b.payload for r in replies for b in r.buttons if b.payload == "form:story"]
    assert offer
    await _send(engine, "n5", button=offer[0])
    replies = await _send(engine, "n5", button="form:consent:yes")
    assert _line(replies, "姓名") == "龙光荣"
    assert "13985120001" in (_line(replies, "手机号") or "").replace(" ", "")
    assert replies[-1].expects not in ("worker_name", "contact_phone", "employer_name")
