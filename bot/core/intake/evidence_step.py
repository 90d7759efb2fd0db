"""Evidence: photos and files sent while the bot waits for the final confirmation (or at the
evidence step a worker opens with the summary's 改证据材料 button), and notes about evidence
to come ("有欠条 等下发"). Evidence is optional: a worker without any just confirms."""

from __future__ import annotations

import re

from bot.core import evidence, texts
from bot.core.intake import vocabulary as words
from bot.core.intake.fields import confirm_buttons, summary
from bot.core.intake.turn import Turn, advance, skipping
from bot.core.parsers import clean_text
from bot.core.types import Button, Reply

MAX_FILES = 10
# a message at the confirm step that talks about evidence ("有欠条 等下发", "聊天记录在我老婆手机上")
_EVIDENCE_NOUN = (
    r"(?:欠条|借条|工资条|工资单|考勤|打卡记录|聊天记录|截图|照片|图片|录音|视频|合同|转账记录|"
    r"银行流水|记工本|记工单|证据|材料|文件|单据|收据|结算单)"
)
_HELD = r"(?:有|没有|没|发|拍|留着|存着|保存|找|等|回头|明天|晚点|稍后|过两天|在)"
_ABOUT_EVIDENCE = re.compile(rf"{_HELD}.{{0,8}}{_EVIDENCE_NOUN}|{_EVIDENCE_NOUN}.{{0,8}}{_HELD}")


def _evidence_reply(text: str) -> Reply:
    return Reply(text, expects="evidence", buttons=[Button(texts.EVIDENCE_DONE, "form:skip")])


async def save_upload(turn: Turn) -> tuple[bool, str]:
    """Keep the file sent (checked first): (kept, what to tell the worker)."""
    upload, settings = turn.inc.attachment, turn.ctx.settings
    assert upload is not None
    files = list(turn.fields.get("evidence") or [])
    if len(files) >= MAX_FILES:
        return False, texts.EVIDENCE_TOO_MANY.format(n=MAX_FILES)
    reason = evidence.refusal(upload.content_type, upload.data, settings.max_upload_bytes)
    if reason is not None:
        mb = settings.max_upload_bytes // 1048576
        return False, texts.EVIDENCE_REJECTED.format(reason=reason, mb=mb)
    files.append(
        await turn.tx.save_evidence(
            upload.filename, upload.content_type, upload.data, settings.effective_evidence_dir
        )
    )
    turn.fields["evidence"] = files
    turn.save()
    return True, texts.EVIDENCE_SAVED.format(name=upload.filename)


def _note(turn: Turn, text: str) -> str:
    note = clean_text(text)[:300]
    turn.fields["evidence_note"] = "；".join(filter(None, [turn.fields.get("evidence_note"), note]))[:600]
    turn.save()
    return note


async def on_evidence(turn: Turn) -> list[Reply]:
    """The evidence step (opened from the summary): files, a note, or done (back to the summary)."""
    if turn.inc.attachment is not None:
        return [_evidence_reply((await save_upload(turn))[1])]
    skip = skipping(turn)
    if not skip and turn.fields.get("evidence_note") and turn.said in words.ACKNOWLEDGE:
        skip = True  # "有欠条 等下发" then "好的": the note is kept, the form goes on
    if not skip:
        if not clean_text(turn.inc.text or ""):
            return [_evidence_reply(texts.EVIDENCE_NOT_HERE)]
        return [_evidence_reply(texts.EVIDENCE_NOTED.format(note=_note(turn, turn.inc.text or "")))]
    turn.fields.setdefault("evidence", [])
    return advance(turn)


async def attach_at_confirm(turn: Turn) -> list[Reply] | None:
    """A photo or file sent while the summary waits for the confirmation (with any caption,
    even "确认"): attached and the summary shown again. None when nothing was sent."""
    if turn.inc.attachment is None:
        return None
    name = turn.inc.attachment.filename
    had = len(turn.fields.get("evidence") or [])
    kept, told = await save_upload(turn)
    if kept and had:
        # a second file (an album arrives as one message per photo): a short receipt with the
        # confirmation button, not the whole summary again for every photo
        n = len(turn.fields["evidence"])
        return [
            Reply(
                texts.EVIDENCE_ATTACHED_MORE.format(name=name, n=n),
                buttons=confirm_buttons(),
                expects="confirm",
            )
        ]
    return [Reply(texts.EVIDENCE_ATTACHED.format(name=name) if kept else told), summary(turn.fields)]


def _about_evidence(turn: Turn) -> bool:
    text = turn.inc.text or ""
    return not turn.inc.button and bool(_ABOUT_EVIDENCE.search(text)) and len(clean_text(text)) <= 300


def note_on_filing(turn: Turn) -> None:
    """A confirmation that also says something about evidence ("好的，欠条等下发"): kept."""
    if _about_evidence(turn):
        _note(turn, turn.inc.text or "")


def at_confirm(turn: Turn) -> list[Reply] | None:
    """Not a confirmation while the summary waits: "没有/证据发完了" (no evidence: the summary
    again, to confirm) or a note about evidence to come (kept, the summary again). None when
    the message is neither."""
    if turn.inc.button == "form:skip" or turn.said in (texts.EVIDENCE_DONE, *words.SKIP_WORDS):
        return [Reply(texts.EVIDENCE_NONE_CONFIRM), summary(turn.fields)]
    if _about_evidence(turn):
        note = _note(turn, turn.inc.text or "")
        return [Reply(texts.EVIDENCE_NOTED_CONFIRM.format(note=note)), summary(turn.fields)]
    return None
