"""WeChat: Tencent's published vectors, then the /wechat endpoint over real HTTP."""

from __future__ import annotations

import asyncio
import base64
import itertools
import json
import re
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import func, select

from bot.channels.wechat.crypto import (
    WeChatCipher,
    WeChatCryptoError,
    check_msg_signature,
    check_signature,
    sha1_signature,
)
from bot.channels.wechat.messages import BadXML, parse_xml
from bot.config import Settings
from bot.server import build_app
from storage.models import Attachment, Case
from tests.fakes.wechat_api import WeChatAPI

VECTORS = json.loads(
    (Path(__file__).resolve().parent / "data" / "wechat_crypto.json").read_text(encoding="utf-8")
)
OA = VECTORS["official_account_sample"]


def test_official_account_vectors() -> None:
    cipher = WeChatCipher(OA["encoding_aes_key"], OA["appid"])
    assert cipher.decrypt(OA["encrypt"]) == OA["plaintext"]
    assert cipher.encrypt(OA["plaintext"], random16=OA["random16"].encode()) == OA["encrypt"]
    assert sha1_signature(OA["token"], OA["timestamp"], OA["nonce"], OA["encrypt"]) == OA["msg_signature"]
    assert check_msg_signature(OA["token"], OA["msg_signature"], OA["timestamp"], OA["nonce"], OA["encrypt"])
    assert check_signature(OA["token"], OA["signature"], OA["timestamp"], OA["nonce"])
    with pytest.raises(WeChatCryptoError):
        WeChatCipher(OA["encoding_aes_key"], "wx-someone-else").decrypt(OA["encrypt"])


def test_signature_only_and_wecom_vectors() -> None:
    so = VECTORS["signature_only"]
    assert check_signature(so["token"], so["signature"], so["timestamp"], so["nonce"])
    assert not check_signature(so["token"], so["signature"], so["timestamp"], "other")
    wc = VECTORS["wecom_echostr"]
    assert check_msg_signature(wc["token"], wc["msg_signature"], wc["timestamp"], wc["nonce"], wc["echostr"])
    assert WeChatCipher(wc["encoding_aes_key"], wc["corp_id"]).decrypt(wc["echostr"]) == wc["echostr_plain"]


def test_xml_bombs_and_garbage_refused() -> None:
    with pytest.raises(BadXML):
        parse_xml('<!DOCTYPE x [<!ENTITY a "b">]><xml><Content>&a;</Content></xml>')
    with pytest.raises(BadXML):
        parse_xml("<xml><unclosed></xml>")


TOKEN, KEY, APPID = OA["token"], OA["encoding_aes_key"], OA["appid"]


@asynccontextmanager
async def _served(
    db_url: str, tmp_path: Path, *, safe_mode: bool = True, **extra: object
) -> AsyncIterator[TestClient]:
    kb = Path(__file__).resolve().parent.parent / "knowledge_base" / "data"
    settings = Settings(
        data_dir=tmp_path / "data",
        database_url=db_url,
        kb_dir=kb,
        wechat_token=TOKEN,
        wechat_aes_key=KEY if safe_mode else None,
        wechat_appid=APPID,
        **extra,
    )
    app = await build_app(settings)
    async with TestClient(TestServer(app, host="127.0.0.1")) as c:
        yield c


@pytest.fixture
async def client(db_url: str, tmp_path: Path) -> AsyncIterator[TestClient]:
    async with _served(db_url, tmp_path) as c:
        yield c


_nonces = itertools.count(1)


def _query(
    safe: bool, body_encrypt: str | None = None, ts: str | None = None, nonce: str | None = None
) -> str:
    ts = ts or str(int(time.time()))
    nonce = nonce or f"n{next(_nonces)}"
    q = f"signature={sha1_signature(TOKEN, ts, nonce)}&timestamp={ts}&nonce={nonce}&openid=o1"
    if safe:
        q += f"&encrypt_type=aes&msg_signature={sha1_signature(TOKEN, ts, nonce, body_encrypt or '')}"
    return q


def _text_xml(user: str, content: str, msg_id: str) -> str:
    return (
        f"<xml><ToUserName><![CDATA[gh_test]]></ToUserName><FromUserName><![CDATA[{user}]]></FromUserName>"
        f"<CreateTime>1700000000</CreateTime><MsgType><![CDATA[text]]></MsgType>"
        f"<Content><![CDATA[{content}]]></Content><MsgId>{msg_id}</MsgId></xml>"
    )


async def _send(client: TestClient, user: str, content: str, msg_id: str, safe: bool = True) -> str:
    inner = _text_xml(user, content, msg_id)
    if not safe:
        r = await client.post(f"/wechat?{_query(False)}", data=inner.encode())
        assert r.status == 200
        return await r.text()
    cipher = WeChatCipher(KEY, APPID)
    enc = cipher.encrypt(inner)
    outer = f"<xml><ToUserName><![CDATA[gh_test]]></ToUserName><Encrypt><![CDATA[{enc}]]></Encrypt></xml>"
    r = await client.post(f"/wechat?{_query(True, enc)}", data=outer.encode())
    assert r.status == 200
    text = await r.text()
    if text == "success":
        return text
    reply_enc = re.search(r"<Encrypt><!\[CDATA\[(.*?)\]\]></Encrypt>", text).group(1)
    return cipher.decrypt(reply_enc)


async def test_url_verification_and_forged_signatures(client: TestClient) -> None:
    r = await client.get(f"/wechat?{_query(False)}&echostr=hello123")
    assert r.status == 200 and await r.text() == "hello123"
    r = await client.get("/wechat?signature=bad&timestamp=1&nonce=2&echostr=x")
    assert r.status == 403
    r = await client.post(
        "/wechat?signature=bad&timestamp=1&nonce=2", data=_text_xml("u", "hi", "1").encode()
    )
    assert r.status == 403
    r = await client.post(f"/wechat?{_query(False)}", data=b"<xml><oops")
    assert r.status == 403  # an AES key is configured: plaintext deliveries are refused
    enc = WeChatCipher(KEY, APPID).encrypt(_text_xml("u", "hi", "2"))
    forged = f"/wechat?{_query(False)}&encrypt_type=aes&msg_signature=deadbeef"
    r = await client.post(forged, data=f"<xml><Encrypt><![CDATA[{enc}]]></Encrypt></xml>".encode())
    assert r.status == 403


@pytest.fixture
async def plain_client(db_url: str, tmp_path: Path) -> AsyncIterator[TestClient]:
    async with _served(db_url, tmp_path, safe_mode=False) as c:
        yield c


async def test_plaintext_faq_answer(plain_client: TestClient) -> None:
    reply = await _send(plain_client, "oUser1", "加班费怎么算", "9001", safe=False)
    assert "<Content><![CDATA[" in reply and "300%" in reply and "<ToUserName><![CDATA[oUser1]]>" in reply


async def test_complaint_in_safe_mode_with_numbered_choices_and_retries(client: TestClient, db) -> None:
    user = "oWorker"
    seq = iter(range(1000, 2000))
    reply = await _send(client, user, "我要投诉老板欠薪", str(next(seq)))
    assert "1. 同意并继续" in reply
    for answer in [
        "1",
        "赵六",
        "13912345678",
        "某物业公司",
        "跳过",
        "东城区和平小区",
        "保安",
        "今年8月到10月",
        "一万二",
        "就我一个",
        "物业公司三个月没发工资了",
    ]:
        reply = await _send(client, user, answer, str(next(seq)))
    # the summary comes with the last answer and offers to take photos; "1" confirms it
    assert "请核对" in reply and "赵六" in reply and "照片" in reply and "1. 确认提交" in reply
    msg_id = str(next(seq))
    # WeChat delivers the same message again while and after it is answered.
    first, second = await asyncio.gather(_send(client, user, "1", msg_id), _send(client, user, "1", msg_id))
    third = await _send(client, user, "1", msg_id)
    assert "投诉已提交" in first and first == second == third  # every retry gets the one answer
    async with db.session() as s:
        cases = (await s.execute(select(Case))).scalars().all()
        assert len(cases) == 1 and cases[0].centre_id == "dongcheng" and float(cases[0].amount_owed) == 12000
        assert await s.scalar(select(func.count(Case.id))) == 1


def test_cipher_refuses_short_key() -> None:
    with pytest.raises(WeChatCryptoError):
        WeChatCipher(base64.b64encode(b"short").decode(), "x")


@pytest.fixture
async def api() -> AsyncIterator[WeChatAPI]:
    fake = WeChatAPI(appid=APPID)
    await fake.start()
    yield fake
    await fake.close()


@pytest.fixture
async def client_with_api(db_url: str, tmp_path: Path, api: WeChatAPI) -> AsyncIterator[TestClient]:
    async with _served(
        db_url,
        tmp_path,
        safe_mode=False,
        wechat_appsecret=api.secret,
        wechat_api_base=api.base,
        max_upload_bytes=1_048_576,
    ) as c:
        yield c


async def _send_xml(client: TestClient, inner: str) -> str:
    r = await client.post(f"/wechat?{_query(False)}", data=inner.encode())
    assert r.status == 200
    return await r.text()


def _image_xml(user: str, media_id: str, msg_id: str) -> str:
    return (
        f"<xml><ToUserName><![CDATA[gh_test]]></ToUserName><FromUserName><![CDATA[{user}]]></FromUserName>"
        f"<CreateTime>1700000000</CreateTime><MsgType><![CDATA[image]]></MsgType>"
        f"<PicUrl><![CDATA[http://127.0.0.1:9/none.jpg]]></PicUrl><MediaId><![CDATA[{media_id}]]></MediaId>"
        f"<MsgId>{msg_id}</MsgId></xml>"
    )


async def test_photos_sent_at_the_confirmation_are_downloaded_and_attached(
    client_with_api: TestClient, api: WeChatAPI, db
) -> None:
    client, user, seq = client_with_api, "oPhoto", iter(range(5000, 6000))
    jpeg = b"\xff\xd8\xff\xe0" + b"payslip" * 100
    api.media["M-ok"] = (jpeg, "image/jpeg")
    api.media["M-big"] = (b"\xff\xd8\xff\xe0" + b"x" * 1_100_000, "image/jpeg")
    for answer in ["我要投诉老板欠薪", "1", "赵六", "13912345678", "某物业公司", "跳过", "东城区", "保安"]:
        await _send(client, user, answer, str(next(seq)), safe=False)
    for answer in ["今年8月到10月", "一万二", "就我一个", "物业公司三个月没发工资了"]:
        reply = await _send(client, user, answer, str(next(seq)), safe=False)
    assert "请核对" in reply and "照片" in reply  # the summary offers to take photos
    reply = await _send_xml(client, _image_xml(user, "M-ok", str(next(seq))))
    assert "已收到材料" in reply and "证据材料：1 个文件" in reply and "1. 确认提交" in reply
    reply = await _send_xml(client, _image_xml(user, "M-big", str(next(seq))))
    assert "文件太大" in reply
    reply = await _send_xml(client, _image_xml(user, "M-gone", str(next(seq))))
    assert "图片没有收到" in reply
    reply = await _send(client, user, "1", str(next(seq)), safe=False)
    assert "投诉已提交" in reply
    async with db.session() as s:
        [att] = (await s.execute(select(Attachment))).scalars().all()
        [case] = (await s.execute(select(Case))).scalars().all()
        assert att.size == len(jpeg) and att.content_type == "image/jpeg" and att.case_id == case.id


async def test_slow_answer_goes_out_as_a_customer_service_message(
    client_with_api: TestClient, api: WeChatAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.channels.wechat import endpoint

    monkeypatch.setattr(endpoint, "ANSWER_WITHIN", 0.0)  # every answer counts as late
    reply = await _send(client_with_api, "oLate", "加班费怎么算", "7001", safe=False)
    assert reply == "success"  # the worker never sees "该公众号暂时无法提供服务"
    deadline = time.monotonic() + 60  # a deadline, not a pause: a busy machine may take seconds
    while not api.sent and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    [msg] = api.sent
    assert msg["touser"] == "oLate" and msg["msgtype"] == "text" and "300%" in msg["text"]["content"]


async def test_calculator_with_numbered_choices(client: TestClient) -> None:
    """A calculator's buttons become numbered choices; the number picks the ground."""
    user, seq = "oCalc", iter(range(3000, 3100))
    reply = await _send(client, user, "被辞退了 干了4年7个月 月薪七千 能赔多少", str(next(seq)))
    assert "4. 没有正当理由（违法辞退）" in reply
    reply = await _send(client, user, "4", str(next(seq)))
    assert "70,000.00" in reply and "第八十七条" in reply and "仅供参考" in reply


async def test_command_words_route_on_wechat(plain_client: TestClient) -> None:
    """WeChat has no command menu: "/投诉", "tousu", "/进度", "人工客服" typed as text reach the command."""
    for n, (typed, expected) in enumerate(
        [
            ("/投诉", "个人信息告知"),
            ("tousu", "个人信息告知"),
            ("/进度", "还没有提交过欠薪投诉"),
            ("jin du", "还没有提交过欠薪投诉"),
            ("人工客服", "已为您转接人工服务"),
            ("/kefu", "已为您转接人工服务"),
            ("help", "/complain"),
        ]
    ):
        reply = await _send(plain_client, f"oCmd{n}", typed, f"77{n:02d}", safe=False)
        assert expected in reply, (typed, reply)


async def test_a_long_story_in_the_summary_still_leaves_the_choices(client: TestClient, db) -> None:
    user = "oLongStory"
    seq = iter(range(5000, 6000))
    story = "老板一直说下个月发，" + "我们天天去厂里问，主管就说等等等，" * 105 + "到现在一分钱没见着。"
    assert 1800 < len(story) <= 2000
    await _send(client, user, "我要投诉老板欠薪", str(next(seq)))
    for answer in ["1", "钱七", "13912345679", "某五金厂", "跳过", "东城区和平小区", "冲压工"]:
        await _send(client, user, answer, str(next(seq)))
    for answer in ["今年8月到10月", "一万二", "就我一个", story]:
        reply = await _send(client, user, answer, str(next(seq)))
    content = re.search(r"<Content><!\[CDATA\[(.*?)\]\]></Content>", reply, re.S).group(1)
    assert "请核对" in content and "1. 确认提交" in content and len(content) <= 2000
    reply = await _send(client, user, "1", str(next(seq)))
    assert "投诉已提交" in reply
    async with db.session() as s:
        case = (await s.execute(select(Case).where(Case.worker_name == "钱七"))).scalar_one()
        assert story in case.description  # nothing the worker typed is lost
