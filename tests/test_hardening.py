"""Deployment hardening (security probe M1, M5, M6, M8, M10): photo-sized uploads, private
file modes, no secrets in log lines, one Telegram webhook secret for every process, a shared
evidence folder, finite recovered amounts."""

from __future__ import annotations

import io
import json
import logging
import stat
from pathlib import Path

import pytest
from aiohttp import FormData
from aiohttp.test_utils import TestClient
from sqlalchemy import select

from bot.core.masking import PersonalDataFilter
from bot.staff.export import to_xlsx
from bot.staff.workflow import WorkflowError, transition
from storage.models import Case
from tests.factories import file_cases, staff_account
from tests.fakes.telegram_api import FakeTelegram
from tests.web_client import TO_CONFIRM, app_client


async def _upload(c: TestClient, user: str, size: int) -> tuple[int, str]:
    form = FormData()
    form.add_field("user", user)
    form.add_field(
        "file",
        io.BytesIO(b"\xff\xd8\xff\xe0" + b"\0" * (size - 4)),
        filename="pay.jpg",
        content_type="image/jpeg",
    )
    r = await c.post("/api/chat/upload", data=form)
    text = await r.text()
    return r.status, (json.loads(text)["replies"][0]["text"] if r.status == 200 else text)


async def test_phone_photos_up_to_the_promised_10_mb_are_taken(db_url: str, tmp_path: Path) -> None:
    shared = tmp_path / "shared-evidence"
    async with app_client(db_url, tmp_path / "a", evidence_dir=shared) as c:
        for text in TO_CONFIRM:
            r = await c.post("/api/chat", json={"user": "photo", "text": text})
            assert r.status == 200
        status, text = await _upload(c, "photo", 2 * 1_048_576)
        assert status == 200 and "已收到材料" in text
        status, text = await _upload(c, "photo", 5 * 1_048_576)
        assert status == 200 and "已收到材料" in text
        status, text = await _upload(c, "photo", 12 * 1_048_576)
        assert status in (200, 413) and "已收到材料" not in text
        # JSON endpoints keep their 1 MiB limit.
        r = await c.post("/api/chat", data=json.dumps({"user": "x", "text": "a" * 1_200_000}))
        assert r.status == 413
    files = [p for p in shared.iterdir() if not p.name.startswith(".")]
    assert len(files) == 2  # both photos in the configured shared folder, none under data_dir
    assert not (tmp_path / "a" / "attachments").exists()


async def test_data_dir_and_database_are_private(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o755)
    async with app_client(f"sqlite+aiosqlite:///{data / 'laborbot.sqlite3'}", data) as c:
        r = await c.post("/api/chat", json={"user": "u", "text": "加班费怎么算"})
        assert r.status == 200
        assert stat.S_IMODE(data.stat().st_mode) == 0o700
        assert stat.S_IMODE((data / "laborbot.sqlite3").stat().st_mode) == 0o600


def test_tokens_in_library_log_lines_are_hidden() -> None:
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.addFilter(PersonalDataFilter())
    logger = logging.getLogger("httpx-like")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        logger.warning('HTTP Request: POST http://127.0.0.1:18990/bot4242:AAE-secret_x/getMe "200"')
        logger.warning("GET /cgi-bin/message/custom/send?access_token=TOKEN-1&x=1")
    finally:
        logger.removeHandler(handler)
    text = out.getvalue()
    assert "/bot<secret>/getMe" in text and "AAE-secret_x" not in text and "TOKEN-1" not in text


async def test_every_process_uses_one_generated_webhook_secret(tmp_path: Path) -> None:
    fake = FakeTelegram()
    await fake.start()
    db_url = f"sqlite+aiosqlite:///{tmp_path / 'tg.sqlite3'}"
    settings = dict(
        telegram_token=fake.token,
        telegram_base_url=fake.base_url,
        telegram_webhook_url="https://bot.example.org/telegram",
    )
    try:
        async with (
            app_client(db_url, tmp_path / "a", **settings) as a,
            app_client(db_url, tmp_path / "b", **settings) as b,
        ):
            secrets = {p["secret_token"] for m, p in fake.calls if m == "setWebhook"}
            assert len(secrets) == 1
            [secret] = secrets
            for n, c in enumerate((a, b)):
                update = {
                    "update_id": 9100 + n,
                    "message": {
                        "message_id": n + 1,
                        "date": 1,
                        "chat": {"id": 5, "type": "private"},
                        "from": {"id": 5, "is_bot": False, "first_name": "x"},
                        "text": "加班费怎么算",
                    },
                }
                r = await c.post(
                    "/telegram", json=update, headers={"X-Telegram-Bot-Api-Secret-Token": secret}
                )
                assert r.status == 200
                r = await c.post("/telegram", json={}, headers={"X-Telegram-Bot-Api-Secret-Token": secret})
                assert r.status == 400
                r = await c.post("/telegram", json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "x"})
                assert r.status == 403
    finally:
        await fake.close()


@pytest.mark.parametrize(
    "value", ["Infinity", "-Infinity", "NaN", "sNaN", "1e999999", "99999999999999999999", "-1"]
)
async def test_recovered_amount_must_be_a_real_sum(db, value: str) -> None:
    [case_no] = await file_cases(db, 1)
    boss = await staff_account(db, "boss", role="supervisor")
    await transition(db, case_no, "accept", boss)
    with pytest.raises(WorkflowError):
        await transition(db, case_no, "resolve", boss, note="已支付", amount_recovered=value)
    await transition(db, case_no, "resolve", boss, note="已支付", amount_recovered="8,500.456")
    async with db.session() as s:
        cases = (await s.execute(select(Case))).scalars().all()
    assert str(cases[0].amount_recovered) == "8500.46" and to_xlsx(cases)[:2] == b"PK"
