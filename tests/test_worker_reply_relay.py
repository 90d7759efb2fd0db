"""A staff /reply opens a relay: the worker's answer joins the case and reaches the centre."""

from __future__ import annotations

import random
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from bot.config import Settings
from bot.core.engine import Engine
from bot.core.types import Incoming
from bot.staff.dispatcher import Dispatcher
from bot.staff.senders import HttpSender
from bot.staff.workflow import reply_to_worker
from knowledge_base.service import KnowledgeService
from storage.models import Case, CaseEvent, Conversation, Identity, OutboxMessage
from storage.services.workers import REPLY_WINDOW
from storage.types import utcnow
from storage.uow import SqlWorkerStore
from tests.factories import file_cases, staff_account
from tests.fakes.notify_targets import NotifyTargets

KB = Path(__file__).resolve().parents[1] / "knowledge_base" / "data"


async def _worker_of(db, case_no: str) -> str:
    async with db.session() as s:
        case = (await s.execute(select(Case).where(Case.case_no == case_no))).scalar_one()
        return (await s.get(Identity, case.identity_id)).user_key


async def _events(db, kind: str) -> list[CaseEvent]:
    async with db.session() as s:
        return list((await s.execute(select(CaseEvent).where(CaseEvent.kind == kind))).scalars())


async def test_worker_answer_is_relayed_to_the_case_and_its_centre(
    db, tmp_path, targets: NotifyTargets
) -> None:
    engine = Engine(Settings(data_dir=tmp_path), SqlWorkerStore(db), KnowledgeService(KB))
    [case_no, other_no] = await file_cases(db, 2, centre="central")
    user = await _worker_of(db, case_no)
    staff = await staff_account(db, "li")

    # before any staff reply, a message is an ordinary FAQ question
    replies = await engine.handle(Incoming("web", user, text="好的，工资条我明天拍给你们"))
    assert not await _events(db, "worker_message")

    await reply_to_worker(db, case_no, staff, "请补充工资条照片和考勤记录")
    replies = await engine.handle(Incoming("web", user, text="好的 工资条明天拍 我电话13912345678"))
    assert "工作人员回复" in replies[0].text  # the staff reply, shown first
    assert case_no in replies[-1].text and "承办人" in replies[-1].text
    assert [b.payload for b in replies[-1].buttons] == ["cmd:endreply"]
    [event] = await _events(db, "worker_message")
    assert event.actor == "worker" and "13912345678" in event.note  # staff see it in full on the case
    async with db.session() as s:
        row = (
            await s.execute(select(OutboxMessage).where(OutboxMessage.kind == "worker_message"))
        ).scalar_one()
        assert row.centre_id == "central" and row.payload["case_no"] == case_no

    # the staff group gets it with the phone masked and a details button
    settings = Settings(
        telegram_token="123:abc", telegram_base_url=targets.telegram_base_url, staff_telegram_chat="-100777"
    )
    sender = HttpSender(settings.telegram_token, settings.telegram_base_url, timeout=5.0)
    await Dispatcher(db, settings, sender, lambda: (), rng=random.Random(1)).run_once(utcnow())
    sent = [r.body for r in targets.received if "投诉人回复" in r.body.get("text", "")]
    assert len(sent) == 1 and case_no in sent[0]["text"]
    assert "13912345678" not in sent[0]["text"] and "139****5678" in sent[0]["text"]
    assert sent[0]["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == f"staff:detail:{case_no}"

    # "结束回复" closes the relay: the next message is a question again
    replies = await engine.handle(Incoming("web", user, button="cmd:endreply"))
    assert "结束回复" in replies[0].text
    replies = await engine.handle(Incoming("web", user, text="加班费怎么算"))
    assert "承办人" not in replies[0].text and "加班" in replies[0].text
    assert len(await _events(db, "worker_message")) == 1


async def test_relay_expires_and_never_reaches_another_workers_case(db, tmp_path) -> None:
    engine = Engine(Settings(data_dir=tmp_path), SqlWorkerStore(db), KnowledgeService(KB))
    [case_no, other_no] = await file_cases(db, 2)
    user, other_user = await _worker_of(db, case_no), await _worker_of(db, other_no)
    staff = await staff_account(db, "li")
    await reply_to_worker(db, case_no, staff, "请补充材料")

    # the other worker's messages are never relayed to this case
    await engine.handle(Incoming("web", other_user, text="我也补充一下"))
    assert not await _events(db, "worker_message")

    # after the window the relay is closed
    async with db.session() as s:
        ident = (await s.execute(select(Identity).where(Identity.user_key == user))).scalar_one()
        conv = (
            await s.execute(select(Conversation).where(Conversation.identity_id == ident.id))
        ).scalar_one()
        conv.reply_until = utcnow() - timedelta(seconds=1)
    await engine.handle(Incoming("web", user, text="材料明天交"))
    assert not await _events(db, "worker_message")
    assert REPLY_WINDOW >= timedelta(hours=24)
