"""The real python-telegram-bot Application, long polling a fake Bot API over loopback HTTP."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp.test_utils import TestServer
from sqlalchemy import func, select

from bot.channels.telegram.convert import split_text
from bot.config import Settings
from bot.server import build_app
from storage.models import Attachment, Case
from tests.fakes.telegram_api import FakeTelegram, fake_telegram  # noqa: F401 - the 'fake' fixture

KB = Path(__file__).resolve().parent.parent / "knowledge_base" / "data"
JPEG = b"\xff\xd8\xff\xe0" + b"0" * 2000
WORKER = 777001


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite+aiosqlite:///{tmp_path / 'tg.sqlite3'}"


@pytest.fixture
async def server(fake: FakeTelegram, db_url: str, tmp_path: Path, db) -> AsyncIterator[TestServer]:
    settings = Settings(
        data_dir=tmp_path / "data",
        database_url=db_url,
        kb_dir=KB,
        telegram_token=fake.token,
        telegram_base_url=fake.base_url,
        telegram_base_file_url=fake.base_file_url,
    )
    app = await build_app(settings)
    srv = TestServer(app, host="127.0.0.1")
    await srv.start_server()
    yield srv
    await srv.close()


def last_buttons(fake: FakeTelegram) -> dict[str, str]:
    markup = fake.sent()[-1].get("reply_markup") or {}
    rows = markup.get("inline_keyboard", [])
    return {b["text"]: b["callback_data"] for row in rows for b in row}


async def step(fake: FakeTelegram, action, expect_more: int = 1) -> str:  # noqa: ANN001
    before = len(fake.sent())
    action()
    await fake.wait_sent(before + expect_more)
    await asyncio.sleep(0.05)
    return "\n".join(m["text"] for m in fake.sent()[before:])


async def test_whole_complaint_by_buttons(fake: FakeTelegram, server: TestServer, db) -> None:
    commands = fake.sent("setMyCommands")
    assert commands and "complain" in str(commands[0])
    text = await step(fake, lambda: fake.push_text(WORKER, "/start"))
    assert "劳动关系公共服务中心" in text
    await step(fake, lambda: fake.push_button(WORKER, last_buttons(fake)["登记欠薪投诉"]))
    assert "个人信息" in fake.sent()[-1]["text"]
    await step(fake, lambda: fake.push_button(WORKER, last_buttons(fake)["同意并继续"]))
    await step(fake, lambda: fake.push_text(WORKER, "孙七"), 2)
    assert fake.sent()[-1]["reply_markup"]["keyboard"][0][0]["request_contact"] is True
    text = await step(
        fake, lambda: fake.push_contact(WORKER, "+86 139 0000 1111", owner=123)
    )  # not their own
    assert "本人" in text
    await step(fake, lambda: fake.push_contact(WORKER, "+86 139 0000 1111", owner=WORKER), 2)
    for answer in ["某餐饮管理有限公司"]:
        await step(fake, lambda a=answer: fake.push_text(WORKER, a), 2)
    await step(fake, lambda: fake.push_button(WORKER, last_buttons(fake)["跳过"]))
    for answer in ["南山区科技路", "外卖骑手", "上个月", "三千五", "就我一个", "站长说平台没结算，一直拖着"]:
        await step(fake, lambda a=answer: fake.push_text(WORKER, a), 2)
    # the last answer brings the summary, which offers to take photos: one sent now is attached
    assert "请核对" in fake.sent()[-1]["text"] and "照片或文件" in fake.sent()[-1]["text"]
    text = await step(fake, lambda: fake.push_photo(WORKER, JPEG), 2)
    assert "已收到材料" in text and "证据材料：1 个文件" in fake.sent()[-1]["text"]
    assert "确认提交" in last_buttons(fake)  # the summary again, still waiting for the confirmation
    text = await step(fake, lambda: fake.push_button(WORKER, last_buttons(fake)["确认提交"]))
    assert "投诉编号：QX" in text
    assert fake.sent("answerCallbackQuery")
    async with db.session() as s:
        case = (await s.execute(select(Case))).scalar_one()
        assert (case.worker_name, case.contact_phone, case.centre_id) == ("孙七", "13900001111", "nanshan")
        assert float(case.amount_owed) == 3500 and case.workers_affected == 1
        att = (await s.execute(select(Attachment))).scalar_one()
        assert att.case_id == case.id and att.size == len(JPEG)


async def test_same_update_twice_answers_once(fake: FakeTelegram, server: TestServer, db) -> None:
    update = fake.push_text(WORKER + 1, "加班费怎么算", update_id=5555)
    await fake.wait_sent(1)
    fake.push_update(update)
    fake.push_text(WORKER + 1, "/help")
    await fake.wait_sent(2)
    await asyncio.sleep(0.3)
    texts = [m["text"] for m in fake.sent()]
    assert len(texts) == 2 and "300%" in texts[0] and "/complain" in texts[1]


async def test_rate_limit_is_respected(fake: FakeTelegram, server: TestServer) -> None:
    fake.fail_next.append(("sendMessage", 429, 1))
    fake.push_text(WORKER + 2, "/help")
    sent = await fake.wait_sent(1, timeout=15)
    assert "/complain" in sent[0]["text"]


def test_long_answers_split_cleanly() -> None:
    text = ("第一段" * 500 + "\n\n") * 4
    parts = split_text(text)
    assert all(len(p) <= 4096 for p in parts) and len(parts) >= 2
    assert "".join(parts).replace("\n", "") == text.replace("\n", "")


async def test_no_token_means_no_telegram(tmp_path: Path, db_url: str, db) -> None:
    app = await build_app(Settings(data_dir=tmp_path / "d", database_url=db_url, kb_dir=KB))
    assert not any("telegram" in str(r.resource) for r in app.router.routes())
    async with TestServer(app, host="127.0.0.1") as srv:
        assert srv.app is app
    async with db.session() as s:
        assert await s.scalar(select(func.count(Case.id))) == 0


async def test_commands_under_other_names_reach_the_command(fake: FakeTelegram, server: TestServer) -> None:
    """Telegram's menu has latin commands only; a worker types "/tousu", "/投诉", "/complain@bot" or a
    bare word ("人工") and gets the command, not the help text or the fallback."""
    for n, (typed, expected) in enumerate(
        [
            ("/tousu", "个人信息告知"),
            ("/投诉", "个人信息告知"),
            ("/complain@laborbot_bot", "个人信息告知"),
            ("/jindu", "还没有提交过欠薪投诉"),
            ("/rengong", "已为您转接人工服务"),
            ("/kefu", "已为您转接人工服务"),
            ("人工", "已为您转接人工服务"),
            ("菜单", "/complain"),
        ]
    ):
        text = await step(fake, lambda t=typed, n=n: fake.push_text(WORKER + 10 + n, t))
        assert expected in text, (typed, text)
