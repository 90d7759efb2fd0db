"""Throughput: complaints filed per second through the engine, and FAQ messages per second
(p50/p99) through POST /api/chat on real `laborbot serve` processes, on SQLite and on
PostgreSQL (one process, and two processes sharing PostgreSQL). The raw engine's FAQ rate in
the same run is the baseline that shows the cost of the HTTP layer.
Run: .venv/bin/python bench/bench_throughput.py   (--form: only form steps against FAQ
traffic on SQLite, alternating, with their ratio; --form-pg: the same on PostgreSQL)"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import aiohttp

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bot.config import Settings  # noqa: E402
from bot.core.engine import Engine  # noqa: E402
from bot.core.types import Incoming  # noqa: E402
from knowledge_base.service import KnowledgeService  # noqa: E402
from storage.db import Database  # noqa: E402
from storage.uow import SqlWorkerStore  # noqa: E402
from tests.pg import free_port, start_postgres  # noqa: E402

KB = REPO / "knowledge_base" / "data"
FAQ = [
    "加班费怎么算",
    "老板拖欠工资怎么办",
    "试用期最长多久",
    "工伤认定怎么申请",
    "年假有几天",
    "公司不交社保怎么办",
]
FORM = [
    ("text", "/complain"),
    ("button", "form:consent:yes"),
    ("text", "张三"),
    ("text", "13800138000"),
    ("text", "某公司"),
    ("button", "form:skip"),
    ("text", "东城区"),
    ("text", "建筑工人"),
    ("text", "去年十月到今年一月"),
    ("text", "八千五"),
    ("text", "12个"),
    ("text", "老板不给钱"),
    ("button", "form:skip"),
    ("button", "form:confirm:submit"),
]


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


async def engine_bench(url: str, label: str) -> float:
    db = Database(url)
    await db.upgrade()
    engine = Engine(Settings(data_dir=Path(tempfile.mkdtemp())), SqlWorkerStore(db), KnowledgeService(KB))
    n = 100

    async def one(i: int) -> None:
        for kind, value in FORM:
            await engine.handle(Incoming("web", f"bench-{label}-{i}", **{kind: value}))

    t = time.perf_counter()
    await asyncio.gather(*(one(i) for i in range(n)))
    rate = n / (time.perf_counter() - t)
    engine.start()  # as the server runs it: read-only answers' delivery ids written behind
    t = time.perf_counter()
    for i in range(2000):
        await engine.handle(Incoming("web", f"faq-{i % 50}", text=FAQ[i % len(FAQ)], delivery_id=f"f{i}"))
    faq_rate = 2000 / (time.perf_counter() - t)
    await engine.close()
    await db.dispose()
    print(f"engine {label}: {rate:.1f} complaints/s (100 concurrent), FAQ {faq_rate:.0f} msgs/s sequential")
    return faq_rate


def serve(
    url: str, port: int, data: Path, tree: Path = REPO, limits: dict[str, str] | None = None
) -> subprocess.Popen:
    """`laborbot serve` of the source tree `tree` on `port`, started and answering /healthz.
    `limits`: LABORBOT_WEB_* settings in place of the raised ones (e.g. the production limits)."""
    env = {
        **os.environ,
        "PYTHONPATH": str(tree),
        "LABORBOT_DATABASE_URL": url,
        "LABORBOT_PORT": str(port),
        "LABORBOT_DATA_DIR": str(data),
        "LABORBOT_LOG_LEVEL": "WARNING",
        # the web chat's abuse limits would throttle a load test from one address
        "LABORBOT_WEB_MESSAGES_PER_MINUTE_IP": "100000000",
        "LABORBOT_WEB_MESSAGES_PER_MINUTE_USER": "100000000",
        "LABORBOT_WEB_COMPLAINTS_PER_DAY_IP": "100000000",
        **(limits or {}),
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "serve"],
        cwd=tree,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1)
            return proc
        except OSError:
            time.sleep(0.2)
    proc.terminate()
    raise RuntimeError(f"server of {tree} did not start")


def dev_questions() -> list[str]:
    import yaml

    path = REPO / "tests" / "data" / "faq_dev.yaml"
    if not path.exists():
        return FAQ
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    items = data.get("questions", data) if isinstance(data, dict) else data
    # FAQ traffic only: questions labelled with a route (@complaint…) would open a form.
    return [
        str(q.get("q"))
        for q in items
        if isinstance(q, dict) and q.get("q") and not str(q.get("label") or "").startswith("@")
    ] or FAQ


async def load(
    ports: list[int], mode: str, questions: list[str], total: int = 4000, concurrency: int = 32
) -> tuple[float, float, float]:
    """mode: "faq" (questions repeat, as real traffic does), "faq-uncached" (every text
    new), "form" (complaint steps; one user per worker per form)."""
    latencies: list[float] = []
    counter = iter(range(total))
    async with aiohttp.ClientSession() as http:

        async def post(port: int, body: dict) -> None:
            t = time.perf_counter()
            async with http.post(f"http://127.0.0.1:{port}/api/chat", json=body) as r:
                await r.read()
                assert r.status == 200, r.status
            latencies.append((time.perf_counter() - t) * 1000)

        run = time.monotonic_ns()  # delivery ids must not repeat another run's (a repeat is not answered)

        async def worker(w: int) -> None:
            user = f"load-{mode.split('-')[0]}-{w}"  # the warm-up run makes them known workers
            for i in counter:
                port = ports[i % len(ports)]
                if mode == "form":
                    kind, value = FORM[(i // concurrency) % len(FORM)]
                    if (i // concurrency) % len(FORM) == 0:
                        user = f"form-{w}-{i}-{time.monotonic_ns()}"
                    await post(port, {"user": user, kind: value, "id": f"{user}-{run}-{i}"})
                    continue
                q = questions[i % len(questions)]
                if mode == "faq-uncached":
                    q = f"{q} {i}"
                await post(port, {"user": user, "text": q, "id": f"{user}-{run}-{i}"})

        t = time.perf_counter()
        await asyncio.gather(*(worker(w) for w in range(concurrency)))
        elapsed = time.perf_counter() - t
    return len(latencies) / elapsed, statistics.median(latencies), pct(latencies, 99)


async def sqlite_form_ratio(rounds: int = 3, url: str | None = None, label: str = "SQLite") -> None:
    """Form steps against FAQ traffic on one server process, measured in the same run
    (`--form`: SQLite; `--form-pg`: PostgreSQL): each mode alternately, `rounds` times; the
    ratio is form / FAQ."""
    questions = dev_questions()
    tmp = Path(tempfile.mkdtemp())
    port = free_port()
    proc = serve(url or f"sqlite+aiosqlite:///{tmp / 'form.sqlite3'}", port, tmp / "d")
    try:
        await load([port], "faq", questions, total=500)  # warm up
        await load([port], "form", questions, total=280)
        rates: dict[str, list[float]] = {"faq": [], "form": []}
        for _ in range(rounds):
            for mode in ("faq", "form"):
                rate, p50, p99 = await load([port], mode, questions, total=1400)
                rates[mode].append(rate)
                print(
                    f"HTTP /api/chat {mode}, {label}: {rate:.0f} msgs/s, p50 {p50:.1f} ms, p99 {p99:.1f} ms"
                )
        faq, form = statistics.median(rates["faq"]), statistics.median(rates["form"])
        print(f"median FAQ {faq:.0f} msgs/s, form {form:.0f} msgs/s, form/FAQ = {form / faq:.3f}")
    finally:
        proc.terminate()
        proc.wait(timeout=20)


async def main() -> None:
    if "--form" in sys.argv:
        await sqlite_form_ratio()
        return
    if "--form-pg" in sys.argv:
        pg = start_postgres()
        try:
            await sqlite_form_ratio(url=pg.create_database("form"), label="PostgreSQL")
        finally:
            pg.stop()
        return
    questions = dev_questions()
    pg = start_postgres()
    try:
        tmp = Path(tempfile.mkdtemp())
        sqlite_url = f"sqlite+aiosqlite:///{tmp / 'bench.sqlite3'}"
        pg_url = pg.create_database("bench")
        await engine_bench(sqlite_url, "SQLite")
        await engine_bench(pg_url, "PostgreSQL")
        for label, url, n in (
            ("SQLite, 1 process", f"sqlite+aiosqlite:///{tmp / 'http.sqlite3'}", 1),
            ("PostgreSQL, 1 process", pg.create_database("http1"), 1),
            ("PostgreSQL, 2 processes", pg.create_database("http2"), 2),
        ):
            ports = [free_port() for _ in range(n)]
            procs = [serve(url, p, tmp / f"d{p}") for p in ports]
            try:
                await load(ports, "faq", questions, total=500)  # warm up
                for mode in ("faq", "faq-uncached", "form"):
                    total = 1400 if mode == "form" else 4000
                    rate, p50, p99 = await load(ports, mode, questions, total=total)
                    print(
                        f"HTTP /api/chat {mode}, {label}: {rate:.0f} msgs/s, "
                        f"p50 {p50:.1f} ms, p99 {p99:.1f} ms",
                        flush=True,
                    )
            finally:
                for proc in procs:
                    proc.terminate()
                    proc.wait(timeout=20)
    finally:
        pg.stop()


if __name__ == "__main__":
    asyncio.run(main())
