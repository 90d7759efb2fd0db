"""The core contract shared by every channel (DESIGN.md, "The core contract")."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Button:
    label: str
    payload: str


@dataclass(frozen=True)
class Contact:
    """A shared contact card. `user_id` is the channel's id of the person on the card."""

    phone: str
    user_id: str | None = None
    name: str | None = None


@dataclass(frozen=True)
class Attachment:
    """A file the worker sent. `data` holds the bytes; channels download before handing over."""

    filename: str
    content_type: str
    data: bytes


@dataclass(frozen=True)
class Incoming:
    channel: str  # "telegram" | "wechat" | "web" | "console"
    user_key: str  # the channel's stable id of the sender
    text: str | None = None
    button: str | None = None  # payload of a pressed button
    contact: Contact | None = None
    attachment: Attachment | None = None
    delivery_id: str | None = None  # channel's own id; a repeat changes nothing
    display_name: str | None = None


@dataclass
class Reply:
    text: str
    buttons: list[Button] = field(default_factory=list)
    expects: str | None = None  # complaint field being asked for
    case_no: str | None = None  # set on the reply confirming a filed case
    request_contact: bool = False  # channel may offer a "share my phone" button
