"""Staff commands in Telegram (/cases, /case, /note, /reply and the notification buttons)
through the real python-telegram-bot Application and the fake Bot API."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp.test_utils import TestServer
from sqlalchemy import select

from bot.config import Settings
from bot.server import build_app
from storage.models import Case, CaseEvent, StaffAccount
from tests.factories import file_cases, staff_account
from tests.fakes.telegram_api import FakeTelegram, fake_telegram  # noqa: F401 - the 'fake' fixture

KB = Path(__file__).resolve().parent.parent / "knowledge_base" / "data"
STAFF, WORKER = 555001, 777002


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
        staff_telegram_users=[STAFF],
    )
    srv = TestServer(await build_app(settings), host="127.0.0.1")
    await srv.start_server()
    yield srv
    await srv.close()


async def said(fake: FakeTelegram, push) -> str:  # noqa: ANN001
    before = len(fake.sent())
    push()
    await fake.wait_sent(before + 1)
    await asyncio.sleep(0.05)
    return "\n".join(m["text"] for m in fake.sent()[before:])


async def test_staff_commands_and_buttons(fake: FakeTelegram, server: TestServer, db) -> None:
    [case_no] = await file_cases(db, 1)
    listed = await said(fake, lambda: fake.push_text(STAFF, "/cases"))
    assert case_no in listed and "某劳务公司0" in listed
    detail = await said(fake, lambda: fake.push_text(STAFF, f"/case {case_no}"))
    assert case_no in detail and "13912345678" not in detail  # personal data masked
    assert "用法" in await said(fake, lambda: fake.push_text(STAFF, "/note"))
    await said(fake, lambda: fake.push_text(STAFF, f"/note {case_no} 已电话联系老板"))
    accepted = await said(fake, lambda: fake.push_button(STAFF, f"staff:accept:{case_no}"))
    assert case_no in accepted
    async with db.session() as s:
        case = (await s.execute(select(Case).where(Case.case_no == case_no))).scalar_one()
        notes = (await s.execute(select(CaseEvent.note).where(CaseEvent.case_id == case.id))).scalars().all()
    assert case.status == "accepted" and "已电话联系老板" in notes
    assert [c for c in fake.calls if c[0] == "answerCallbackQuery"]


async def test_a_worker_never_reaches_staff_commands(fake: FakeTelegram, server: TestServer, db) -> None:
    [case_no] = await file_cases(db, 1)
    text = await said(fake, lambda: fake.push_text(WORKER, f"/case {case_no}"))
    # the worker conversation reads the case number as a progress request for their own cases:
    # another person's case is not found, and none of its details is shown
    assert "只能查询您本人提交的投诉" in text and "某劳务公司0" not in text and "已受理" not in text
    await said(fake, lambda: fake.push_text(WORKER, "/cases"))
    async with db.session() as s:
        case = (await s.execute(select(Case).where(Case.case_no == case_no))).scalar_one()
    assert case.status == "submitted"


async def test_a_child_centres_staff_see_only_their_own_cases(
    fake: FakeTelegram, server: TestServer, db
) -> None:
    acc = await staff_account(db, "xicheng-staff", centre="xicheng")
    async with db.session() as s:
        (await s.get(StaffAccount, acc.id)).telegram_user_id = STAFF
    [own] = await file_cases(db, 1, centre="xicheng")
    [other] = await file_cases(db, 1, centre="dongcheng")
    listed = await said(fake, lambda: fake.push_text(STAFF, "/cases"))
    assert own in listed and other not in listed
    detail = await said(fake, lambda: fake.push_text(STAFF, f"/case {other}"))
    assert other in detail and "某劳务公司" not in detail  # told it is unknown, nothing of the case shown
    assert "某劳务公司" in await said(fake, lambda: fake.push_text(STAFF, f"/case {own}"))
