"""The web chat page in real Chromium at a phone's size: a complaint filed from the page."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp.test_utils import TestServer
from playwright.async_api import async_playwright
from sqlalchemy import select

from bot.config import Settings
from bot.server import build_app
from bot.staff.workflow import transition
from storage.models import Attachment, Case
from tests.factories import staff_account

KB = Path(__file__).resolve().parent.parent / "knowledge_base" / "data"
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = pytest.mark.browser
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite+aiosqlite:///{tmp_path / 'web.sqlite3'}"


@pytest.fixture
async def base(db, db_url: str, tmp_path: Path) -> AsyncIterator[str]:
    app = await build_app(Settings(data_dir=tmp_path / "data", database_url=db_url, kb_dir=KB))
    srv = TestServer(app, host="127.0.0.1")
    await srv.start_server()
    yield str(srv.make_url("")).rstrip("/")
    await srv.close()


async def test_file_a_complaint_on_a_phone(base: str, db) -> None:
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS, headless=True)
        page = await browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
        await page.add_init_script("window.LABORBOT_POLL_MS = 300")  # the page asks for updates
        await page.goto(base + "/")
        await page.wait_for_selector("text=劳动关系公共服务中心的智能助手")

        async def say(text: str, expect: str) -> None:
            await page.fill("#text", text)
            await page.click("#send")
            await page.wait_for_selector(f".bot >> text={expect}")

        await say("加班费怎么算", "300%")
        await page.click("#quick >> text=我要投诉欠薪")
        await page.click(".bot .buttons >> text=同意并继续")
        await page.wait_for_selector("text=请问您的姓名")
        await say("周八", "能联系到您的手机号")
        await say("137 1234 5678", "单位")
        await say("某某保洁服务公司", "项目名称")
        await page.locator(".bot .buttons >> text=跳过").last.click()
        await page.wait_for_selector("text=哪个区县")
        await say("西城区和平街", "行业")
        await say("保洁员", "几月")
        await say("今年7月到9月", "多少钱")
        await say("六千", "几个人")
        await say("我们组5个人", "说说情况")
        await say("公司说甲方没付款，一直不发工资", "请核对您的投诉信息")
        # the summary offers to take photos: the file box shows, a photo picked is attached
        assert await page.is_visible("#filebox")
        await page.set_input_files(
            "#file", files=[{"name": "工资条.png", "mimeType": "image/png", "buffer": PNG}]
        )
        await page.wait_for_selector("text=证据材料：1 个文件")
        assert await page.is_visible("#filebox")  # still waiting for the confirmation: more can go
        await page.locator(".bot .buttons >> text=确认提交").last.click()
        await page.wait_for_selector("#case-no")
        case_no = (await page.inner_text("#case-no")).split("：")[1]
        ARTIFACTS.mkdir(exist_ok=True)
        await page.screenshot(path=str(ARTIFACTS / "web_chat_complaint_390x844.png"))
        # staff accept the case: the open page shows it without the worker typing anything
        await transition(db, case_no, "accept", await staff_account(db, "li", centre="xicheng"))
        notice = page.locator(".bot.notice", has_text=case_no)
        await notice.wait_for(timeout=10_000)
        assert "受理" in await notice.inner_text()
        await page.wait_for_timeout(1000)
        assert await page.locator(".bot.notice").count() == 1  # handed over once
        await browser.close()
    async with db.session() as s:
        case = (await s.execute(select(Case))).scalar_one()
    assert case.case_no == case_no and case.worker_name == "周八" and case.centre_id == "xicheng"
    assert case.workers_affected == 5 and float(case.amount_owed) == 6000
    async with db.session() as s:
        [att] = (await s.execute(select(Attachment))).scalars().all()
    assert att.case_id == case.id and att.filename == "工资条.png" and att.size == len(PNG)
