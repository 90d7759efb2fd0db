"""The cheap path for plain questions: it must give the same answers as the full path, step
aside whenever a worker has something open, and still answer each delivery once."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from bot.config import Settings
from bot.core import texts as core_texts
from bot.core.engine import Engine
from bot.core.types import Incoming
from bot.staff.workflow import reply_to_worker
from knowledge_base.service import KnowledgeService
from storage.models import Case, Delivery, FaqQuery, Identity
from storage.services.query_log import QueryLogStore
from storage.uow import SqlWorkerStore
from tests.factories import file_cases, staff_account

KB = Path(__file__).resolve().parents[1] / "knowledge_base" / "data"


def _engine(db, tmp_path: Path, log: QueryLogStore | None = None) -> Engine:
    return Engine(Settings(data_dir=tmp_path), SqlWorkerStore(db), KnowledgeService(KB, query_log=log))


async def _count(db, model) -> int:
    async with db.session() as s:
        return (await s.execute(select(func.count()).select_from(model))).scalar_one()


async def test_quick_and_full_paths_answer_alike(db, tmp_path) -> None:
    engine = _engine(db, tmp_path)
    questions = ["加班费怎么算", "公积金怎么提取", "试用期最长多久", "今天天气怎么样"]
    first = [await engine.handle(Incoming("web", "new-user-" + q, text=q)) for q in questions]  # full path
    again = [await engine.handle(Incoming("web", "new-user-" + q, text=q)) for q in questions]  # quick path
    assert [[r.text for r in rs] for rs in first] == [[r.text for r in rs] for rs in again]
    assert [[b.payload for r in rs for b in r.buttons] for rs in first] == [
        [b.payload for r in rs for b in r.buttons] for rs in again
    ]


async def test_repeated_delivery_answered_once_before_and_after_the_batch_is_written(db, tmp_path) -> None:
    engine = _engine(db, tmp_path)
    engine.start()  # delivery ids of quick answers are written behind
    await engine.handle(Incoming("web", "42", text="你好"))  # known worker from now on
    msg = Incoming("web", "42", text="年假有几天", delivery_id="web:1001")
    await engine.handle(Incoming("telegram", "42", text="你好"))
    tg = Incoming("telegram", "42", text="年假有几天", delivery_id="tg:1001")
    assert await engine.handle(tg)
    assert await engine.handle(tg) == []  # Telegram sends replies as messages: a redelivery once only
    first = [r.text for r in await engine.handle(msg)]
    assert first
    # A repeat gets the same answer again (probe L8), recorded once: still in this process's buffer...
    assert [r.text for r in await engine.handle(msg)] == first
    await engine.close()  # the batch is written
    assert await _count(db, Delivery) == 2
    other_process = _engine(db, tmp_path)
    assert [r.text for r in await other_process.handle(msg)] == first  # ...or seen in the table
    assert await other_process.handle(tg) == []
    assert await _count(db, Delivery) == 2
    assert await other_process.handle(Incoming("telegram", "42", text="年假有几天", delivery_id="tg:1002"))


async def test_open_form_relay_and_waiting_notice_take_the_full_path(db, tmp_path) -> None:
    engine = _engine(db, tmp_path)
    await engine.handle(Incoming("web", "w1", text="/complain"))
    replies = await engine.handle(Incoming("web", "w1", text="加班费怎么算"))
    assert replies[0].expects == "consent"  # the consent step asks again, no FAQ answer

    [case_no] = await file_cases(db, 1)
    async with db.session() as s:
        case = (await s.execute(select(Case).where(Case.case_no == case_no))).scalar_one()
        user = (await s.get(Identity, case.identity_id)).user_key
    await reply_to_worker(db, case_no, await staff_account(db, "li"), "请补充考勤记录")
    replies = await engine.handle(Incoming("web", user, text="加班费怎么算"))
    assert "请补充考勤记录" in replies[0].text  # the waiting notice comes first
    assert "承办人" in replies[-1].text  # and the text went to the case


async def test_every_query_is_logged_and_a_batch_is_written_on_close(db, tmp_path) -> None:
    log = QueryLogStore(db, flush_seconds=3600)
    engine = _engine(db, tmp_path, log)
    await engine.handle(Incoming("web", "q1", text="加班费怎么算"))
    assert await _count(db, FaqQuery) == 1  # unstarted: written at once
    log.start()
    for q in ("加班费怎么算", "公积金怎么提取", "工伤认定怎么申请"):
        await engine.handle(Incoming("web", "q1", text=q))
    assert await _count(db, FaqQuery) == 1 and len(log.buffered) == 3
    await log.close()
    async with db.session() as s:
        rows = (await s.execute(select(FaqQuery).order_by(FaqQuery.id))).scalars().all()
    assert [r.query for r in rows] == ["加班费怎么算", "加班费怎么算", "公积金怎么提取", "工伤认定怎么申请"]
    assert rows[2].decision == "fallback" and rows[3].topic_id is not None


async def test_closing_while_a_full_batch_wakes_the_writer_loses_nothing(db) -> None:
    import asyncio

    log = QueryLogStore(db, flush_seconds=3600, batch_size=5)
    log.start()
    for round_ in range(20):
        for i in range(5):  # a full batch sets the wake-up event...
            await log.record(
                query=f"q{round_}-{i}",
                normalized="",
                route="fallback",
                topic_id=None,
                score=0.0,
                decision="fallback",
                candidates=[],
                channel="web",
            )
        if round_ % 5 == 4:
            await asyncio.wait_for(log.close(), 10)  # ...and close must still end at once
            log.start()
    await asyncio.wait_for(log.close(), 10)
    assert await _count(db, FaqQuery) == 100


async def test_requests_inside_long_stories_take_their_route_on_the_chat_path(db, tmp_path) -> None:
    """Issue 9 item 3: a request told inside a long story opens the complaint form (consent
    buttons) or shows the worker's complaints, for a new worker and for a known one."""
    engine = _engine(db, tmp_path)
    complaint = (
        "俺们几个老乡跟着工头在外省干了大半年活，完工以后工头说上面的钱没结下来，"
        "一拖就拖到现在，电话也不接了，俺想问问能不能在你这里登个记，让政府帮俺们要一下"
    )
    progress = "我是上个礼拜在你们这上面投诉的，厂里欠了我两个月工资，到现在一点动静都没有，我的投诉有人管没"
    for user in ("story-new", "story-known"):
        if user == "story-known":
            await engine.handle(Incoming("web", user, text="你好"))
        replies = await engine.handle(Incoming("web", user, text=complaint))
        assert "form:consent:yes" in [b.payload for r in replies for b in r.buttons], [
            r.text for r in replies
        ]
        await engine.handle(Incoming("web", user, text="/cancel"))
        replies = await engine.handle(Incoming("web", user, text=progress))
        # no complaint here: the worker is told so first; what the story told is kept, and one
        # tap files it (96f0136), never a case of someone else's
        assert replies[0].text == core_texts.STATUS_NONE, [r.text for r in replies]
        assert all("QX" not in r.text for r in replies), [r.text for r in replies]
