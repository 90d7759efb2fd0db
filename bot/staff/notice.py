"""Staff notification content, rendered once and sent as Telegram text or WeCom markdown."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import datetime

from bot import clock
from bot.core.masking import mask_name, mask_phone
from bot.staff import texts
from storage.models import Case


@dataclass
class StaffNotice:
    title: str
    body: str
    urgent: bool = False
    buttons: list[tuple[str, str]] = field(default_factory=list)  # (label, callback data)

    def as_text(self) -> str:
        return f"{self.title}\n{self.body}".strip()

    def as_telegram_html(self) -> str:
        """For parse_mode HTML: the title bold, every text (worker-typed fields too) escaped."""
        title = f"<b>{html.escape(self.title, quote=False)}</b>\n" if self.title else ""
        return f"{title}{html.escape(self.body, quote=False)}".strip()

    def as_wecom_markdown(self) -> str:
        """WeCom markdown: our own markup only; worker text cannot open a tag, a link or bold."""
        title = wecom_escape(self.title)
        if self.urgent:
            title = title.replace(texts.URGENT_MARK, f'<font color="warning">{texts.URGENT_MARK}</font>')
        heading = f"**{title}**\n" if self.title else ""
        return f"{heading}{wecom_escape(self.body)}".strip()


# WeCom's robot markdown has no escape character: the characters that start markup are
# replaced by their full-width forms, which read the same to staff.
_WECOM_MARKUP = str.maketrans(
    {
        "<": "＜",
        ">": "＞",
        "*": "＊",
        "_": "＿",
        "[": "［",
        "]": "］",
        "(": "（",
        ")": "）",
        "`": "｀",
        "#": "＃",
        "&": "＆",
        "~": "～",
        "|": "｜",
        "\\": "＼",
    }
)


def wecom_escape(text: str) -> str:
    return text.translate(_WECOM_MARKUP)


def _amount(case: Case) -> str:
    tpl = texts.AMOUNT_APPROX if case.amount_approximate else texts.AMOUNT
    return tpl.format(value=float(case.amount_owed))


def _local_date(value: datetime) -> str:
    return clock.local_date(value)


def case_notice(case: Case, centre_name: str) -> StaffNotice:
    mark = {"urgent": texts.URGENT_MARK, "high": texts.HIGH_MARK}.get(case.priority, "")
    body = texts.CASE_LINES.format(
        employer_name=case.employer_name,
        amount=_amount(case),
        workers=case.workers_affected,
        district=case.district or case.work_location,
        centre=centre_name,
        industry=case.industry,
        name=mask_name(case.worker_name),
        phone=mask_phone(case.contact_phone),
        accept_by=_local_date(case.accept_by),
    )
    if case.priority == "urgent" and case.priority_reasons:
        body += "\n" + texts.REASONS_LINE.format(reasons="、".join(map(str, case.priority_reasons)))
    return StaffNotice(
        title=mark + texts.NEW_CASE_TITLE.format(case_no=case.case_no),
        body=body,
        urgent=case.priority == "urgent",
        buttons=[
            (texts.BUTTON_ACCEPT, f"staff:accept:{case.case_no}"),
            (texts.BUTTON_CLAIM, f"staff:claim:{case.case_no}"),
            (texts.BUTTON_DETAIL, f"staff:detail:{case.case_no}"),
        ],
    )


def digest_notice(cases: list[Case]) -> StaffNotice:
    lines = [
        texts.DIGEST_LINE.format(
            n=i,
            case_no=c.case_no,
            employer_name=c.employer_name,
            amount=_amount(c),
            workers=c.workers_affected,
            district=c.district or "",
        )
        for i, c in enumerate(cases, 1)
    ]
    return StaffNotice(
        title=texts.DIGEST_TITLE.format(count=len(cases)), body="\n".join([*lines, texts.DIGEST_FOOTER])
    )


def text_notice(text: str, urgent: bool = False) -> StaffNotice:
    return StaffNotice(title="", body=text, urgent=urgent)
