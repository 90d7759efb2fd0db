"""A real `laborbot serve` process: HTTP errors, body limits, SIGKILL mid-form, SIGTERM."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.pg import free_port

REPO = Path(__file__).resolve().parent.parent


# readiness, not speed: a loaded two-core machine imports scikit-learn and builds the model slowly
STARTUP_SECONDS = 120


def start(data: Path, port: int) -> subprocess.Popen:
    env = {**os.environ, "LABORBOT_DATA_DIR": str(data), "LABORBOT_PORT": str(port)}
    log = data.with_name(data.name + "-server.log")
    for key in ("LABORBOT_DATABASE_URL", "LABORBOT_TELEGRAM_TOKEN", "LABORBOT_WECHAT_TOKEN"):
        env.pop(key, None)
    with log.open("ab") as err:  # a file: a full pipe nobody reads would stall the server
        proc = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "serve"],
            cwd=REPO,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if proc.poll() is not None:  # it stopped: no point waiting
            break
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1)
            return proc
        except OSError:
            time.sleep(0.1)
    proc.kill()
    proc.wait()
    raise AssertionError(log.read_text(encoding="utf-8", errors="replace")[-2000:])


def post(
    port: int, body: bytes | dict, headers: dict | None = None, path: str = "/api/chat"
) -> tuple[int, dict]:
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    req = urllib.request.Request(
        f"http://127.0.0.1:{port}{path}",
        data=data,
        headers={"Content-Type": "application/json", **(headers or {})},
    )
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"{}")


@pytest.fixture
def port() -> int:
    return free_port()


def test_bad_requests_never_500(tmp_path: Path, port: int) -> None:
    proc = start(tmp_path / "data", port)
    try:
        assert post(port, b"{not json")[0] == 400
        assert post(port, b"[1,2]")[0] == 400
        assert post(port, {"text": "hi"})[0] == 400
        assert post(port, {"user": "u", "text": 5})[0] == 400
        assert post(port, {"user": "u"})[0] == 400
        updates = "/api/chat/updates"
        assert post(port, b"{not json", path=updates)[0] == 400
        assert post(port, {"user": ""}, path=updates)[0] == 400
        assert post(port, {"user": "u" * 200}, path=updates)[0] == 400
        assert post(port, {"user": "nobody-yet"}, path=updates) == (
            200,
            {"replies": [], "expects": None, "case_no": None},
        )
        status, body = post(port, b"x" * (2 * 1024 * 1024))
        assert status == 413
        status, body = post(port, {"user": "u", "text": "工资" * 60_000})
        assert status == 200 and "太长" in body["replies"][0]["text"]
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/nope", timeout=5)
            raise AssertionError("expected 404")
        except urllib.error.HTTPError as e:
            assert e.code == 404
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=20) == 0


def test_sigkill_mid_form_resumes_at_the_same_step(tmp_path: Path, port: int) -> None:
    data = tmp_path / "data"
    proc = start(data, port)
    user = "resume-1"
    try:
        post(port, {"user": user, "text": "/complain"})
        post(port, {"user": user, "button": "form:consent:yes"})
        post(port, {"user": user, "text": "钱九"})
        status, body = post(port, {"user": user, "text": "13600001234"})
        assert body["expects"] == "employer_name"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    proc = start(data, port)
    try:
        status, body = post(port, {"user": user, "text": "某装修公司"})
        assert status == 200 and body["expects"] == "project_name"
        for message in [
            {"button": "form:skip"},
            {"text": "北区工业大道"},
            {"text": "油漆工"},
            {"text": "9月到10月"},
            {"text": "1万"},
            {"text": "3个人"},
            {"text": "老板跑了电话不接"},
        ]:
            status, body = post(port, {"user": user, **message})
        assert body["expects"] == "confirm" and "钱九" in body["replies"][-1]["text"]
        status, body = post(port, {"user": user, "button": "form:confirm:submit"})
        assert body["case_no"].startswith("QX")
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=20) == 0
