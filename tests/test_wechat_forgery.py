"""WeChat forgery (security probe H1, M2): stale or replayed signatures, safe-mode downgrade,
personal-data commands behind a one-time code, no signature in the access log, numbered
choices shared by two processes."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.channels.wechat.crypto import WeChatCipher, sha1_signature
from bot.config import Settings
from bot.server import PathOnlyAccessLogger, build_app
from tests.fakes.wechat_api import WeChatAPI
from tests.test_wechat_channel import APPID, KEY, TOKEN, _text_xml

KB = Path(__file__).resolve().parent.parent / "knowledge_base" / "data"


@asynccontextmanager
async def _server(
    db_url: str, data: Path, api: WeChatAPI | None, safe_mode: bool
) -> AsyncIterator[TestClient]:
    settings = Settings(
        data_dir=data,
        database_url=db_url,
        kb_dir=KB,
        wechat_token=TOKEN,
        wechat_aes_key=KEY if safe_mode else None,
        wechat_appid=APPID,
        wechat_appsecret=api.secret if api else None,
        wechat_api_base=api.base if api else "http://127.0.0.1:9",
    )
    server = TestServer(await build_app(settings), host="127.0.0.1")
    await server.start_server(access_log_class=PathOnlyAccessLogger)  # as `laborbot serve` does
    async with TestClient(server) as c:
        yield c


@pytest.fixture
async def api() -> AsyncIterator[WeChatAPI]:
    fake = WeChatAPI(appid=APPID)
    await fake.start()
    yield fake
    await fake.close()


def _signed(ts: int | None = None, nonce: str = "") -> str:
    stamp = str(int(time.time()) if ts is None else ts)
    nonce = nonce or f"n{time.monotonic_ns()}"
    return f"signature={sha1_signature(TOKEN, stamp, nonce)}&timestamp={stamp}&nonce={nonce}&openid=o"


async def _plain(
    c: TestClient, user: str, text: str, msg_id: str, query: str | None = None
) -> tuple[int, str]:
    r = await c.post(f"/wechat?{query or _signed()}", data=_text_xml(user, text, msg_id).encode())
    return r.status, await r.text()


async def test_stale_timestamp_and_replayed_nonce_are_refused(db_url: str, tmp_path: Path) -> None:
    async with _server(db_url, tmp_path / "a", None, safe_mode=False) as a:
        assert (await _plain(a, "oV", "加班费怎么算", "1", _signed(ts=1262304000)))[0] == 403  # 2010
        assert (await _plain(a, "oV", "加班费怎么算", "2", _signed(ts=int(time.time()) + 900)))[0] == 403
        query = _signed()
        status, body = await _plain(a, "oV", "加班费怎么算", "3", query)
        assert status == 200 and "300%" in body
        # WeChat's own retry (same nonce, same body) is still answered...
        assert (await _plain(a, "oV", "加班费怎么算", "3", query))[0] == 200
        # ...but the same signature with another sender or body is not, on this process or another.
        assert (await _plain(a, "oVictim", "/mydata", "4", query))[0] == 403
        async with _server(db_url, tmp_path / "b", None, safe_mode=False) as b:
            assert (await _plain(b, "oVictim", "/mydata", "5", query))[0] == 403
            assert (await _plain(b, "oV", "加班费怎么算", "6"))[0] == 200


async def test_plaintext_refused_when_an_aes_key_is_set(db_url: str, tmp_path: Path) -> None:
    async with _server(db_url, tmp_path, None, safe_mode=True) as c:
        status, body = await _plain(c, "oVictim", "/mydata", "1")
        assert status == 403 and "手机" not in body


async def test_mydata_and_delete_over_plaintext_need_the_code_sent_to_the_account(
    db_url: str, tmp_path: Path, api: WeChatAPI
) -> None:
    async with _server(db_url, tmp_path, api, safe_mode=False) as c:
        seq = iter(range(100, 200))
        for text in ["我要投诉老板欠薪", "1", "赵六", "13912345678"]:
            status, _ = await _plain(c, "oVictim", text, str(next(seq)))
            assert status == 200
        # The "attacker" forges /mydata: the passive reply holds no data and no code.
        status, body = await _plain(c, "oVictim", "/mydata", str(next(seq)))
        assert status == 200 and "13912345678" not in body and "验证码" in body
        [sent] = api.sent
        assert sent["touser"] == "oVictim"
        code = re.search(r"验证码：(\d{6})", sent["text"]["content"]).group(1)
        assert code not in body
        wrong = "000000" if code != "000000" else "111111"
        status, body = await _plain(c, "oVictim", wrong, str(next(seq)))
        assert "验证码不对" in body and "13912345678" not in body
        # The real worker, who got the code, types it back: the data is shown.
        await _plain(c, "oVictim", "/mydata", str(next(seq)))
        code = re.search(r"验证码：(\d{6})", api.sent[-1]["text"]["content"]).group(1)
        status, body = await _plain(c, "oVictim", code, str(next(seq)))
        assert status == 200 and "13912345678" in body and "赵六" in body
        # A used code does not work twice.
        status, body = await _plain(c, "oVictim", code, str(next(seq)))
        assert "13912345678" not in body


async def test_mydata_in_safe_mode_needs_no_code(db_url: str, tmp_path: Path) -> None:
    cipher = WeChatCipher(KEY, APPID)

    async def send(c: TestClient, text: str, msg_id: str) -> str:
        enc = cipher.encrypt(_text_xml("oSafe", text, msg_id))
        stamp, nonce = str(int(time.time())), f"s{msg_id}"
        q = (
            _signed(int(stamp), nonce)
            + f"&encrypt_type=aes&msg_signature={sha1_signature(TOKEN, stamp, nonce, enc)}"
        )
        r = await c.post(f"/wechat?{q}", data=f"<xml><Encrypt><![CDATA[{enc}]]></Encrypt></xml>".encode())
        assert r.status == 200
        inner = re.search(r"<Encrypt><!\[CDATA\[(.*?)\]\]></Encrypt>", await r.text()).group(1)
        return cipher.decrypt(inner)

    async with _server(db_url, tmp_path, None, safe_mode=True) as c:
        for i, text in enumerate(["我要投诉老板欠薪", "1", "赵六", "13912345678"]):
            await send(c, text, str(300 + i))
        assert "13912345678" in await send(c, "/mydata", "310")


async def test_access_log_holds_no_signature_or_openid(
    db_url: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="aiohttp.access")
    async with _server(db_url, tmp_path, None, safe_mode=False) as c:
        query = _signed()
        assert (await _plain(c, "oSecretOpenid", "加班费怎么算", "1", query))[0] == 200
    lines = [r.getMessage() for r in caplog.records if r.name == "aiohttp.access"]
    assert any("POST /wechat 200" in line for line in lines)
    signature = query.split("&")[0].split("=")[1]
    assert not any(signature in line or "openid" in line or "nonce" in line for line in lines)


async def test_numbered_choices_mean_the_same_on_another_process(db_url: str, tmp_path: Path) -> None:
    async with (
        _server(db_url, tmp_path / "a", None, safe_mode=False) as a,
        _server(db_url, tmp_path / "b", None, safe_mode=False) as b,
    ):
        status, body = await _plain(a, "oTwo", "我要投诉老板欠薪", "1")
        assert "1. 同意并继续" in body
        status, body = await _plain(b, "oTwo", "1", "2")  # the menu was shown by a
        assert status == 200 and "姓名" in body
        for i, (server, text) in enumerate(
            [
                (a, "赵六"),
                (b, "13912345678"),
                (a, "某物业公司"),
                (b, "跳过"),
                (a, "东城区和平小区"),
                (b, "保安"),
                (a, "今年8月到10月"),
                (b, "一万二"),
                (a, "就我一个"),
                (b, "物业公司三个月没发工资了"),
            ]
        ):
            status, body = await _plain(server, "oTwo", text, str(10 + i))
        assert "请核对" in body and "1. 确认提交" in body  # the summary, shown by b
        status, body = await _plain(a, "oTwo", "1", "30")  # 确认提交, answered by the other process
        assert "投诉已提交" in body and "证据情况：1" not in body
