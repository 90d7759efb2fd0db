"""Through nginx (the shipped deploy/nginx/laborbot.conf, TLS on loopback) in front of 1, 2
and 3 `laborbot serve` processes on one PostgreSQL: FAQ messages/s and complaint-form
messages/s, as ratios against one process without nginx measured in the same run; then
conversations resumed after a SIGKILL, and duplicates when WeChat redelivers the same MsgId
to both processes at once. The setups take turns for 3 rounds and medians are reported, so
that other load on the machine, which drifts, falls on every setup alike. Bounded: about 5
minutes. Loopback only.
Run: .venv/bin/python bench/bench_nginx.py [--seconds 5] [--clients 16] [--rounds 3]"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import aiohttp

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from sqlalchemy import func, select  # noqa: E402

from bot.channels.wechat.crypto import sha1_signature  # noqa: E402
from storage.db import Database  # noqa: E402
from storage.models import Case, Identity  # noqa: E402
from tests.deploy_harness import Nginx, Retrying, Server  # noqa: E402
from tests.pg import free_port, start_postgres  # noqa: E402

FAQ = [
    "加班费怎么算",
    "公司不给交社保怎么办",
    "试用期最长多久",
    "被辞退有补偿吗",
    "年假有几天",
    "工伤怎么认定",
]
FORM: list[dict[str, str]] = [
    {"text": "/complain"},
    {"button": "form:consent:yes"},
    {"text": "压测{n}"},
    {"text": "13900001234"},
    {"text": "某装修公司{n}"},
    {"button": "form:skip"},
    {"text": "东城区和平小区"},
    {"text": "油漆工"},
    {"text": "今年8月到10月"},
    {"text": "12000元"},
    {"text": "3个人"},
    {"text": "老板跑了电话不接"},
    {"button": "form:skip"},
    {"button": "form:confirm:submit"},
]
WECHAT_FORM = [
    "我要投诉老板欠薪", "1", "微工{n}", "13700001234", "某物业公司{n}", "跳过", "东城区和平小区",
    "保安", "今年8月到10月", "9000元", "就我一个", "物业公司三个月没发工资了", "1", "1",
]  # fmt: skip
WECHAT_TOKEN = "bench-token"
_ids = itertools.count(1)


async def faq_rate(http: aiohttp.ClientSession, base: str, seconds: float, clients: int, tag: str) -> float:
    async def client(c: int) -> int:
        user, n = f"faq-{tag}-{c}", 0
        async with http.post(f"{base}/api/chat", json={"user": user, "text": "/start"}) as r:
            await r.read()  # the worker is known from now on: questions take the quick path
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            body = {"user": user, "text": FAQ[n % len(FAQ)], "id": f"{tag}-{next(_ids)}"}
            async with http.post(f"{base}/api/chat", json=body) as r:
                await r.read()
                assert r.status == 200, r.status
            n += 1
        return n

    t0 = time.monotonic()
    done = await asyncio.gather(*(client(c) for c in range(clients)))
    return sum(done) / (time.monotonic() - t0)


async def form_rate(http: aiohttp.ClientSession, base: str, seconds: float, clients: int, tag: str) -> float:
    async def client(c: int) -> int:
        sent, end = 0, time.monotonic() + seconds
        for k in itertools.count():
            user = f"form-{tag}-{c}-{k}"
            for step in FORM:
                if time.monotonic() >= end:
                    return sent
                body = {
                    "user": user,
                    "id": f"{tag}-{next(_ids)}",
                    **{a: b.format(n=c) for a, b in step.items()},
                }
                async with http.post(f"{base}/api/chat", json=body) as r:
                    await r.read()
                    assert r.status == 200, r.status
                sent += 1
        return sent

    t0 = time.monotonic()
    done = await asyncio.gather(*(client(c) for c in range(clients)))
    return sum(done) / (time.monotonic() - t0)


async def resumed_after_kill(
    http: aiohttp.ClientSession, nginx: Nginx, servers: list[Server], db: Database, n: int
) -> tuple[int, int, int]:
    """n web conversations halfway, one process killed, the rest through nginx with retries.
    Returns (filed once with the right name, filed twice or more, deliveries retried)."""
    send = Retrying(http)

    async def step(i: int, k: int) -> None:
        body = {"user": f"kill-{i}", "id": f"kill-{i}-{k}", **{a: b.format(n=i) for a, b in FORM[k].items()}}
        status, _ = await send.post(lambda: (f"{nginx.url}/api/chat", {"json": body}), f"kill {i} {k}")
        assert status == 200

    await asyncio.gather(*(_steps(step, i, range(0, 6)) for i in range(n)))

    async def kill() -> None:
        await asyncio.sleep(0.3)
        servers[0].kill()

    await asyncio.gather(kill(), *(_steps(step, i, range(6, len(FORM))) for i in range(n)))
    rows = await db.read(
        lambda c: c.execute(
            select(Identity.user_key, Case.worker_name)
            .join(Identity, Case.identity_id == Identity.id)
            .where(Identity.user_key.like("kill-%"))
        ).all()
    )
    per_user: dict[str, list[str]] = {}
    for key, name in rows:
        per_user.setdefault(key, []).append(name)
    ok = sum(1 for i in range(n) if per_user.get(f"kill-{i}") == [f"压测{i}"])
    twice = sum(1 for names in per_user.values() if len(names) > 1)
    return ok, twice, len(send.retried)


async def _steps(step: Any, i: int, ks: range) -> None:
    for k in ks:
        await step(i, k)


async def redelivery(http: aiohttp.ClientSession, ports: list[int], db: Database, n: int) -> tuple[int, int]:
    """WeChat retries: every message of n WeChat complaints sent with the same MsgId to both
    processes at once (directly, as two retries landing on different processes would).
    Returns (workers with exactly one case, cases beyond one per worker)."""
    nonces = itertools.count()

    async def deliver(port: int, i: int, k: int) -> None:
        ts, nonce = str(int(time.time())), f"r{next(nonces)}"
        q = f"signature={sha1_signature(WECHAT_TOKEN, ts, nonce)}&timestamp={ts}&nonce={nonce}&openid=oR{i}"
        xml = (
            f"<xml><ToUserName><![CDATA[gh]]></ToUserName><FromUserName><![CDATA[oRe{i}]]></FromUserName>"
            f"<CreateTime>{ts}</CreateTime><MsgType><![CDATA[text]]></MsgType>"
            f"<Content><![CDATA[{WECHAT_FORM[k].format(n=i)}]]></Content><MsgId>{77_000_000 + i * 100 + k}</MsgId></xml>"
        )
        async with http.post(f"http://127.0.0.1:{port}/wechat?{q}", data=xml.encode()) as r:
            await r.read()

    async def worker(i: int) -> None:
        for k in range(len(WECHAT_FORM)):
            await asyncio.gather(*(deliver(p, i, k) for p in ports))

    await asyncio.gather(*(worker(i) for i in range(n)))
    rows = await db.read(
        lambda c: c.execute(
            select(Identity.user_key, func.count(Case.id))
            .join(Case, Case.identity_id == Identity.id)
            .where(Identity.user_key.like("oRe%"))
            .group_by(Identity.user_key)
        ).all()
    )
    once = sum(1 for _, c in rows if c == 1)
    extra = sum(c - 1 for _, c in rows if c > 1)
    return once, extra


async def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=5.0)
    ap.add_argument("--clients", type=int, default=16)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench_nginx_"))
    pg = start_postgres()
    url = pg.create_database("bench_nginx")
    env = {
        "LABORBOT_DATABASE_URL": url,
        "LABORBOT_DATA_DIR": str(tmp / "shared"),
        "LABORBOT_EVIDENCE_DIR": str(tmp / "shared" / "attachments"),
        "LABORBOT_TRUSTED_PROXIES": '["127.0.0.1"]',
        "LABORBOT_WECHAT_TOKEN": WECHAT_TOKEN,
        "LABORBOT_LOG_LEVEL": "WARNING",
        **{
            f"LABORBOT_WEB_{k}": "1000000"
            for k in (
                "MESSAGES_PER_MINUTE_IP",
                "MESSAGES_PER_MINUTE_USER",
                "COMPLAINTS_PER_DAY_IP",
                "UPLOADS_PER_HOUR_IP",
            )
        },
    }
    servers = [Server(free_port(), env, tmp / f"serve{i}") for i in range(3)]
    db = Database(url)
    nginx: Nginx | None = None
    fronts: list[Nginx] = []
    try:
        for s in servers:
            s.spawn()
        await asyncio.gather(*(s.ready(timeout=120) for s in servers))
        print(f"cpus: {os.cpu_count()}, load average at start: {os.getloadavg()[0]:.1f}", flush=True)
        timeout = aiohttp.ClientTimeout(total=60)
        # one nginx per setup, all running; the setups take turns for `rounds` rounds so that a
        # change in the machine's other load falls on every setup alike; medians are reported
        fronts = [
            Nginx(tmp / f"nginx{n}", [s.port for s in servers[:n]], free_port(), free_port())
            for n in (1, 2, 3)
        ]
        for front in fronts:
            front.start()
        await asyncio.sleep(0.3)
        setups: list[tuple[str, str, Any]] = [
            ("1 process, no nginx", f"http://127.0.0.1:{servers[0].port}", None)
        ]
        setups += [
            (f"nginx + {n} process{'es' if n > 1 else ''}", f.url, f.ssl_context())
            for n, f in zip((1, 2, 3), fronts, strict=True)
        ]
        rates: dict[str, dict[str, list[float]]] = {label: {} for label, _, _ in setups}
        for r in range(args.rounds):
            # all FAQ phases first, then all form phases: filing cases leaves background work
            # (outbox, warnings) that would otherwise fall on whichever FAQ phase came next
            for kind, measure in (("FAQ", faq_rate), ("form", form_rate)):
                for label, base, ctx in setups:
                    conn = aiohttp.TCPConnector(ssl=ctx, limit=0) if ctx else aiohttp.TCPConnector(limit=0)
                    async with aiohttp.ClientSession(timeout=timeout, connector=conn) as http:
                        tag = f"r{r}{kind}-{label[:1]}{label[-9:]}".replace(" ", "")
                        if r == 0 and kind == "FAQ":
                            await faq_rate(http, base, 1.0, args.clients, tag + "w")  # warm up
                        rate = await measure(http, base, args.seconds, args.clients, tag)
                    rates[label].setdefault(kind, []).append(rate)
                    print(f"round {r + 1} {kind:<4} {label:<24} {rate:7.1f} msg/s", flush=True)
        for front in fronts:
            front.stop()
        med = {
            label: (statistics.median(v["FAQ"]), statistics.median(v["form"])) for label, v in rates.items()
        }
        base_faq, base_form = med[setups[0][0]]
        print(f"\nmedians of {args.rounds} rounds, ratios against 1 process without nginx (same run):")
        for label, (faq, form) in med.items():
            print(
                f"  {label:<24} FAQ {faq:6.1f} x{faq / base_faq:.2f}   form {form:6.1f} x{form / base_form:.2f}"
            )
        print(f"load average at the end: {os.getloadavg()[0]:.1f}", flush=True)

        nginx = Nginx(tmp / "nginx-kill", [s.port for s in servers[:2]], free_port(), free_port())
        nginx.start()
        conn = aiohttp.TCPConnector(ssl=nginx.ssl_context(), limit=0)
        async with aiohttp.ClientSession(timeout=timeout, connector=conn) as http:
            ok, twice, retried = await resumed_after_kill(http, nginx, servers, db, 20)
        nginx.stop()
        print(f"\nSIGKILL of 1 of 2 processes mid-form: {ok}/20 conversations finished with their own")
        print(f"  answers, {twice} filed twice, {retried} deliveries retried after a 502/reset")
        async with aiohttp.ClientSession(timeout=timeout) as http:
            once, extra = await redelivery(http, [servers[1].port, servers[2].port], db, 10)
        print("\nWeChat redelivery: every message of 10 complaints sent with the same MsgId to 2")
        print(f"  processes at once: {once}/10 filed exactly once, {extra} extra cases")
    finally:
        for front in [*fronts, *([nginx] if nginx else [])]:
            front.stop()
        for s in servers:
            s.stop()
        await db.dispose()
        pg.stop()


if __name__ == "__main__":
    asyncio.run(main())
