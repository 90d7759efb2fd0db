"""Dashboard in real Chromium: log in, accept, note, resolve, worker told; wrong password; roles."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from playwright.async_api import async_playwright

from bot.config import Settings
from bot.context import CTX, AppContext
from bot.staff.web import setup
from tests.factories import RecordingPusher, file_cases, staff_account

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
PASSWORD = "x" * 12

pytestmark = pytest.mark.browser


@pytest.fixture
def db_url(tmp_path: Path) -> str:  # the browser flow runs on SQLite; the logic is tested on both
    return f"sqlite+aiosqlite:///{tmp_path / 'browser.sqlite3'}"


@pytest.fixture
async def site(db, tmp_path) -> AsyncIterator[tuple[str, RecordingPusher]]:
    app = web.Application()
    pusher = RecordingPusher()
    app[CTX] = AppContext(
        settings=Settings(data_dir=tmp_path), db=db, knowledge=None, engine=None, pushers={"web": pusher}
    )
    setup(app, app[CTX])
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    yield str(server.make_url("")).rstrip("/"), pusher
    await server.close()


@pytest.fixture
async def browser():
    async with async_playwright() as p:
        b = await p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        await b.close()


async def _login(page, base: str, user: str, password: str = PASSWORD) -> None:
    await page.goto(f"{base}/staff/login")
    await page.fill("input[name=username]", user)
    await page.fill("input[name=password]", password)
    await page.click("button[type=submit]")


async def test_accept_note_resolve_in_the_browser(site, browser, db) -> None:
    base, pusher = site
    [case_no] = await file_cases(db, 1)
    await staff_account(db, "chen")
    page = await browser.new_page(viewport={"width": 1280, "height": 900})
    await _login(page, base, "chen")
    await page.click(f"text={case_no}")
    await page.click("button[value=accept]")
    assert await page.locator(".msg").first.inner_text() == "操作成功。"
    await page.fill("textarea[name=note]", "已与施工单位约定周五调解")
    await page.click("text=添加备注")
    await page.click("button[value=mediate]")
    await page.fill("form:has(button[value=resolve]) input[name=amount_recovered]", "8500")
    await page.fill("form:has(button[value=resolve]) input[name=note]", "单位已支付全部工资")
    await page.click("button[value=resolve]")
    body = await page.inner_text("main")
    assert "已办结" in body and "已与施工单位约定周五调解" in body
    ARTIFACTS.mkdir(exist_ok=True)
    await page.screenshot(path=str(ARTIFACTS / "staff_case_resolved.png"), full_page=True)
    assert [t for t in pusher.sent if "已受理" in t] and [t for t in pusher.sent if "已办结" in t]
    await page.goto(f"{base}/staff/stats")
    await page.wait_for_selector("body[data-charts=drawn]")
    assert await page.locator(".chart svg").count() == 4


async def test_wrong_password_and_admin_pages_blocked(site, browser, db) -> None:
    base, _ = site
    await staff_account(db, "he")
    page = await browser.new_page(viewport={"width": 390, "height": 844})
    await _login(page, base, "he", "not-the-password")
    assert "用户名或密码错误" in await page.inner_text("main")
    await _login(page, base, "he")
    response = await page.goto(f"{base}/staff/admin/faq")
    assert response.status == 403 and "没有权限" in await page.inner_text("main")
    await page.screenshot(path=str(ARTIFACTS / "staff_forbidden_mobile.png"))


async def test_priority_badges_are_elements_not_text(site, browser, db) -> None:
    base, _ = site
    numbers = await file_cases(db, 3, urgent_every=2)  # cases 0 and 2 urgent
    await staff_account(db, "badge")
    page = await browser.new_page(viewport={"width": 1280, "height": 900})
    await _login(page, base, "badge")
    badges = page.locator("tr.case-row span.badge.urgent")
    assert await badges.count() == 2
    assert await badges.all_inner_texts() == ["紧急", "紧急"]
    text = await page.inner_text("main")
    assert "<span" not in text and "class=" not in text
    await page.goto(f"{base}/staff/cases/{numbers[0]}")
    assert await page.locator("h2 span.badge.urgent").inner_text() == "紧急"
    assert "<span" not in await page.inner_text("main")


async def test_situation_charts_drawn_from_the_figures(site, browser, db) -> None:
    from datetime import UTC, datetime, timedelta

    from tests.alert_cases import add_case

    base, _ = site
    now = datetime.now(UTC)
    for i, (district, employer) in enumerate(
        [("东区", "甲"), ("东区", "乙"), ("西区", "甲"), ("南区", "丙")] * 3
    ):
        await add_case(
            db, created=now - timedelta(days=i), district=district, employer=employer, workers=i + 1
        )
    await staff_account(db, "yan", role="supervisor")
    page = await browser.new_page(viewport={"width": 1280, "height": 1200})
    await _login(page, base, "yan")
    await page.goto(f"{base}/staff/situation?period=30")
    await page.wait_for_selector("body[data-charts=drawn]")
    figures = await page.evaluate("fetch('/staff/situation/data.json?period=30').then(r => r.json())")
    drawn = await page.evaluate(
        """() => Object.fromEntries(['trend', 'district', 'industry', 'employer'].map(k => {
            const o = echarts.getInstanceByDom(document.getElementById('chart-' + k)).getOption();
            return [k, {series: o.series.map(s => s.data), axis: (o.yAxis[0].data || o.xAxis[0].data)}];
        }))"""
    )
    assert drawn["trend"]["series"][0] == figures["series"]["current"]["n"]
    assert drawn["trend"]["series"][1] == figures["series"]["previous"]["n"]
    assert drawn["trend"]["axis"] == figures["series"]["labels"]
    for key in ("district", "industry", "employer"):
        rows = figures["by_" + key][::-1]
        assert drawn[key]["axis"] == [r["name"] for r in rows]
        assert drawn[key]["series"][0] == [r["n"] for r in rows]
        assert drawn[key]["series"][1] == [r["prev_n"] for r in rows]
    assert dict(zip(drawn["district"]["axis"], drawn["district"]["series"][0], strict=True)) == {
        "南区": 3,
        "西区": 3,
        "东区": 6,
    }
    assert await page.locator("#chart-district svg").count() == 1
    assert await page.locator(".figure[data-key=n] .now").inner_text() == "12"
    await page.screenshot(path=str(ARTIFACTS / "staff_situation.png"), full_page=True)
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    await page.reload()
    await page.wait_for_selector("body[data-charts=drawn]")
    assert errors == []
