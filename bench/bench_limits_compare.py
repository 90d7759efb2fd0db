"""What the web chat's per-minute limits cost at their production values, this tree against
other source trees in the same run (bench_faq_compare.py raises every limit, so the counters
are written only by the background flush and it never sees a write on a message's path).
Each round, 150 fresh users (one address) each send one message, then 10 FAQ questions as a
burst (32 clients), every user staying under 30 a minute and the address limit raised, so
every answer is 200. Printed: median msgs/s and server CPU per message of each tree, with
their ratios to the first; SQLite and PostgreSQL.
Run: .venv/bin/python bench/bench_limits_compare.py [--rounds 3] [--no-pg] TREE..."""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

import aiohttp

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.bench_faq_compare import cpu_seconds, print_medians, served_trees  # noqa: E402
from bench.bench_throughput import dev_questions, load  # noqa: E402
from tests.pg import start_postgres  # noqa: E402

USERS, PER_USER, CLIENTS = 150, 10, 32
LIMITS = {"LABORBOT_WEB_MESSAGES_PER_MINUTE_USER": "30", "LABORBOT_WEB_MESSAGES_PER_MINUTE_IP": "100000000"}


async def send(port: int, jobs: list[tuple[str, str, int]]) -> float:
    """Post every (user, text, n) with CLIENTS clients; msgs/s."""
    it = iter(jobs)
    async with aiohttp.ClientSession() as http:

        async def client() -> None:
            for user, text, n in it:
                body = {"user": user, "text": text, "id": f"{user}-{n}"}
                async with http.post(f"http://127.0.0.1:{port}/api/chat", json=body) as r:
                    await r.read()
                    assert r.status == 200, r.status

        t = time.perf_counter()
        await asyncio.gather(*(client() for _ in range(CLIENTS)))
        return len(jobs) / (time.perf_counter() - t)


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("trees", nargs="*", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-pg", action="store_true")
    args = parser.parse_args()
    trees = [REPO, *[t.resolve() for t in args.trees]]
    questions = dev_questions()
    tmp = Path(tempfile.mkdtemp())
    pg = None if args.no_pg else start_postgres()
    try:
        for label in ("SQLite",) if pg is None else ("SQLite", "PostgreSQL"):
            with served_trees(label, trees, pg, tmp, "lim", limits=LIMITS) as (procs, ports):
                for port in ports:  # every question matched once (the match cache), as in production
                    await load([port], "faq", questions, total=len(questions))
                rates: list[list[float]] = [[] for _ in trees]
                cpu: list[list[float]] = [[] for _ in trees]
                for r in range(args.rounds):
                    for n, port in enumerate(ports):
                        users = [f"lim-{r}-{n}-{u}-{time.monotonic_ns()}" for u in range(USERS)]
                        await send(port, [(u, "你好", 0) for u in users])  # known workers now
                        jobs = [
                            (u, questions[(i * 7 + k) % len(questions)], k + 1)
                            for k in range(PER_USER)
                            for i, u in enumerate(users)
                        ]
                        before = cpu_seconds(procs[n].pid)
                        rate = await send(port, jobs)
                        rates[n].append(rate)
                        cpu[n].append((cpu_seconds(procs[n].pid) - before) / len(jobs) * 1e6)
                        print(
                            f"  {label} {trees[n]}: {rate:.0f} msgs/s, server CPU {cpu[n][-1]:.0f} us/msg",
                            flush=True,
                        )
                print_medians(label, trees, rates, cpu)
    finally:
        if pg is not None:
            pg.stop()


if __name__ == "__main__":
    asyncio.run(main())
