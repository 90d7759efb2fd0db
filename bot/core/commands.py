"""The worker's commands beyond questions and the form: /status, /human, /mydata, /delete,
and the reply relay (the worker answers a staff reply). Persistence goes through the store."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot import clock
from bot.core import intake, texts
from bot.core.masking import mask_name, mask_phone, mask_text
from bot.core.parsers import to_simplified
from bot.core.ports import FormState, WorkerTx
from bot.core.types import Button, Reply

# Other names a worker types for a command, on any channel: English, pinyin and Chinese
# ("/complaint", "/tousu", "/投诉", "/投訴", "／进度", "/rengong", "/kefu")
_ALIASES = {
    "/complain": ("complaint", "tousu", "投诉", "jubao", "举报", "report", "dengji", "登记"),
    "/status": ("progress", "jindu", "进度", "查进度", "chajindu", "chaxun", "查询", "case"),
    "/human": ("rengong", "人工", "kefu", "客服", "人工客服", "zhenren", "真人", "agent", "staff", "person"),
    "/help": ("帮助", "bangzhu", "menu", "菜单", "caidan"),
    "/start": ("开始", "kaishi"),
    "/cancel": ("取消", "quxiao"),
}
_ALIAS = {alias: command for command, aliases in _ALIASES.items() for alias in aliases}
# a case number as the service gives it (storage/services/cases.py)
_CASE_NO = re.compile(r"QX[0-9]{6}[A-HJ-NP-Z2-9]{8}", re.IGNORECASE)


def command_of(text: str) -> str:
    """The command a message starting with a slash names ("/complain", also "/complaint@bot",
    "／投诉", "/ tousu"), or "" for a message that is none."""
    text = text.strip()
    if not text.startswith(("/", "／")):
        return ""
    word = to_simplified(text[1:].strip().split(maxsplit=1)[0] if text[1:].strip() else "").lower()
    word = word.split("@", 1)[0]
    return _ALIAS.get(word, "/" + word)


# a menu command typed as a bare word outside the form ("help", "菜单", "開始")
_BARE = {
    **dict.fromkeys(("start", "开始", "kaishi"), "/start"),
    **dict.fromkeys(("help", "menu", "帮助", "菜单", "主菜单", "bangzhu", "caidan"), "/help"),
}


def bare_command(text: str) -> str:
    """The menu command a message of one bare word names ("help", "菜单"), or ""."""
    word = re.sub(r"[\s!！。.?？~～]+", "", to_simplified(text or "")).lower()
    return _BARE.get(word, "")


def case_no_in(text: str) -> str:
    """A case number written in a message ("我的编号是 QX261120ABCD2345"), or ""."""
    found = _CASE_NO.search(text or "")
    return found.group(0).upper() if found else ""


def menu() -> list[Button]:
    return [Button(label, payload) for label, payload in texts.MENU_BUTTONS]


async def status(tx: WorkerTx, case_no: str) -> list[Reply]:
    cases = await tx.cases()
    if case_no:
        cases = [c for c in cases if c.case_no == case_no.upper()]
        if not cases:
            return [Reply(texts.STATUS_NOT_FOUND.format(case_no=case_no[:40]))]
    if not cases:
        return [Reply(texts.STATUS_NONE, buttons=[Button(texts.BUTTON_COMPLAIN, "cmd:complain")])]
    parts = []
    for c in cases:
        if c.closed_at:
            deadline = texts.STATUS_CLOSED.format(date=clock.local_date(c.closed_at))
        elif c.status == "submitted":
            deadline = texts.STATUS_DEADLINE_ACCEPT.format(date=clock.local_date(c.accept_by))
        else:
            deadline = texts.STATUS_DEADLINE_RESOLVE.format(date=clock.local_date(c.resolve_by))
        line = texts.STATUS_LINE.format(
            case_no=c.case_no,
            status=texts.STATUS_LABEL.get(c.status, c.status),
            employer=c.employer_name,
            deadline=deadline,
        )
        if c.worker_notes:
            line += "\n" + texts.STATUS_NOTE.format(note=c.worker_notes[-1])
        parts.append(line)
    return [Reply("\n\n".join(parts))]


async def relay(tx: WorkerTx, case_id: int, text: str) -> list[Reply]:
    """The worker answers a staff reply: the text joins the case and its centre is told."""
    case_no = await tx.relay(case_id, note=text[:4000], masked=mask_text(text)[:1000])
    if case_no is None:
        tx.form.close_relay()
        return []
    return [Reply(texts.RELAYED.format(case_no=case_no), buttons=[Button(texts.END_RELAY, "cmd:endreply")])]


async def human(tx: WorkerTx) -> list[Reply]:
    await tx.request_human(user_masked=mask_phone(tx.user_key))
    return [Reply(texts.HUMAN)]


async def mydata(tx: WorkerTx) -> list[Reply]:
    cases = await tx.cases()
    draft = {k: v for k, v in ((tx.form.data or {}).get("fields") or {}).items() if not k.startswith("_")}
    if not cases and not draft:
        return [Reply(texts.MYDATA_NONE)]
    lines = [texts.MYDATA_TITLE]
    for c in cases:
        lines.append(
            texts.MYDATA_CASE.format(
                case_no=c.case_no,
                status=texts.STATUS_LABEL.get(c.status, c.status),
                name=c.worker_name,
                phone=c.contact_phone,
                employer=c.employer_name,
                location=c.work_location,
                amount=f"{float(c.amount_owed):,.0f}",
            )
        )
    if draft:
        lines.append(
            texts.MYDATA_DRAFT.format(
                fields="；".join(f"{texts.FIELD_LABEL.get(k, k)}：{v}" for k, v in draft.items() if v)
            )
        )
    return [Reply("\n".join(lines))]


async def delete(tx: WorkerTx) -> list[Reply]:
    intake.cancel(tx.form)
    tx.form.close_relay()
    tx.form.consent_at = None
    kept = await tx.request_deletion(note=texts.DELETE_NOTE, user_masked=mask_name(tx.user_key))
    if kept:
        return [Reply(texts.DELETE_KEPT.format(cases="、".join(kept)))]
    return [Reply(texts.DELETE_DONE)]


async def run(
    tx: WorkerTx, command: str, text: str, start_form: Callable[[FormState, str], list[Reply]]
) -> list[Reply]:
    """The replies to a slash command; `start_form` opens the complaint form."""
    if command == "/start":
        return [Reply(texts.WELCOME, buttons=menu())]
    if command == "/help":
        return [Reply(texts.HELP, buttons=menu())]
    if command == "/complain":
        return start_form(tx.form, "")
    if command == "/status":
        parts = text.split(maxsplit=1)
        return await status(tx, parts[1].strip() if len(parts) > 1 else "")
    if command == "/human":
        return await human(tx)
    if command == "/mydata":
        return await mydata(tx)
    if command == "/delete":
        return await delete(tx)
    if command == "/endreply":
        tx.form.close_relay()
        return [Reply(texts.RELAY_ENDED, buttons=menu())]
    return [Reply(texts.HELP, buttons=menu())]
