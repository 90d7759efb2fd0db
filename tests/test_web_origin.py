"""A page of another site cannot post to the web chat in a worker's browser (probe M7, CSRF)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.web_client import app_client

QUESTION = {"user": "w1", "text": "加班费怎么算"}


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "https://evil.example", "Content-Type": "text/plain"},
        {"Sec-Fetch-Site": "cross-site", "Content-Type": "text/plain"},
        {"Origin": "null", "Content-Type": "application/x-www-form-urlencoded"},
    ],
)
async def test_cross_site_posts_are_refused(db_url: str, tmp_path: Path, headers: dict[str, str]) -> None:
    import io
    import json

    async with app_client(db_url, tmp_path / "data") as c:
        for path, body in (("/api/chat", QUESTION), ("/api/chat/updates", {"user": "w1"})):
            r = await c.post(path, data=json.dumps(body), headers=headers)
            assert r.status == 403, (path, headers)
        r = await c.post("/api/chat/upload", data={"user": "w1", "file": io.BytesIO(b"x")}, headers=headers)
        assert r.status == 403


async def test_same_origin_and_non_browser_clients_are_served(db_url: str, tmp_path: Path) -> None:
    async with app_client(db_url, tmp_path / "data") as c:
        host = f"{c.server.host}:{c.server.port}"
        same = {"Origin": f"http://{host}", "Sec-Fetch-Site": "same-origin"}
        r = await c.post("/api/chat", json=QUESTION, headers=same)
        assert r.status == 200 and (await r.json())["replies"]
        r = await c.post(
            "/api/chat", json={"user": "w2", "text": "年假有几天"}, headers={"Origin": f"http://{host}"}
        )
        assert r.status == 200
        r = await c.post("/api/chat", json={"user": "w3", "text": "年假有几天"})  # no browser headers
        assert r.status == 200
