"""The web chat's abuse limits are shared by every server process and survive a restart
(security probe M7; DESIGN.md "Scale": rate-limit counters live in the shared database).
Two apps built on one database, each on its own event loop, stand for two `laborbot serve`
processes behind nginx."""

from __future__ import annotations

import asyncio
import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from aiohttp import ClientSession, FormData
from aiohttp.test_utils import TestClient
from sqlalchemy import func, select

from bot import clock
from bot.channels.web_limits import SharedCounter
from bot.context import CTX
from storage.limit_counters import SqlLimitCounters
from storage.models import Case, RateCounter
from tests.web_client import TO_CONFIRM, app_client, app_in_thread


async def _say(c: TestClient | ClientSession, user: str, text: str) -> tuple[int, dict]:
    r = await c.post("/api/chat", json={"user": user, "text": text})
    return r.status, json.loads(await r.text())


async def _to_confirm(c: TestClient | ClientSession, user: str) -> None:
    for text in TO_CONFIRM:
        status, body = await _say(c, user, text)
    assert status == 200 and body["expects"] == "confirm", body


async def _cases(c: TestClient) -> int:
    async with c.server.app[CTX].db.session() as s:
        return int(await s.scalar(select(func.count(Case.id))))


async def test_two_instances_share_the_daily_complaint_share(db_url: str, tmp_path: Path) -> None:
    share = {"web_complaints_per_day_ip": 2}
    async with (
        app_client(db_url, tmp_path / "a", **share) as a,
        app_in_thread(db_url, tmp_path / "b", **share) as b,
    ):
        await _to_confirm(a, "s1")
        status, body = await _say(a, "s1", "确认提交")
        assert status == 200 and body["case_no"]
        await _to_confirm(b, "s2")  # shown while one complaint of two is filed
        await _to_confirm(a, "s3")
        status, body = await _say(b, "s3", "确认提交")  # shown by a, confirmed on b
        assert status == 200 and body["case_no"]
        # the share is used up now: s2's confirmation is refused on the other instance too
        status, body = await _say(a, "s2", "确认提交")
        assert (
            status == 429 and "12333" in body["replies"][0]["text"] and "已保存" in body["replies"][0]["text"]
        )
        status, body = await _say(b, "s4", "我要投诉")  # the limit+1-th complaint cannot start
        assert status == 429 and "12333" in body["replies"][0]["text"]
        assert (await _say(a, "s4", "加班费怎么算"))[0] == 200  # questions are still answered
        assert (await _say(b, "s1", "好的"))[0] == 200  # a worker with no form open may say "好的"
        assert await _cases(a) == 2
    async with app_client(db_url, tmp_path / "c", **share) as c:  # a restart keeps the day's count
        status, body = await _say(c, "s5", "我要投诉")
        assert status == 429 and "12333" in body["replies"][0]["text"]
        status, body = await _say(c, "s2", "确认提交")
        assert status == 429 and "12333" in body["replies"][0]["text"]
        assert await _cases(c) == 2


async def test_the_per_user_share_is_shared_too(db_url: str, tmp_path: Path) -> None:
    share = {"web_complaints_per_day_user": 1}
    async with (
        app_client(db_url, tmp_path / "a", **share) as a,
        app_in_thread(db_url, tmp_path / "b", **share) as b,
    ):
        await _to_confirm(a, "one")
        assert (await _say(a, "one", "确认提交"))[1]["case_no"]
        status, body = await _say(b, "one", "/complain")
        assert status == 429 and "12333" in body["replies"][0]["text"]
        assert (await _say(b, "other", "/complain"))[0] == 200  # another user's share is their own
        assert await _cases(a) == 1


def _bound(limit: int, processes: int) -> int:
    """docs/operations.md: at most the limit plus 2·K per process (K = a tenth of the limit)."""
    return limit + 2 * processes * max(1, limit // 10)


def _away_from_a_minute_boundary() -> None:
    now = clock.utcnow()
    if now.second > 30:
        clock.travel(timedelta(seconds=61 - now.second))


async def test_messages_per_minute_hold_across_two_instances(db_url: str, tmp_path: Path) -> None:
    limit = 30
    per_minute = {"web_messages_per_minute_user": limit, "web_messages_per_minute_ip": 10_000}
    async with (
        app_client(db_url, tmp_path / "a", **per_minute) as a,
        app_in_thread(db_url, tmp_path / "b", **per_minute) as b,
    ):
        _away_from_a_minute_boundary()  # once both are up: starting them may take a while
        statuses = [(await _say((a, b)[n % 2], "chatty", "加班费怎么算"))[0] for n in range(2 * limit)]
        admitted = statuses.count(200)
        # counted per process, each instance would have let 30 through (60 in all)
        assert limit <= admitted <= _bound(limit, 2), statuses
        assert statuses[-5:] == [429] * 5
        await asyncio.sleep(1.5)  # both have written their counts: the total is in the database
        status, body = await _say(a, "chatty", "加班费怎么算")
        assert status == 429 and "太快" in body["replies"][0]["text"]
        assert (await _say(b, "calm", "加班费怎么算"))[0] == 200
    async with app_client(db_url, tmp_path / "c", **per_minute) as c:
        async with c.server.app[CTX].db.session() as s:
            written = await s.scalar(select(RateCounter.hits).where(RateCounter.key == "msg_user:chatty"))
        assert written == admitted  # every admitted message was written, none twice


async def test_uploads_per_hour_are_exact_across_instances(db_url: str, tmp_path: Path) -> None:
    async def upload(c: TestClient | ClientSession, n: int) -> int:
        form = FormData()
        form.add_field("user", f"up-{n}")
        form.add_field(
            "file", io.BytesIO(b"\xff\xd8\xff\xe0" + b"x" * 100), filename="p.jpg", content_type="image/jpeg"
        )
        return (await c.post("/api/chat/upload", data=form)).status

    hourly = {"web_uploads_per_hour_ip": 3}
    async with (
        app_client(db_url, tmp_path / "a", **hourly) as a,
        app_in_thread(db_url, tmp_path / "b", **hourly) as b,
    ):
        statuses = [await upload((a, b)[n % 2], n) for n in range(5)]
    assert statuses == [200, 200, 200, 429, 429]


async def test_counters_are_atomic_and_pruned(db: object) -> None:
    counters = SqlLimitCounters(db)  # type: ignore[arg-type]
    minute = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
    key = ("msg_user:x", minute)
    results = await asyncio.gather(*(counters.add({key: 2}) for _ in range(10)))
    assert sorted(r[key] for r in results) == list(range(2, 21, 2))  # each add saw its own total
    counted = await asyncio.gather(*(counters.add_below("upload_ip:y", minute, 4) for _ in range(9)))
    assert counted.count(True) == 4
    assert await counters.totals([key, ("upload_ip:y", minute), ("none", minute)]) == {
        key: 20,
        ("upload_ip:y", minute): 4,
        ("none", minute): 0,
    }
    many = {(f"msg_ip:10.0.{n // 250}.{n % 250}", minute): n % 7 + 1 for n in range(1203)}  # 3 statements
    assert await counters.add(many) == many
    assert await counters.add(many) == {c: 2 * n for c, n in many.items()}
    await counters.add({("msg_user:x", minute + timedelta(days=3)): 1})
    assert await counters.prune(minute + timedelta(days=1)) == 2 + len(many)
    assert (await counters.totals([key]))[key] == 0


async def test_a_process_counts_alone_while_the_database_is_away(db: object) -> None:
    """A failed write keeps the count in the process (written on the next try), and the
    messages are still limited there."""

    class Away:
        def __init__(self, real: SqlLimitCounters) -> None:
            self.real, self.down = real, True

        async def add(self, deltas: dict) -> dict:
            if self.down:
                raise ConnectionError("database away")
            return await self.real.add(deltas)

    store = Away(SqlLimitCounters(db))  # type: ignore[arg-type]
    counter = SharedCounter(store)  # type: ignore[arg-type]
    now = clock.utcnow().replace(second=5)
    allowed = [await counter.hit("msg_user:z", 10, now.timestamp()) for _ in range(15)]
    assert allowed == [True] * 10 + [False] * 5
    store.down = False
    await counter.flush()
    window = now.replace(second=0, microsecond=0)
    assert (await store.real.totals([("msg_user:z", window)]))[("msg_user:z", window)] == 10
