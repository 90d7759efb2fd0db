"""The wage-arrears complaint form: consent first, then one field at a time, each answer
parsed and echoed, a summary where any field can be changed, and filing in one transaction."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from bot.core import texts
from bot.core.deadlines import WorkingDayCalendar, deadlines
from bot.core.parsers import (
    ParseError,
    clean_text,
    parse_amount,
    parse_free_text,
    parse_headcount,
    parse_name,
    parse_period,
    parse_phone,
    strip_said,
)
from bot.core.priority import compute_priority
from bot.core.types import Button, Incoming, Reply
from storage.models import Conversation, Identity
from storage.services.attachments import AttachmentRefused, save_attachment
from storage.services.cases import file_case
from storage.types import utcnow

TZ = ZoneInfo("Asia/Shanghai")
ORDER = [
    "worker_name",
    "contact_phone",
    "employer_name",
    "project_name",
    "work_location",
    "industry",
    "arrears_period",
    "amount_owed",
    "workers_affected",
    "description",
    "evidence",
]
OPTIONAL = {"project_name", "evidence"}
FREE_TEXT_STEPS = {"worker_name", "employer_name", "project_name", "work_location", "industry", "description"}
SKIP_WORDS = {
    "跳过", "没有", "无", "没", "没了", "没有了", "都没有", "啥也没有", "什么都没有", "不知道", "不清楚",
    "不是工地", "不是在工地", "没有项目", "不是", "不用", "算了不发了", "发完了", "就这些", "好了", "完了",
    "没有证据", "没证据", "没有材料", "暂时没有", "以后再发", "下次再发", "无证据", "None", "none", "no", "NO",
}  # fmt: skip
CONSENT_WORDS = {
    "同意", "同意并继续", "是", "是的", "好", "好的", "可以", "可以的", "1", "嗯", "嗯嗯", "行", "ok", "OK",
    "没问题", "愿意", "同意的", "好滴", "中",
}  # fmt: skip
ACKNOWLEDGE = {
    "好", "好的", "嗯", "嗯嗯", "行", "ok", "OK", "知道了", "等会发", "等下发", "一会发", "稍后发", "晚点发",
}  # fmt: skip
CONFIRM_HINT = r"(提交|确认|确定|没问题|可以了|对的|是的|行了|好了|^对|^好|^行|^嗯|^ok|^OK)"
NOT_YET = r"(不对|不行|不要|错|改|别提交|先不|等一下|等等)"
# a sentence that starts like this skips an optional step ("不是工地 是饭店", "没有 就这些")
SKIP_START = {
    "project_name": r"^(不是工地|不是在工地|没项目|没有项目|不知道|不清楚|没有|无|不是)",
    "evidence": r"^(没有|没了|无|暂时没有|就这些|发完了|都发了|没证据|没什么证据|没啥)|(就这些|发完了|都发完|没有了)$",
}
CONFIRM_WORDS = {
    "确认", "确认提交", "提交", "对", "对的", "是的", "没问题", "没错", "确认无误", "可以", "好的", "好",
    "提交吧", "行", "ok", "OK", "嗯", "1",
}  # fmt: skip
MAX_FILES = 10
EDIT_WORDS = {
    "金额": "amount_owed",
    "钱": "amount_owed",
    "姓名": "worker_name",
    "名字": "worker_name",
    "电话": "contact_phone",
    "手机": "contact_phone",
    "单位": "employer_name",
    "公司": "employer_name",
    "老板": "employer_name",
    "项目": "project_name",
    "地点": "work_location",
    "地址": "work_location",
    "行业": "industry",
    "工种": "industry",
    "时间": "arrears_period",
    "月份": "arrears_period",
    "人数": "workers_affected",
    "说明": "description",
    "情况": "description",
    "证据": "evidence",
}


@dataclass
class FormContext:
    settings: Any
    kb: Any  # knowledge_base.model.KnowledgeBase (centres, holidays)
    today: date


def _ask(field: str) -> Reply:
    buttons = [Button(texts.SKIP, "form:skip")] if field in OPTIONAL else []
    if field == "evidence":
        buttons = [Button(texts.EVIDENCE_DONE, "form:skip")]
    return Reply(texts.ASK[field], buttons=buttons, expects=field, request_contact=field == "contact_phone")


def start(conv: Conversation) -> list[Reply]:
    conv.flow, conv.step, conv.data = "complaint", "consent", {}
    return [
        Reply(
            texts.CONSENT,
            buttons=[
                Button(texts.CONSENT_YES, "form:consent:yes"),
                Button(texts.CONSENT_NO, "form:consent:no"),
            ],
            expects="consent",
        )
    ]


def reask(conv: Conversation) -> Reply:
    """The question of the step the worker is on (the summary at the end)."""
    if conv.step == "confirm":
        return _summary(dict((conv.data or {}).get("fields") or {}))
    return _ask(conv.step or "worker_name")


def cancel(conv: Conversation) -> None:
    conv.flow, conv.step, conv.data = None, None, {}


def _next_field(fields: dict[str, Any]) -> str:
    for f in ORDER:
        if f not in fields:
            return f
    return "confirm"


def _match_centre(text: str, kb: Any) -> tuple[Any, str | None]:
    centres = list(getattr(kb, "centres", []) or [])
    best = None
    for centre in centres:
        for d in centre.districts:
            names = {d, re.sub(r"(区|县|市|新区)$", "", d)}
            for n in names:
                if len(n) >= 2 and n in text and (best is None or len(n) > len(best[1])):
                    best = (centre, d)
    if best is not None:
        return best
    fallback = next((c for c in centres if c.fallback), centres[0] if centres else None)
    return fallback, None


def _summary(fields: dict[str, Any]) -> Reply:
    lines = [texts.SUMMARY_TITLE]
    echoes = fields.get("_echo", {})
    for f in ORDER:
        if f == "evidence":
            value = (
                texts.FILES.format(n=len(fields.get("evidence") or []))
                if fields.get("evidence")
                else texts.NONE
            )
        else:
            value = echoes.get(f) or fields.get(f) or texts.NONE
        lines.append(f"{texts.FIELD_LABEL[f]}：{value}")
    lines.append(texts.SUMMARY_HINT)
    buttons = [Button(texts.CONFIRM, "form:confirm:submit")] + [
        Button(texts.EDIT_PREFIX + texts.FIELD_LABEL[f], f"form:edit:{f}") for f in ORDER
    ]
    return Reply("\n".join(lines), buttons=buttons, expects="confirm")


_EDIT_WORD = "|".join(sorted(EDIT_WORDS, key=len, reverse=True))
_FIX = re.compile(
    rf"^(?:等一下|等等|不好意思|哦|啊)?[\s，,]*(?:把|那个)?(?P<word>{_EDIT_WORD}|号码)"
    r"(?:写错了|填错了|说错了|弄错了|搞错了|不对|错了|要改|改一下|改下)[\s，,。]*"
    r"(?:应该|要)?(?:改成|改为|换成|是|为)?[\s:：]*(?P<value>.*)$"
)


def _said(text: str | None) -> str:
    """A short answer without spaces and punctuation, for matching words like 确认/跳过."""
    return re.sub(r"[\s。.!！~～，,、?？]+", "", text or "")


def _edit_target(inc: Incoming) -> tuple[str, str] | None:
    """(field, new value or "") when the worker asks to change an answer."""
    if inc.button and inc.button.startswith("form:edit:"):
        field = inc.button.split(":", 2)[2]
        return (field, "") if field in ORDER else None
    text = (inc.text or "").strip()
    m = re.match(r"^(改|修改|更改|重填)(?:一下|下)?(.{1,6})$", text)
    if m:
        for word, field in EDIT_WORDS.items():
            if word in m.group(2):
                return field, ""
    m = _FIX.match(text[:60])
    if m:
        word = "电话" if m.group("word") == "号码" else m.group("word")
        return EDIT_WORDS[word], m.group("value").strip()
    return None


def _record(field: str, parsed: tuple[Any, str, bool], fields: dict[str, Any], ctx: FormContext) -> Reply:
    """Store one parsed answer and say what was recorded."""
    value, echo, approx = parsed
    fields[field] = str(value) if field == "amount_owed" else value
    if field == "amount_owed":
        fields["amount_approximate"] = approx
    if field == "workers_affected":
        fields["workers_approximate"] = approx
    if field == "work_location":
        centre, district = _match_centre(value, ctx.kb)
        fields["_centre"] = centre.id if centre else "central"
        fields["_centre_name"] = centre.name if centre else ""
        fields["_district"] = district
        echo += " " + (
            texts.DISTRICT_MATCHED.format(centre=centre.name)
            if district and centre
            else texts.DISTRICT_UNMATCHED
        )
    echoes = dict(fields.get("_echo") or {})
    echoes[field] = echo
    fields["_echo"] = echoes
    return Reply(
        texts.ECHO.format(label=texts.FIELD_LABEL[field], value=echo) + (texts.ECHO_APPROX if approx else "")
    )


def _parse(field: str, inc: Incoming, ctx: FormContext) -> tuple[Any, str, bool] | ParseError:
    text = inc.text or ""
    if field == "worker_name":
        r = parse_name(strip_said(text, name=True), max_len=30)
    elif field == "contact_phone":
        if inc.contact is not None:
            # Anyone can share someone else's card: only the sender's own number is accepted.
            if inc.contact.user_id is None or str(inc.contact.user_id) != str(inc.user_key):
                return ParseError("contact_not_own", texts.CONTACT_NOT_OWN)
            r = parse_phone(inc.contact.phone)
        else:
            r = parse_phone(text)
    elif field in ("employer_name", "project_name"):
        r = parse_name(strip_said(text), max_len=100 if field == "employer_name" else 200, what="text")
    elif field == "industry":
        r = parse_name(strip_said(text), max_len=100, what="text")
    elif field == "work_location":
        r = parse_free_text(strip_said(text), max_len=300)
    elif field == "arrears_period":
        r = parse_period(text, ctx.today)
    elif field == "amount_owed":
        r = parse_amount(text)
    elif field == "workers_affected":
        r = parse_headcount(text)
    else:
        r = parse_free_text(text, max_len=2000, min_len=4)
    if isinstance(r, ParseError):
        return r
    return r.value, r.echo, r.approximate


async def handle(
    s: AsyncSession, conv: Conversation, ident: Identity, inc: Incoming, ctx: FormContext
) -> list[Reply]:
    """One worker message while the complaint form is active."""
    step = conv.step
    data = dict(conv.data or {})
    fields: dict[str, Any] = dict(data.get("fields") or {})
    if step == "consent":
        answer = (inc.button or "").removeprefix("form:consent:") or _said(inc.text)
        if (
            answer == "yes"
            or answer in CONSENT_WORDS
            or (
                re.search(r"(同意|可以|愿意|没问题)", answer)
                and not re.search(r"(不同意|不可以|不愿意)", answer)
            )
        ):
            conv.consent_at = utcnow()
            conv.step = "worker_name"
            conv.data = {"fields": {}}
            return [_ask("worker_name")]
        if answer in ("no", "不同意", "不", "否", "2", "不要", "算了", "不愿意"):
            cancel(conv)
            return [Reply(texts.CONSENT_REFUSED)]
        return [
            Reply(
                texts.CONSENT_REPROMPT,
                buttons=[
                    Button(texts.CONSENT_YES, "form:consent:yes"),
                    Button(texts.CONSENT_NO, "form:consent:no"),
                ],
                expects="consent",
            )
        ]

    target = _edit_target(inc)
    if target is not None:
        field, value = target
        if value and field not in ("evidence",):
            # "金额写错了 改成9000": changed at once, then back to where the worker was
            parsed = _parse(field, Incoming(inc.channel, inc.user_key, text=value), ctx)
            if not isinstance(parsed, ParseError):
                replies = [_record(field, parsed, fields, ctx)]
                conv.data = {**data, "fields": fields}
                return replies + [_summary(fields) if step == "confirm" else _ask(step)]
        data["editing"] = True
        conv.step, conv.data = field, {**data, "fields": fields}
        return [_ask(field)]

    if step == "confirm":
        said = _said(inc.text)
        if (
            inc.button == "form:confirm:submit"
            or said in CONFIRM_WORDS
            or (re.search(CONFIRM_HINT, said) and not re.search(NOT_YET, said))
        ):
            return await _file(s, conv, ident, fields, ctx)
        return [Reply(texts.CONFIRM_REPROMPT), _summary(fields)]

    replies: list[Reply] = []
    said = _said(inc.text)
    skip = (
        inc.button == "form:skip"
        or said in SKIP_WORDS
        or said == texts.EVIDENCE_DONE
        or bool(re.match(SKIP_START.get(step, "(?!)"), said))
    )
    if step == "evidence":
        if inc.attachment is not None:
            files = list(fields.get("evidence") or [])
            if len(files) >= MAX_FILES:
                return [
                    Reply(
                        texts.EVIDENCE_TOO_MANY.format(n=MAX_FILES),
                        expects="evidence",
                        buttons=[Button(texts.EVIDENCE_DONE, "form:skip")],
                    )
                ]
            try:
                att = await save_attachment(
                    s,
                    ident,
                    inc.attachment.filename,
                    inc.attachment.content_type,
                    inc.attachment.data,
                    ctx.settings.data_dir,
                    ctx.settings.max_upload_bytes,
                )
            except AttachmentRefused as exc:
                return [
                    Reply(
                        texts.EVIDENCE_REJECTED.format(
                            reason=exc, mb=ctx.settings.max_upload_bytes // 1048576
                        ),
                        expects="evidence",
                        buttons=[Button(texts.EVIDENCE_DONE, "form:skip")],
                    )
                ]
            files.append(att.id)
            fields["evidence"] = files
            conv.data = {**data, "fields": fields}
            return [
                Reply(
                    texts.EVIDENCE_SAVED.format(name=inc.attachment.filename),
                    expects="evidence",
                    buttons=[Button(texts.EVIDENCE_DONE, "form:skip")],
                )
            ]
        if not skip and fields.get("evidence_note") and said in ACKNOWLEDGE:
            skip = True  # "有欠条 等下发" then "好的": the note is kept, the form goes on
        if not skip:
            note = clean_text(inc.text or "")[:300]
            if not note:
                return [
                    Reply(
                        texts.EVIDENCE_NOT_HERE,
                        expects="evidence",
                        buttons=[Button(texts.EVIDENCE_DONE, "form:skip")],
                    )
                ]
            fields["evidence_note"] = "；".join(filter(None, [fields.get("evidence_note"), note]))[:600]
            conv.data = {**data, "fields": fields}
            return [
                Reply(
                    texts.EVIDENCE_NOTED.format(note=note),
                    expects="evidence",
                    buttons=[Button(texts.EVIDENCE_DONE, "form:skip")],
                )
            ]
        fields.setdefault("evidence", [])
    elif inc.attachment is not None:
        return [Reply(texts.NOT_A_FILE_STEP), _ask(step)]
    elif skip and step in OPTIONAL:
        fields[step] = None
    else:
        parsed = _parse(step, inc, ctx)
        if isinstance(parsed, ParseError):
            return [
                Reply(
                    parsed.message,
                    expects=step,
                    request_contact=step == "contact_phone",
                    buttons=[Button(texts.SKIP, "form:skip")] if step in OPTIONAL else [],
                )
            ]
        replies.append(_record(step, parsed, fields, ctx))
    nxt = "confirm" if data.get("editing") else _next_field(fields)
    if nxt == "confirm" and _next_field(fields) != "confirm":
        nxt = _next_field(fields)
    data.pop("editing", None) if nxt == "confirm" else None
    conv.step, conv.data = nxt, {**data, "fields": fields}
    replies.append(_summary(fields) if nxt == "confirm" else _ask(nxt))
    return replies


async def _file(
    s: AsyncSession, conv: Conversation, ident: Identity, fields: dict[str, Any], ctx: FormContext
) -> list[Reply]:
    now = utcnow()
    if fields.get("evidence_note"):
        note = texts.EVIDENCE_NOTE_LINE.format(note=fields["evidence_note"])
        fields = {**fields, "description": f"{fields['description']}\n{note}"}
    calendar = WorkingDayCalendar(getattr(ctx.kb, "holidays", []) or [])
    accept_by, resolve_by = deadlines(
        now, ctx.settings.accept_working_days, ctx.settings.resolve_days, calendar
    )
    amount = Decimal(str(fields["amount_owed"]))
    priority, reasons = compute_priority(
        int(fields["workers_affected"]), amount, fields.get("description", ""), ctx.settings
    )
    case = await file_case(
        s,
        ident,
        fields,
        consent_at=conv.consent_at or now,
        centre_id=fields.get("_centre") or "central",
        centre_name=fields.get("_centre_name") or "",
        district=fields.get("_district"),
        accept_by=accept_by,
        resolve_by=resolve_by,
        priority=priority,
        reasons=reasons,
        now=now,
    )
    cancel(conv)

    def local(d: datetime) -> str:
        return d.astimezone(TZ).strftime("%Y年%m月%d日")

    text = texts.FILED.format(
        case_no=case.case_no,
        centre=fields.get("_centre_name") or "服务中心",
        accept_by=local(accept_by),
        resolve_by=local(resolve_by),
    )
    if priority == "urgent":
        text += "\n" + texts.FILED_URGENT
    return [Reply(text, case_no=case.case_no, buttons=[Button(texts.BUTTON_STATUS, "cmd:status")])]
