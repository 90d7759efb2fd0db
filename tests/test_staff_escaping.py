"""Worker- and staff-typed text stays text: canned replies, WeCom markdown, Telegram HTML."""

from __future__ import annotations

import random
import re
from collections.abc import AsyncIterator

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import update

from bot.config import Settings
from bot.context import CTX, AppContext
from bot.staff.dispatcher import Dispatcher
from bot.staff.senders import HttpSender
from bot.staff.web import setup
from storage.models import Case
from tests.factories import T0, RecordingPusher, file_cases, staff_account
from tests.fakes.notify_targets import NotifyTargets

EVIL = '<font color="warning">假</font>**粗**[点我](http://x.example)`码`<b>&amp;'


@pytest.fixture
async def dash(db, tmp_path) -> AsyncIterator[tuple[TestClient, RecordingPusher]]:
    app = web.Application()
    pusher = RecordingPusher()
    app[CTX] = AppContext(
        settings=Settings(data_dir=tmp_path), db=db, knowledge=None, engine=None, pushers={"web": pusher}
    )
    setup(app, app[CTX])
    async with TestClient(TestServer(app, host="127.0.0.1")) as client:
        yield client, pusher


async def _login(client: TestClient, username: str) -> str:
    page = await (await client.get("/staff/login")).text()
    token = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    await client.post("/staff/login", data={"csrf": token, "username": username, "password": "x" * 12})
    return re.search(r'name="csrf" value="([^"]+)"', await (await client.get("/staff/")).text()).group(1)


async def test_replies_fill_known_placeholders_only(dash, db) -> None:
    client, pusher = dash
    [case_no] = await file_cases(db, 1)
    await staff_account(db, "zhou")
    csrf = await _login(client, "zhou")
    typed = [
        ("您好 {", "您好 {"),
        ("{case_no.__class__}", "{case_no.__class__}"),
        ("{x:>999999999}", "{x:>999999999}"),
        ("{case_no:>50}", "{case_no:>50}"),
        ("{0} {} {unknown}", "{0} {} {unknown}"),
        ("编号 {case_no}，单位 {employer_name}", f"编号 {case_no}，单位 某劳务公司0"),
    ]
    for text, expected in typed:
        r = await client.post(
            f"/staff/cases/{case_no}/reply", data={"csrf": csrf, "text": text}, allow_redirects=False
        )
        assert r.status == 302 and "ok=1" in r.headers["Location"], text
        assert expected in pusher.sent[-1], (text, pusher.sent[-1])
    assert len(pusher.sent[2]) < 500


async def test_worker_text_escaped_on_pages(dash, db) -> None:
    client, _ = dash
    [case_no] = await file_cases(db, 1, urgent_every=1)
    async with db.session() as s:
        await s.execute(update(Case).values(employer_name=EVIL, description="<script>alert(1)</script>"))
    await staff_account(db, "sun")
    await _login(client, "sun")
    for url in ("/staff/", f"/staff/cases/{case_no}"):
        page = await (await client.get(url)).text()
        assert "<script>alert(1)" not in page and '<font color="warning">假' not in page
        assert "&lt;font color=" in page
        # the priority badge is markup, not text
        assert '<span class="badge urgent">紧急</span>' in page
        assert "&lt;span" not in page


async def test_worker_text_escaped_in_wecom_and_telegram(db, targets: NotifyTargets) -> None:
    settings = Settings(
        telegram_token="1:a",
        telegram_base_url=targets.telegram_base_url,
        staff_telegram_chat="-1",
        staff_wecom_webhook=targets.wecom_url("k"),
    )
    [case_no] = await file_cases(db, 1, urgent_every=1)
    async with db.session() as s:
        await s.execute(update(Case).values(employer_name=EVIL, industry="建筑_业*"))
    sender = HttpSender(settings.telegram_token, settings.telegram_base_url)
    d = Dispatcher(db, settings, sender, lambda: (), rng=random.Random(1))
    assert await d.run_once(T0) == 2
    await sender.close()
    wecom = next(r for r in targets.received if r.kind == "wecom").body["markdown"]["content"]
    tg = next(r for r in targets.received if r.kind == "telegram").body
    # WeCom: our own urgent mark is the only tag; worker text cannot open tags, links, bold or code
    assert wecom.count("<font") == 1 and wecom.startswith('**<font color="warning">【紧急】</font>')
    assert "[点我](" not in wecom and "**粗**" not in wecom and "`码`" not in wecom
    assert '＜font color="warning"＞假' in wecom and "［点我］（http://x.example）" in wecom
    assert "建筑＿业＊" in wecom and case_no in wecom
    # Telegram: parse_mode HTML, our <b> title, worker text escaped
    assert tg["parse_mode"] == "HTML" and tg["text"].startswith("<b>【紧急】")
    assert '&lt;font color="warning"&gt;假&lt;/font&gt;' in tg["text"] and "<font" not in tg["text"]
    assert "&lt;b&gt;&amp;amp;" in tg["text"] and tg["text"].count("<b>") == 1
