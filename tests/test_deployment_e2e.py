"""THE DEPLOYMENT TEST (issue 14): the shipped nginx site (deploy/nginx/laborbot.conf, TLS on
loopback) in front of two `laborbot serve` processes on one PostgreSQL. Web, WeChat and
Telegram-webhook conversations alternate between the processes through nginx (the webhook
secret is generated once and shared through the database); one process is SIGKILLed
mid-load and restarted. Asserted: every complaint filed exactly once with the
worker's own answers, every staff notification delivered exactly once, every Telegram
update answered, evidence sent through one process readable from both, /metrics from both.

Deterministic kill point: the kill falls while every conversation is mid-form and the
staff outbox is empty, so no notification can be half-sent (a row claimed by a killed
process would wait out its 60 s lease; that case is the dispatcher's own test)."""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import time
from collections import Counter
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from sqlalchemy import func, select

from bot.channels.wechat.crypto import sha1_signature
from storage.db import Database
from storage.models import Attachment, Case, Identity, OutboxMessage
from tests.deploy_harness import NGINX, Nginx, Retrying, Server
from tests.factories import staff_account
from tests.fakes.notify_targets import NotifyTargets
from tests.fakes.telegram_api import FakeTelegram
from tests.fakes.wechat_api import WeChatAPI
from tests.pg import PgServer, free_port

pytestmark = [pytest.mark.deployment, pytest.mark.postgres, pytest.mark.timeout(150)]

WECHAT_TOKEN = "deploy-e2e-token"
WEB_WORKERS = 5
WECHAT_WORKERS = 4
TG_USERS = 4
EVIDENCE = b"\x89PNG\r\n\x1a\n" + b"deploy-e2e-evidence" * 50

# (web message, WeChat text) per step; the first half runs before the kill, the kill falls in
# the second half, the last step (submit) after the restart. {i} is the worker's number.
STEPS: list[tuple[dict[str, str], str]] = [
    ({"text": "/complain"}, "我要投诉老板欠薪"),
    ({"button": "form:consent:yes"}, "1"),
    ({"text": "网工{i}号"}, "微工{i}号"),
    ({"text": "1390000{i:04d}"}, "1370000{i:04d}"),
    ({"text": "某装修公司{i}"}, "某物业公司{i}"),
    ({"button": "form:skip"}, "跳过"),
    ({"text": "东城区和平小区"}, "东城区和平小区"),
    ({"text": "油漆工"}, "保安"),
    ({"text": "今年8月到10月"}, "今年8月到10月"),
    ({"text": "{amount}元"}, "{amount}元"),
    ({"text": "3个人"}, "就我一个"),
    ({"text": "老板跑了电话不接"}, "物业公司三个月没发工资了"),  # the summary, offering to take files
    ({"button": "form:confirm:submit"}, "1"),  # (web worker 0 uploads a photo at the summary first)
]
BEFORE_KILL = 6
SUBMIT = len(STEPS) - 1
TG_TEXTS = ["/start", "加班费怎么算", "公司不给交社保怎么办", "/status"]


def amount(i: int) -> int:
    return 10_000 + 137 * i


class Load:
    """The clients: web pages, WeChat's servers and Telegram's, all talking to nginx."""

    def __init__(self, nginx: Nginx, http: aiohttp.ClientSession) -> None:
        self.base = nginx.url
        self.send = Retrying(http)
        self.ids = itertools.count(1)
        self.nonces = itertools.count(1)
        self.web_replies: dict[int, list[Any]] = {}
        self.tg_updates: Counter[int] = Counter()
        self.tg_secret = ""

    async def web(self, i: int, step: int) -> None:
        message = {k: v.format(i=i, amount=amount(i)) for k, v in STEPS[step][0].items()}
        body = {"user": f"web-{i}", "id": f"w{i}-{step}", **message}
        status, raw = await self.send.post(
            lambda: (f"{self.base}/api/chat", {"json": body}), what=f"web {i} step {step}"
        )
        assert status == 200, raw[:300]
        self.web_replies.setdefault(i, []).append(json.loads(raw))

    async def web_upload(self, i: int) -> None:
        def make() -> tuple[str, dict[str, Any]]:
            form = aiohttp.FormData()
            form.add_field("user", f"web-{i}")
            form.add_field("file", EVIDENCE, filename="欠条.png", content_type="image/png")
            return f"{self.base}/api/chat/upload", {"data": form}

        status, raw = await self.send.post(make, what=f"web {i} upload")
        assert status == 200, raw[:300]

    async def wechat(self, i: int, step: int) -> None:
        text = STEPS[step][1].format(i=i, amount=amount(i))
        msg_id = str(9_000_000 + i * 100 + step)
        xml = (
            f"<xml><ToUserName><![CDATA[gh_test]]></ToUserName>"
            f"<FromUserName><![CDATA[oDeploy{i}]]></FromUserName><CreateTime>{int(time.time())}</CreateTime>"
            f"<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[{text}]]></Content>"
            f"<MsgId>{msg_id}</MsgId></xml>"
        ).encode()

        def make() -> tuple[str, dict[str, Any]]:
            ts, nonce = str(int(time.time())), f"n{next(self.nonces)}"
            sig = sha1_signature(WECHAT_TOKEN, ts, nonce)
            return f"{self.base}/wechat?signature={sig}&timestamp={ts}&nonce={nonce}&openid=oDeploy{i}", {
                "data": xml
            }

        status, raw = await self.send.post(make, what=f"wechat {i} step {step}")
        assert status == 200, raw[:300]

    async def telegram(self, user: int, n: int) -> None:
        update_id = 50_000 + user * 10 + n
        text = TG_TEXTS[n]
        update = {
            "update_id": update_id,
            "message": {
                "message_id": update_id,
                "date": int(time.time()),
                "chat": {"id": user, "type": "private"},
                "from": {"id": user, "is_bot": False, "first_name": f"工人{user}"},
                "text": text,
                **(
                    {"entities": [{"type": "bot_command", "offset": 0, "length": len(text)}]}
                    if text.startswith("/")
                    else {}
                ),
            },
        }
        headers = {"X-Telegram-Bot-Api-Secret-Token": self.tg_secret}
        status, raw = await self.send.post(
            lambda: (f"{self.base}/telegram/webhook", {"json": update, "headers": headers}),
            what=f"telegram {user} update {n}",
        )
        assert status == 200, raw[:300]
        self.tg_updates[user] += 1

    async def steps(self, lo: int, hi: int) -> None:
        """Every worker through steps lo..hi-1, all workers at once, each in order."""

        async def web_worker(i: int) -> None:
            for step in range(lo, hi):
                if i == 0 and step == SUBMIT:
                    await self.web_upload(i)
                await self.web(i, step)

        async def wechat_worker(i: int) -> None:
            for step in range(lo, hi):
                await self.wechat(i, step)

        await asyncio.gather(
            *(web_worker(i) for i in range(WEB_WORKERS)), *(wechat_worker(i) for i in range(WECHAT_WORKERS))
        )


def webhook_secrets(tg: FakeTelegram) -> list[str]:
    return [str(params.get("secret_token")) for method, params in tg.calls if method == "setWebhook"]


async def wait_for(check: Any, timeout: float, what: str) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        got = await check()
        if got:
            return got
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.2)


async def metrics(http: aiohttp.ClientSession, port: int) -> str:
    async with http.get(f"http://127.0.0.1:{port}/metrics") as r:
        assert r.status == 200
        return await r.text()


def messages_total(text: str) -> float:
    return sum(float(v) for v in re.findall(r"(?m)^laborbot_messages_total\{[^}]*\} (\S+)$", text))


async def evidence_via(port: int, attachment_id: int) -> bytes:
    """Log in to the dashboard of one process directly and download the evidence file."""
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as staff:
        base = f"http://127.0.0.1:{port}"
        async with staff.get(f"{base}/staff/login") as r:
            csrf = re.search(r'name="csrf" value="([^"]+)"', await r.text()).group(1)
        form = {"csrf": csrf, "username": "e2e-staff", "password": "x" * 12}
        async with staff.post(f"{base}/staff/login", data=form, allow_redirects=False) as r:
            assert r.status in (302, 303), await r.text()
        async with staff.get(f"{base}/staff/evidence/{attachment_id}") as r:
            assert r.status == 200
            return await r.read()


async def test_two_processes_behind_nginx_survive_a_kill(tmp_path: Path, pg_server: PgServer) -> None:
    assert NGINX.exists(), "nginx is needed (scripts/test installs it)"
    started = time.monotonic()
    db_url = pg_server.create_database("deploy_e2e")
    tg, wechat, targets = FakeTelegram(), WeChatAPI(), NotifyTargets()
    for fake in (tg, wechat, targets):
        await fake.start()
    ports = [free_port(), free_port()]
    nginx = Nginx(tmp_path / "nginx", ports, https_port=free_port(), http_port=free_port())
    shared = tmp_path / "shared"  # evidence folder shared by both processes
    env = {
        "LABORBOT_DATABASE_URL": db_url,
        "LABORBOT_EVIDENCE_DIR": str(shared),
        "LABORBOT_TRUSTED_PROXIES": '["127.0.0.1"]',
        "LABORBOT_TELEGRAM_TOKEN": tg.token,
        "LABORBOT_TELEGRAM_BASE_URL": tg.base_url,
        "LABORBOT_TELEGRAM_BASE_FILE_URL": tg.base_file_url,
        "LABORBOT_TELEGRAM_WEBHOOK_URL": f"{nginx.url}/telegram/webhook",
        "LABORBOT_WECHAT_TOKEN": WECHAT_TOKEN,
        "LABORBOT_WECHAT_APPID": wechat.appid,
        "LABORBOT_WECHAT_APPSECRET": wechat.secret,
        "LABORBOT_WECHAT_API_BASE": wechat.base,
        "LABORBOT_STAFF_WECOM_WEBHOOK": targets.wecom_url("staff-e2e"),
        # all test traffic comes from 127.0.0.1: the per-address abuse limits would refuse it
        "LABORBOT_WEB_MESSAGES_PER_MINUTE_IP": "100000",
        "LABORBOT_WEB_MESSAGES_PER_MINUTE_USER": "100000",
        "LABORBOT_WEB_COMPLAINTS_PER_DAY_IP": "100000",
        "LABORBOT_WEB_UPLOADS_PER_HOUR_IP": "100000",
    }
    # each process its own data folder; only the evidence folder is shared
    servers = [
        Server(p, env | {"LABORBOT_DATA_DIR": str(tmp_path / f"data-{p}")}, tmp_path / f"serve-{p}")
        for p in ports
    ]
    db = Database(db_url)
    try:
        for server in servers:  # one upgrades the schema, the other waits on its advisory lock
            server.spawn()
        await asyncio.gather(*(server.ready() for server in servers))
        print(f"deployment e2e: both processes ready after {time.monotonic() - started:.1f} s")
        nginx.start()
        timeout = aiohttp.ClientTimeout(total=40)
        connector = aiohttp.TCPConnector(ssl=nginx.ssl_context(), limit=0)
        async with aiohttp.ClientSession(timeout=timeout, connector=connector) as http:
            load = Load(nginx, http)
            # no secret configured: the one generated and kept in the database, the same in both
            load.tg_secret = webhook_secrets(tg)[0]
            assert len(webhook_secrets(tg)) == 2 and len(set(webhook_secrets(tg))) == 1
            bad = {"X-Telegram-Bot-Api-Secret-Token": "guess"}
            async with http.post(f"{nginx.url}/telegram/webhook", json={"update_id": 1}, headers=bad) as r:
                assert r.status == 403
            # 1. every conversation halfway, and Telegram's first updates
            await asyncio.gather(
                load.steps(0, BEFORE_KILL), *(load.telegram(700 + u, 0) for u in range(TG_USERS))
            )
            assert await db.read(lambda c: c.execute(select(func.count(OutboxMessage.id))).scalar()) == 0

            # 2. the rest of the form with one process SIGKILLed a moment in, then restarted
            async def kill_and_restart() -> None:
                await asyncio.sleep(0.4)
                servers[0].kill()
                await asyncio.sleep(1.0)
                servers[0].spawn()
                t0 = time.monotonic()
                await servers[0].ready()
                print(f"deployment e2e: restarted in {time.monotonic() - t0:.1f} s")

            await asyncio.gather(
                load.steps(BEFORE_KILL, SUBMIT),
                *(load.telegram(700 + u, n) for u in range(TG_USERS) for n in (1, 2)),
                kill_and_restart(),
            )
            # 3. submit, and Telegram's last update, with both processes up again
            await asyncio.gather(
                load.steps(SUBMIT, len(STEPS)), *(load.telegram(700 + u, 3) for u in range(TG_USERS))
            )

            # every complaint filed once, with this worker's own answers
            def cases_by_worker(conn: Any) -> dict[str, list[tuple]]:
                rows = conn.execute(
                    select(Identity.user_key, Case.case_no, Case.worker_name, Case.amount_owed).join(
                        Identity, Case.identity_id == Identity.id
                    )
                ).all()
                out: dict[str, list[tuple]] = {}
                for key, *rest in rows:
                    out.setdefault(key, []).append(tuple(rest))
                return out

            filed = await db.read(cases_by_worker)
            for i in range(WEB_WORKERS):
                got = filed.get(f"web-{i}", [])
                assert [(g[1], int(g[2])) for g in got] == [(f"网工{i}号", amount(i))], (i, got)
            for i in range(WECHAT_WORKERS):
                got = filed.get(f"oDeploy{i}", [])
                assert [(g[1], int(g[2])) for g in got] == [(f"微工{i}号", amount(i))], (i, got)
            assert sum(len(v) for v in filed.values()) == WEB_WORKERS + WECHAT_WORKERS
            case_nos = [g[0] for v in filed.values() for g in v]

            # every staff notification delivered exactly once (alone or folded into a digest)
            async def outbox_done() -> bool:
                return (
                    await db.read(
                        lambda c: c.execute(
                            select(func.count(OutboxMessage.id)).where(OutboxMessage.status == "pending")
                        ).scalar()
                    )
                    == 0
                )

            await wait_for(outbox_done, 20, "the outbox to drain")
            statuses = await db.read(
                lambda c: dict(
                    c.execute(select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status)).all()
                )
            )
            assert set(statuses) <= {"sent", "folded", "routed"}, statuses  # routed: split per target
            delivered = "\n".join(json.dumps(r.body, ensure_ascii=False) for r in targets.received)
            assert {n: delivered.count(n) for n in case_nos} == {n: 1 for n in case_nos}

            # every Telegram update answered (the answers go out through the fake Bot API)
            sent_to = Counter(int(m["chat_id"]) for m in tg.sent())
            for u in range(TG_USERS):
                assert load.tg_updates[700 + u] == len(TG_TEXTS)
                assert sent_to[700 + u] >= len(TG_TEXTS), (u, sent_to)

            # evidence sent through nginx is readable from each process directly
            att_id, centre = await db.read(
                lambda c: c.execute(
                    select(Attachment.id, Case.centre_id).join(Case, Attachment.case_id == Case.id)
                ).one()
            )
            await staff_account(db, "e2e-staff", role="staff", centre=centre)  # staff of the case's centre
            assert await evidence_via(ports[0], att_id) == EVIDENCE
            assert await evidence_via(ports[1], att_id) == EVIDENCE
            assert [f.read_bytes() for f in shared.iterdir() if f.is_file()] == [EVIDENCE]

            # the restarted process takes traffic again once nginx's fail_timeout has passed
            probe = itertools.count()

            async def restarted_serves() -> bool:
                await load.web(90 + next(probe) % 5, 0)
                return messages_total(await metrics(http, ports[0])) > 0

            await wait_for(restarted_serves, 15, "nginx to send traffic to the restarted process")
            for port in ports:
                text = await metrics(http, port)
                assert f'laborbot_cases{{status="submitted"}} {float(len(case_nos))}' in text, text[-800:]
            async with http.get(f"{nginx.url}/metrics") as r:
                assert r.status == 404  # not served to the outside
            assert servers[0].starts == 2 and servers[1].starts == 1
            assert webhook_secrets(tg) == [load.tg_secret] * 3  # the restarted process too
    finally:
        nginx.stop()
        for server in servers:
            server.stop()
        await db.dispose()
        for fake in (tg, wechat, targets):
            await fake.close()
    print(f"deployment e2e: {time.monotonic() - started:.1f} s, retried deliveries: {len(load.send.retried)}")
