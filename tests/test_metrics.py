"""GET /metrics (bot/metrics.py): Prometheus text, this process's message counters by channel
and decision, and database figures read at scrape time — on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import update

from bot import clock
from bot.config import Settings
from bot.server import build_app
from storage.models import Alert, Case, OutboxMessage
from tests.factories import file_cases


def samples(text: str) -> dict[tuple[str, tuple], float]:
    out = {}
    for family in text_string_to_metric_families(text):
        for s in family.samples:
            out[(s.name, tuple(sorted(s.labels.items())))] = s.value
    return out


@pytest.fixture
async def client(db, db_url: str, tmp_path: Path) -> AsyncIterator[TestClient]:
    settings = Settings(database_url=db_url, data_dir=tmp_path / "data")
    app = await build_app(settings)
    async with TestClient(TestServer(app, host="127.0.0.1")) as c:
        yield c


async def scrape(client: TestClient) -> dict[tuple[str, tuple], float]:
    r = await client.get("/metrics")
    assert r.status == 200
    assert r.headers["Content-Type"].startswith("text/plain; version=")
    return samples(await r.text())


async def test_messages_counted_by_channel_and_decision(client: TestClient) -> None:
    before = await scrape(client)
    assert ("laborbot_messages_total", (("channel", "web"), ("decision", "answer"))) not in before
    first: dict[int, list] = {}
    for i, text in enumerate(["公司拖欠工资怎么办", "/start", "公司拖欠工资怎么办"]):
        r = await client.post("/api/chat", json={"user": "m1", "text": text, "id": f"d{i}"})
        assert r.status == 200
        first[i] = (await r.json())["replies"]
    # the same delivery again: counted as a duplicate (and given the same replies again)
    r = await client.post("/api/chat", json={"user": "m1", "text": "/start", "id": "d1"})
    assert (await r.json())["replies"] == first[1]
    got = await scrape(client)
    faq = [(k, v) for k, v in got.items() if k[0] == "laborbot_messages_total" and ("channel", "web") in k[1]]
    by_decision = {dict(k[1])["decision"]: v for k, v in faq}
    assert by_decision.get("dialog") == 1
    assert by_decision.get("duplicate") == 1
    assert sum(by_decision.get(d, 0) for d in ("answer", "suggest", "fallback")) == 2
    assert got[("laborbot_kb_entries", ())] > 50
    assert got[("laborbot_kb_last_reload_failed", ())] == 0
    assert got[("laborbot_database_up", ())] == 1


async def test_database_figures_read_at_scrape_time(client: TestClient, db) -> None:
    got = await scrape(client)
    assert got[("laborbot_outbox_lag_seconds", ())] == 0
    assert got[("laborbot_outbox_messages", (("status", "pending"),))] == 0
    numbers = await file_cases(db, 5, start=clock.utcnow() - timedelta(minutes=10))
    async with db.session() as s:
        await s.execute(update(Case).where(Case.case_no == numbers[0]).values(status="accepted"))
        await s.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id.in_(list(range(1, 3))))
            .values(status="dead", attempts=8)
        )
        await s.execute(update(OutboxMessage).where(OutboxMessage.id == 3).values(attempts=2))
        s.add(
            Alert(
                kind="employer", key="k1", active_key="employer:k1", subject="某公司", level="橙", reason="r"
            )
        )
        s.add(
            Alert(
                kind="employer", key="k2", active_key="employer:k2", subject="某公司", level="橙", reason="r"
            )
        )
        s.add(Alert(kind="district", key="k3", subject="示例区", level="红", reason="r", status="closed"))
    got = await scrape(client)
    assert got[("laborbot_cases", (("status", "submitted"),))] == 4
    assert got[("laborbot_cases", (("status", "accepted"),))] == 1
    assert got[("laborbot_outbox_messages", (("status", "dead"),))] == 2
    assert got[("laborbot_outbox_messages", (("status", "pending"),))] == 3
    assert got[("laborbot_outbox_retrying", ())] == 1
    assert 590 < got[("laborbot_outbox_lag_seconds", ())] < 900
    assert got[("laborbot_alerts", (("level", "orange"), ("status", "open")))] == 2
    assert not [k for k in got if k[0] == "laborbot_alerts" and ("level", "red") in k[1]]  # closed


async def test_database_down_is_reported_not_a_500(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    import storage.services.metrics_queries as mq

    async def broken(_db: object) -> None:
        raise OSError("connection refused")

    monkeypatch.setattr(mq, "database_figures", broken)
    got = await scrape(client)
    assert got[("laborbot_database_up", ())] == 0
    assert not [k for k in got if k[0] == "laborbot_cases"]
    assert ("laborbot_kb_entries", ()) in got


async def test_only_loopback_without_proxy_header_or_the_token(db, db_url: str, tmp_path: Path) -> None:
    settings = Settings(database_url=db_url, data_dir=tmp_path / "data", metrics_token="m-token")
    app = await build_app(settings)
    async with TestClient(TestServer(app, host="127.0.0.1")) as c:
        assert (await c.get("/metrics")).status == 200  # the test client is a loopback peer
        relayed = await c.get("/metrics", headers={"X-Forwarded-For": "203.0.113.9"})
        assert relayed.status == 404  # came through a proxy: not for the outside
        wrong = await c.get(
            "/metrics", headers={"X-Forwarded-For": "1.2.3.4", "Authorization": "Bearer nope"}
        )
        assert wrong.status == 404
        ok = await c.get(
            "/metrics", headers={"X-Forwarded-For": "1.2.3.4", "Authorization": "Bearer m-token"}
        )
        assert ok.status == 200 and "laborbot_database_up 1.0" in await ok.text()
