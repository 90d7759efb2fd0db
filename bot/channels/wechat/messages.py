"""WeChat XML in and out. DOCTYPE and entities are refused (no XML bombs)."""

from __future__ import annotations

import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from xml.sax.saxutils import escape


class BadXML(Exception):
    pass


@dataclass
class WeChatMessage:
    to_user: str
    from_user: str
    create_time: str
    msg_type: str
    content: str | None = None
    msg_id: str | None = None
    event: str | None = None
    event_key: str | None = None
    pic_url: str | None = None
    media_id: str | None = None
    recognition: str | None = None
    encrypt: str | None = None

    @property
    def delivery_id(self) -> str:
        if self.msg_id:
            return f"wx:{self.from_user}:{self.msg_id}"
        return f"wx:{self.from_user}:{self.create_time}:{self.event or self.msg_type}"


def parse_xml(body: bytes | str) -> dict[str, str]:
    text = body.decode("utf-8", errors="strict") if isinstance(body, bytes) else body
    if "<!DOCTYPE" in text.upper() or "<!ENTITY" in text.upper():
        raise BadXML("DOCTYPE and entities are not allowed")
    try:
        root = ET.fromstring(text)
    except ET.ParseError as exc:
        raise BadXML(str(exc)) from exc
    if root.tag != "xml":
        raise BadXML("root element must be <xml>")
    return {child.tag: (child.text or "") for child in root}


def parse_message(fields: dict[str, str]) -> WeChatMessage:
    return WeChatMessage(
        to_user=fields.get("ToUserName", ""),
        from_user=fields.get("FromUserName", ""),
        create_time=fields.get("CreateTime", ""),
        msg_type=fields.get("MsgType", ""),
        content=fields.get("Content"),
        msg_id=fields.get("MsgId") or None,
        event=fields.get("Event"),
        event_key=fields.get("EventKey"),
        pic_url=fields.get("PicUrl"),
        media_id=fields.get("MediaId"),
        recognition=fields.get("Recognition"),
        encrypt=fields.get("Encrypt"),
    )


def _cdata(value: str) -> str:
    return "<![CDATA[" + value.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def text_reply(to_user: str, from_user: str, content: str, now: int | None = None) -> str:
    return (
        f"<xml><ToUserName>{_cdata(to_user)}</ToUserName><FromUserName>{_cdata(from_user)}</FromUserName>"
        f"<CreateTime>{now or int(time.time())}</CreateTime><MsgType>{_cdata('text')}</MsgType>"
        f"<Content>{_cdata(content)}</Content></xml>"
    )


def encrypted_reply(encrypt: str, signature: str, timestamp: str, nonce: str) -> str:
    return (
        f"<xml><Encrypt>{_cdata(encrypt)}</Encrypt><MsgSignature>{_cdata(signature)}</MsgSignature>"
        f"<TimeStamp>{escape(timestamp)}</TimeStamp><Nonce>{_cdata(nonce)}</Nonce></xml>"
    )
