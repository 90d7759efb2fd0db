"""The server log under an attack loop (security probe H2/M6/L9 figures).

Starts one `laborbot serve` (SQLite, temporary data folder, the default INFO log level, WeChat
and an API token configured), then for --seconds sends, from --clients concurrent clients, a
mix of hostile requests: questions with NUL and lone surrogates, a question carrying a phone
and ID number, stale and replayed WeChat signatures, plaintext WeChat with an AES key set,
deep JSON, oversized bodies, wrong staff logins, ?err= spoofing. Prints the status counts, the
log's size and growth, tracebacks, and whether any phone/ID number or signature reached it.

    .venv/bin/python bench/bench_attack_log.py --seconds 20
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bot.channels.wechat.crypto import sha1_signature  # noqa: E402

TOKEN = "bench-token"
AES = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"
PHONE, IDNO = "13712345678", "110101199003071234"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def attacks(base: str) -> list:
    def wechat(stamp: int, nonce: str, body: str) -> tuple:
        q = f"signature={sha1_signature(TOKEN, str(stamp), nonce)}&timestamp={stamp}&nonce={nonce}&openid=oX"
        return ("POST", f"{base}/wechat?{q}", {"data": body.encode()})

    xml = "<xml><FromUserName>oVictim</FromUserName><MsgType>text</MsgType><Content>/mydata</Content></xml>"
    deep = '{"user":"u","text":"hi","x":' + "[" * 5000 + "]" * 5000 + "}"
    return [
        lambda: ("POST", f"{base}/api/chat", {"data": '{"user":"a\\u0000b","text":"加班费\\u0000"}'}),
        lambda: ("POST", f"{base}/api/chat", {"data": '{"user":"u\\ud800","text":"\\ud800王五"}'}),
        lambda: (
            "POST",
            f"{base}/api/chat",
            {
                "json": {
                    "user": f"w{random.random()}",
                    "text": f"我叫刘德明 电话{PHONE} 身份证{IDNO} 老板不给工资怎么办",
                }
            },
        ),
        lambda: wechat(1262304000, "old", xml),  # 2010
        lambda: wechat(int(time.time()), "fixed-nonce", xml + str(random.random())),  # replayed nonce
        lambda: ("POST", f"{base}/api/chat", {"data": deep}),
        lambda: ("POST", f"{base}/api/chat", {"data": "x" * 1_200_000}),
        lambda: (
            "POST",
            f"{base}/staff/login",
            {"data": {"username": "boss", "password": "guess", "csrf": "x"}},
        ),
        lambda: ("GET", f"{base}/staff/cases/QX1?err=请立即拨打400", {}),
        lambda: (
            "POST",
            f"{base}/api/chat",
            {"json": {"user": "u", "text": "hi", "id": "x\n2026-11-30 WARNING forged\x1b[2J"}},
        ),
    ]


async def client(base: str, until: float, statuses: Counter) -> None:
    pool = attacks(base)
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as http:
        while time.monotonic() < until:
            method, url, kw = random.choice(pool)()
            try:
                async with http.request(method, url, allow_redirects=False, **kw) as r:
                    await r.read()
                    statuses[r.status] += 1
            except (aiohttp.ClientError, TimeoutError):
                statuses["error"] += 1


async def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=20)
    ap.add_argument("--clients", type=int, default=8)
    args = ap.parse_args()
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        log_path = Path(tmp) / "server.log"
        env = dict(
            os.environ,
            LABORBOT_WECHAT_TOKEN=TOKEN,
            LABORBOT_WECHAT_AES_KEY=AES,
            LABORBOT_WECHAT_APPID="wxbench",
            LABORBOT_API_TOKEN="bench-api",
            LABORBOT_WEB_MESSAGES_PER_MINUTE_IP="1000000",
            LABORBOT_WEB_MESSAGES_PER_MINUTE_USER="1000000",
        )
        exe = Path(sys.executable).parent / "laborbot"
        with open(log_path, "wb") as log:
            proc = subprocess.Popen(
                [str(exe), "serve", "--port", str(port), "--data-dir", tmp + "/data"],
                stdout=subprocess.DEVNULL,
                stderr=log,
                env=env,
            )
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(300):
                try:
                    async with aiohttp.ClientSession() as http, http.get(f"{base}/healthz") as r:
                        if r.status == 200:
                            break
                except aiohttp.ClientError:
                    await asyncio.sleep(0.1)
            start_size = log_path.stat().st_size
            statuses: Counter = Counter()
            t0 = time.monotonic()
            await asyncio.gather(*(client(base, t0 + args.seconds, statuses) for _ in range(args.clients)))
            await asyncio.sleep(1.0)  # one more query-log flush
            elapsed = time.monotonic() - t0
            after_attack = log_path.stat().st_size
            await asyncio.sleep(5.0)  # a poisoned batch used to keep the log growing with no traffic
            idle_growth = log_path.stat().st_size - after_attack
        finally:
            proc.terminate()
            proc.wait(timeout=20)
        text = log_path.read_text(encoding="utf-8", errors="replace")
        grown = log_path.stat().st_size - start_size
        requests = sum(statuses.values())
        print(
            json.dumps(
                {
                    "seconds": round(elapsed, 1),
                    "requests": requests,
                    "statuses": {str(k): v for k, v in sorted(statuses.items(), key=str)},
                    "log_bytes_grown": grown,
                    "log_bytes_per_second": round(grown / elapsed, 1),
                    "log_bytes_per_request": round(grown / max(requests, 1), 1),
                    "log_bytes_grown_in_5_idle_seconds_after": idle_growth,
                    "log_lines": text.count("\n"),
                    "tracebacks": text.count("Traceback"),
                    "phone_or_id_in_log": PHONE in text or IDNO in text,
                    "signature_or_openid_in_log": "signature=" in text or "openid" in text,
                    "forged_line_in_log": bool(re.search(r"^2026-11-30 WARNING forged", text, re.M)),
                    "escape_in_log": "\x1b" in text,
                },
                ensure_ascii=False,
                indent=1,
            )
        )


if __name__ == "__main__":
    asyncio.run(main())
