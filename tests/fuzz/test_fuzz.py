"""Property-based fuzzing (hypothesis) of the parsers and every HTTP endpoint, bounded to fit
in CI (the whole file runs in well under 30 s): no input may raise or produce a 500."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.channels.wechat.crypto import sha1_signature
from bot.channels.wechat.messages import BadXML, parse_message, parse_xml
from bot.config import Settings
from bot.core.parsers.base import Parsed, ParseError
from bot.core.parsers.headcount import parse_headcount
from bot.core.parsers.money import parse_amount
from bot.core.parsers.period import parse_period
from bot.core.parsers.phone import parse_phone
from bot.core.parsers.text import parse_free_text, parse_name
from bot.core.safe_text import has_unsafe, strip_unsafe
from bot.server import build_app

KB = Path(__file__).resolve().parents[2] / "knowledge_base" / "data"
FAST = settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), database=None)
# Text that looks like what workers type, plus the characters that broke things before.
WORDS = st.sampled_from(
    [
        "三万五",
        "8000元",
        "1e309",
        "NaN",
        "Infinity",
        "-5",
        "一亿亿亿",
        "13912345678",
        "去年腊月到今年五一",
        "八九千",
        "十来个人",
        "\x00",
        "\ud800",
        "\u202e",
        "{case_no}",
        "%s%n",
        "<script>",
        "取消",
        "/status",
    ]
)
TEXT = st.one_of(st.text(max_size=60), st.lists(WORDS, max_size=4).map("".join), WORDS)


@FAST
@given(TEXT)
def test_parsers_never_raise(text: str) -> None:
    for parse in (
        parse_amount,
        parse_phone,
        parse_headcount,
        parse_name,
        parse_free_text,
        lambda t: parse_period(t, date(2026, 11, 30)),
    ):
        result = parse(text)
        assert isinstance(result, Parsed | ParseError)
    assert not has_unsafe(strip_unsafe(text))


@FAST
@given(st.one_of(st.binary(max_size=300), TEXT.map(lambda t: f"<xml><Content>{t}</Content></xml>")))
def test_wechat_xml_parser_never_raises_anything_else(body: bytes | str) -> None:
    try:
        fields = parse_xml(body)
    except (BadXML, UnicodeDecodeError, ValueError):
        return
    parse_message(fields)


TOKEN = "fuzztoken"


@pytest.fixture(scope="module")
def served(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[asyncio.AbstractEventLoop, TestClient]]:
    loop = asyncio.new_event_loop()
    data = tmp_path_factory.mktemp("fuzz")
    settings_ = Settings(
        data_dir=data,
        kb_dir=KB,
        wechat_token=TOKEN,
        api_token="fuzz-api",
        web_messages_per_minute_ip=10**6,
        web_messages_per_minute_user=10**6,
        web_uploads_per_hour_ip=10**6,
    )

    async def start() -> TestClient:
        client = TestClient(TestServer(await build_app(settings_), host="127.0.0.1"))
        await client.start_server()
        return client

    client = loop.run_until_complete(start())
    yield loop, client
    loop.run_until_complete(client.close())
    loop.close()


def _status(served, method: str, url: str, **kw) -> int:  # noqa: ANN001, ANN003
    loop, client = served

    async def go() -> int:
        r = await client.request(method, url, **kw)
        await r.read()
        return r.status

    return loop.run_until_complete(go())


JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | TEXT,
    lambda kids: (
        st.lists(kids, max_size=3)
        | st.dictionaries(st.sampled_from(["user", "text", "button", "id", "x"]), kids, max_size=4)
    ),
    max_leaves=8,
)


@FAST
@given(JSONISH, st.sampled_from(["/api/chat", "/api/chat/updates"]))
def test_chat_endpoints_never_500(served, body: object, url: str) -> None:  # noqa: ANN001
    data = json.dumps(body, ensure_ascii=False).encode("utf-8", "surrogatepass")
    assert _status(served, "POST", url, data=data) < 500


@FAST
@given(st.fixed_dictionaries({"user": TEXT, "text": TEXT}), st.sampled_from(["text", "button"]))
def test_chat_messages_never_500(served, body: dict, field: str) -> None:  # noqa: ANN001
    body = {"user": body["user"] or "u", field: body["text"]}
    data = json.dumps(body, ensure_ascii=False).encode("utf-8", "surrogatepass")
    assert _status(served, "POST", "/api/chat", data=data) < 500


@FAST
@given(st.binary(max_size=200), TEXT)
def test_upload_never_500(served, blob: bytes, user: str) -> None:  # noqa: ANN001
    from aiohttp import FormData

    form = FormData()
    form.add_field("user", user.encode("utf-8", "surrogatepass").decode("utf-8", "replace") or "u")
    form.add_field("file", blob, filename="f.jpg", content_type="image/jpeg")
    assert _status(served, "POST", "/api/chat/upload", data=form) < 500


@FAST
@given(TEXT, st.binary(max_size=200))
def test_wechat_never_500(served, content: str, junk: bytes) -> None:  # noqa: ANN001
    stamp, nonce = str(int(time.time())), f"n{time.monotonic_ns()}"
    q = f"signature={sha1_signature(TOKEN, stamp, nonce)}&timestamp={stamp}&nonce={nonce}"
    xml = f"<xml><FromUserName>oF</FromUserName><MsgType>text</MsgType><Content>{content}</Content></xml>"
    body = xml.encode("utf-8", "surrogatepass") if junk[:1] != b"\x00" else junk
    assert _status(served, "POST", f"/wechat?{q}", data=body) < 500


@FAST
@given(TEXT, TEXT)
def test_staff_and_api_queries_never_500(served, q: str, other: str) -> None:  # noqa: ANN001
    params = {"q": q, "status": other, "limit": other, "offset": q}
    safe = {k: v.encode("utf-8", "surrogatepass").decode("utf-8", "replace") for k, v in params.items()}
    assert _status(served, "GET", "/staff/", params=safe, allow_redirects=False) < 500
    assert (
        _status(served, "GET", "/api/cases", params=safe, headers={"Authorization": "Bearer fuzz-api"}) < 500
    )
    form = {"username": safe["q"], "password": safe["status"], "csrf": "x"}
    assert _status(served, "POST", "/staff/login", data=form) < 500
