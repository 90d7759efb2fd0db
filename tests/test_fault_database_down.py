"""A fault of docs/operations.md on a real `laborbot serve` process: its PostgreSQL server stops
mid-form and comes back. While it is down: the worker's message gets a plain 500 (the web page
shows its network notice), /healthz says 503, /metrics still answers with
laborbot_database_up 0. When it is back: the same process reconnects by itself and the form
continues at the step where it stood."""

from __future__ import annotations

import asyncio
import json
import subprocess
from pathlib import Path

import aiohttp
import pytest

from tests.deploy_harness import Server
from tests.pg import PG_BIN, _as_postgres, free_port, start_postgres

pytestmark = [pytest.mark.deployment, pytest.mark.postgres, pytest.mark.timeout(150)]


def pg_ctl(datadir: Path, *args: str) -> None:
    subprocess.run(
        _as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(datadir), *args]), check=True, capture_output=True
    )


async def test_database_down_and_back(tmp_path: Path) -> None:
    pg = start_postgres()
    url = pg.create_database("down")
    env = {"LABORBOT_DATABASE_URL": url, "LABORBOT_DATA_DIR": str(tmp_path / "d")}
    server = Server(free_port(), env, tmp_path / "serve")
    opts = f"-p {pg.port} -k {pg.datadir} -h 127.0.0.1 -c fsync=off -c max_connections=300"
    try:
        server.spawn()
        await server.ready()
        base = f"http://127.0.0.1:{server.port}"
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60)) as http:

            async def chat(message: dict, n: int) -> tuple[int, dict]:
                body = {"user": "down-1", "id": f"m{n}", **message}
                async with http.post(f"{base}/api/chat", json=body) as r:
                    return r.status, json.loads(await r.read() or b"{}")

            await chat({"text": "/complain"}, 1)
            await chat({"button": "form:consent:yes"}, 2)
            status, body = await chat({"text": "钱九"}, 3)
            assert status == 200 and body["expects"] == "contact_phone"

            await asyncio.to_thread(pg_ctl, pg.datadir, "-m", "fast", "-w", "stop")
            status, body = await chat({"text": "13600001234"}, 4)
            assert status == 500 and body.get("error") == "internal error"
            assert "Traceback" not in json.dumps(body) and "asyncpg" not in json.dumps(body)
            async with http.get(f"{base}/healthz") as r:
                assert r.status == 503
            async with http.get(f"{base}/metrics") as r:
                assert r.status == 200 and "laborbot_database_up 0.0" in await r.text()

            await asyncio.to_thread(
                pg_ctl, pg.datadir, "-o", opts, "-l", str(pg.datadir / "server.log"), "-w", "start"
            )
            status, body = await chat({"text": "13600001234"}, 5)  # the worker sends it again
            assert status == 200 and body["expects"] == "employer_name", body
            async with http.get(f"{base}/healthz") as r:
                assert r.status == 200
            async with http.get(f"{base}/metrics") as r:
                assert "laborbot_database_up 1.0" in await r.text()
        assert server.proc is not None and server.proc.poll() is None  # never restarted
    finally:
        server.stop()
        pg.stop()
