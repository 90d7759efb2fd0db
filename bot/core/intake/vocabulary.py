"""Words and patterns the complaint form recognises: consent, skip, confirm, edit requests."""

from __future__ import annotations

import re

from bot.core.parsers import to_simplified

SKIP_WORDS = {
    "跳过", "没有", "无", "没", "没了", "没有了", "都没有", "啥也没有", "什么都没有", "不知道", "不清楚",
    "不是工地", "不是在工地", "没有项目", "不是", "不用", "算了不发了", "发完了", "就这些", "好了", "完了",
    "没有证据", "没证据", "没有材料", "暂时没有", "以后再发", "下次再发", "无证据", "None", "none", "no", "NO",
}  # fmt: skip
CONSENT_WORDS = {
    "同意", "同意并继续", "是", "是的", "好", "好的", "可以", "可以的", "1", "嗯", "嗯嗯", "行", "ok", "OK",
    "没问题", "愿意", "同意的", "好滴", "中",
}  # fmt: skip
CONSENT_HINT = r"(同意|可以|愿意|没问题)"
CONSENT_REFUSAL_HINT = r"(不同意|不可以|不愿意)"
REFUSE_WORDS = ("no", "不同意", "不", "否", "2", "不要", "算了", "不愿意")
ACKNOWLEDGE = {
    "好", "好的", "嗯", "嗯嗯", "行", "ok", "OK", "知道了", "等会发", "等下发", "一会发", "稍后发", "晚点发",
}  # fmt: skip
CONFIRM_HINT = r"(提交|确认|确定|没问题|可以了|对的|是的|行了|好了|^对|^好|^行|^嗯|^ok|^OK)"
NOT_YET = r"(不对|不行|不要|错|改|别提交|先不|等一下|等等|其实|应该是|^对了.{3,})"
CONFIRM_WORDS = {
    "确认", "确认提交", "提交", "对", "对的", "是的", "没问题", "没错", "确认无误", "可以", "好的", "好",
    "提交吧", "行", "ok", "OK", "嗯", "1",
}  # fmt: skip
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

# an item's label said with a new value ("人数是9个"): a correction of what was read back.
# Words that also start ordinary answers ("公司在龙岗", "老板是个人") are left out.
RESTATE_WORDS = {
    "金额": "amount_owed",
    "欠薪金额": "amount_owed",
    "欠的钱": "amount_owed",
    "欠的工资": "amount_owed",
    "姓名": "worker_name",
    "名字": "worker_name",
    "电话": "contact_phone",
    "手机": "contact_phone",
    "手机号": "contact_phone",
    "电话号码": "contact_phone",
    "手机号码": "contact_phone",
    "号码": "contact_phone",
    "单位": "employer_name",
    "单位名称": "employer_name",
    "公司名": "employer_name",
    "公司名字": "employer_name",
    "公司全称": "employer_name",
    "全称": "employer_name",
    "被反映单位": "employer_name",
    "项目": "project_name",
    "项目名称": "project_name",
    "地点": "work_location",
    "工作地点": "work_location",
    "地址": "work_location",
    "行业": "industry",
    "工种": "industry",
    "欠薪时间": "arrears_period",
    "时间": "arrears_period",
    "月份": "arrears_period",
    "人数": "workers_affected",
    "涉及人数": "workers_affected",
}

_PUNCTUATION = re.compile(r"[\s。.!！~～，,、?？]+")


def said(text: str | None) -> str:
    """A short answer without spaces and punctuation, for matching words like 确认/跳过."""
    return _PUNCTUATION.sub("", to_simplified(text))  # 跳過 is 跳过


_CONFIRM_HINT, _NOT_YET = re.compile(CONFIRM_HINT), re.compile(NOT_YET)


def confirms(button: str | None, text: str | None) -> bool:
    """The answer submits the form at its confirm step (the only answer that files a case);
    channels use it too, to check a daily share before a message that could file."""
    answer = said(text)
    return (
        button == "form:confirm:submit"
        or answer in CONFIRM_WORDS
        or bool(_CONFIRM_HINT.search(answer) and not _NOT_YET.search(answer))
    )
